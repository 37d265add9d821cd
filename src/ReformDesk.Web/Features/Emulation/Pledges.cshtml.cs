using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

/// <summary>A movement's pledges for one year: units register, the secretariat approves or returns, everyone sees who has not registered.</summary>
public sealed class PledgesModel(PledgeService pledges, MovementService movements, UnitService unitList, RequestTenant tenant, TimeProvider clock) : PageModel
{
    private static readonly string[] Reviewers = [Roles.SystemAdmin, Roles.Chairman, Roles.ReformSecretariat];

    public Movement Movement { get; private set; } = null!;
    public int Year { get; private set; }
    public PledgeRollUp RollUp { get; private set; } = null!;
    public IReadOnlyList<Unit> RegisterableUnits { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public bool CanRegister => RegisterableUnits.Count > 0;

    private Actor Actor => User.ToActor(tenant.ReadOnly);

    public async Task<IActionResult> OnGetAsync(Guid movementId, int? year, CancellationToken ct) =>
        await LoadAsync(movementId, year, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCreateAsync(Guid movementId, int year, Guid? unitId, string? aimedTitles, string? commitments, CancellationToken ct)
    {
        if (!await LoadAsync(movementId, year, ct))
        {
            return NotFound();
        }

        var result = await pledges.CreateAsync(new PledgeInput(movementId, year, unitId, null, aimedTitles, commitments), Actor, ct);
        return await AfterAsync(result.Errors, movementId, year, ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid pledgeId, PledgeStatus next, string? reason, Guid movementId, int year, CancellationToken ct)
    {
        if (!await LoadAsync(movementId, year, ct))
        {
            return NotFound();
        }

        var result = await pledges.MoveAsync(pledgeId, next, reason, Actor, ct);
        if (result.Errors.ContainsKey("id"))
        {
            return NotFound();
        }

        return await AfterAsync(result.Errors, movementId, year, ct);
    }

    private async Task<IActionResult> AfterAsync(IReadOnlyDictionary<string, string> errors, Guid movementId, int year, CancellationToken ct)
    {
        if (errors.ContainsKey("access"))
        {
            return Forbid();
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            await LoadAsync(movementId, year, ct);
            return Page();
        }

        return Redirect($"/Emulation/Pledges?movementId={movementId}&year={year}");
    }

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
