using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

/// <summary>Initiatives (sáng kiến): proposed by anyone who may write, recognised by the Chairman with a decision.</summary>
public sealed class InitiativesModel(NominationService nominations, RequestTenant tenant) : PageModel
{
    public IReadOnlyList<Initiative> Initiatives { get; private set; } = [];
    public IReadOnlyList<Person> People { get; private set; } = [];
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public bool CanPropose { get; private set; }
    public bool CanRecognise { get; private set; }
    public bool CanEvaluate { get; private set; }
    public bool CanRecordEffect { get; private set; }

    public async Task<IActionResult> OnPostEvaluateAsync(Guid initiativeId, string? evaluation, CancellationToken ct)
    {
        var result = await nominations.EvaluateInitiativeAsync(initiativeId, EmulationWeb.ActorOf(User, tenant), evaluation, ct);
        return await AfterAsync(result, ct);
    }

    public async Task<IActionResult> OnPostEffectAsync(Guid initiativeId, string? evidence, CancellationToken ct)
    {
        var result = await nominations.RecordInitiativeEffectAsync(initiativeId, EmulationWeb.ActorOf(User, tenant), evidence, ct);
        return await AfterAsync(result, ct);
    }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostProposeAsync(string? title, string? authors, Guid? authorPersonId, Guid? unitId,
        string? problem, string? solution, string? effect, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!CanPropose)
        {
            return Forbid();
        }

        var result = await nominations.ProposeInitiativeAsync(EmulationWeb.ActorOf(User, tenant), new Initiative
        {
            Title = (title ?? "").Trim(),
            Authors = (authors ?? "").Trim(),
            AuthorPersonId = People.Any(p => p.Id == authorPersonId) ? authorPersonId : null,
            UnitId = Units.Any(u => u.Id == unitId) ? unitId : null,
            Problem = (problem ?? "").Trim(),
            Solution = (solution ?? "").Trim(),
            Effect = (effect ?? "").Trim(),
        }, ct);
        return await AfterAsync(result, ct);
    }

    public async Task<IActionResult> OnPostRecogniseAsync(Guid initiativeId, string? number, DateOnly? date, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!CanRecognise)
        {
            return Forbid();
        }

        var result = await nominations.RecogniseInitiativeAsync(initiativeId, EmulationWeb.ActorOf(User, tenant), number, date, ct);
        return await AfterAsync(result, ct);
    }

    private async Task<IActionResult> AfterAsync<T>(OperationResult<T> result, CancellationToken ct)
    {
        if (result.Succeeded)
        {
            return Redirect("/Emulation/Initiatives");
        }

        if (this.Denial(result) is { } denied)
        {
            return denied;
        }

        Error = result.Message;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Initiatives = await nominations.InitiativesAsync(ct);
        People = await nominations.PeopleAsync(ct);
        Units = await nominations.UnitsAsync(ct);
        var actor = EmulationWeb.ActorOf(User, tenant);
        CanPropose = !actor.TenantReadOnly;
        CanEvaluate = !actor.TenantReadOnly && (EmulationPermissions.CanVote(actor) || EmulationPermissions.CanCheck(actor) || EmulationPermissions.CanDecide(actor));
        CanRecordEffect = !actor.TenantReadOnly;
        CanRecognise = EmulationPermissions.CanDecide(actor);
    }
}
