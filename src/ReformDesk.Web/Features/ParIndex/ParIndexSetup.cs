using System.Security.Claims;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.ParIndex;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.ParIndex;

/// <summary>Roles, the acting account and the JSON API of the commune PAR Index.</summary>
public static class ParIndexSetup
{
    /// <summary>The province's side: criteria sets, appraisal, results.</summary>
    public const string ProvinceRoles = $"{Roles.SystemAdmin},{Roles.ProvinceOfficer},{Roles.ProvinceAdmin}";

    public static ParActor ToParActor(this ClaimsPrincipal user) => new(
        user.UserId(),
        user.FindFirstValue(AppClaims.FullName) ?? user.Identity?.Name ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
        Guid.TryParse(user.FindFirstValue(AppClaims.Tenant), out var home) ? home : Guid.Empty);

    /// <summary>
    /// The province a request works on: a province officer's own (another province's code is refused with null), for a system
    /// administrator the one named or that of the commune in the switcher, for commune staff their commune's.
    /// </summary>
    public static Guid? Province(ParActor actor, RequestTenant tenant, string? code = null)
    {
        var named = string.IsNullOrWhiteSpace(code) ? null : tenant.Registry.FirstOrDefault(t => t.Kind == TenantKind.Province && t.Code == code.Trim());
        if (!string.IsNullOrWhiteSpace(code) && named is null) return null;
        if (ParIndexPermissions.OwnProvince(actor) is { } own) return named is null || named.Id == own ? own : null;
        if (named is not null) return actor.Roles.Contains(Roles.SystemAdmin) ? named.Id : null;
        return tenant.Current is { } commune ? TenantAccess.ProvinceOf(commune.Id, tenant.Registry) : null;
    }

    public static string Points(decimal? value) => value is { } v ? ParNumbers.Text(v) : "—";

    public static string Percent(decimal? value) => value is { } v ? ParNumbers.Text(v) + "%" : "—";

    public static void MapParIndexApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/par-index");

        group.MapGet("/set", async (HttpContext http, ParIndexService service, RequestTenant tenant, int? year, string? province, CancellationToken ct) =>
        {
            var actor = http.User.ToParActor();
            if (Province(actor, tenant, province) is not { } provinceId) return Results.NotFound();
            var set = await service.SetAsync(provinceId, year ?? service.CurrentYear - 1, ct);
            return set is null ? Results.NotFound() : Results.Ok(new
            {
                set.Id, set.Year, set.Name, set.Source, set.SurveyMaxPoints, set.MaxTotal,
                Criteria = set.Criteria.OrderBy(c => c.Order).Select(c => new { c.Code, c.Name, c.Level, c.Kind, c.MaxPoints, c.Method, c.Levels, c.EvidenceRequired, c.Measure, c.IsLeaf }),
                Bands = set.Bands.OrderByDescending(b => b.MinPercent).Select(b => new { b.Name, b.MinPercent }),
                Blocks = set.Blocks.OrderBy(b => b.Order).Select(b => new { b.Name, b.LocalityTypes }),
            });
        });

        group.MapGet("/assessment", async (HttpContext http, ParIndexService service, RequestTenant tenant, int? year, CancellationToken ct) =>
        {
            if (tenant.Current is not { } commune) return Results.NotFound();
            var view = await service.ViewAsync(http.User.ToParActor(), commune.Id, year ?? service.CurrentYear - 1, ct);
            if (view is null) return Results.NotFound();
            var a = view.Assessment;
            var criteria = view.Set.Criteria.ToDictionary(c => c.Id);
            return Results.Ok(new
            {
                a.Id, Commune = view.Commune.Code, a.Year, a.Status, a.Block, a.SelfTotal, a.AppraisedTotal, a.SurveyPoints, a.FinalScore, a.Percent, a.Grade, a.ReturnReason,
                Scores = a.Scores.Select(s => new
                {
                    criteria[s.CriterionId].Code, s.SelfPoints, s.EvidenceKind, s.EvidenceText, s.Explanation, s.ProposedPoints, s.ProposedSource,
                    s.AppraisedPoints, s.AppraisalComment,
                }).OrderBy(s => criteria.Values.First(c => c.Code == s.Code).Order),
            });
        });

        group.MapGet("/history", async (HttpContext http, ParIndexService service, RequestTenant tenant, CancellationToken ct) =>
            tenant.Current is { } commune ? Results.Ok(await service.HistoryAsync(http.User.ToParActor(), commune.Id, ct)) : Results.NotFound());

        group.MapGet("/results", async (HttpContext http, ParIndexService service, RequestTenant tenant, int? year, string? province, CancellationToken ct) =>
        {
            var actor = http.User.ToParActor();
            if (Province(actor, tenant, province) is not { } provinceId || !ParIndexPermissions.CanAppraise(actor, provinceId)) return Results.NotFound();
            var y = year ?? service.CurrentYear - 1;
            return Results.Ok(new { Province = tenant.Registry.First(t => t.Id == provinceId).Code, Year = y, Communes = await service.ProvinceResultsAsync(provinceId, y, ct) });
        }).RequireAuthorization(p => p.RequireRole(ProvinceRoles.Split(',')));
    }
}
