using ReformDesk.Core.Targets;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Targets;

/// <summary>/api/targets: the targets with their measured values, the indicator catalogue, and set-up.</summary>
public static class TargetsApi
{
    public static void MapTargetsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/targets");
        group.MapGet("", async (TargetService targets, CancellationToken ct) =>
            (await targets.ListAsync(ct)).Select(v => new
            {
                v.Target.Id, v.Target.Text, v.Target.Indicator, Comparison = v.Target.Comparison.ToString(), v.Target.Threshold, v.Target.Unit,
                v.Target.PeriodStart, v.Target.PeriodEnd, v.Target.PlanId, v.Target.MovementId, v.Actual, v.Source,
                Status = v.Evaluation?.Status.ToString(), v.StatusText,
            }));
        group.MapGet("/catalogue", () => TargetCatalogue.All);
        group.MapPost("", async (TargetInput input, TargetService targets, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await targets.CreateAsync(input, ActorOf(http), ct), View, t => $"/api/targets/{t.Id}"));
        group.MapPut("/{id:guid}", async (Guid id, TargetInput input, TargetService targets, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await targets.UpdateAsync(id, input, ActorOf(http), ct), View));
        group.MapDelete("/{id:guid}", async (Guid id, TargetService targets, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await targets.DeleteAsync(id, ActorOf(http), ct), t => new { t.Id }));
    }

    private static object View(Target t) => new
    {
        t.Id, t.Text, t.Indicator, Comparison = t.Comparison.ToString(), t.Threshold, t.Unit, t.PeriodStart, t.PeriodEnd, t.PlanId, t.MovementId,
    };

    private static ReformDesk.Core.Platform.Actor ActorOf(HttpContext http) =>
        http.User.ToActor(http.RequestServices.GetRequiredService<RequestTenant>().ReadOnly);
}
