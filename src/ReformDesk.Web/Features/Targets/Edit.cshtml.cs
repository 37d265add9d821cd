using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Comparison = ReformDesk.Core.Dossiers.Rules.Comparison;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Targets;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Targets;

/// <summary>What the target form posts; a refused form is shown again with it.</summary>
public sealed record TargetForm
{
    public string? Text { get; init; }
    public string? Indicator { get; init; }
    public Comparison Comparison { get; init; } = Comparison.AtLeast;
    public double? Threshold { get; init; }
    public string? Unit { get; init; } = "%";
    public DateOnly? PeriodStart { get; init; }
    public DateOnly? PeriodEnd { get; init; }

    /// <summary>"plan:{id}", "movement:{id}" or empty: one select names the owner.</summary>
    public string? Owner { get; init; }

    public TargetInput ToInput() => new(Text, Indicator, Comparison, Threshold, Unit, PeriodStart, PeriodEnd,
        OwnerId("plan:"), OwnerId("movement:"));

    private Guid? OwnerId(string prefix) =>
        Owner is { } o && o.StartsWith(prefix, StringComparison.Ordinal) && Guid.TryParse(o[prefix.Length..], out var id) ? id : null;

    public static TargetForm From(Target t) => new()
    {
        Text = t.Text, Indicator = t.Indicator, Comparison = t.Comparison, Threshold = t.Threshold, Unit = t.Unit,
        PeriodStart = t.PeriodStart, PeriodEnd = t.PeriodEnd,
        Owner = t.PlanId is { } p ? $"plan:{p}" : t.MovementId is { } m ? $"movement:{m}" : null,
    };
}

/// <summary>Set a target: pick what ReformDesk measures from the catalogue, or "entered with evidence".</summary>
public sealed class EditModel(TargetService targets, RequestTenant tenant) : PageModel
{
    [BindProperty]
    public TargetForm Input { get; set; } = new();

    public Guid? Id { get; private set; }
    public IReadOnlyList<(Guid Id, string Title)> Plans { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Title)> Movements { get; private set; } = [];

    private Actor Actor => User.ToActor(tenant.ReadOnly);

    public async Task<IActionResult> OnGetAsync(Guid? id, string? owner, CancellationToken ct)
    {
        if (!TargetService.CanSetUp(Actor))
        {
            return Forbid();
        }

        Id = id;
        if (id is { } existing)
        {
            if (await targets.FindAsync(existing, ct) is not { } target)
            {
                return NotFound();
            }

            Input = TargetForm.From(target);
        }
        else
        {
            Input = new TargetForm { Owner = owner };
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        if (!TargetService.CanSetUp(Actor))
        {
            return Forbid();
        }

        Id = id;
        var result = id is { } existing ? await targets.UpdateAsync(existing, Input.ToInput(), Actor, ct) : await targets.CreateAsync(Input.ToInput(), Actor, ct);
        return await AfterAsync(result, ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        if (!TargetService.CanSetUp(Actor))
        {
            return Forbid();
        }

        Id = id;
        return await AfterAsync(await targets.DeleteAsync(id, Actor, ct), ct);
    }

    private async Task<IActionResult> AfterAsync(OperationResult<Target> result, CancellationToken ct)
    {
        if (!result.Succeeded)
        {
            if (this.Refusal(result, field => field is nameof(TargetInput.PlanId) or nameof(TargetInput.MovementId) ? "Input.Owner" : $"Input.{field}") is { } refused)
            {
                return refused;
            }

            await LoadAsync(ct);
            return Page();
        }

        return Redirect("/Targets");
    }

    private async Task LoadAsync(CancellationToken ct) => (Plans, Movements) = await targets.OwnersAsync(ct);
}
