using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.ParIndex;

/// <summary>
/// Demo only: the sample criteria set (labelled as a sample) for Hải Phòng in <see cref="Year"/>, imported through the same
/// guard and importer as a real file, and Phường Việt Hòa's self-assessment of that year, scored with evidence and submitted.
/// </summary>
public static class ParIndexDemo
{
    public const int Year = 2025;
    public const string Province = "HP";
    public const string Commune = "HP-VIETHOA";

    public static async Task SeedAsync(IServiceScopeFactory scopes, CancellationToken ct = default)
    {
        Guid provinceId, communeId;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            services.GetRequiredService<TenantContext>().UseSystem("system:demo");
            var db = services.GetRequiredService<ReformDeskDbContext>();
            if (await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Code == Province, ct) is not { } province
                || await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Code == Commune, ct) is not { } commune)
            {
                return;
            }

            (provinceId, communeId) = (province.Id, commune.Id);
            if (!await db.Set<ParCriteriaSet>().AnyAsync(s => s.ProvinceId == provinceId && s.Year == Year, ct))
            {
                var check = services.GetRequiredService<UploadGuard>().Check(ParSample.Workbook(Year), "bo-tieu-chi-minh-hoa.xlsx", UploadForm.ParCriteria);
                using var upload = check.Upload ?? throw new InvalidOperationException(check.Error);
                var imported = await services.GetRequiredService<ParIndexService>()
                    .ImportSetAsync(new ParActor(null, "Dữ liệu minh họa", [Roles.SystemAdmin], provinceId), provinceId, Year, upload, ct);
                if (!imported.Succeeded) throw new InvalidOperationException(string.Join("\n", imported.Errors.Select(e => e.Message)));
            }

            if (await db.Set<ParAssessment>().AnyAsync(a => a.CommuneId == communeId && a.Year == Year, ct)) return;
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var context = services.GetRequiredService<TenantContext>();
            context.SetUser(null, "cchc.viethoa");
            context.SetTenant(communeId, readOnly: false);
            var service = services.GetRequiredService<ParIndexService>();
            var actor = new ParActor(null, "Bộ phận tham mưu CCHC", [Roles.ReformSecretariat], communeId);
            var started = await service.StartAsync(actor, Year, ct);
            if (!started.Succeeded) return;
            var set = (await service.SetAsync(provinceId, Year, ct))!;
            var inputs = set.Leaves.Select((c, i) =>
            {
                var score = started.Value!.ScoreOf(c.Id);
                // Data-fed criteria take their proposal; the others full points, a few lower, each with a document or a link.
                var points = score.ProposedPoints ?? (c.Kind == ParCriterionKind.Regular ? (i % 5 == 4 ? 0 : c.MaxPoints) : 0);
                var evidence = i % 2 == 0 ? $"Kế hoạch số {10 + i}/KH-UBND ngày 15/01/{Year}" : $"https://viethoa.haiphong.gov.vn/cchc/{Year}/{c.Code}";
                return new ParSelfInput(c.Id, ParNumbers.Text(points), null, evidence, null, points == 0 && c.Kind == ParCriterionKind.Regular ? "Chưa thực hiện trong năm." : null);
            }).ToList();
            var saved = await service.SaveSelfAsync(actor, started.Value!.Id, inputs, ct);
            if (saved.Succeeded) await service.SubmitAsync(actor, started.Value.Id, ct);
        }
    }
}
