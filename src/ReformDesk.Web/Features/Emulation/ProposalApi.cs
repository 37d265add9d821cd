using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Documents;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

/// <summary>/api/emulation/proposals: tờ trình upward as JSON (the same service and refusals as the pages).</summary>
public static class ProposalApi
{
    public sealed record SendBody(int? Number, DateOnly? Date, string? Signer);

    public sealed record ReturnBody(string? Reason, DateOnly? Date);

    public sealed record DecideBody(string? Number, DateOnly? Date, string? Authority);

    public static void MapProposalApi(this RouteGroupBuilder api)
    {
        api.MapGet("/emulation/proposals", async (Guid? roundId, ProposalService proposals, CancellationToken ct) =>
            (await proposals.ListAsync(roundId, ct)).Select(View));
        api.MapGet("/emulation/proposals/{id:guid}", async (Guid id, ProposalService proposals, CancellationToken ct) =>
            await proposals.FindAsync(id, ct) is { } view ? Results.Ok(View(view)) : Results.NotFound());
        api.MapGet("/emulation/competence", (DateOnly? on, AwardCompetence competence, ProposalService proposals) =>
        {
            var day = on ?? proposals.Today;
            return AwardCatalogue.All.Select(a => competence.For(a.Kind, day)).Select(r => new
            {
                Award = r.Award.ToString(), Name = AwardCatalogue.NameOf(r.Award), From = r.From, DecidedBy = r.DecidedBy?.ToString(),
                Decider = AwardCompetence.DeciderText(r.DecidedBy), r.Source, r.Unverified,
            });
        });
        api.MapPost("/emulation/proposals", async (ProposalInput input, ProposalService proposals, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await proposals.CreateAsync(input, ActorOf(http), ct), p => Brief(p), p => $"/api/emulation/proposals/{p.Id}"));
        api.MapPost("/emulation/proposals/{id:guid}/send", async (Guid id, SendBody body, ProposalService proposals, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await proposals.SendAsync(id, new ProposalSendInput(body.Number, body.Date, body.Signer), ActorOf(http), ct), Brief));
        api.MapPost("/emulation/proposals/{id:guid}/return", async (Guid id, ReturnBody body, ProposalService proposals, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await proposals.ReturnAsync(id, new ProposalReturnInput(body.Reason, body.Date), ActorOf(http), ct), Brief));
        api.MapPost("/emulation/proposals/{id:guid}/decide", async (Guid id, DecideBody body, ProposalService proposals, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await proposals.DecideAsync(id, new HigherDecisionInput(body.Number, body.Date, body.Authority), ActorOf(http), ct), Brief));

        // The tờ trình listing the proposed nominees (Decree 30; a draft has no number or date yet).
        api.MapDocument<ProposalDocuments>("/emulation/proposals/{id:guid}/to-trinh", "to-trinh-de-nghi-cap-tren", (d, id, ct) => d.SubmissionAsync(id, ct));
    }

    private static object Brief(AwardProposal p) => new
    {
        p.Id, p.RoundId, Status = p.Status.ToString(), Level = p.Level.ToString(), p.AddressedTo, Number = p.NumberText, p.SentOn, p.Signer,
        p.ReturnReason, p.ReturnedOn, p.HigherDecisionNumber, p.HigherDecisionDate, p.HigherAuthority,
    };

    private static object View(ProposalView v) => new
    {
        Proposal = Brief(v.Proposal),
        Round = v.Round.Title,
        Nominations = v.Nominations.Select(n => new { n.Id, n.NomineeName, Award = n.AwardKind.ToString(), Status = n.Status.ToString() }),
    };

    private static Actor ActorOf(HttpContext http) => EmulationWeb.ActorOf(http.User, http.RequestServices.GetRequiredService<RequestTenant>());
}
