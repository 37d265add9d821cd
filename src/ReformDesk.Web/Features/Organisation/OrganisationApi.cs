using Microsoft.EntityFrameworkCore;
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
        units.MapPost("/", async (UnitInput input, UnitService service, RequestTenant tenant, CancellationToken ct) =>
            Respond(tenant, await Guarded(tenant, () => service.CreateAsync(input, ct)), created: true))
            .RequireAuthorization(Policies.OrganisationEdit);
        units.MapPut("/{id:guid}", async (Guid id, UnitInput input, UnitService service, RequestTenant tenant, CancellationToken ct) =>
            Respond(tenant, await Guarded(tenant, () => service.UpdateAsync(id, input, ct))))
            .RequireAuthorization(Policies.OrganisationEdit);
        units.MapPost("/{id:guid}/merge", async (Guid id, MergeInput input, UnitMergeService merger, HttpContext http, RequestTenant tenant, CancellationToken ct) =>
            ApiOutcome.Of(await merger.MergeAsync(id, input.SurvivorId, http.User.ToActor(tenant.ReadOnly), ct),
                r => new { Merged = UnitDto.From(r.Merged), Survivor = UnitDto.From(r.Survivor), r.Moved }))
            .RequireAuthorization(Policies.OrganisationEdit);
        units.MapDelete("/{id:guid}", async (Guid id, UnitService service, RequestTenant tenant, CancellationToken ct) =>
            Respond(tenant, await Guarded(tenant, () => service.DeleteAsync(id, ct))))
            .RequireAuthorization(Policies.OrganisationEdit);

        api.MapGet("/people", async (ReformDeskDbContext db, CancellationToken ct) =>
            await db.People.AsNoTracking().OrderBy(p => p.FullName)
                .Select(p => new { p.Id, p.FullName })
                .ToListAsync(ct));
    }

    private static async Task<OperationResult<Unit>?> Guarded(RequestTenant tenant, Func<Task<OperationResult<Unit>>> action) =>
        tenant.ReadOnly ? null : await action();

    private static IResult Respond(RequestTenant tenant, OperationResult<Unit>? result, bool created = false)
    {
        if (result is null)
        {
            return Results.Problem(title: "Không được phép", detail: "Tài khoản chỉ có quyền xem dữ liệu của xã/phường này.", statusCode: StatusCodes.Status403Forbidden);
        }

        if (result.Succeeded)
        {
            var dto = UnitDto.From(result.Value!);
            return created ? Results.Created($"/api/units/{dto.Id}", dto) : Results.Ok(dto);
        }

        if (result.Errors.ContainsKey("id"))
        {
            return Results.NotFound();
        }

        return Results.ValidationProblem(result.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: "Dữ liệu không hợp lệ");
    }
}
