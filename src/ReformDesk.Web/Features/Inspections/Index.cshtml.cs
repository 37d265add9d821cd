using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Inspections;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Inspections;

public sealed record PlanForm
{
    public int? Year { get; init; }
    public string? Title { get; init; }
    public int? CoveragePercent { get; init; } = 20;
    public string? DocumentNumber { get; init; }
}

public sealed record InspectionForm
{
    public Guid? UnitId { get; init; }
    public InspectionKind Kind { get; init; } = InspectionKind.Unit;
    public int? PlannedMonth { get; init; }
    public string? Inspector { get; init; }
}

/// <summary>The year's inspection plan: coverage against the target, the inspections, and overdue remediation.</summary>
public sealed class IndexModel(InspectionService inspections, UnitService units, RequestTenant tenant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public PlanForm NewPlan { get; set; } = new();

    [BindProperty]
    public InspectionForm NewInspection { get; set; } = new();

    public InspectionYear View { get; private set; } = null!;
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public bool CanOrganise { get; private set; }
    public Guid? MyUnitId { get; private set; }

    private Actor Actor => User.ToActor(tenant.ReadOnly);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostPlanAsync(CancellationToken ct)
    {
        if (!InspectionService.CanOrganise(Actor))
        {
            return Forbid();
        }

        var result = await inspections.CreatePlanAsync(new InspectionPlanInput(NewPlan.Year, NewPlan.Title, NewPlan.CoveragePercent, NewPlan.DocumentNumber), Actor, ct);
        return await AfterAsync(result, "NewPlan", result.Value?.Year, ct);
    }

    public async Task<IActionResult> OnPostInspectionAsync(Guid planId, CancellationToken ct)
    {
        if (!InspectionService.CanOrganise(Actor) && !(NewInspection.Kind == InspectionKind.SelfInspection && NewInspection.UnitId is { } u && InspectionService.CanActFor(Actor, u)))
        {
            return Forbid();
        }

        var result = await inspections.AddAsync(planId, new InspectionInput(NewInspection.UnitId, NewInspection.Kind, NewInspection.PlannedMonth, NewInspection.Inspector), Actor, ct);
        return await AfterAsync(result, "NewInspection", Year, ct);
    }

    private async Task<IActionResult> AfterAsync<T>(OperationResult<T> result, string prefix, int? year, CancellationToken ct)
    {
        if (result.Succeeded)
        {
            return Redirect($"/Inspections?year={year ?? Year}");
        }

        if (this.Refusal(result, prefix) is { } refused)
        {
            return refused;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Year ??= NewPlan.Year ?? inspections.Today.Year;
        View = await inspections.YearAsync(Year.Value, ct);
        Units = (await units.ListAsync(ct)).Where(u => u.IsActive).ToList();
        CanOrganise = InspectionService.CanOrganise(Actor);
        MyUnitId = Actor.UnitId;
    }
}
