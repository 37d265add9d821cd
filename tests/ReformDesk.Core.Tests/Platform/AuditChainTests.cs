using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Platform;

/// <summary>The audit hash chain: what the hash covers, and what verification reports on a real SQLite database after tampering.</summary>
public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);

    private static AuditEntry Entry() => new()
    {
        TenantId = Guid.Parse("11111111-2222-3333-4444-555555555555"),
        Id = Guid.Parse("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"),
        Sequence = 7,
        AtUtc = new DateTime(2026, 9, 20, 3, 0, 0, DateTimeKind.Utc),
        UserId = Guid.Parse("99999999-8888-7777-6666-555555555555"),
        UserName = "thammu",
        Entity = "Unit",
        EntityId = "42",
        Action = AuditAction.Update,
        Before = "{\"Name\":\"Phòng Kinh tế\"}",
        After = "{\"Name\":\"Phòng Kinh tế - Hạ tầng\"}",
    };

    [Theory]
    [InlineData("TenantId")]
    [InlineData("Id")]
    [InlineData("Sequence")]
    [InlineData("AtUtc")]
    [InlineData("UserId")]
    [InlineData("UserName")]
    [InlineData("Entity")]
    [InlineData("EntityId")]
    [InlineData("Action")]
    [InlineData("Before")]
    [InlineData("After")]
    [InlineData("previous")]
    public void Every_stored_field_and_the_previous_hash_take_part_in_the_hash(string field)
    {
        var e = Entry();
        var previous = new string('a', 64);
        var original = AuditChain.ComputeHash(e, previous);
        Assert.Matches("^[0-9a-f]{64}$", original);
        Assert.Equal(original, AuditChain.ComputeHash(Entry(), previous));
        switch (field)
        {
            case "TenantId": e.TenantId = Guid.Parse("11111111-2222-3333-4444-555555555556"); break;
            case "Id": e.Id = Guid.Parse("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeef"); break;
            case "Sequence": e.Sequence = 8; break;
            case "AtUtc": e.AtUtc = e.AtUtc.AddTicks(10); break; // one microsecond
            case "UserId": e.UserId = null; break;
            case "UserName": e.UserName = "Thammu"; break;
            case "Entity": e.Entity = "Person"; break;
            case "EntityId": e.EntityId = "43"; break;
            case "Action": e.Action = AuditAction.Delete; break;
            case "Before": e.Before = null; break;
            case "After": e.After = "{\"Name\":\"Phòng Kinh tế\"}"; break;
            default: previous = AuditChain.Genesis; break;
        }

        Assert.NotEqual(original, AuditChain.ComputeHash(e, previous));
    }

    [Theory]
    // ticks added to a whole second, ticks kept (PostgreSQL keeps microseconds: whole tens of ticks)
    [InlineData(0, 0)]
    [InlineData(9, 0)]
    [InlineData(10, 10)]
    [InlineData(19, 10)]
    [InlineData(1_234_567, 1_234_560)]
    [InlineData(9_999_999, 9_999_990)]
    public void Times_are_truncated_to_the_microsecond(long ticks, long kept)
    {
        var second = new DateTime(2026, 9, 20, 3, 0, 0, DateTimeKind.Utc);
        var truncated = AuditChain.Truncate(second.AddTicks(ticks));
        Assert.Equal((second.AddTicks(kept), DateTimeKind.Utc), (truncated, truncated.Kind));

        // So the hash of a time differing below a microsecond is the same.
        var a = Entry();
        var b = Entry();
        a.AtUtc = second.AddTicks(ticks);
        b.AtUtc = second.AddTicks(kept);
        Assert.Equal(AuditChain.ComputeHash(a, AuditChain.Genesis), AuditChain.ComputeHash(b, AuditChain.Genesis));
    }

    /// <summary>A commune with three units created one save at a time; returns its chain in order.</summary>
    private static async Task<(SqliteCommune Commune, List<AuditEntry> Chain)> SeedAsync()
    {
        var commune = await SqliteCommune.CreateAsync(Now);
        await commune.UnitAsync("Phòng Kinh tế");
        await commune.UnitAsync("Phòng Văn hóa - Xã hội");
        await commune.UnitAsync("Văn phòng HĐND và UBND");
        await using var db = commune.Open();
        var chain = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking().Where(a => a.TenantId == commune.TenantId).OrderBy(a => a.Sequence).ToListAsync();
        return (commune, chain);
    }

    [Fact]
    public async Task A_communes_saves_form_an_intact_chain_numbered_from_one()
    {
        var (commune, chain) = await SeedAsync();
        await using var _ = commune;
        Assert.True(chain.Count >= 3, $"{chain.Count} entries");
        Assert.Equal(Enumerable.Range(1, chain.Count).Select(i => (long?)i), chain.Select(a => a.Sequence));
        Assert.Equal(AuditChain.ComputeHash(chain[0], AuditChain.Genesis), chain[0].Hash);
        for (var i = 1; i < chain.Count; i++)
        {
            Assert.Equal(AuditChain.ComputeHash(chain[i], chain[i - 1].Hash!), chain[i].Hash);
        }

        await using var db = commune.Open();
        var report = Assert.Single(await AuditChain.VerifyAsync(db, commune.TenantId));
        Assert.Equal((commune.TenantId, "HP-THD", "Phường Trần Hưng Đạo", (long)chain.Count, (long)chain.Count, chain[^1].Hash, true),
            (report.TenantId, report.Code, report.Name, report.Verified, report.LastSequence, report.LastHash, report.Intact));
    }

    [Fact]
    public async Task A_rewritten_entry_breaks_the_chain_at_its_number()
    {
        var (commune, chain) = await SeedAsync();
        await using var _ = commune;
        await using var db = commune.Open();
        var id = chain[1].Id;
        await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"After\" = {"{}"} WHERE \"TenantId\" = {commune.TenantId} AND \"Id\" = {id}");

        var report = Assert.Single(await AuditChain.VerifyAsync(db, commune.TenantId));
        Assert.Equal((1L, 1L, chain[0].Hash, false), (report.Verified, report.LastSequence, report.LastHash, report.Intact));
        Assert.Equal(((long?)2, (Guid?)id, "mã băm của mục #2 không khớp: nội dung, thứ tự hoặc mục trước nó đã bị sửa"),
            (report.Break!.Sequence, report.Break.EntryId, report.Break.Reason));
    }

    [Fact]
    public async Task A_deleted_entry_in_the_middle_is_a_missing_number()
    {
        var (commune, chain) = await SeedAsync();
        await using var _ = commune;
        await using var db = commune.Open();
        await db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"TenantId\" = {commune.TenantId} AND \"Id\" = {chain[1].Id}");

        var report = Assert.Single(await AuditChain.VerifyAsync(db, commune.TenantId));
        Assert.Equal((1L, false), (report.Verified, report.Intact));
        Assert.Equal(((long?)2, (Guid?)chain[2].Id, "thiếu mục #2 (mục tiếp theo còn lại là #3): đã bị xóa"),
            (report.Break!.Sequence, report.Break.EntryId, report.Break.Reason));
    }

    [Fact]
    public async Task A_deleted_last_entry_leaves_the_head_ahead()
    {
        var (commune, chain) = await SeedAsync();
        await using var _ = commune;
        await using var db = commune.Open();
        var n = chain.Count;
        await db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"TenantId\" = {commune.TenantId} AND \"Id\" = {chain[^1].Id}");

        var report = Assert.Single(await AuditChain.VerifyAsync(db, commune.TenantId));
        Assert.Equal(((long)n - 1, (long)n - 1, chain[^2].Hash, false), (report.Verified, report.LastSequence, report.LastHash, report.Intact));
        Assert.Equal(((long?)n, (Guid?)null, $"đầu chuỗi ghi nhận mục #{n} nhưng mục cuối còn lại là #{n - 1} (mục cuối đã bị xóa hoặc sửa)"),
            (report.Break!.Sequence, report.Break.EntryId, report.Break.Reason));
    }

    [Fact]
    public async Task An_entry_without_number_and_hash_is_reported_as_slipped_in()
    {
        var (commune, chain) = await SeedAsync();
        await using var _ = commune;
        await using var db = commune.Open();
        // The last entry loses its link: the walk ends intact one short, then finds the unchained row.
        await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"Sequence\" = NULL, \"Hash\" = NULL WHERE \"TenantId\" = {commune.TenantId} AND \"Id\" = {chain[^1].Id}");

        var report = Assert.Single(await AuditChain.VerifyAsync(db, commune.TenantId));
        Assert.Equal(((long)chain.Count - 1, false), (report.Verified, report.Intact));
        Assert.Equal(((long?)null, (Guid?)chain[^1].Id, "mục không có số thứ tự và mã băm (được chèn ngoài ứng dụng)"),
            (report.Break!.Sequence, report.Break.EntryId, report.Break.Reason));
    }

    [Fact]
    public async Task A_tenant_without_entries_is_intact_at_the_genesis()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using var db = commune.Open();
        var nobody = Guid.NewGuid();
        var report = Assert.Single(await AuditChain.VerifyAsync(db, nobody));
        Assert.Equal((nobody, (string?)null, "Dữ liệu chung toàn hệ thống", 0L, 0L, AuditChain.Genesis, true),
            (report.TenantId, report.Code, report.Name, report.Verified, report.LastSequence, report.LastHash, report.Intact));
    }
}
