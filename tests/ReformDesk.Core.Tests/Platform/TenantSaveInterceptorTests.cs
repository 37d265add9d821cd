using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Platform;

/// <summary>The save interceptor on SQLite: tenant stamping and refusals, the audit entry each change writes (snapshots, secrets, actor, time), and the chain it links them into.</summary>
public sealed class TenantSaveInterceptorTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);
    private static readonly Guid ClerkId = Guid.Parse("0192f0a4-0000-7000-8000-000000000001");

    private static ReformDeskDbContext OpenAs(SqliteCommune commune, TenantContext scope) => Storage.CreateContext(commune.Options, scope, commune.Clock);

    private static ReformDeskDbContext OpenAsClerk(SqliteCommune commune)
    {
        var scope = TenantContext.ForTenant(commune.TenantId, "thu.ky");
        scope.SetUser(ClerkId, "thu.ky");
        return OpenAs(commune, scope);
    }

    private static async Task<List<AuditEntry>> AuditsAsync(SqliteCommune commune, string entity)
    {
        await using var db = OpenAs(commune, TenantContext.System("test"));
        return await db.AuditEntries.AsNoTracking().Where(a => a.Entity == entity).OrderBy(a => a.Sequence).ToListAsync();
    }

    [Fact]
    public async Task A_new_row_gets_the_commune_and_a_creation_entry_with_the_actor_the_clock_and_every_field()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var unit = new Unit { Name = "Phòng Văn hóa - Xã hội", Kind = UnitKind.Department, Note = "Cơ quan thường trực CCHC" };
        await using (var db = OpenAsClerk(commune))
        {
            db.Units.Add(unit);
            // The unit and its audit entry.
            Assert.Equal(2, await db.SaveChangesAsync());
        }

        Assert.Equal(commune.TenantId, unit.TenantId);
        var entry = Assert.Single(await AuditsAsync(commune, "Unit"));
        Assert.Equal((commune.TenantId, Now.UtcDateTime, (Guid?)ClerkId, "thu.ky", unit.Id.ToString(), AuditAction.Create, (string?)null),
            (entry.TenantId, entry.AtUtc, entry.UserId, entry.UserName, entry.EntityId, entry.Action, entry.Before));
        // Sorted by name, enums by name, Vietnamese text unescaped.
        Assert.Equal($$"""{"Id":"{{unit.Id}}","IsActive":true,"Kind":"Department","MergedIntoId":null,"Name":"Phòng Văn hóa - Xã hội","Note":"Cơ quan thường trực CCHC","TenantId":"{{commune.TenantId}}"}""",
            entry.After);
    }

    [Fact]
    public async Task An_update_keeps_only_the_changed_fields_and_a_delete_the_whole_row_before()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var unit = await commune.UnitAsync("Phòng Kinh tế");
        await using (var db = OpenAsClerk(commune))
        {
            var stored = await db.Units.SingleAsync();
            stored.Name = "Phòng Kinh tế - Hạ tầng và Đô thị";
            stored.Note = "Đổi tên theo Nghị quyết";
            commune.Clock.Advance(TimeSpan.FromMinutes(5));
            await db.SaveChangesAsync();
            db.Units.Remove(stored);
            commune.Clock.Advance(TimeSpan.FromMinutes(5));
            await db.SaveChangesAsync();
        }

        var entries = await AuditsAsync(commune, "Unit");
        Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Delete], entries.Select(e => e.Action));
        Assert.Equal([Now.UtcDateTime, Now.UtcDateTime.AddMinutes(5), Now.UtcDateTime.AddMinutes(10)], entries.Select(e => e.AtUtc));
        Assert.Equal(("""{"Name":"Phòng Kinh tế","Note":null}""", """{"Name":"Phòng Kinh tế - Hạ tầng và Đô thị","Note":"Đổi tên theo Nghị quyết"}"""),
            (entries[1].Before, entries[1].After));
        Assert.Equal(($$"""{"Id":"{{unit.Id}}","IsActive":true,"Kind":"Department","MergedIntoId":null,"Name":"Phòng Kinh tế - Hạ tầng và Đô thị","Note":"Đổi tên theo Nghị quyết","TenantId":"{{commune.TenantId}}"}""", (string?)null),
            (entries[2].Before, entries[2].After));
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "add for another commune", "Không được ghi dữ liệu của xã/phường khác." },
        { "delete another commune's row", "Không được ghi dữ liệu của xã/phường khác." },
        { "change another commune's row", "Không được ghi dữ liệu của xã/phường khác." },
        { "read-only account", "Tài khoản chỉ có quyền xem dữ liệu của xã/phường này." },
        { "no commune in scope", "Không xác định được xã/phường đang làm việc; không thể ghi dữ liệu." },
        { "read-only province scope", "Phạm vi xem số liệu của tỉnh chỉ được đọc, không được ghi." },
        { "system row without commune", "Bản ghi Unit chưa gắn với xã/phường nào." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_write_outside_the_scope_is_refused_and_nothing_is_stored(string situation, string message)
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await commune.UnitAsync("Phòng Kinh tế");
        Guid neighbour;
        await using (var system = OpenAs(commune, TenantContext.System("test")))
        {
            var tenant = new Tenant { Code = "HP-VH", Name = "Phường Việt Hòa", Kind = TenantKind.Commune };
            system.Tenants.Add(tenant);
            system.Units.Add(new Unit { TenantId = tenant.Id, Name = "Phòng Kinh tế" });
            await system.SaveChangesAsync();
            neighbour = tenant.Id;
        }

        var auditsBefore = await CountAuditsAsync(commune);
        var scope = situation switch
        {
            "read-only account" => TenantContext.ForTenant(commune.TenantId, "xem", readOnly: true),
            "no commune in scope" => new TenantContext(),
            "read-only province scope" => ReadOnlySystem(),
            "system row without commune" => TenantContext.System("test"),
            _ => TenantContext.ForTenant(commune.TenantId, "thu.ky"),
        };
        await using (var db = OpenAs(commune, scope))
        {
            switch (situation)
            {
                case "add for another commune": db.Units.Add(new Unit { TenantId = neighbour, Name = "Đơn vị cài cắm" }); break;
                case "delete another commune's row": db.Units.Remove(await db.Units.IgnoreQueryFilters().SingleAsync(u => u.TenantId == neighbour)); break;
                case "change another commune's row": (await db.Units.IgnoreQueryFilters().SingleAsync(u => u.TenantId == neighbour)).Name = "Đã bị sửa"; break;
                case "system row without commune": db.Units.Add(new Unit { Name = "Không thuộc xã nào" }); break;
                case "read-only province scope": (await db.Tenants.SingleAsync(t => t.Id == neighbour)).Name = "Đã bị sửa"; break;
                default: db.Units.Add(new Unit { Name = "Không được lưu" }); break;
            }

            var e = await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync());
            Assert.Equal(message, e.Message);
        }

        await using var read = OpenAs(commune, TenantContext.System("test"));
        Assert.Equal([(commune.TenantId, "Phòng Kinh tế"), (neighbour, "Phòng Kinh tế")],
            (await read.Units.OrderBy(u => u.TenantId == neighbour).Select(u => new { u.TenantId, u.Name }).ToListAsync()).Select(u => (u.TenantId, u.Name)));
        Assert.Equal("Phường Việt Hòa", (await read.Tenants.SingleAsync(t => t.Id == neighbour)).Name);
        Assert.Equal(auditsBefore, await CountAuditsAsync(commune));
    }

    private static TenantContext ReadOnlySystem()
    {
        var scope = new TenantContext();
        scope.UseSystemReadOnly("tỉnh");
        return scope;
    }

    private static async Task<int> CountAuditsAsync(SqliteCommune commune)
    {
        await using var db = OpenAs(commune, TenantContext.System("test"));
        return await db.AuditEntries.CountAsync();
    }

    [Fact]
    public async Task Audit_entries_cannot_be_changed_or_deleted_and_chain_heads_not_written()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await commune.UnitAsync("Phòng Kinh tế");
        await using var db = OpenAs(commune, TenantContext.System("test"));

        var entry = await db.AuditEntries.FirstAsync();
        entry.UserName = "kẻ giả mạo";
        Assert.Equal("Nhật ký thay đổi chỉ được ghi thêm, không được sửa hoặc xóa.", (await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync())).Message);
        db.ChangeTracker.Clear();

        db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
        Assert.Equal("Nhật ký thay đổi chỉ được ghi thêm, không được sửa hoặc xóa.", (await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync())).Message);
        db.ChangeTracker.Clear();

        var head = await db.AuditChainHeads.SingleAsync(h => h.TenantId == commune.TenantId);
        head.Sequence = 1;
        Assert.Equal("Đầu chuỗi nhật ký chỉ do ứng dụng ghi.", (await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync())).Message);
        db.ChangeTracker.Clear();

        Assert.Equal("test", (await db.AuditEntries.FirstAsync()).UserName);
        Assert.True(Assert.Single(await AuditChain.VerifyAsync(db, commune.TenantId)).Intact);
    }

    [Fact]
    public async Task Derived_rows_are_guarded_but_not_audited()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var procedure = new Procedure { Code = "1.001193", Name = "Đăng ký khai sinh" };
        await using (var db = OpenAsClerk(commune))
        {
            db.Procedures.Add(procedure);
            await db.SaveChangesAsync();
            db.DossierAggregateMarks.Add(new DossierAggregateMark { Month = new DateOnly(2026, 9, 1), ProcedureId = procedure.Id });
            await db.SaveChangesAsync();

            db.DossierAggregateMarks.Add(new DossierAggregateMark { TenantId = Guid.NewGuid(), Month = new DateOnly(2026, 8, 1), ProcedureId = procedure.Id });
            Assert.Equal("Không được ghi dữ liệu của xã/phường khác.", (await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync())).Message);
        }

        await using var read = OpenAs(commune, TenantContext.System("test"));
        var mark = await read.DossierAggregateMarks.SingleAsync();
        Assert.Equal((commune.TenantId, new DateOnly(2026, 9, 1)), (mark.TenantId, mark.Month));
        // The commune's own registry row, the procedure; no mark.
        Assert.Equal(["Procedure", "Tenant"], await read.AuditEntries.Where(a => a.TenantId == commune.TenantId).Select(a => a.Entity).Distinct().OrderBy(e => e).ToListAsync());
    }

    [Fact]
    public async Task Secrets_are_masked_in_the_snapshot_and_a_missing_one_stays_null()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var procedure = new Procedure { Code = "1.000656", Name = "Chứng thực bản sao" };
        var dossier = new Dossier { Code = "H31.50-260920-0001", ProcedureId = procedure.Id, ReceivedAt = new DateTime(2026, 9, 20, 9, 0, 0), LookupKey = "K7Q2M9XW", ApplicantName = "Lê Thị Mai" };
        await using (var db = OpenAsClerk(commune))
        {
            db.Procedures.Add(procedure);
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync();
            dossier.LookupKey = "Z9Z9Z9Z9";
            await db.SaveChangesAsync();
        }

        var entries = await AuditsAsync(commune, "Dossier");
        Assert.Equal(2, entries.Count);
        Assert.Contains("\"LookupKey\":\"***\"", entries[0].After);
        Assert.Contains("\"PhoneDigits\":null", entries[0].After);
        Assert.Contains("\"ApplicantName\":\"Lê Thị Mai\"", entries[0].After);
        Assert.DoesNotContain("K7Q2M9XW", entries[0].After);
        Assert.Equal(("""{"LookupKey":"***"}""", """{"LookupKey":"***"}"""), (entries[1].Before, entries[1].After));
    }

    [Fact]
    public async Task A_registry_row_changed_by_the_system_is_filed_under_the_commune_it_describes()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using (var db = OpenAs(commune, TenantContext.System("cli")))
        {
            (await db.Tenants.SingleAsync(t => t.Id == commune.TenantId)).Name = "Phường Trần Hưng Đạo mới";
            await db.SaveChangesAsync();
        }

        var entry = (await AuditsAsync(commune, "Tenant")).Single(a => a.Action == AuditAction.Update);
        Assert.Equal((commune.TenantId, "cli", (Guid?)null, commune.TenantId.ToString(), """{"Name":"Phường Trần Hưng Đạo"}"""),
            (entry.TenantId, entry.UserName, entry.UserId, entry.EntityId, entry.Before));
    }

    [Fact]
    public async Task A_save_the_database_refuses_leaves_the_chain_to_continue_without_a_gap()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using (var db = OpenAsClerk(commune))
        {
            db.Procedures.Add(new Procedure { Code = "1.001193", Name = "Đăng ký khai sinh" });
            await db.SaveChangesAsync();
        }

        await using (var db = OpenAsClerk(commune))
        {
            db.Procedures.Add(new Procedure { Code = "1.001193", Name = "Trùng mã" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = OpenAsClerk(commune))
        {
            db.Procedures.Add(new Procedure { Code = "1.001194", Name = "Đăng ký kết hôn" });
            await db.SaveChangesAsync();
            var report = Assert.Single(await AuditChain.VerifyAsync(db, commune.TenantId));
            var sequences = await db.AuditEntries.OrderBy(a => a.Sequence).Select(a => a.Sequence).ToListAsync();
            Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long?)i), sequences);
            Assert.Equal((true, (long)sequences.Count), (report.Intact, report.LastSequence));
            Assert.Equal(["Đăng ký khai sinh", "Đăng ký kết hôn"], await db.Procedures.OrderBy(p => p.Code).Select(p => p.Name).ToListAsync());
        }
    }

    [Fact]
    public async Task Entries_the_caller_adds_are_numbered_after_the_saves_own_entries_of_each_commune()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using var db = OpenAsClerk(commune);
        var before = await db.AuditEntries.CountAsync();
        db.Units.Add(new Unit { Name = "Tổ dân phố số 3", Kind = UnitKind.ResidentialGroup });
        db.AuditEntries.Add(new AuditEntry { TenantId = commune.TenantId, Entity = "Import", EntityId = "tệp 1", Action = AuditAction.Create, AtUtc = Now.UtcDateTime.AddTicks(7) });
        await db.SaveChangesAsync();

        var added = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence > before).OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal(2, added.Count);
        Assert.Equal(["Import", "Unit"], added.Select(a => a.Entity).Order());
        var import = added.Single(a => a.Entity == "Import");
        // Stored truncated to the microsecond, as PostgreSQL keeps it, so the hash verifies on both databases.
        Assert.Equal(Now.UtcDateTime, import.AtUtc);
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.TenantId == commune.TenantId);
        Assert.Equal((head.Sequence, head.Hash), (added[^1].Sequence!.Value, added[^1].Hash!));
    }
}
