using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Platform;

/// <summary>
/// The migration step that adds new counts to the stored monthly buckets: every existing bucket of every commune is marked
/// stale once (one mark per month and procedure, whatever its units), and the commune's next indicator read recomputes
/// them from its dossiers, so no page ever shows the new counts as zero.
/// </summary>
public sealed class AggregateBackfillTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly DateOnly April = new(2026, 4, 1);
    private static readonly DateOnly May = new(2026, 5, 1);

    private static DossierMonthlyCounts Bucket(Guid tenant, DateOnly month, Guid? unit, Guid procedure, int received) =>
        DossierMonthlyCounts.From(tenant, month, unit, procedure, month.AddMonths(1).ToDateTime(TimeOnly.MinValue).AddTicks(-1), true,
            IndicatorCounts.Zero with { Received = received });

    /// <summary>Another commune of the province with one procedure and one stored bucket.</summary>
    private static async Task<(Guid Tenant, Guid Procedure)> NeighbourAsync(SqliteCommune commune)
    {
        var tenant = new Tenant { Code = "HP-LC", Name = "Phường Lê Chân", Kind = TenantKind.Commune };
        await using (var system = commune.OpenSystem())
        {
            system.Tenants.Add(tenant);
            await system.SaveChangesAsync();
        }

        await using var db = commune.OpenFor(tenant.Id);
        var procedure = new Procedure { Code = "1.001193", Name = "Đăng ký khai sinh" };
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync();
        db.DossierMonthlyCounts.Add(Bucket(tenant.Id, March, null, procedure.Id, 7));
        await db.SaveChangesAsync();
        return (tenant.Id, procedure.Id);
    }

    [Fact]
    public async Task Each_bucket_of_each_commune_gets_one_mark_and_marks_already_there_stay_single()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var economy = await commune.UnitAsync("Phòng Kinh tế");
        var culture = await commune.UnitAsync("Phòng Văn hóa - Xã hội");
        var birth = new Procedure { Code = "1.001193", Name = "Đăng ký khai sinh" };
        var marriage = new Procedure { Code = "1.000894", Name = "Đăng ký kết hôn" };
        await using (var db = commune.Open())
        {
            db.Procedures.AddRange(birth, marriage);
            await db.SaveChangesAsync();
            // March of the birth procedure is stored per unit and for the one-stop desk: still one bucket.
            db.DossierMonthlyCounts.AddRange(
                Bucket(commune.TenantId, March, economy.Id, birth.Id, 3), Bucket(commune.TenantId, March, culture.Id, birth.Id, 2),
                Bucket(commune.TenantId, March, null, birth.Id, 1), Bucket(commune.TenantId, April, economy.Id, birth.Id, 4),
                Bucket(commune.TenantId, April, economy.Id, marriage.Id, 5));
            db.DossierAggregateMarks.Add(new DossierAggregateMark { Month = April, ProcedureId = marriage.Id });
            await db.SaveChangesAsync();
        }

        var neighbour = await NeighbourAsync(commune);

        await using var system = commune.OpenSystem();
        await system.Database.ExecuteSqlRawAsync(AggregateBackfill.MarkEveryBucketStale);
        await system.Database.ExecuteSqlRawAsync(AggregateBackfill.MarkEveryBucketStale);

        var marks = await system.DossierAggregateMarks.AsNoTracking().ToListAsync();
        Assert.Equal(
            new[] { (commune.TenantId, March, birth.Id), (commune.TenantId, April, birth.Id), (commune.TenantId, April, marriage.Id), (neighbour.Tenant, March, neighbour.Procedure) }
                .OrderBy(m => (m.Item1, m.Item2, m.Item3)),
            marks.Select(m => (m.TenantId, m.Month, m.ProcedureId)).OrderBy(m => (m.TenantId, m.Month, m.ProcedureId)));
    }

    [Fact]
    public async Task The_communes_next_indicator_read_recomputes_its_marked_buckets_from_its_dossiers_and_leaves_the_neighbours()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var economy = await commune.UnitAsync("Phòng Kinh tế");
        var birth = new Procedure { Code = "1.001193", Name = "Đăng ký khai sinh" };
        await using (var db = commune.Open())
        {
            db.Procedures.Add(birth);
            await db.SaveChangesAsync();
            // Counts written before the migration: three received, but the commune holds no such dossier.
            db.DossierMonthlyCounts.Add(Bucket(commune.TenantId, May, economy.Id, birth.Id, 3));
            await db.SaveChangesAsync();
        }

        var neighbour = await NeighbourAsync(commune);
        await using (var system = commune.OpenSystem())
        {
            await system.Database.ExecuteSqlRawAsync(AggregateBackfill.MarkEveryBucketStale);
        }

        await using var services = CommuneServices.Build(commune);
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(commune.TenantId, readOnly: true);
            await scope.ServiceProvider.GetRequiredService<IndicatorService>().EnsureFreshAsync();
        }

        await using var read = commune.OpenSystem();
        var left = await read.DossierAggregateMarks.AsNoTracking().Select(m => m.TenantId).ToListAsync();
        Assert.Equal([neighbour.Tenant], left);
        Assert.Equal(0, await read.DossierMonthlyCounts.Where(c => c.TenantId == commune.TenantId).SumAsync(c => c.Received));
        Assert.Equal(7, await read.DossierMonthlyCounts.Where(c => c.TenantId == neighbour.Tenant).SumAsync(c => c.Received));
    }
}
