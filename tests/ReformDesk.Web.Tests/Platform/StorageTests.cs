using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Platform;

/// <summary>The same storage guarantees, proved on each provider.</summary>
public abstract class StorageTests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private AppFactory App => fixture.App;

    [Fact]
    public void Migrations_are_applied_and_match_the_model()
    {
        App.WithSystemScope(sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            Assert.Empty(db.Database.GetPendingMigrations());
            Assert.NotEmpty(db.Database.GetAppliedMigrations());
            Assert.False(db.Database.HasPendingModelChanges(), "The model has changes that no migration captures.");
            return 0;
        });
    }

    [Fact]
    public void Demo_data_has_the_five_seed_communes_with_units_and_accounts()
    {
        var (communes, units, users) = App.WithSystemScope(sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            return (db.Tenants.Count(t => t.Kind == TenantKind.Commune), db.Units.Count(), db.Users.Count());
        });
        Assert.True(communes >= 2, $"communes: {communes}");
        Assert.True(units > 0);
        Assert.True(users > communes * 7);
    }

    [Fact]
    public async Task Restart_does_not_duplicate_demo_data()
    {
        int[] Counts() => App.WithSystemScope(sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            return new[] { db.Tenants.Count(), db.Units.Count(), db.People.Count(), db.PositionTenures.Count(), db.Movements.Count(), db.Users.Count(), db.UserRoles.Count() };
        });

        var before = Counts();
        // A second host on the same database runs migrations and seeding again, as a restart does.
        await using (var second = new AppFactory(App.Database))
        {
            _ = second.Server;
        }

        Assert.Equal(before, Counts());
    }

    [Fact]
    public async Task A_write_to_another_tenants_row_is_refused_and_nothing_is_saved()
    {
        var (tenantA, tenantB, unitB) = App.WithSystemScope(sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            var communes = db.Tenants.Where(t => t.Kind == TenantKind.Commune).OrderBy(t => t.Code).Take(2).ToList();
            var unit = db.Units.First(u => u.TenantId == communes[1].Id);
            return (communes[0].Id, communes[1].Id, unit.Id);
        });

        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(tenantA, readOnly: false);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();

        Assert.Null(await db.Units.FirstOrDefaultAsync(u => u.Id == unitB));
        var forged = await db.Units.IgnoreQueryFilters().FirstAsync(u => u.Id == unitB);
        forged.Name = "Đã bị sửa trái phép";
        await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync());

        db.ChangeTracker.Clear();
        db.Units.Add(new Unit { TenantId = tenantB, Name = "Đơn vị cài cắm" });
        await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync());

        var stored = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Units.Where(u => u.TenantId == tenantB).Select(u => u.Name).ToList());
        Assert.DoesNotContain("Đã bị sửa trái phép", stored);
        Assert.DoesNotContain("Đơn vị cài cắm", stored);
    }

    [Fact]
    public async Task Read_only_tenant_context_cannot_write()
    {
        var tenant = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Tenants.First(t => t.Kind == TenantKind.Commune).Id);
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(tenant, readOnly: true);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        db.Units.Add(new Unit { Name = "Không được lưu" });
        await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Every_change_is_audited_and_the_audit_log_cannot_be_changed()
    {
        var tenant = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Tenants.First(t => t.Kind == TenantKind.Commune).Id);
        await using var scope = App.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
        context.SetUser(Guid.NewGuid(), "kiemtra.audit");
        context.SetTenant(tenant, readOnly: false);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();

        var unit = new Unit { Name = "Tổ kiểm tra nhật ký " + Guid.NewGuid().ToString("N")[..6], Kind = UnitKind.Other };
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        unit.Note = "Ghi chú mới";
        await db.SaveChangesAsync();
        db.Units.Remove(unit);
        await db.SaveChangesAsync();

        var entries = await db.AuditEntries.Where(a => a.EntityId == unit.Id.ToString()).OrderBy(a => a.AtUtc).ThenBy(a => a.Id).ToListAsync();
        Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Delete], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("kiemtra.audit", e.UserName));
        Assert.All(entries, e => Assert.Equal(tenant, e.TenantId));
        Assert.Contains("Tổ kiểm tra nhật ký", entries[0].After);
        Assert.Contains("\"Note\":null", entries[1].Before);
        Assert.Contains("Ghi chú mới", entries[1].After);
        Assert.Null(entries[2].After);

        var entry = entries[0];
        entry.UserName = "kẻ giả mạo";
        await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        // Even raw SQL cannot rewrite history: a database trigger refuses it.
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UserName\" = 'x'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));
    }

    [Fact]
    public async Task Password_hashes_never_reach_the_audit_log()
    {
        var entries = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().AuditEntries.Where(a => a.Entity == "AppUser").Select(a => a.After).Take(5).ToList());
        Assert.NotEmpty(entries);
        Assert.All(entries, after => Assert.Contains("\"PasswordHash\":\"***\"", after));
        await Task.CompletedTask;
    }
}

public sealed class SqliteStorageTests(SqliteApp fixture) : StorageTests<SqliteApp>(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresStorageTests(PostgresApp fixture) : StorageTests<PostgresApp>(fixture), IClassFixture<PostgresApp>;
