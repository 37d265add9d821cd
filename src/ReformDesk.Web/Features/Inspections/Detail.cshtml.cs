using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Inspections;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Inspections;

public sealed record ResultForm
{
    public DateOnly? DoneOn { get; init; }
    public string? Conclusion { get; init; }
    public string? ConclusionNumber { get; init; }
}

public sealed record FindingForm
{
    public string? Finding { get; init; }
    public string? Recommendation { get; init; }
    public Guid? ResponsibleUnitId { get; init; }
    public DateOnly? Deadline { get; init; }
}

/// <summary>One inspection: its result (or the unit's self-inspection report), findings, and their remediation.</summary>
public sealed class DetailModel(InspectionService inspections, UnitService units, RequestTenant tenant) : PageModel
{
    [BindProperty]
    public ResultForm Result { get; set; } = new();

    [BindProperty]
    public FindingForm NewFinding { get; set; } = new();

    public InspectionRow Row { get; private set; } = null!;
    public int Year { get; private set; }
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public bool CanRecord { get; private set; }
    public bool CanCancel { get; private set; }
    public DateOnly Today => inspections.Today;

    private Actor Actor => User.ToActor(tenant.ReadOnly);

    public bool CanRemedy(InspectionFinding f) => InspectionService.CanActFor(Actor, f.ResponsibleUnitId);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostResultAsync(Guid id, CancellationToken ct) =>
        await RunAsync(id, "Result", () => inspections.RecordAsync(id, Result.DoneOn, Result.Conclusion, Result.ConclusionNumber, Actor, ct), ct);

    public async Task<IActionResult> OnPostCancelAsync(Guid id, string? reason, CancellationToken ct) =>
        await RunAsync(id, "Cancel", () => inspections.CancelAsync(id, reason, Actor, ct), ct);

    public async Task<IActionResult> OnPostFindingAsync(Guid id, CancellationToken ct) =>
        await RunAsync(id, "NewFinding", () => inspections.AddFindingAsync(id, new FindingInput(NewFinding.Finding, NewFinding.Recommendation, NewFinding.ResponsibleUnitId, NewFinding.Deadline), Actor, ct), ct);

    public async Task<IActionResult> OnPostRemedyAsync(Guid id, Guid findingId, DateOnly? on, string? evidence, CancellationToken ct) =>
        await RunAsync(id, "Remedy", () => inspections.RemedyAsync(findingId, on, evidence, Actor, ct), ct);

    private async Task<IActionResult> RunAsync<T>(Guid id, string prefix, Func<Task<OperationResult<T>>> action, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var result = await action();
        if (result.Succeeded)
        {
            return Redirect($"/Inspections/Detail/{id}");
        }

        if (this.Refusal(result, prefix) is { } refused)
        {
            return refused;
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await inspections.FindAsync(id, ct) is not { } inspection)
        {
            return false;
        }

        var year = await inspections.YearOfAsync(inspection, ct);
        var view = await inspections.YearAsync(year, ct);
        Row = view.Inspections.Single(r => r.Inspection.Id == id);
        Year = year;
        Units = (await units.ListAsync(ct)).Where(u => u.IsActive).ToList();
        CanRecord = inspection.Kind == InspectionKind.SelfInspection ? InspectionService.CanActFor(Actor, inspection.UnitId) : InspectionService.CanOrganise(Actor);
        CanCancel = InspectionService.CanOrganise(Actor);
        return true;
    }
}
