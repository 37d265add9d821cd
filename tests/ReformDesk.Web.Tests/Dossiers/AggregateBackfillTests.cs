using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Dossiers;

/// <summary>Migration PortalIndicators: buckets written before the portal counts existed are marked stale, once.</summary>
public sealed class AggregateBackfillTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Every_existing_bucket_is_marked_stale_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = Storage.CreateContext(database.Options, TenantContext.System("test"));
        await Storage.MigrateAsync(db);
        var tenant = new Tenant { Code = "T-BF", Name = "Xã Thử Nghiệm", Kind = TenantKind.Commune, Type = LocalityType.Commune };
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync();
        var procedure = new Procedure { TenantId = tenant.Id, Code = "T.BF-01", Name = "Thủ tục thử" };
        db.Procedures.Add(procedure);
        var march = new DateOnly(2026, 3, 1);
        var april = new DateOnly(2026, 4, 1);
        foreach (var month in new[] { march, april })
        {
            db.DossierMonthlyCounts.Add(DossierMonthlyCounts.From(tenant.Id, month, null, procedure.Id,
                month.AddMonths(1).ToDateTime(TimeOnly.MinValue).AddTicks(-1), true, IndicatorCounts.Zero with { Received = 3 }));
        }
        await db.SaveChangesAsync();

        await db.Database.ExecuteSqlRawAsync(AggregateBackfill.MarkEveryBucketStale);
        await db.Database.ExecuteSqlRawAsync(AggregateBackfill.MarkEveryBucketStale);

        var marks = await db.DossierAggregateMarks.IgnoreQueryFilters().AsNoTracking().OrderBy(m => m.Month).ToListAsync();
        Assert.Equal([march, april], marks.Select(m => m.Month));
        Assert.All(marks, m => Assert.Equal((tenant.Id, procedure.Id), (m.TenantId, m.ProcedureId)));
    }
}
