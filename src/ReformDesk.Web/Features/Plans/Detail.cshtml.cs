using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Plans;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Plans;

public sealed record PlanForm
{
    public string? Number { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public int StartYear { get; init; }
    public int EndYear { get; init; }
    public bool RequiresCompletionConfirmation { get; init; }
}

/// <summary>The status form: the step wanted (the status it leads to), and for issuing the number and date typed.</summary>
public sealed record PlanStatusForm
{
    public PlanStatus Status { get; init; }
    public string? Number { get; init; }
    public DateOnly? IssuedOn { get; init; }
}

public sealed class DetailModel(PlanService plans, ReformDesk.Web.Features.Platform.RequestTenant tenant) : PageModel
{
    public PlanOverview Overview { get; private set; } = null!;

    /// <summary>The plan's number, dates and confirmation setting; a refused form keeps what was typed.</summary>
    [BindProperty]
    public PlanForm Edit { get; set; } = new();

    /// <summary>Issue, close or reopen; a refused issue keeps the number and date typed.</summary>
    [BindProperty]
    public PlanStatusForm Move { get; set; } = new();

    public IReadOnlyList<PlanTask> Awaiting { get; private set; } = [];

    public async Task<IActionResult> OnPostEditAsync(Guid id, CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        var actor = ReformDesk.Web.Features.Platform.AppClaims.ToActor(User, tenant.ReadOnly);
        var result = await plans.EditAsync(id, actor, new PlanService.PlanEdit(Edit.Number, Edit.IssuedOn, Edit.StartYear, Edit.EndYear, Edit.RequiresCompletionConfirmation), ct);
        if (!result.Succeeded)
        {
            return this.Refusal(result, prefix: nameof(Edit)) ?? await LoadAsync(id, refused: nameof(Edit), ct);
        }

        return Redirect($"/Plans/Detail/{id}");
    }
    public bool CanManage => !tenant.ReadOnly && TaskPermissions.PlanManagers.Any(User.IsInRole);
    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        var result = await plans.SetStatusAsync(id, Move.Status, Move.Number, Move.IssuedOn, ct);
        if (!result.Succeeded)
        {
            if (this.Denial(result) is { } denied)
            {
                return denied;
            }

            Error = result.Message;
            return await LoadAsync(id, refused: nameof(Move), ct);
        }

        return Redirect($"/Plans/Detail/{id}");
    }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, refused: null, ct);

    /// <summary>The page, each form filled from the plan except the one <paramref name="refused"/>, which keeps what was typed.</summary>
    private async Task<IActionResult> LoadAsync(Guid id, string? refused, CancellationToken ct)
    {
        if (await plans.OverviewAsync(id, ct) is not { } overview)
        {
            return NotFound();
        }

        Overview = overview;
        Awaiting = await plans.AwaitingConfirmationAsync(id, ct);
        var p = overview.Plan;
        if (refused != nameof(Move))
        {
            Move = new PlanStatusForm { Number = p.Number };
        }

        if (refused != nameof(Edit))
        {
            Edit = new PlanForm { Number = p.Number, IssuedOn = p.IssuedOn, StartYear = p.StartYear, EndYear = p.EndYear, RequiresCompletionConfirmation = p.RequiresCompletionConfirmation };
        }

        return Page();
    }
}
