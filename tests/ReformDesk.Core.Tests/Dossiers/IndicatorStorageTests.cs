using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// What the database itself guarantees for the stored indicators, on SQLite on 15/04/2026: one monthly bucket per (month,
/// procedure, unit) even without a unit, stale marks kept once and cleared by the recompute that reads them, and the
/// Decision 766 weights every new database starts with.
/// </summary>
public sealed class IndicatorStorageTests() : DossierCommuneTest(new DateTimeOffset(2026, 4, 15, 10, 0, 0, TimeSpan.FromHours(7)))
{
    private static readonly DateOnly March = new(2026, 3, 1), April = new(2026, 4, 1);
    private static readonly DateTime Now = new(2026, 4, 15, 10, 0, 0);

    private DossierMonthlyCounts Bucket(Guid? unit, int received) =>
        DossierMonthlyCounts.From(Commune.TenantId, March, unit, Birth.Id, new DateTime(2026, 3, 31, 23, 59, 59), true, IndicatorCounts.Zero with { Received = received });

    [Fact]
    public async Task A_second_row_for_the_same_bucket_without_a_unit_is_refused_so_a_month_is_never_counted_twice()
    {
        await using (var db = Commune.Open())
        {
            db.DossierMonthlyCounts.Add(Bucket(null, 3));
            await db.SaveChangesAsync();
        }

        await using var again = Commune.Open();
        again.DossierMonthlyCounts.Add(Bucket(null, 5));
        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    [Fact]
    public async Task Each_unit_has_its_own_row_of_the_same_bucket_but_only_one()
    {
        var justice = await Commune.UnitAsync("Tổ Tư pháp - Hộ tịch");
        var police = await Commune.UnitAsync("Công an xã");
        await using (var db = Commune.Open())
        {
            db.DossierMonthlyCounts.AddRange(Bucket(null, 1), Bucket(justice.Id, 2), Bucket(police.Id, 3));
            await db.SaveChangesAsync();
        }

        Assert.Equal(6, await Commune.Open().DossierMonthlyCounts.SumAsync(r => r.Received));
        await using var again = Commune.Open();
        again.DossierMonthlyCounts.Add(Bucket(justice.Id, 4));
        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    [Fact]
    public async Task A_bucket_marked_stale_twice_is_kept_once_and_the_recompute_clears_every_mark()
    {
        await Received("HS-01", 2).Processed(new DateTime(2026, 3, 4, 10, 0, 0)).SaveAsync(Commune);
        await using var db = Commune.Open();
        var rules = await DossierBuilder.Rules(db, Commune).ForAsync(Commune.TenantId);

        await DossierAggregates.MarkAsync(db, Commune.TenantId, [new(March, Birth.Id), new(April, Birth.Id), new(March, Birth.Id)]);
        await DossierAggregates.MarkAsync(db, Commune.TenantId, [new(March, Birth.Id)]);
        Assert.Equal(2, await Commune.Open().DossierAggregateMarks.CountAsync());

        Assert.Equal(2, await DossierAggregates.RecomputeMarkedAsync(db, Commune.TenantId, rules, Now));

        Assert.Empty(await Commune.Open().DossierAggregateMarks.ToListAsync());
        var march = await Commune.Open().DossierMonthlyCounts.AsNoTracking().SingleAsync();
        Assert.Equal((March, 1, 1), (march.Month, march.Received, march.ResolvedEarly));
        Assert.Equal(0, await DossierAggregates.RecomputeMarkedAsync(db, Commune.TenantId, rules, Now));
    }

    [Fact]
    public async Task A_new_database_holds_the_decisions_official_weights_dated_the_day_it_was_signed()
    {
        var weights = await Commune.OpenSystem().IndexWeights.AsNoTracking().ToListAsync();

        Assert.Equal(21, weights.Count);
        Assert.All(weights, w => Assert.Equal(((Guid?)null, new DateOnly(2022, 6, 23), "Quyết định 766/QĐ-TTg ngày 23/6/2022"), (w.ProvinceId, w.EffectiveFrom, w.Source)));
        Assert.Equal(100m, weights.Sum(w => w.MaxPoints));
        var onTime = weights.Single(w => w.Code == "2.1");
        Assert.Equal((2, 20m, (decimal?)100m, "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn"), (onTime.Group, onTime.MaxPoints, onTime.Threshold, onTime.Name));
        var online = weights.Single(w => w.Code == "3.3");
        Assert.Equal((4m, (decimal?)50m), (online.MaxPoints, online.Threshold));
        var monitored = weights.Single(w => w.Code == "2.2");
        Assert.Equal((0m, (decimal?)null), (monitored.MaxPoints, monitored.Threshold));
        Assert.Equal(5, Index766Catalogue.Groups.Count);
        Assert.All(weights, w => Assert.True(Index766Catalogue.Groups.ContainsKey(w.Group), $"{w.Code} in unknown group {w.Group}"));
    }

    [Fact]
    public async Task A_province_cannot_hold_two_values_of_one_indicator_from_the_same_day()
    {
        Guid province;
        await using (var system = Commune.OpenSystem())
        {
            province = (await system.Tenants.SingleAsync(t => t.Id == Commune.TenantId)).ParentId!.Value;
            system.IndexWeights.Add(new IndexWeight { ProvinceId = province, EffectiveFrom = new DateOnly(2026, 1, 1), Code = "2.1", Group = 2, Name = "2.1", MaxPoints = 18, Threshold = 100 });
            await system.SaveChangesAsync();
        }

        await using var again = Commune.OpenSystem();
        again.IndexWeights.Add(new IndexWeight { ProvinceId = province, EffectiveFrom = new DateOnly(2026, 1, 1), Code = "2.1", Group = 2, Name = "2.1", MaxPoints = 20, Threshold = 100 });
        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }
}
