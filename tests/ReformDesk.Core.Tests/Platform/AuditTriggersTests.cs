using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Platform;

/// <summary>
/// The database's own guard of the audit log on a real SQLite file: the three triggers, what start-up says when one is
/// missing or replaced, what they refuse, the one-time sealing of rows written before the chain, and verification of every
/// commune's chain at once.
/// </summary>
public sealed class AuditTriggersTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);
    private const string NoUpdate = "AuditEntries_NoUpdate";
    private const string NoDelete = "AuditEntries_NoDelete";
    private const string InsertOnly = "AuditEntries_InsertOnly";

    private static Task<IReadOnlyList<string>> ProblemsAsync(ReformDeskDbContext db) => AuditTriggers.Sqlite.ProblemsAsync(db);

    private static async Task<SqliteCommune> GuardedAsync()
    {
        var commune = await SqliteCommune.CreateAsync(Now);
        await using var db = commune.OpenSystem();
        await db.Database.ExecuteSqlRawAsync(AuditTriggers.Sqlite.Install);
        return commune;
    }

    [Fact]
    public async Task A_database_without_the_migration_lacks_each_trigger_and_installing_them_twice_leaves_none_missing()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using var db = commune.OpenSystem();
        Assert.Equal(
        [
            $"thiếu trigger {NoUpdate} / trigger {NoUpdate} is missing",
            $"thiếu trigger {NoDelete} / trigger {NoDelete} is missing",
            $"thiếu trigger {InsertOnly} / trigger {InsertOnly} is missing",
        ], await ProblemsAsync(db));

        await db.Database.ExecuteSqlRawAsync(AuditTriggers.Sqlite.Install);
        await db.Database.ExecuteSqlRawAsync(AuditTriggers.Sqlite.Install);
        Assert.Empty(await ProblemsAsync(db));
        Assert.Equal(3, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'AuditEntries'").SingleAsync());
    }

    public static TheoryData<string, string, string> Tampering => new()
    {
        { "dropped", $"DROP TRIGGER {NoDelete}", $"thiếu trigger {NoDelete} / trigger {NoDelete} is missing" },
        {
            "replaced by a harmless one of the same name",
            $"DROP TRIGGER {NoDelete}; CREATE TRIGGER {NoDelete} BEFORE DELETE ON AuditEntries BEGIN SELECT 1; END",
            $"trigger {NoDelete} đã bị thay đổi / trigger {NoDelete} has been altered: CREATE TRIGGER {NoDelete} BEFORE DELETE ON AuditEntries BEGIN SELECT 1; END"
        },
        {
            "narrowed to let an unchained row in",
            $"DROP TRIGGER {InsertOnly}; CREATE TRIGGER {InsertOnly} BEFORE INSERT ON AuditEntries WHEN NEW.Sequence < 0 BEGIN SELECT RAISE(ABORT, 'AuditEntries is append-only'); END",
            $"trigger {InsertOnly} đã bị thay đổi / trigger {InsertOnly} has been altered: CREATE TRIGGER {InsertOnly} BEFORE INSERT ON AuditEntries WHEN NEW.Sequence < 0 BEGIN SELECT RAISE(ABORT, 'AuditEntries is append-only'); END"
        },
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task A_missing_or_replaced_trigger_is_named_and_start_up_refuses_in_both_languages(string situation, string sql, string problem)
    {
        await using var commune = await GuardedAsync();
        await using var db = commune.OpenSystem();
        await db.Database.ExecuteSqlRawAsync(sql);

        var problems = await ProblemsAsync(db);
        Assert.True(problems.SequenceEqual([problem]), $"{situation}: {string.Join(" | ", problems)}");
        var logger = new ListLogger();
        var e = await Assert.ThrowsAsync<AuditTriggersMissingException>(() => AuditTriggers.EnsureAsync(db, logger));
        Assert.StartsWith("Không khởi động: nhật ký thay đổi không còn được cơ sở dữ liệu bảo vệ (chỉ-ghi-thêm) — " + problem + ". Chạy lại migration", e.Message);
        Assert.EndsWith("Refusing to start: the audit log's append-only triggers are not in place; run the migrations again, then `reformdesk audit verify`.", e.Message);
        Assert.Equal([(LogLevel.Critical, e.Message)], logger.Lines);
    }

    [Fact]
    public async Task Start_up_goes_ahead_silently_when_the_triggers_differ_only_in_layout()
    {
        await using var commune = await GuardedAsync();
        await using var db = commune.OpenSystem();
        // The same definition written on other lines with other spacing, as a database tool may print it back.
        await db.Database.ExecuteSqlRawAsync($"DROP TRIGGER {NoUpdate}; CREATE TRIGGER   {NoUpdate}\n  BEFORE UPDATE ON AuditEntries\nBEGIN\n  SELECT RAISE(ABORT, 'AuditEntries is append-only');\nEND");

        var logger = new ListLogger();
        await AuditTriggers.EnsureAsync(db, logger);
        Assert.Empty(logger.Lines);
        Assert.Same(AuditTriggers.Sqlite, AuditTriggers.For(db));
    }

    public static TheoryData<string, string> Attacks => new()
    {
        { "rewrite a value", "UPDATE AuditEntries SET After = '[]' WHERE Sequence = 2" },
        { "delete a row", "DELETE FROM AuditEntries WHERE Sequence = 2" },
        { "replace a row by its own copy", "INSERT OR REPLACE INTO AuditEntries SELECT * FROM AuditEntries WHERE Sequence = 2" },
        { "insert a row without number and hash", "INSERT INTO AuditEntries (TenantId, Id, AtUtc, UserName, Entity, EntityId, Action) SELECT TenantId, 'B0D5A1E2-0000-7000-8000-000000000001', AtUtc, 'ke.gian', Entity, EntityId, Action FROM AuditEntries WHERE Sequence = 2" },
        { "insert a row reusing a number", "INSERT INTO AuditEntries (TenantId, Id, AtUtc, UserName, Entity, EntityId, Action, Sequence, Hash) SELECT TenantId, 'B0D5A1E2-0000-7000-8000-000000000002', AtUtc, 'ke.gian', Entity, EntityId, Action, Sequence, Hash FROM AuditEntries WHERE Sequence = 2" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task The_database_itself_refuses_to_change_the_log_behind_the_applications_back(string situation, string sql)
    {
        await using var commune = await GuardedAsync();
        await commune.UnitAsync("Phòng Kinh tế");
        await commune.UnitAsync("Phòng Văn hóa - Xã hội");
        await using var db = commune.Open();
        var before = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).Select(a => new { a.Sequence, a.Hash, a.After }).ToListAsync();

        // Every row of the commune with Sequence 2 is the target; the commune has at least three entries.
        var scoped = sql.Replace("WHERE Sequence = 2", $"WHERE Sequence = 2 AND TenantId = '{commune.TenantId.ToString().ToUpperInvariant()}'", StringComparison.Ordinal);
        var e = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync(scoped));
        Assert.Contains("AuditEntries is append-only", e.Message, StringComparison.Ordinal);

        Assert.Equal(before, await db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).Select(a => new { a.Sequence, a.Hash, a.After }).ToListAsync());
        Assert.True(Assert.Single(await AuditChain.VerifyAsync(db, commune.TenantId)).Intact, situation);
    }

    /// <summary>
    /// A database as it was before the chain: every entry without number or hash, no chain heads, the triggers of the Initial
    /// migration plus the insert trigger the chain migration installs.
    /// </summary>
    private static async Task UnchainAsync(SqliteCommune commune)
    {
        await using var db = commune.OpenSystem();
        await db.Database.ExecuteSqlRawAsync($"DROP TRIGGER IF EXISTS {NoUpdate}; DROP TRIGGER IF EXISTS {InsertOnly}; UPDATE AuditEntries SET Sequence = NULL, Hash = NULL; DELETE FROM AuditChainHeads;");
        await db.Database.ExecuteSqlRawAsync(AuditTriggers.Sqlite.Install);
    }

    [Fact]
    public async Task Sealing_numbers_the_rows_written_before_the_chain_by_time_per_commune_and_puts_the_guard_back()
    {
        await using var commune = await GuardedAsync();
        var first = await commune.UnitAsync("Phòng Kinh tế");
        commune.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await commune.UnitAsync("Phòng Văn hóa - Xã hội");
        commune.Clock.Advance(TimeSpan.FromMinutes(1));
        var third = await commune.UnitAsync("Văn phòng HĐND và UBND");
        await UnchainAsync(commune);
        // The first unit's entry claims the latest time: sealing goes by time, so it becomes the last link.
        await using (var system = commune.OpenSystem())
        {
            await system.Database.ExecuteSqlRawAsync($"DROP TRIGGER {NoUpdate}");
            await system.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET AtUtc = {new DateTime(2026, 9, 20, 4, 0, 0, DateTimeKind.Utc)} WHERE Entity = 'Unit' AND EntityId = {first.Id.ToString()}");
            await system.Database.ExecuteSqlRawAsync(AuditTriggers.Sqlite.Install);
        }

        await using var db = commune.OpenSystem();
        await AuditChain.SealUnchainedAsync(db);

        var units = await db.AuditEntries.AsNoTracking().Where(a => a.TenantId == commune.TenantId && a.Entity == "Unit").OrderBy(a => a.Sequence).Select(a => a.EntityId).ToListAsync();
        Assert.Equal([second.Id.ToString(), third.Id.ToString(), first.Id.ToString()], units);
        var reports = await AuditChain.VerifyAsync(db);
        Assert.NotEmpty(reports);
        Assert.All(reports, r => Assert.True(r.Intact, $"{r.Name}: {r.Break?.Reason}"));
        var own = reports.Single(r => r.TenantId == commune.TenantId);
        Assert.Equal(await db.AuditEntries.CountAsync(a => a.TenantId == commune.TenantId), own.Verified);
        Assert.Equal(own.LastSequence, (await db.AuditChainHeads.SingleAsync(h => h.TenantId == commune.TenantId)).Sequence);
        Assert.Empty(await ProblemsAsync(db));
    }

    [Fact]
    public async Task Once_a_chain_exists_a_row_slipped_in_is_never_sealed_but_reported()
    {
        await using var commune = await GuardedAsync();
        await commune.UnitAsync("Phòng Kinh tế");
        await using var db = commune.OpenSystem();
        var chained = await db.AuditEntries.CountAsync(a => a.TenantId == commune.TenantId);
        var slipped = Guid.CreateVersion7();
        await db.Database.ExecuteSqlRawAsync($"DROP TRIGGER {InsertOnly}");
        await db.Database.ExecuteSqlAsync($"INSERT INTO AuditEntries (TenantId, Id, AtUtc, UserName, Entity, EntityId, Action) VALUES ({commune.TenantId}, {slipped}, {Now.UtcDateTime}, 'ke.gian', 'Unit', 'x', 'Delete')");
        await db.Database.ExecuteSqlRawAsync(AuditTriggers.Sqlite.Install);

        await AuditChain.SealUnchainedAsync(db);

        var row = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == slipped);
        Assert.Equal(((long?)null, (string?)null), (row.Sequence, row.Hash));
        var report = Assert.Single(await AuditChain.VerifyAsync(db, commune.TenantId));
        Assert.Equal(((long)chained, false), (report.Verified, report.Intact));
        Assert.Equal(((Guid?)slipped, "mục không có số thứ tự và mã băm (được chèn ngoài ứng dụng)"), (report.Break!.EntryId, report.Break.Reason));
    }

    [Fact]
    public async Task Verifying_every_chain_names_the_tampered_commune_and_leaves_the_others_intact()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await commune.UnitAsync("Phòng Kinh tế");
        Guid neighbour;
        await using (var system = commune.OpenSystem())
        {
            var tenant = new Tenant { Code = "HP-VH", Name = "Phường Việt Hòa", Kind = TenantKind.Commune };
            system.Tenants.Add(tenant);
            await system.SaveChangesAsync();
            neighbour = tenant.Id;
        }

        await using (var other = commune.OpenFor(neighbour))
        {
            other.Units.Add(new Unit { Name = "Phòng Kinh tế" });
            other.Units.Add(new Unit { Name = "Văn phòng HĐND và UBND" });
            await other.SaveChangesAsync();
        }

        await using var db = commune.OpenSystem();
        var victim = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.TenantId == neighbour && a.Sequence == 2);
        await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET UserName = 'nguoi.khac' WHERE TenantId = {neighbour} AND Id = {victim.Id}");

        var reports = await AuditChain.VerifyAsync(db);
        Assert.Equal(reports.Select(r => r.TenantId).Order(), reports.Select(r => r.TenantId));
        var byCode = reports.Where(r => r.Code is not null).ToDictionary(r => r.Code!);
        Assert.Equal(["HP", "HP-THD", "HP-VH"], byCode.Keys.Order());
        Assert.True(byCode["HP-THD"].Intact);
        Assert.True(byCode["HP"].Intact);
        var broken = byCode["HP-VH"];
        Assert.Equal(("Phường Việt Hòa", 1L, false), (broken.Name, broken.Verified, broken.Intact));
        Assert.Equal(((long?)2, (Guid?)victim.Id), (broken.Break!.Sequence, broken.Break.EntryId));

        // A commune's own check sees only its own chain.
        await using var own = commune.Open();
        Assert.True(Assert.Single(await AuditChain.VerifyAsync(own, commune.TenantId)).Intact);
    }

    private sealed class ListLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add((logLevel, formatter(state, exception)));
    }
}
