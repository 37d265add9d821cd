using ReformDesk.Core.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

/// <summary>One nomination: the rule check with reasons; the unit submits it, the secretariat ticks items, checks or returns it.</summary>
public sealed class NominationModel(NominationService nominations, RequestTenant tenant) : PageModel
{
    public Nomination Nomination { get; private set; } = null!;
    public ReformDesk.Core.Emulation.NominationRound Round { get; private set; } = null!;
    public NominationCheckResult Check { get; private set; } = null!;
    public IReadOnlyList<ChecklistItem> AllItems { get; private set; } = [];
    public string UnitName { get; private set; } = "";
    public bool CanSubmit { get; private set; }
    public bool CanCheck { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, () => CanSubmit, actor => nominations.SubmitAsync(id, actor, ct), ct);

    public Task<IActionResult> OnPostConfirmAsync(Guid id, List<string>? items, bool markChecked, CancellationToken ct) =>
        RunAsync(id, () => CanCheck, actor => nominations.ConfirmAsync(id, actor, items ?? [], markChecked, ct), ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, string? reason, CancellationToken ct) =>
        RunAsync(id, () => CanCheck, actor => nominations.ReturnAsync(id, actor, reason, ct), ct);

    private async Task<IActionResult> RunAsync(Guid id, Func<bool> allowed, Func<ReformDesk.Core.Platform.Actor, Task<OperationResult<Nomination>>> action, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!allowed())
        {
            return Forbid();
        }

        var result = await action(EmulationWeb.ActorOf(User, tenant));
        if (!result.Succeeded)
        {
            Error = string.Join(" ", result.Errors.Values);
            await LoadAsync(id, ct);
            return Page();
        }

        return Redirect($"/Emulation/Nomination/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await nominations.FindAsync(id, ct) is not { } nomination)
        {
            return false;
        }

        Nomination = nomination;
        Round = (await nominations.RoundAsync(nomination.RoundId, ct))!;
        Check = await nominations.CheckAsync(nomination, null, ct);
        // Every item the rules raise, ticked or not, so the secretariat can also untick one.
        var unticked = nominations.CheckAsync(nomination.WithoutConfirmations(), null, ct);
        AllItems = (await unticked).OpenItems;
        UnitName = (await nominations.UnitsAsync(ct)).FirstOrDefault(u => u.Id == nomination.UnitId)?.Name ?? "";
        var actor = EmulationWeb.ActorOf(User, tenant);
        CanSubmit = EmulationPermissions.CanNominate(actor, nomination.UnitId)
                    && NominationTransitions.Allows(nomination.Status, NominationStep.Submit);
        CanCheck = EmulationPermissions.CanCheck(actor) && nomination.Status is NominationStatus.Submitted or NominationStatus.Checked;
        return true;
    }
}
