using ReformDesk.Core.Plans;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Plans;

public static class PlansApi
{
    public sealed record ReturnInput(string? Reason);

    private static object TaskView(PlanTask t) => new { t.Id, Status = t.Status.ToString(), t.Percent, t.CompletedOn, t.ClaimedBy, t.ConfirmedBy, t.ReturnReason };

    public static void MapPlansApi(this RouteGroupBuilder api)
    {
        api.MapGet("/plans", async (PlanService plans, CancellationToken ct) =>
            (await plans.ListAsync(ct)).Select(p => new { p.Plan.Id, p.Plan.Title, p.Plan.Number, p.Plan.IssuedOn, p.Plan.StartYear, p.Plan.EndYear, Status = p.Plan.Status.ToString(), p.Plan.RequiresCompletionConfirmation, p.Tasks, p.Done, p.Overdue, p.Progress }));

        // The commune edits the plan's number, dates and whether completions need the secretariat's confirmation.
        api.MapPut("/plans/{id:guid}", async (Guid id, PlanService.PlanEdit input, PlanService plans, HttpContext http, RequestTenant tenant, CancellationToken ct) =>
            ApiOutcome.Of(await plans.EditAsync(id, http.User.ToActor(tenant.ReadOnly), input, ct), p => new { p.Id, p.Number, p.IssuedOn, p.StartYear, p.EndYear, p.RequiresCompletionConfirmation }));

        api.MapPost("/plans/tasks/{id:guid}/confirm", async (Guid id, PlanService plans, HttpContext http, RequestTenant tenant, CancellationToken ct) =>
            ApiOutcome.Of(await plans.ConfirmAsync(id, http.User.ToActor(tenant.ReadOnly), ct), TaskView));

        api.MapPost("/plans/tasks/{id:guid}/return", async (Guid id, ReturnInput input, PlanService plans, HttpContext http, RequestTenant tenant, CancellationToken ct) =>
            ApiOutcome.Of(await plans.ReturnAsync(id, http.User.ToActor(tenant.ReadOnly), input.Reason, ct), TaskView));

        api.MapGet("/plans/{id:guid}", async (Guid id, PlanService plans, CancellationToken ct) =>
            await plans.OverviewAsync(id, ct) is { } o
                ? Results.Ok(new
                {
                    o.Plan.Id, o.Plan.Title, o.Plan.Number, o.Plan.IssuedOn, o.Plan.StartYear, o.Plan.EndYear, o.Plan.RequiresCompletionConfirmation, o.Progress,
                    Sections = o.Sections.Select(s => new
                    {
                        s.Section.Code, s.Section.Title, s.Progress,
                        Tasks = s.Tasks.Select(t => new { t.Id, t.Number, t.Content, t.LeadUnit, t.Coordinators, t.ScheduleText, t.Deliverable, Status = t.Status.ToString(), t.Percent, Deadline = t.Deadline.State.ToString(), t.Deadline.NextDue }),
                    }),
                })
                : Results.NotFound());

        // JSON callers record progress the same way as the task page (no files here; evidence files go through the page).
        api.MapPost("/plans/tasks/{id:guid}/updates", async (Guid id, UpdateInput input, PlanService plans, HttpContext http, RequestTenant tenant, CancellationToken ct) =>
        {
            var result = await plans.AddUpdateAsync(id, http.User.ToActor(tenant.ReadOnly), input, [], ct);
            return ApiOutcome.Of(result, u => new { u.Id, u.IsContribution }, u => $"/api/plans/tasks/{id}/updates/{u.Id}");
        });

        api.MapGet("/plans/due", async (PlanService plans, int? days, Guid? unitId, CancellationToken ct) =>
            (await plans.DueAsync(Math.Clamp(days ?? TaskTracking.DueSoonDays, 1, 90), unitId, ct))
                .Select(t => new { t.Id, t.Number, t.Content, t.LeadUnit, t.ScheduleText, Deadline = t.Deadline.State.ToString(), t.Deadline.NextDue, t.Deadline.OverdueCount }));
    }
}
