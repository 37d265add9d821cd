using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

/// <summary>What the "register a pledge" form posts; a refused form is shown again with it.</summary>
public sealed record PledgeForm
{
    public Guid? UnitId { get; init; }
    public string? AimedTitles { get; init; }
    public string? Commitments { get; init; }
}

/// <summary>What a pledge's step button posts (the reason only when returning it).</summary>
public sealed record PledgeStepForm
{
    public Guid PledgeId { get; init; }
    public PledgeStatus Next { get; init; }
    public string? Reason { get; init; }
}

/// <summary>A movement's pledges for one year: units register, the secretariat approves or returns, everyone sees who has not registered.</summary>
public sealed class PledgesModel(PledgeService pledges, MovementService movements, UnitService unitList, RequestTenant tenant, TimeProvider clock) : PageModel
{
    private static readonly string[] Reviewers = [Roles.SystemAdmin, Roles.Chairman, Roles.ReformSecretariat];

    public Movement Movement { get; private set; } = null!;
    public int Year { get; private set; }
    public PledgeRollUp RollUp { get; private set; } = null!;
    public IReadOnlyList<Unit> RegisterableUnits { get; private set; } = [];
    [BindProperty]
    public PledgeForm Entry { get; set; } = new();
    [BindProperty]
    public PledgeStepForm Step { get; set; } = new();
    public bool CanRegister => RegisterableUnits.Count > 0;

    private Actor Actor => User.ToActor(tenant.ReadOnly);

    public async Task<IActionResult> OnGetAsync(Guid movementId, int? year, CancellationToken ct) =>
        await LoadAsync(movementId, year, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCreateAsync(Guid movementId, int year, CancellationToken ct)
    {
        if (!await LoadAsync(movementId, year, ct))
        {
            return NotFound();
        }

        var result = await pledges.CreateAsync(new PledgeInput(movementId, year, Entry.UnitId, null, Entry.AimedTitles, Entry.Commitments), Actor, ct);
        return After(result, movementId, year, field => $"{nameof(Entry)}.{field}");
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid movementId, int year, CancellationToken ct)
    {
        if (!await LoadAsync(movementId, year, ct))
        {
            return NotFound();
        }

        var result = await pledges.MoveAsync(Step.PledgeId, Step.Next, Step.Reason, Actor, ct);
        return After(result, movementId, year, field => $"{nameof(Step)}.{(field == nameof(Pledge.ReturnReason) ? nameof(PledgeStepForm.Reason) : field)}");
    }

    /// <summary>Back to the list on success; a refusal redisplays the page (already loaded) with what was typed.</summary>
    private IActionResult After<T>(OperationResult<T> result, Guid movementId, int year, Func<string, string> keyOf) =>
        result.Succeeded
            ? Redirect($"/Emulation/Pledges?movementId={movementId}&year={year}")
            : this.Refusal(result, keyOf) ?? Page();

    /// <summary>The return reason typed on this pledge's row when its step came back refused.</summary>
    public string? ReasonTypedFor(Pledge pledge) => Step.PledgeId == pledge.Id ? Step.Reason : null;

    /// <summary>The buttons this account may press on a pledge.</summary>
    public IEnumerable<PledgeStatus> NextSteps(Pledge pledge)
    {
        if (tenant.ReadOnly)
        {
            yield break;
        }

        var reviewer = Reviewers.Any(User.IsInRole);
        if (PledgeTransitions.Allows(pledge.Status, PledgeStep.Submit) && (reviewer || Actor.UnitId == pledge.UnitId))
        {
            yield return PledgeStatus.Submitted;
        }

        if (reviewer && PledgeTransitions.Allows(pledge.Status, PledgeStep.Approve))
        {
            yield return PledgeStatus.Approved;
            yield return PledgeStatus.Returned;
        }
    }

    public static string StepText(PledgeStatus next) => next switch
    {
        PledgeStatus.Submitted => "Gửi duyệt",
        PledgeStatus.Approved => "Duyệt",
        _ => "Trả lại",
    };

    private async Task<bool> LoadAsync(Guid movementId, int? year, CancellationToken ct)
    {
        if (await movements.FindAsync(movementId, ct) is not { } movement)
        {
            return false;
        }

        Movement = movement;
        var thisYear = VietnamTime.Year(clock);
        Year = year is { } y && y >= movement.StartYear && y <= movement.EndYear ? y : Math.Clamp(thisYear, movement.StartYear, movement.EndYear);
        RollUp = await pledges.RollUpAsync(movement.Id, Year, ct);
        var units = (await unitList.ListAsync(ct)).Where(u => u.IsActive).OrderBy(u => u.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false)).ToList();
        RegisterableUnits = tenant.ReadOnly ? []
            : Reviewers.Any(User.IsInRole) ? units
            : units.Where(u => u.Id == Actor.UnitId && (User.IsInRole(Roles.DepartmentHead) || User.IsInRole(Roles.Officer))).ToList();
        return true;
    }
}
