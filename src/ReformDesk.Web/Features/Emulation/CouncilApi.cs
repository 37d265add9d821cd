using ReformDesk.Core.Emulation;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

/// <summary>The standing council as JSON: its decision, voting rule with source, and members (people with roles).</summary>
public static class CouncilApi
{
    public sealed record SeatInput(Guid? PersonId, CouncilRole Role);

    public static void MapCouncilApi(this RouteGroupBuilder api)
    {
        api.MapGet("/council", async (CouncilService council, CancellationToken ct) =>
            await council.CouncilAsync(ct) is { } c
                ? Results.Ok(new
                {
                    c.Id, c.Name, c.DecisionNumber, c.DecisionDate, c.QuorumNumerator, c.QuorumDenominator, c.PassPercent,
                    ThresholdBase = c.ThresholdBase.ToString(), c.SecretBallot, c.RuleSource,
                    Members = (await council.SeatsAsync(ct)).Select(s => new { s.Membership.Id, s.Membership.PersonId, s.Name, Role = s.Membership.Role.ToString(), RoleText = s.Membership.Role.Vietnamese() }),
                })
                : Results.NotFound());
        api.MapPut("/council", async (CouncilInput input, CouncilService council, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await council.SaveCouncilAsync(ActorOf(http), input, ct), c => new { c.Id, c.DecisionNumber, c.DecisionDate, c.RuleSource }));
        api.MapPost("/council/members", async (SeatInput input, CouncilService council, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await council.AddMemberAsync(ActorOf(http), input.PersonId, input.Role, ct), m => new { m.Id, m.PersonId, Role = m.Role.ToString() }, m => "/api/council"));
        api.MapDelete("/council/members/{id:guid}", async (Guid id, CouncilService council, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await council.RemoveMemberAsync(ActorOf(http), id, ct), m => new { m.Id, m.Active }));
    }

    private static ReformDesk.Core.Platform.Actor ActorOf(HttpContext http) => EmulationWeb.ActorOf(http.User, http.RequestServices.GetRequiredService<RequestTenant>());
}
