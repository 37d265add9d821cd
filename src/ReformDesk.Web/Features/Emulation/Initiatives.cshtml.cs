using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

/// <summary>What the "propose an initiative" form posts; a refused form is shown again with it.</summary>
public sealed record InitiativeForm
{
    public string? Title { get; init; }
    public string? Authors { get; init; }
    public Guid? AuthorPersonId { get; init; }
    public Guid? UnitId { get; init; }
    public string? Problem { get; init; }
    public string? Solution { get; init; }
    public string? Effect { get; init; }

    public InitiativeInput ToInput() => new(Title, Authors, AuthorPersonId, UnitId, Problem, Solution, Effect);
}

/// <summary>What an initiative's row forms post: its evaluation, its effect, or the decision recognising it.</summary>
public sealed record InitiativeStepForm
{
    public Guid InitiativeId { get; init; }
    public string? Evaluation { get; init; }
    public string? Evidence { get; init; }
    public string? Number { get; init; }
    public DateOnly? Date { get; init; }
}

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

    [BindProperty]
    public InitiativeForm Proposal { get; set; } = new();

    [BindProperty]
    public InitiativeStepForm Step { get; set; } = new();

    /// <summary>Open the proposal form when it comes back refused.</summary>
    public bool ProposalRefused { get; private set; }

    private Actor Actor => EmulationWeb.ActorOf(User, tenant);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostProposeAsync(CancellationToken ct)
    {
        var result = await nominations.ProposeInitiativeAsync(Actor, Proposal.ToInput(), ct);
        ProposalRefused = !result.Succeeded;
        return await AfterAsync(result, nameof(Proposal), ct);
    }

    public async Task<IActionResult> OnPostEvaluateAsync(CancellationToken ct) =>
        await AfterAsync(await nominations.EvaluateInitiativeAsync(Step.InitiativeId, Actor, Step.Evaluation, ct), nameof(Step), ct);

    public async Task<IActionResult> OnPostEffectAsync(CancellationToken ct) =>
        await AfterAsync(await nominations.RecordInitiativeEffectAsync(Step.InitiativeId, Actor, Step.Evidence, ct), nameof(Step), ct);

    public async Task<IActionResult> OnPostRecogniseAsync(CancellationToken ct) =>
        await AfterAsync(await nominations.RecogniseInitiativeAsync(Step.InitiativeId, Actor, Step.Number, Step.Date, ct), nameof(Step), ct);

    /// <summary>What was typed on this initiative's row when its step came back refused.</summary>
    public InitiativeStepForm TypedFor(Initiative initiative) => Step.InitiativeId == initiative.Id ? Step : new InitiativeStepForm();

    private async Task<IActionResult> AfterAsync<T>(OperationResult<T> result, string form, CancellationToken ct)
    {
        if (result.Succeeded)
        {
            return Redirect("/Emulation/Initiatives");
        }

        if (this.Refusal(result, PageOutcome.FieldOf(form)) is { } denied)
        {
            return denied;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Initiatives = await nominations.InitiativesAsync(ct);
        People = await nominations.PeopleAsync(ct);
        Units = await nominations.UnitsAsync(ct);
        var actor = Actor;
        CanPropose = !actor.TenantReadOnly;
        CanEvaluate = !actor.TenantReadOnly && (EmulationPermissions.CanVote(actor) || EmulationPermissions.CanCheck(actor) || EmulationPermissions.CanDecide(actor));
        CanRecordEffect = !actor.TenantReadOnly;
        CanRecognise = EmulationPermissions.CanDecide(actor);
    }
}
