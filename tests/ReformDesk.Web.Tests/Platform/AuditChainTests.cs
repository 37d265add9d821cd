using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Cli;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Platform;

/// <summary>
/// The tamper-evident audit chain on each provider: every way of rewriting history with raw SQL (behind dropped and
/// recreated triggers) shows up in verify, the triggers themselves are checked at start-up, and concurrent writers
/// never fork a chain. Each tampering test works on a commune of its own, so the others stay intact.
/// </summary>
public abstract class AuditChainTests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private AppFactory App => fixture.App;

    private AsyncServiceScope Scope(Guid? tenantId = null)
    {
        var scope = App.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
        if (tenantId is { } t)
        {
            context.SetUser(null, "kiemtra");
            context.SetTenant(t, readOnly: false);
        }
        else
        {
            context.UseSystem("test");
        }

        return scope;
    }

    /// <summary>A new commune with <paramref name="units"/> units added one save at a time: a chain of units + 1 entries.</summary>
    private async Task<Tenant> CommuneWithChainAsync(int units = 5)
    {
        var tenant = new Tenant { Code = "T-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(), Name = "Xã Kiểm Tra", Kind = TenantKind.Commune, Type = LocalityType.Commune };
        await using (var system = Scope())
        {
            var db = system.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            db.Tenants.Add(tenant);
            await db.SaveChangesAsync();
        }

        await using var scope = Scope(tenant.Id);
        var tenantDb = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        for (var i = 1; i <= units; i++)
        {
            tenantDb.Units.Add(new Unit { Name = $"Tổ {i}", Kind = UnitKind.Other });
            await tenantDb.SaveChangesAsync();
        }

        return tenant;
    }

    private async Task<AuditChainReport> VerifyAsync(Guid tenantId)
    {
        await using var scope = Scope();
        return Assert.Single(await AuditChain.VerifyAsync(scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>(), tenantId));
    }

    /// <summary>Drops every audit trigger, runs the tampering, recreates the triggers exactly as installed.</summary>
    private async Task TamperAsync(Func<ReformDeskDbContext, Task> tamper)
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql()
            ? "DROP TRIGGER audit_entries_no_change ON \"AuditEntries\"; DROP TRIGGER audit_entries_chained ON \"AuditEntries\";"
            : "DROP TRIGGER AuditEntries_NoUpdate; DROP TRIGGER AuditEntries_NoDelete; DROP TRIGGER AuditEntries_InsertOnly;");
        await tamper(db);
        await db.Database.ExecuteSqlRawAsync(AuditTriggers.For(db).Install);
        Assert.Empty(await AuditTriggers.For(db).ProblemsAsync(db));
    }

    [Fact]
    public async Task Seeded_chains_are_intact_numbered_from_one_and_match_their_heads()
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var communes = await db.Tenants.Where(t => t.Kind == TenantKind.Commune && !t.Code.StartsWith("T-")).Select(t => t.Id).ToListAsync();
        Assert.NotEmpty(communes);
        foreach (var commune in communes)
        {
            var report = Assert.Single(await AuditChain.VerifyAsync(db, commune));
            Assert.True(report.Intact, report.Break?.Reason);
            Assert.True(report.Verified > 0);
            Assert.Equal(report.Verified, await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.TenantId == commune));
        }

        Assert.False(await db.AuditEntries.IgnoreQueryFilters().AnyAsync(a => communes.Contains(a.TenantId) && (a.Sequence == null || a.Hash == null)));
        Assert.Empty(await AuditTriggers.For(db).ProblemsAsync(db));
    }

    [Fact]
    public async Task Two_concurrent_writers_in_one_commune_never_fork_the_chain()
    {
        var tenant = await CommuneWithChainAsync(units: 0);
        async Task Writer(string name)
        {
            await using var scope = Scope(tenant.Id);
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            for (var i = 0; i < 15; i++)
            {
                db.Units.Add(new Unit { Name = $"{name} {i}", Kind = UnitKind.Other });
                await db.SaveChangesAsync();
            }
        }

        await Task.WhenAll(Task.Run(() => Writer("Người ghi A")), Task.Run(() => Writer("Người ghi B")));

        var report = await VerifyAsync(tenant.Id);
        Assert.True(report.Intact, report.Break?.Reason);
        Assert.Equal(31, report.Verified); // the registry row + 30 units
        await using var check = Scope();
        var sequences = await check.ServiceProvider.GetRequiredService<ReformDeskDbContext>().AuditEntries.IgnoreQueryFilters()
            .Where(a => a.TenantId == tenant.Id).Select(a => a.Sequence!.Value).OrderBy(s => s).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 31).Select(i => (long)i), sequences);
    }

    [Fact]
    public async Task A_rewritten_row_breaks_the_chain_at_that_row()
    {
        var tenant = await CommuneWithChainAsync();
        await TamperAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"AuditEntries\" SET \"UserName\" = {"kẻ giả mạo"} WHERE \"TenantId\" = {tenant.Id} AND \"Sequence\" = {3L}"));

        var report = await VerifyAsync(tenant.Id);
        Assert.Equal(3, report.Break?.Sequence);
        Assert.Equal(2, report.Verified);
        Assert.Contains("không khớp", report.Break!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rewritten_row_with_a_recomputed_hash_breaks_the_chain_at_the_next_row()
    {
        var tenant = await CommuneWithChainAsync();
        await TamperAsync(async db =>
        {
            var rows = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking().Where(a => a.TenantId == tenant.Id && a.Sequence <= 3).OrderBy(a => a.Sequence).ToListAsync();
            var forged = rows[2];
            forged.After = "{\"Name\":\"Tổ bị sửa\"}";
            var hash = AuditChain.ComputeHash(forged, rows[1].Hash!);
            await db.Database.ExecuteSqlAsync(
                $"UPDATE \"AuditEntries\" SET \"After\" = {forged.After}, \"Hash\" = {hash} WHERE \"TenantId\" = {tenant.Id} AND \"Id\" = {forged.Id}");
        });

        Assert.Equal(4, (await VerifyAsync(tenant.Id)).Break?.Sequence);
    }

    [Fact]
    public async Task A_deleted_row_is_reported_as_missing()
    {
        var tenant = await CommuneWithChainAsync();
        await TamperAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"TenantId\" = {tenant.Id} AND \"Sequence\" = {4L}"));

        var report = await VerifyAsync(tenant.Id);
        Assert.Equal(4, report.Break?.Sequence);
        Assert.Contains("thiếu mục #4", report.Break!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_the_last_rows_is_caught_by_the_chain_head()
    {
        var tenant = await CommuneWithChainAsync();
        await TamperAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"TenantId\" = {tenant.Id} AND \"Sequence\" >= {5L}"));

        var report = await VerifyAsync(tenant.Id);
        Assert.Equal(5, report.Break?.Sequence);
        Assert.Contains("đầu chuỗi ghi nhận mục #6", report.Break!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reordered_rows_break_the_chain_where_the_order_changes()
    {
        var tenant = await CommuneWithChainAsync();
        await TamperAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"Sequence\" = {-2L} WHERE \"TenantId\" = {tenant.Id} AND \"Sequence\" = {2L}");
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"Sequence\" = {2L} WHERE \"TenantId\" = {tenant.Id} AND \"Sequence\" = {3L}");
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"Sequence\" = {3L} WHERE \"TenantId\" = {tenant.Id} AND \"Sequence\" = {-2L}");
        });

        Assert.Equal(2, (await VerifyAsync(tenant.Id)).Break?.Sequence);
    }

    [Fact]
    public async Task A_row_slipped_in_outside_the_chain_is_reported()
    {
        var tenant = await CommuneWithChainAsync();
        await TamperAsync(db => db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"AuditEntries\" (\"TenantId\", \"Id\", \"AtUtc\", \"UserName\", \"Entity\", \"EntityId\", \"Action\") VALUES ({tenant.Id}, {Guid.NewGuid()}, {DateTime.UtcNow}, {"chutich"}, {"Unit"}, {"x"}, {"Delete"})"));

        var report = await VerifyAsync(tenant.Id);
        Assert.Contains("không có số thứ tự", report.Break?.Reason, StringComparison.Ordinal);

        // Migrating again (as every start does) never launders it into the chain.
        await using (var scope = Scope())
        {
            await Storage.MigrateAsync(scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>());
        }

        Assert.Contains("không có số thứ tự", (await VerifyAsync(tenant.Id)).Break?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replacing_truncating_or_inserting_an_unchained_audit_row_is_refused_by_the_database()
    {
        var tenant = await CommuneWithChainAsync();
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var row = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.TenantId == tenant.Id && a.Sequence == 2);
        if (db.Database.IsNpgsql())
        {
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"AuditEntries\" SELECT * FROM \"AuditEntries\" WHERE \"TenantId\" = {tenant.Id} AND \"Id\" = {row.Id} ON CONFLICT (\"TenantId\", \"Id\") DO UPDATE SET \"UserName\" = 'x'"));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("TRUNCATE \"AuditEntries\""));
        }
        else
        {
            // REPLACE deletes the conflicting row without firing delete triggers: the insert trigger must refuse it first.
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlAsync(
                $"INSERT OR REPLACE INTO \"AuditEntries\" (\"TenantId\", \"Id\", \"AtUtc\", \"UserName\", \"Entity\", \"EntityId\", \"Action\", \"Sequence\", \"Hash\") SELECT \"TenantId\", \"Id\", \"AtUtc\", 'kẻ giả mạo', \"Entity\", \"EntityId\", \"Action\", \"Sequence\", \"Hash\" FROM \"AuditEntries\" WHERE \"TenantId\" = {tenant.Id} AND \"Id\" = {row.Id}"));
            // A new Id but an existing number would replace by the (TenantId, Sequence) index.
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlAsync(
                $"REPLACE INTO \"AuditEntries\" (\"TenantId\", \"Id\", \"AtUtc\", \"UserName\", \"Entity\", \"EntityId\", \"Action\", \"Sequence\", \"Hash\") VALUES ({tenant.Id}, {Guid.NewGuid()}, {DateTime.UtcNow}, 'x', 'Unit', 'x', 'Create', {2L}, {row.Hash})"));
        }

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"AuditEntries\" (\"TenantId\", \"Id\", \"AtUtc\", \"UserName\", \"Entity\", \"EntityId\", \"Action\") VALUES ({tenant.Id}, {Guid.NewGuid()}, {DateTime.UtcNow}, 'x', 'Unit', 'x', 'Create')"));

        var after = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.TenantId == tenant.Id && a.Sequence == 2);
        Assert.Equal(row.UserName, after.UserName);
        Assert.True((await VerifyAsync(tenant.Id)).Intact);
    }

    [Fact]
    public async Task The_app_refuses_to_start_when_a_trigger_is_missing_disabled_or_replaced_by_a_harmless_one()
    {
        async Task<string> StartFailure(string sql)
        {
            await using (var scope = Scope())
            {
                await scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Database.ExecuteSqlRawAsync(sql);
            }

            await using var second = new AppFactory(App.Database);
            var error = Assert.ThrowsAny<Exception>(() => second.Server);
            while (error is not AuditTriggersMissingException && error.InnerException is not null) error = error.InnerException;
            Assert.IsType<AuditTriggersMissingException>(error);
            // The CLI refuses its database commands too.
            Assert.Equal(1, (await RunCliAsync(["tenants", "--provider", App.Database.Provider.ToString(), "--connection", App.Database.ConnectionString])).Code);
            await using (var scope = Scope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
                await db.Database.ExecuteSqlRawAsync(AuditTriggers.For(db).Install);
            }

            return error.Message;
        }

        var postgres = App.Database.Provider == DatabaseProvider.Postgres;
        var missing = await StartFailure(postgres ? "DROP TRIGGER audit_entries_no_change ON \"AuditEntries\"" : "DROP TRIGGER AuditEntries_NoDelete");
        Assert.Contains("Không khởi động", missing, StringComparison.Ordinal);
        Assert.Contains("Refusing to start", missing, StringComparison.Ordinal);
        Assert.Contains(postgres ? "thiếu trigger audit_entries_no_change" : "thiếu trigger AuditEntries_NoDelete", missing, StringComparison.Ordinal);

        var harmless = await StartFailure(postgres
            ? "CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$"
            : "DROP TRIGGER AuditEntries_NoUpdate; CREATE TRIGGER AuditEntries_NoUpdate BEFORE UPDATE ON AuditEntries WHEN 0 BEGIN SELECT RAISE(ABORT, 'AuditEntries is append-only'); END;");
        Assert.Contains("đã bị thay đổi", harmless, StringComparison.Ordinal);

        if (postgres)
        {
            Assert.Contains("đang bị tắt", await StartFailure("ALTER TABLE \"AuditEntries\" DISABLE TRIGGER audit_entries_chained"), StringComparison.Ordinal);
        }

        // Reinstalled exactly: the app and the CLI start again.
        await using var third = new AppFactory(App.Database);
        _ = third.Server;
        Assert.Equal(0, (await RunCliAsync(["tenants", "--provider", App.Database.Provider.ToString(), "--connection", App.Database.ConnectionString])).Code);
    }

    [Fact]
    public async Task Audit_verify_on_the_command_line_reports_the_first_broken_link_and_exits_non_zero()
    {
        var tenant = await CommuneWithChainAsync();
        var db = App.Database;
        string[] Args(params string[] args) => [.. args, "--provider", db.Provider.ToString(), "--connection", db.ConnectionString];

        var (code, output) = await RunCliAsync(Args("audit", "verify", "--commune", tenant.Code));
        Assert.Equal(0, code);
        Assert.Contains($"{tenant.Code} (Xã Kiểm Tra): nguyên vẹn, 6 mục", output, StringComparison.Ordinal);

        await TamperAsync(d => d.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"TenantId\" = {tenant.Id} AND \"Sequence\" = {2L}"));
        (code, output) = await RunCliAsync(Args("audit", "verify", "--commune", tenant.Code));
        Assert.Equal(1, code);
        Assert.Contains("HỎNG tại mục #2", output, StringComparison.Ordinal);
        Assert.Contains("KẾT QUẢ: nhật ký đã bị can thiệp", output, StringComparison.Ordinal);

        (code, _) = await RunCliAsync(Args("audit", "verify", "--commune", "KHONG-CO"));
        Assert.Equal(2, code);
    }

    private static readonly SemaphoreSlim ConsoleLock = new(1, 1);

    internal static async Task<(int Code, string Output)> RunCliAsync(string[] args)
    {
        await ConsoleLock.WaitAsync();
        var original = Console.Out;
        var writer = new StringWriter();
        try
        {
            Console.SetOut(writer);
            var code = await CliProgram.RunAsync(args);
            return (code, writer.ToString());
        }
        finally
        {
            Console.SetOut(original);
            ConsoleLock.Release();
        }
    }
}

public sealed class SqliteAuditChainTests(SqliteApp fixture) : AuditChainTests<SqliteApp>(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresAuditChainTests(PostgresApp fixture) : AuditChainTests<PostgresApp>(fixture), IClassFixture<PostgresApp>;

/// <summary>A database that had audit entries before the chain existed: migrating seals them in time order.</summary>
public sealed class AuditChainBackfillTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Migrating_links_entries_written_before_the_chain_in_time_order(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = Storage.CreateContext(database.Options, TenantContext.System("test"));
        await db.GetService<IMigrator>().MigrateAsync("DossierAggregateMarks");
        var commune = Guid.NewGuid();
        var start = new DateTime(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        // Written out of order on purpose: the chain follows the time of the change.
        foreach (var (id, minutes) in new[] { (ids[2], 30), (ids[0], 10), (ids[1], 20) })
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"AuditEntries\" (\"TenantId\", \"Id\", \"AtUtc\", \"UserName\", \"Entity\", \"EntityId\", \"Action\", \"After\") VALUES ({commune}, {id}, {start.AddMinutes(minutes)}, {"chutich"}, {"Unit"}, {"u"}, {"Create"}, {"{}"})");
        }

        await Storage.MigrateAsync(db);

        var rows = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking().Where(a => a.TenantId == commune).OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal(ids, rows.Select(r => r.Id));
        Assert.Equal([1L, 2L, 3L], rows.Select(r => r.Sequence!.Value));
        var report = Assert.Single(await AuditChain.VerifyAsync(db, commune));
        Assert.True(report.Intact, report.Break?.Reason);
        Assert.Equal(3, report.Verified);
        Assert.Empty(await AuditTriggers.For(db).ProblemsAsync(db));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UserName\" = 'x'"));
    }
}
