using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Web.Features.CitizenVoice;

/// <summary>The feedback inbox: the unit's matters (all of them for the secretariat and the Chairman) with their deadline clock.</summary>
[Authorize(Policy = CitizenVoiceSetup.ReadPolicy)]
public sealed class IndexModel(FeedbackService feedback) : PageModel
{
    [BindProperty(SupportsGet = true)] public FeedbackStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? UnitId { get; set; }
    [BindProperty(SupportsGet = true)] public bool Late { get; set; }

    public IReadOnlyList<FeedbackRow> Rows { get; private set; } = [];
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public bool CanEnter { get; private set; }
    public bool CanApprove { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = CitizenVoiceSetup.ActorOf(HttpContext);
        Rows = await feedback.InboxAsync(actor, new FeedbackFilter(Status, UnitId, Late), ct);
        Units = await feedback.UnitsAsync(ct);
        CanEnter = !actor.TenantReadOnly && FeedbackPermissions.Enterers.Any(actor.Roles.Contains);
        CanApprove = !actor.TenantReadOnly && FeedbackPermissions.Approvers.Any(actor.Roles.Contains);
    }
}
