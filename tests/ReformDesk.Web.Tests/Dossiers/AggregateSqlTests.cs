using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Dossiers;

/// <summary>
/// The set-based recompute (GROUP BY over dossier outcomes) gives exactly the buckets the rules give when every dossier
/// is evaluated at every month's end and summed with <see cref="IndicatorAccumulator"/>, on each database.
/// </summary>
public sealed class AggregateSqlTests
{
    private static readonly DateTime Now = new(2026, 3, 18, 10, 30, 0);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Sql_recompute_equals_the_in_memory_accumulator_and_follows_an_edit(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = Storage.CreateContext(database.Options, TenantContext.System("test"));
        await Storage.MigrateAsync(db);
        var tenant = new Tenant { Code = "T-SQL", Name = "Xã Thử Nghiệm", Kind = TenantKind.Commune, Type = LocalityType.Commune };
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync();
        var unit = new Unit { TenantId = tenant.Id, Name = "Bộ phận một cửa" };
        db.Units.Add(unit);
        var procedures = DemoDossierGenerator.Procedures(tenant.Id);
        var unknownTime = new Procedure { TenantId = tenant.Id, Code = "T.SQL-UNK", Name = "Thủ tục chưa rõ thời hạn" };
        procedures.Add(unknownTime);
        db.Procedures.AddRange(procedures);
        await db.SaveChangesAsync();

        var generated = DemoDossierGenerator.Generate(tenant.Id, "EQ", 2500, seed: 7, procedures, from: new DateOnly(2025, 9, 1), to: new DateOnly(2026, 3, 18), now: Now);
        var dossiers = generated.Dossiers.ToList();
        var supplements = generated.Supplements.ToList();
        foreach (var (d, i) in dossiers.Select((d, i) => (d, i)))
        {
            if (i % 3 == 0) d.UnitId = unit.Id;
        }

        // Hand-made cases the generator may not produce: refused at intake, a supplement pending across months, two supplements,
        // an appointment given by the provincial system, a procedure whose time is unknown, one still open and long overdue.
        var p = procedures[0];
        Dossier Add(string code, DateTime received, Action<Dossier>? set = null, Procedure? procedure = null)
        {
            var d = new Dossier { TenantId = tenant.Id, Code = code, ProcedureId = (procedure ?? p).Id, ReceivedAt = received, Channel = DossierChannel.Counter, Visits = 1 };
            set?.Invoke(d);
            dossiers.Add(d);
            return d;
        }

        Add("H-REFUSED", new DateTime(2025, 11, 3, 9, 0, 0), d => { d.RejectedAt = d.ReceivedAt; d.RefusedAtIntake = true; });
        var pending = Add("H-PENDING", new DateTime(2025, 12, 22, 14, 0, 0));
        supplements.Add(new DossierSupplement { TenantId = tenant.Id, DossierId = pending.Id, RequestedAt = new DateTime(2025, 12, 24, 10, 0, 0) });
        var twice = Add("H-TWICE", new DateTime(2026, 1, 5, 8, 0, 0), d => d.ProcessedAt = new DateTime(2026, 2, 20, 16, 0, 0));
        supplements.Add(new DossierSupplement { TenantId = tenant.Id, DossierId = twice.Id, RequestedAt = new DateTime(2026, 1, 6, 8, 0, 0), SuppliedAt = new DateTime(2026, 1, 7, 8, 0, 0) });
        supplements.Add(new DossierSupplement { TenantId = tenant.Id, DossierId = twice.Id, RequestedAt = new DateTime(2026, 1, 9, 8, 0, 0), SuppliedAt = new DateTime(2026, 2, 2, 8, 0, 0) });
        Add("H-APPT", new DateTime(2026, 1, 28, 16, 0, 0), d => { d.AppointmentDate = new DateOnly(2026, 2, 27); d.ProcessedAt = new DateTime(2026, 2, 27, 17, 0, 0); });
        Add("H-UNKNOWN", new DateTime(2026, 2, 26, 9, 0, 0), procedure: unknownTime);
        Add("H-OVERDUE", new DateTime(2025, 10, 1, 9, 0, 0), d => d.UnitId = unit.Id);
        Add("H-WITHDRAWN", new DateTime(2026, 2, 27, 9, 0, 0), d => d.WithdrawnAt = new DateTime(2026, 3, 2, 9, 0, 0));

        await BulkInsert.InsertAsync(db, dossiers);
        await BulkInsert.InsertAsync(db, supplements);
        var months = Enumerable.Range(0, 7).Select(i => new DateOnly(2025, 9, 1).AddMonths(i)).ToList();
        var buckets = months.SelectMany(m => procedures.Select(pr => new AggregateBucket(m, pr.Id))).ToList();

        await Recompute(db, tenant.Id, buckets);
        Assert.Equal(dossiers.Count, await db.DossierOutcomes.IgnoreQueryFilters().CountAsync());
        await AssertEqualToRules(db, tenant.Id, months, procedures);

        // An edit through the change tracker drops the dossier's outcome; the next recompute computes it again.
        var edited = await db.Dossiers.IgnoreQueryFilters().SingleAsync(d => d.Code == "H-OVERDUE");
        edited.ProcessedAt = new DateTime(2026, 2, 10, 9, 0, 0);
        await db.SaveChangesAsync();
        Assert.False(await db.DossierOutcomes.IgnoreQueryFilters().AnyAsync(o => o.DossierId == edited.Id));
        await Recompute(db, tenant.Id, buckets);
        await AssertEqualToRules(db, tenant.Id, months, procedures);
        Assert.True(await db.DossierOutcomes.IgnoreQueryFilters().AnyAsync(o => o.DossierId == edited.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_first_imports_in_memory_tally_writes_the_buckets_the_group_by_recompute_writes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = Storage.CreateContext(database.Options, TenantContext.System("test"));
        await Storage.MigrateAsync(db);
        var (tenant, procedures, dossiers, supplements) = await DataSetAsync(db, "TL");
        var rules = await DossierRules.WithDefaults(db).ForAsync(tenant.Id);
        var byId = procedures.ToDictionary(p => p.Id);
        var bySupplement = supplements.ToLookup(s => s.DossierId);
        await BulkInsert.InsertAsync(db, dossiers);
        await BulkInsert.InsertAsync(db, supplements);

        var tally = new DossierBucketTally(rules, Now);
        var touched = new HashSet<AggregateBucket>();
        var outcomes = new List<DossierOutcome>();
        foreach (var d in dossiers)
        {
            var own = bySupplement[d.Id].ToList();
            var outcome = DossierOutcome.Compute(rules, d, byId[d.ProcedureId], own);
            outcomes.Add(outcome);
            tally.Add(outcome, d, byId[d.ProcedureId], own);
            DossierAggregates.Touch(touched, d, Now);
        }

        tally.Touch(touched);
        await BulkInsert.InsertAsync(db, outcomes);
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await tally.WriteAsync(db, tenant.Id, CancellationToken.None);
            await tx.CommitAsync();
        }

        db.ChangeTracker.Clear();
        var tallied = await StoredAsync(db, tenant.Id);
        Assert.Contains(tallied.Values, c => c.PendingAtRiskAtEnd > 0);
        Assert.Contains(tallied.Values, c => c.PortalOpenLateAtEnd > 0);
        await Recompute(db, tenant.Id, touched.ToList());
        var grouped = await StoredAsync(db, tenant.Id);
        Assert.Equal(grouped.Keys.Order().ToList(), tallied.Keys.Order().ToList());
        foreach (var (key, counts) in grouped)
        {
            Assert.True(counts == tallied[key], $"{key}: GROUP BY {counts}, tally {tallied[key]}");
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_first_import_and_a_partial_reimport_leave_the_buckets_the_rules_give(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = Storage.CreateContext(database.Options, TenantContext.System("test"));
        await Storage.MigrateAsync(db);
        var (tenant, procedures, dossiers, supplements) = await DataSetAsync(db, "IM");
        var byId = procedures.ToDictionary(p => p.Id);
        var bySupplement = supplements.ToLookup(s => s.DossierId);
        string Csv(IEnumerable<Dossier> rows)
        {
            using var w = new StringWriter();
            DossierLogCsv.WriteHeader(w);
            foreach (var d in rows) DossierLogCsv.WriteRow(w, d, byId[d.ProcedureId], bySupplement[d.Id].ToList());
            return w.ToString();
        }

        var clock = new FixedClock(new DateTimeOffset(Now, TimeSpan.FromHours(7)));
        var guard = new ReformDesk.Core.Platform.Uploads.UploadGuard(Microsoft.Extensions.Options.Options.Create(new ReformDesk.Core.Platform.Uploads.UploadOptions()));
        async Task<DossierImportResult> Import(string csv)
        {
            await using var tenantDb = Storage.CreateContext(database.Options, TenantContext.ForTenant(tenant.Id, "test"));
            using var upload = guard.Check(System.Text.Encoding.UTF8.GetBytes(csv), "log.csv", ReformDesk.Core.Platform.Uploads.UploadForm.DossierLog).Upload!;
            return await new DossierLogImporter(tenantDb, clock, DossierRules.WithDefaults(tenantDb)).ImportAsync(upload, "Thử nghiệm");
        }

        var months = Enumerable.Range(0, 7).Select(i => new DateOnly(2025, 9, 1).AddMonths(i)).ToList();
        // The first 2,000 rows: a first import (the tally); then the whole file with 40 rows edited: a partial re-import (GROUP BY).
        var first = await Import(Csv(dossiers.Take(2000)));
        Assert.Equal(2000, first.Added);
        await AssertEqualToRules(db, tenant.Id, months, procedures);
        var edited = dossiers.Take(2000).Where(d => d.ProcessedAt is not null && d.RejectedAt is null && d.WithdrawnAt is null && d.ProcessedAt > d.ReceivedAt.AddHours(1)).Take(40).ToList();
        Assert.NotEmpty(edited);
        foreach (var d in edited) d.ProcessedAt = d.ReceivedAt.AddHours(1);
        var second = await Import(Csv(dossiers));
        Assert.Equal(dossiers.Count - 2000, second.Added);
        Assert.Equal(edited.Count, second.Updated);
        await AssertEqualToRules(db, tenant.Id, months, procedures);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    private static async Task<Dictionary<(DateOnly, Guid?, Guid), IndicatorCounts>> StoredAsync(ReformDeskDbContext db, Guid tenantId) =>
        (await db.DossierMonthlyCounts.IgnoreQueryFilters().AsNoTracking().Where(c => c.TenantId == tenantId).ToListAsync())
            .ToDictionary(c => (c.Month, c.UnitId, c.ProcedureId), c => c.ToCounts());

    /// <summary>A commune, its procedures (stored) and generated dossiers with the hand-made cases (not stored).</summary>
    private static async Task<(Tenant Tenant, List<Procedure> Procedures, List<Dossier> Dossiers, List<DossierSupplement> Supplements)> DataSetAsync(ReformDeskDbContext db, string prefix)
    {
        var tenant = new Tenant { Code = "T-" + prefix, Name = "Xã Thử Nghiệm", Kind = TenantKind.Commune, Type = LocalityType.Commune };
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync();
        var unit = new Unit { TenantId = tenant.Id, Name = "Bộ phận một cửa" };
        db.Units.Add(unit);
        var procedures = DemoDossierGenerator.Procedures(tenant.Id);
        procedures.Add(new Procedure { TenantId = tenant.Id, Code = "T.SQL-UNK", Name = "Thủ tục chưa rõ thời hạn" });
        db.Procedures.AddRange(procedures);
        await db.SaveChangesAsync();
        var generated = DemoDossierGenerator.Generate(tenant.Id, prefix, 2500, seed: 7, procedures, from: new DateOnly(2025, 9, 1), to: new DateOnly(2026, 3, 18), now: Now);
        var dossiers = generated.Dossiers.ToList();
        var supplements = generated.Supplements.ToList();
        foreach (var (d, i) in dossiers.Select((d, i) => (d, i)))
        {
            if (i % 3 == 0) d.UnitId = unit.Id;
        }

        var p = procedures[0];
        Dossier Add(string code, DateTime received, Action<Dossier>? set = null)
        {
            var d = new Dossier { TenantId = tenant.Id, Code = code, ProcedureId = p.Id, ReceivedAt = received, Channel = DossierChannel.Counter, Visits = 1 };
            set?.Invoke(d);
            dossiers.Add(d);
            return d;
        }

        var pending = Add(prefix + "-PENDING", new DateTime(2025, 12, 22, 14, 0, 0));
        supplements.Add(new DossierSupplement { TenantId = tenant.Id, DossierId = pending.Id, RequestedAt = new DateTime(2025, 12, 24, 10, 0, 0) });
        var twice = Add(prefix + "-TWICE", new DateTime(2026, 1, 5, 8, 0, 0), d => d.ProcessedAt = new DateTime(2026, 2, 20, 16, 0, 0));
        supplements.Add(new DossierSupplement { TenantId = tenant.Id, DossierId = twice.Id, RequestedAt = new DateTime(2026, 1, 6, 8, 0, 0), SuppliedAt = new DateTime(2026, 1, 7, 8, 0, 0) });
        supplements.Add(new DossierSupplement { TenantId = tenant.Id, DossierId = twice.Id, RequestedAt = new DateTime(2026, 1, 9, 8, 0, 0), SuppliedAt = new DateTime(2026, 2, 2, 8, 0, 0) });
        Add(prefix + "-APPT", new DateTime(2026, 1, 28, 16, 0, 0), d => { d.AppointmentDate = new DateOnly(2026, 2, 27); d.ProcessedAt = new DateTime(2026, 2, 27, 17, 0, 0); });
        Add(prefix + "-OVERDUE", new DateTime(2025, 10, 1, 9, 0, 0), d => d.UnitId = unit.Id);
        Add(prefix + "-WITHDRAWN", new DateTime(2026, 2, 27, 9, 0, 0), d => d.WithdrawnAt = new DateTime(2026, 3, 2, 9, 0, 0));
        return (tenant, procedures, dossiers, supplements);
    }

    private static async Task Recompute(ReformDeskDbContext db, Guid tenantId, List<AggregateBucket> buckets)
    {
        await using var tx = await db.Database.BeginTransactionAsync();
        await DossierAggregates.RecomputeAsync(db, tenantId, await DossierRules.WithDefaults(db).ForAsync(tenantId), buckets, Now);
        await tx.CommitAsync();
        db.ChangeTracker.Clear();
    }

    private static async Task AssertEqualToRules(ReformDeskDbContext db, Guid tenantId, List<DateOnly> months, List<Procedure> procedures)
    {
        var rules = await DossierRules.WithDefaults(db).ForAsync(tenantId);
        var dossiers = await db.Dossiers.IgnoreQueryFilters().AsNoTracking().Where(d => d.TenantId == tenantId).ToListAsync();
        var supplements = (await db.DossierSupplements.IgnoreQueryFilters().AsNoTracking().Where(s => s.TenantId == tenantId).ToListAsync()).ToLookup(s => s.DossierId);
        var byId = procedures.ToDictionary(p => p.Id);
        var expected = new Dictionary<(DateOnly, Guid?, Guid), IndicatorCounts>();
        foreach (var month in months)
        {
            var start = month.ToDateTime(TimeOnly.MinValue);
            var next = start.AddMonths(1);
            var asOf = next <= Now ? next.AddTicks(-1) : Now;
            var accumulators = new Dictionary<(Guid?, Guid), IndicatorAccumulator>();
            foreach (var d in dossiers.Where(d => d.ReceivedAt < next && !(DossierAggregates.EndMoment(d) < start)))
            {
                if (DossierAggregates.Facts(rules, d, byId[d.ProcedureId], supplements[d.Id], asOf) is not { } facts) continue;
                var key = (d.UnitId, d.ProcedureId);
                if (!accumulators.TryGetValue(key, out var acc)) accumulators[key] = acc = new IndicatorAccumulator(ReportingPeriod.Month(month.Year, month.Month));
                acc.Add(facts);
            }

            foreach (var ((unit, procedure), acc) in accumulators)
            {
                if (acc.Counts != IndicatorCounts.Zero) expected[(month, unit, procedure)] = acc.Counts;
            }
        }

        var stored = (await db.DossierMonthlyCounts.IgnoreQueryFilters().AsNoTracking().Where(c => c.TenantId == tenantId).ToListAsync())
            .ToDictionary(c => (c.Month, c.UnitId, c.ProcedureId), c => c.ToCounts());
        Assert.True(expected.Count > 50, $"only {expected.Count} buckets: the data does not exercise the recompute");
        Assert.Contains(expected.Values, c => c.PendingAtRiskAtEnd > 0);
        Assert.Contains(expected.Values, c => c.PendingOverdueAtEnd > 0);
        Assert.Contains(expected.Values, c => c.PortalOpenLateAtEnd > 0);
        Assert.Equal(expected.Keys.Order().ToList(), stored.Keys.Order().ToList());
        foreach (var (key, counts) in expected)
        {
            Assert.True(counts == stored[key], $"{key}: expected {counts}, stored {stored[key]}");
        }
    }
}
