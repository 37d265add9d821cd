using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Organisation;

public static class OrganisationApi
{
    public sealed record MergeInput(Guid SurvivorId);

    public sealed record UnitDto(Guid Id, string Name, UnitKind Kind, string KindText, string? Note, bool IsActive, Guid? MergedIntoId)
    {
        public static UnitDto From(Unit u) => new(u.Id, u.Name, u.Kind, u.Kind.Vietnamese(), u.Note, u.IsActive, u.MergedIntoId);
    }

    public static void MapOrganisationApi(this RouteGroupBuilder api)
    {
        var units = api.MapGroup("/units");
        units.MapGet("/", async (UnitService service, CancellationToken ct) =>
            (await service.ListAsync(ct)).Select(UnitDto.From));
        units.MapGet("/{id:guid}", async (Guid id, UnitService service, CancellationToken ct) =>
            await service.FindAsync(id, ct) is { } unit ? Results.Ok(UnitDto.From(unit)) : Results.NotFound());
        units.MapPost("/", async (UnitInput input, UnitService service, CancellationToken ct) =>
            ApiOutcome.Of(await service.CreateAsync(input, ct), UnitDto.From, u => $"/api/units/{u.Id}"))
            .RequireAuthorization(Policies.OrganisationEdit);
        units.MapPut("/{id:guid}", async (Guid id, UnitInput input, UnitService service, CancellationToken ct) =>
            ApiOutcome.Of(await service.UpdateAsync(id, input, ct), UnitDto.From))
            .RequireAuthorization(Policies.OrganisationEdit);
        units.MapPost("/{id:guid}/merge", async (Guid id, MergeInput input, UnitMergeService merger, HttpContext http, RequestTenant tenant, CancellationToken ct) =>
            ApiOutcome.Of(await merger.MergeAsync(id, input.SurvivorId, http.User.ToActor(tenant.ReadOnly), ct),
                r => new { Merged = UnitDto.From(r.Merged), Survivor = UnitDto.From(r.Survivor), r.Moved }))
            .RequireAuthorization(Policies.OrganisationEdit);
        units.MapDelete("/{id:guid}", async (Guid id, UnitService service, CancellationToken ct) =>
            ApiOutcome.Of(await service.DeleteAsync(id, ct), UnitDto.From))
            .RequireAuthorization(Policies.OrganisationEdit);

        api.MapGet("/people", async (PersonService people, CancellationToken ct) =>
            (await people.ListAsync(ct)).Select(p => new { p.Id, p.FullName }));

        api.MapFactsApi();
    }

    /// <summary>The facts the award rules read (ADR 0125): read by <see cref="FactService.Readers"/>, written by the organisation's editors.</summary>
    private static void MapFactsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/people/{id:guid}/facts", async (Guid id, FactService facts, HttpContext http, CancellationToken ct) =>
            !FactService.CanRead(ActorOf(http)) ? Forbidden()
            : await facts.PersonAsync(id, ct) is { } f ? Results.Ok(new
            {
                f.Person.Id, f.Person.FullName, f.Positions,
                Appraisals = f.Appraisals.Select(AppraisalView),
                Discipline = f.Discipline.Select(d => new { d.Id, d.Penalty, PenaltyText = VietnameseLabels.Of(d.Penalty), d.DecisionNumber, d.DecisionDate, d.EffectiveFrom, d.EffectiveTo }),
                Assignments = f.Assignments.Select(a => new { a.Id, a.Duty, a.DecisionNumber, a.DecisionDate, a.From, a.To }),
                Schemes = f.Schemes.Select(s => new { s.Id, s.Title, s.DecisionNumber, s.AcceptedOn }),
            }) : Results.NotFound());
        api.MapPost("/people/{id:guid}/appraisals", async (Guid id, AppraisalForm body, FactService facts, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await facts.SaveAppraisalAsync(ActorOf(http), new AppraisalInput(id, null, body.Year ?? 0, body.Classification, body.DecisionNumber, body.DecisionDate), ct), AppraisalView));
        api.MapPost("/people/{id:guid}/discipline", async (Guid id, DisciplineForm body, FactService facts, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await facts.SaveDisciplineAsync(ActorOf(http), new DisciplineInput(id, body.Penalty, body.DecisionNumber, body.DecisionDate, body.EffectiveFrom, body.EffectiveTo, body.Id), ct),
                d => new { d.Id, d.Penalty, d.DecisionNumber, d.DecisionDate, d.EffectiveFrom, d.EffectiveTo }));
        api.MapPost("/people/{id:guid}/assignments", async (Guid id, AssignmentForm body, FactService facts, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await facts.SaveAssignmentAsync(ActorOf(http), new AssignmentInput(id, body.Duty, body.DecisionNumber, body.DecisionDate, body.From, body.To, body.Id), ct),
                a => new { a.Id, a.Duty, a.DecisionNumber, a.DecisionDate, a.From, a.To }));
        api.MapPost("/people/{id:guid}/schemes", async (Guid id, SchemeForm body, FactService facts, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await facts.SaveSchemeAsync(ActorOf(http), new SchemeInput(id, body.Title, body.DecisionNumber, body.AcceptedOn, body.Id), ct),
                s => new { s.Id, s.Title, s.DecisionNumber, s.AcceptedOn }));

        api.MapGet("/units/{id:guid}/facts", async (Guid id, FactService facts, HttpContext http, CancellationToken ct) =>
            !FactService.CanRead(ActorOf(http)) ? Forbidden()
            : await facts.UnitAsync(id, ct) is { } f ? Results.Ok(new
            {
                f.Unit.Id, f.Unit.Name,
                Appraisals = f.Appraisals.Select(AppraisalView),
                Years = f.Years.Select(y => new
                {
                    y.Year, MemberCount = y.Recorded?.MemberCount, y.Recorded?.Evidence,
                    LaoDongTienTien = y.Counted?.MembersWithLaoDongTienTien, ChienSiThiDuaCoSo = y.Counted?.MembersWithChienSiThiDuaCoSo,
                    DisciplinedWarningOrAbove = y.Counted?.MembersDisciplinedWarningOrAbove, Appraised = y.Counted?.MembersAppraised,
                }),
                ReformRatings = f.Effective.OrderByDescending(r => r.Key).Select(r => new { Year = r.Key, Grade = r.Value, GradeText = VietnameseLabels.Of(r.Value), FromParIndex = f.ParIndex.ContainsKey(r.Key) && !f.Entered.Any(e => e.Year == r.Key && e.UnitId == id) }),
                Entered = f.Entered.Select(RatingView),
            }) : Results.NotFound());
        api.MapPost("/units/{id:guid}/appraisals", async (Guid id, AppraisalForm body, FactService facts, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await facts.SaveAppraisalAsync(ActorOf(http), new AppraisalInput(null, id, body.Year ?? 0, body.Classification, body.DecisionNumber, body.DecisionDate), ct), AppraisalView));
        api.MapPost("/units/{id:guid}/member-counts", async (Guid id, MemberCountForm body, FactService facts, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await facts.SaveMemberCountAsync(ActorOf(http), new MemberCountInput(id, body.Year ?? 0, body.MemberCount ?? 0, body.Evidence), ct),
                m => new { m.Id, m.UnitId, m.Year, m.MemberCount, m.Evidence }));
        api.MapPost("/units/{id:guid}/reform-ratings", async (Guid id, ReformRatingForm body, FactService facts, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await facts.SaveReformRatingAsync(ActorOf(http), new ReformRatingInput(body.ForCommune ? null : id, body.Year ?? 0, body.Grade, body.EvidenceNumber, body.EvidenceDate, body.EvidenceUrl), ct), RatingView));

        foreach (var (segment, kind) in new[] { ("appraisals", "appraisal"), ("discipline", "discipline"), ("assignments", "assignment"), ("schemes", "scheme"), ("member-counts", "member-count"), ("reform-ratings", "reform-rating") })
        {
            api.MapDelete($"/facts/{segment}/{{id:guid}}", async (Guid id, FactService facts, HttpContext http, CancellationToken ct) =>
                ApiOutcome.Of(await facts.DeleteAsync(ActorOf(http), kind, id, ct), _ => new { Id = id, Deleted = true }));
        }
    }

    private static object AppraisalView(Appraisal a) =>
        new { a.Id, a.PersonId, a.UnitId, a.Year, a.Classification, ClassificationText = VietnameseLabels.Of(a.Classification), a.DecisionNumber, a.DecisionDate };

    private static object RatingView(UnitReformRating r) =>
        new { r.Id, r.UnitId, r.Year, r.Grade, GradeText = VietnameseLabels.Of(r.Grade), r.EvidenceNumber, r.EvidenceDate, r.EvidenceUrl };

    private static IResult Forbidden() => Results.Problem(title: "Không được phép", detail: "Tài khoản không được xem dữ liệu đánh giá, kỷ luật.", statusCode: StatusCodes.Status403Forbidden);

    private static Actor ActorOf(HttpContext http) => Emulation.EmulationWeb.ActorOf(http.User, http.RequestServices.GetRequiredService<RequestTenant>());
}
