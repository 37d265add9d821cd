using ReformDesk.Core.Inspections;
using ReformDesk.Web.Features.Documents;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Inspections;

/// <summary>/api/inspections: the year's plan with coverage and findings, set-up, results, remediation, the conclusion notice.</summary>
public static class InspectionsApi
{
    public sealed record RecordBody(DateOnly? DoneOn, string? Conclusion, string? ConclusionNumber);

    public sealed record RemedyBody(DateOnly? On, string? Evidence);

    public static void MapInspectionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/inspections");
        group.MapGet("", async (int? year, InspectionService inspections, CancellationToken ct) =>
        {
            var y = await inspections.YearAsync(year ?? inspections.Today.Year, ct);
            return new
            {
                y.Year,
                Plan = y.Plan is { } p ? new { p.Id, p.Title, p.CoveragePercent, p.DocumentNumber } : null,
                y.Coverage,
                Inspections = y.Inspections.Select(r => new
                {
                    r.Inspection.Id, r.Inspection.UnitId, r.UnitName, Kind = r.Inspection.Kind.ToString(), r.Inspection.PlannedMonth, r.Inspection.Inspector,
                    Status = r.Inspection.Status.ToString(), r.Inspection.DoneOn, r.Inspection.Conclusion,
                    Findings = r.Findings.Select(Finding),
                }),
                Overdue = y.Overdue.Select(f => Finding(f.Finding)),
            };
        });
        group.MapPost("/plans", async (InspectionPlanInput input, InspectionService inspections, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await inspections.CreatePlanAsync(input, ActorOf(http), ct), p => new { p.Id, p.Year, p.Title, p.CoveragePercent }, p => $"/api/inspections?year={p.Year}"));
        group.MapPost("/plans/{id:guid}/inspections", async (Guid id, InspectionInput input, InspectionService inspections, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await inspections.AddAsync(id, input, ActorOf(http), ct), i => new { i.Id, Status = i.Status.ToString() }, i => $"/Inspections/Detail/{i.Id}"));
        group.MapPost("/{id:guid}/result", async (Guid id, RecordBody body, InspectionService inspections, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await inspections.RecordAsync(id, body.DoneOn, body.Conclusion, body.ConclusionNumber, ActorOf(http), ct), i => new { i.Id, Status = i.Status.ToString() }));
        group.MapPost("/{id:guid}/findings", async (Guid id, FindingInput input, InspectionService inspections, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await inspections.AddFindingAsync(id, input, ActorOf(http), ct), Finding));
        group.MapPost("/findings/{id:guid}/remedy", async (Guid id, RemedyBody body, InspectionService inspections, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await inspections.RemedyAsync(id, body.On, body.Evidence, ActorOf(http), ct), Finding));

        // Thông báo kết luận kiểm tra (Decree 30) of a done inspection.
        api.MapDocument<InspectionService>("/inspections/{id:guid}/ket-luan", "thong-bao-ket-luan-kiem-tra", (s, id, ct) => s.ConclusionAsync(id, ct));
    }

    private static object Finding(InspectionFinding f) => new
    {
        f.Id, f.InspectionId, f.Finding, f.Recommendation, f.ResponsibleUnitId, f.Deadline, Status = f.Status.ToString(), f.RemediedOn, f.Evidence,
    };

    private static ReformDesk.Core.Platform.Actor ActorOf(HttpContext http) =>
        http.User.ToActor(http.RequestServices.GetRequiredService<RequestTenant>().ReadOnly);
}
