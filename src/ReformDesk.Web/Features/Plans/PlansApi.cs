using ReformDesk.Core.Plans;

namespace ReformDesk.Web.Features.Plans;

public static class PlansApi
{
    public static void MapPlansApi(this RouteGroupBuilder api)
    {
        api.MapGet("/plans", async (PlanService plans, CancellationToken ct) =>
            (await plans.ListAsync(ct)).Select(p => new { p.Plan.Id, p.Plan.Title, p.Plan.Number, p.Plan.StartYear, p.Plan.EndYear, Status = p.Plan.Status.ToString(), p.Tasks, p.Done, p.Overdue, p.Progress }));

        api.MapGet("/plans/{id:guid}", async (Guid id, PlanService plans, CancellationToken ct) =>
            await plans.OverviewAsync(id, ct) is { } o
                ? Results.Ok(new
                {
                    o.Plan.Id, o.Plan.Title, o.Plan.Number, o.Progress,
                    Sections = o.Sections.Select(s => new
                    {
                        s.Section.Code, s.Section.Title, s.Progress,
                        Tasks = s.Tasks.Select(t => new { t.Id, t.Number, t.Content, t.LeadUnit, t.Coordinators, t.ScheduleText, t.Deliverable, Status = t.Status.ToString(), t.Percent, Deadline = t.Deadline.State.ToString(), t.Deadline.NextDue }),
                    }),
                })
                : Results.NotFound());

        api.MapGet("/plans/due", async (PlanService plans, int? days, Guid? unitId, CancellationToken ct) =>
            (await plans.DueAsync(Math.Clamp(days ?? TaskTracking.DueSoonDays, 1, 90), unitId, ct))
                .Select(t => new { t.Id, t.Number, t.Content, t.LeadUnit, t.ScheduleText, Deadline = t.Deadline.State.ToString(), t.Deadline.NextDue, t.Deadline.OverdueCount }));
    }
}
