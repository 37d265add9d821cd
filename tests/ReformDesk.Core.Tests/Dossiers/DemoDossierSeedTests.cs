using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// Demo dossiers stored in a real SQLite commune on Thursday 03/12/2026 10:00 (December is the running month): what seeding
/// adds, which office gets which dossiers, and — over a few hundred generated dossiers with supplements, refusals and
/// dossiers open across months — the first import's in-memory tally giving the same monthly buckets as the GROUP BY recompute.
/// </summary>
public sealed class DemoDossierSeedTests() : DossierCommuneTest(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(7)))
{
    private static readonly DateTime Now = new(2026, 12, 3, 10, 0, 0);

    private async Task<List<Procedure>> CatalogueAsync()
    {
        await using var db = Commune.Open();
        db.Procedures.AddRange(DemoDossierGenerator.Procedures(Commune.TenantId).Where(p => p.Code != Birth.Code));
        await db.SaveChangesAsync();
        return await db.Procedures.AsNoTracking().ToListAsync();
    }

    private async Task<List<(DateOnly Month, Guid? Unit, Guid Procedure, bool Final, IndicatorCounts Counts)>> BucketsAsync()
    {
        await using var db = Commune.Open();
        return (await db.DossierMonthlyCounts.AsNoTracking().ToListAsync())
            .Select(r => (r.Month, r.UnitId, r.ProcedureId, r.Final, r.ToCounts()))
            .OrderBy(r => r.Month).ThenBy(r => r.ProcedureId).ThenBy(r => r.UnitId).ToList();
    }

    [Fact]
    public async Task The_first_imports_tally_gives_the_same_monthly_buckets_as_the_group_by_recompute()
    {
        var police = await Commune.UnitAsync("Công an xã");
        var procedures = await CatalogueAsync();
        var db = Commune.Open();
        var rules = await DossierBuilder.Rules(db, Commune).ForAsync(Commune.TenantId);
        var generated = DemoDossierGenerator.Generate(Commune.TenantId, "DM", 400, 2026, procedures, new DateOnly(2026, 8, 1), new DateOnly(2026, 12, 3), Now, rules);
        var byId = procedures.ToDictionary(p => p.Id);
        foreach (var d in generated.Dossiers.Where(d => byId[d.ProcedureId].Field == "Đăng ký, quản lý cư trú")) d.UnitId = police.Id;
        db.Dossiers.AddRange(generated.Dossiers);
        db.DossierSupplements.AddRange(generated.Supplements);
        await db.SaveChangesAsync();
        var months = Enumerable.Range(0, 5).Select(i => new DateOnly(2026, 8 + i, 1)).ToList();
        var buckets = (from m in months from p in procedures select new AggregateBucket(m, p.Id)).ToList();

        var supplements = generated.Supplements.ToLookup(s => s.DossierId);
        var tally = new DossierBucketTally(rules, Now);
        foreach (var d in generated.Dossiers)
        {
            var own = supplements[d.Id].ToList();
            tally.Add(DossierOutcome.Compute(rules, d, byId[d.ProcedureId], own), d, byId[d.ProcedureId], own);
        }

        tally.Touch(buckets);
        await tally.WriteAsync(db, Commune.TenantId, default);
        var tallied = await BucketsAsync();
        await DossierAggregates.RecomputeAsync(Commune.Open(), Commune.TenantId, rules, buckets, Now);
        var recomputed = await BucketsAsync();

        Assert.Equal(recomputed.Count, tallied.Count);
        Assert.All(recomputed.Zip(tallied), pair => Assert.Equal(pair.First, pair.Second));
        // The buckets hold every dossier once as intake, and December's stock is the dossiers open now.
        Assert.Equal(400, recomputed.Sum(r => r.Counts.Received));
        var open = generated.Dossiers.Count(d => d.ProcessedAt is null && d.RejectedAt is null && d.WithdrawnAt is null);
        Assert.Equal(open, recomputed.Where(r => r.Month == months[^1]).Sum(r => r.Counts.PendingAtEnd));
        Assert.Contains(recomputed, r => r.Unit == police.Id && r.Counts.Received > 0);
        Assert.Contains(recomputed, r => r.Month < months[^1] && r.Counts.PendingAtEnd > 0);
        Assert.All(recomputed, r => Assert.Equal(r.Month < months[^1], r.Final));
    }

    [Fact]
    public async Task Seeding_adds_the_missing_procedures_sends_dossiers_to_their_office_and_counts_them_in_the_buckets()
    {
        var police = await Commune.UnitAsync("Công an xã");
        await using var db = Commune.Open();

        var added = await DemoDossierGenerator.SeedAsync(db, DossierBuilder.Rules(db, Commune), Commune.Clock, Commune.TenantId, "HP", 300, 7);

        await using var read = Commune.Open();
        var procedures = await read.Procedures.AsNoTracking().ToDictionaryAsync(p => p.Id);
        var dossiers = await read.Dossiers.AsNoTracking().ToListAsync();
        Assert.Equal((300, 300, 16), (added, dossiers.Count, procedures.Count));
        // The commune's own birth registration (3 working days) is kept, not replaced by the demo's same-day one.
        var birth = Assert.Single(procedures.Values, p => p.Code == "1.001193");
        Assert.Equal((Birth.Id, (int?)3, false), (birth.Id, birth.ProcessingDays, birth.SameDay));
        // Residence goes to the police; nobody in this commune is named for civil status, so it stays at the one-stop desk.
        Assert.All(dossiers.Where(d => procedures[d.ProcedureId].Field == "Đăng ký, quản lý cư trú"), d => Assert.Equal(police.Id, d.UnitId));
        Assert.All(dossiers.Where(d => procedures[d.ProcedureId].Field == "Hộ tịch"), d => Assert.Null(d.UnitId));
        Assert.All(dossiers, d => Assert.StartsWith("HP-", d.Code, StringComparison.Ordinal));
        Assert.Equal(300, await read.DossierMonthlyCounts.SumAsync(r => r.Received));
    }

    [Fact]
    public async Task Seeding_a_commune_that_already_has_dossiers_adds_nothing_but_adding_on_purpose_does()
    {
        await new DossierBuilder("HS-01", Birth, new DateTime(2026, 12, 1, 9, 0, 0)).SaveAsync(Commune);
        await using var db = Commune.Open();
        var rules = DossierBuilder.Rules(db, Commune);

        Assert.Equal(0, await DemoDossierGenerator.SeedAsync(db, rules, Commune.Clock, Commune.TenantId, "HP", 50, 1));
        Assert.Equal(1, await Commune.Open().Dossiers.CountAsync());
        Assert.Equal(1, await Commune.Open().Procedures.CountAsync());

        Assert.Equal(50, await DemoDossierGenerator.AddAsync(db, rules, Commune.Clock, Commune.TenantId, "HP2", 50, 1));
        Assert.Equal(51, await Commune.Open().Dossiers.CountAsync());
    }

    [Fact]
    public async Task Seeding_no_dossiers_adds_nothing_at_all()
    {
        await using var db = Commune.Open();

        Assert.Equal(0, await DemoDossierGenerator.SeedAsync(db, DossierBuilder.Rules(db, Commune), Commune.Clock, Commune.TenantId, "HP", 0, 1));
        Assert.Equal(1, await Commune.Open().Procedures.CountAsync());
    }
}
