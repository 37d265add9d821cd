using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Platform;

/// <summary>How the audit page reads one entry: each field by its Vietnamese name, values as an official reads them, secrets hidden.</summary>
public class AuditChangesTests
{
    private static AuditEntry Entry(string? before, string? after, string entity = "Unit") =>
        new() { Entity = entity, EntityId = "1", Action = before is null ? AuditAction.Create : after is null ? AuditAction.Delete : AuditAction.Update, Before = before, After = after };

    /// <summary>The one change of an update of <paramref name="field"/> from <paramref name="before"/> to <paramref name="after"/> (JSON values).</summary>
    private static AuditChange Change(string field, string before, string after) =>
        Assert.Single(AuditLogService.Changes(Entry($"{{\"{field}\":{before}}}", $"{{\"{field}\":{after}}}")));

    [Theory]
    [InlineData("IsActive", "true", "false", "Có", "Không")]
    [InlineData("Note", "null", "\"Ghi chú mới\"", "(trống)", "Ghi chú mới")]
    [InlineData("Visits", "1234567", "-5", "1.234.567", "-5")]
    [InlineData("MaxPoints", "2.5", "0.12345", "2,5", "0,1235")]
    [InlineData("Deadline", "\"2026-03-05\"", "\"2026-12-31\"", "05/03/2026", "31/12/2026")]
    [InlineData("ReceivedAt", "\"2026-03-05T08:30:00\"", "\"2026-03-05T14:05:00.1234567\"", "05/03/2026 08:30", "05/03/2026 14:05")]
    // A time stored as UTC is shown in Vietnam time: 17:30 UTC is 00:30 the next day.
    [InlineData("SentAtUtc", "\"2026-03-05T17:30:00Z\"", "\"2026-03-05T01:00:00\"", "06/03/2026 00:30", "05/03/2026 08:00")]
    [InlineData("AimedTitles", "[]", "[\"Lao động tiên tiến\", \"Chiến sĩ thi đua cơ sở\"]", "", "Lao động tiên tiến, Chiến sĩ thi đua cơ sở")]
    [InlineData("Levels", "[1, 2.5]", "[true, null]", "1, 2,5", "Có, (trống)")]
    [InlineData("ColumnsJson", "{\"a\":1}", "\"2026-13-45\"", "{\"a\":1}", "2026-13-45")]
    public void A_value_reads_as_an_official_expects(string field, string before, string after, string shownBefore, string shownAfter)
    {
        var change = Change(field, before, after);
        Assert.Equal((shownBefore, shownAfter), (change.Before, change.After));
    }

    [Theory]
    [InlineData("IsActive", "Đang hoạt động")]
    [InlineData("TenantId", "Xã, phường")]
    [InlineData("SentAtUtc", "Thời điểm gửi")]
    [InlineData("PasswordHash", "Mật khẩu")]
    [InlineData("NoSuchField", "Trường khác")]
    public void A_field_is_named_in_vietnamese_or_as_another_field(string field, string name) =>
        Assert.Equal(name, Change(field, "1", "2").Field);

    [Theory]
    [InlineData("Unit", "Đơn vị")]
    [InlineData("IdentityUserRole`1", "Vai trò của tài khoản")]
    [InlineData("Feedback", "Phản ánh, kiến nghị")]
    [InlineData("unit", "Dữ liệu khác")]
    [InlineData("", "Dữ liệu khác")]
    public void An_entity_is_named_in_vietnamese_or_as_other_data(string entity, string name) =>
        Assert.Equal(name, AuditLogService.Describe(Entry(null, "{}", entity)).EntityName);

    [Theory]
    [InlineData("PasswordHash")]
    [InlineData("SecurityStamp")]
    [InlineData("LookupKey")]
    [InlineData("CitizenName")]
    [InlineData("CitizenPhone")]
    [InlineData("PhoneDigits")]
    [InlineData("CitizenEmail")]
    [InlineData("CitizenAddress")]
    [InlineData("Details")]
    [InlineData("InfoReply")]
    [InlineData("Data")]
    public void A_secret_or_a_citizens_personal_data_is_never_shown_only_whether_it_was_empty(string field)
    {
        var change = Change(field, "null", "\"Nguyễn Thị Lan, 0912 345 678\"");
        Assert.Equal(("(trống)", "(đã ẩn)"), (change.Before, change.After));
        // A list is hidden whole.
        Assert.Equal("(đã ẩn)", Change(field, "null", "[\"a\", \"b\"]").After);
    }

    [Fact]
    public void A_creation_shows_every_field_with_nothing_before_and_a_deletion_nothing_after()
    {
        var created = AuditLogService.Changes(Entry(null, "{\"Name\":\"Phòng Kinh tế\",\"IsActive\":true}"));
        Assert.Equal([("Tên", (string?)null, (string?)"Phòng Kinh tế"), ("Đang hoạt động", null, "Có")], created.Select(c => (c.Field, c.Before, c.After)));

        var deleted = AuditLogService.Changes(Entry("{\"Name\":\"Phòng Kinh tế\"}", null));
        Assert.Equal([("Tên", (string?)"Phòng Kinh tế", (string?)null)], deleted.Select(c => (c.Field, c.Before, c.After)));

        Assert.Empty(AuditLogService.Changes(Entry(null, null)));
        Assert.Empty(AuditLogService.Changes(Entry("", "")));
    }

    [Fact]
    public void An_update_lists_the_fields_of_either_side_and_a_missing_one_reads_as_empty()
    {
        var changes = AuditLogService.Changes(Entry("{\"Name\":\"Cũ\",\"Note\":\"x\"}", "{\"Name\":\"Mới\",\"IsActive\":false}"));
        Assert.Equal([("Tên", "Cũ", "Mới"), ("Ghi chú", "x", "(trống)"), ("Đang hoạt động", "(trống)", "Không")],
            changes.Select(c => (c.Field, c.Before!, c.After!)));
    }

    [Fact]
    public void Long_texts_and_long_lists_are_shortened_with_the_total_named()
    {
        var text = new string('a', 299) + "bc";
        Assert.Equal(new string('a', 299) + "b…", Change("Summary", "null", $"\"{text}\"").After);
        Assert.Equal(new string('a', 300), Change("Summary", "null", $"\"{new string('a', 300)}\"").After);

        var twelve = "[" + string.Join(",", Enumerable.Range(1, 12)) + "]";
        Assert.Equal("1, 2, 3, 4, 5, 6, 7, 8, 9, 10 … (tổng 12)", Change("Levels", "null", twelve).After);
        Assert.Equal("1, 2, 3, 4, 5, 6, 7, 8, 9, 10", Change("Levels", "null", "[" + string.Join(",", Enumerable.Range(1, 10)) + "]").After);
    }

    [Fact]
    public void A_stored_value_that_is_not_a_json_object_is_shown_as_one_value()
    {
        var notJson = Assert.Single(AuditLogService.Changes(Entry(null, "Đã nhập 120 hồ sơ từ tệp so-theo-doi.xlsx")));
        Assert.Equal(("Giá trị", (string?)null, (string?)"Đã nhập 120 hồ sơ từ tệp so-theo-doi.xlsx"), (notJson.Field, notJson.Before, notJson.After));
        var array = Assert.Single(AuditLogService.Changes(Entry(null, "[\"H1\",\"H2\"]")));
        Assert.Equal(("Giá trị", "H1, H2"), (array.Field, array.After!));
    }
}

/// <summary>The audit page's list on a real commune: filters, Vietnam days, chain order, pages of fifty.</summary>
public sealed class AuditLogServiceTests
{
    // 16:30 UTC on 20/09 is 23:30 in Vietnam, still the 20th.
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 16, 30, 0, TimeSpan.Zero);

    /// <summary>Units added by <paramref name="user"/> in one save each, at the clock's time.</summary>
    private static async Task AddUnitsAsync(SqliteCommune commune, string user, params string[] names)
    {
        foreach (var name in names)
        {
            await using var db = Storage.CreateContext(commune.Options, TenantContext.ForTenant(commune.TenantId, user), commune.Clock);
            db.Units.Add(new Unit { Name = name, Kind = UnitKind.Department });
            await db.SaveChangesAsync();
        }
    }

    private static async Task<List<string>> NamesAsync(SqliteCommune commune, AuditFilter filter)
    {
        var page = await new AuditLogService(commune.Open()).ListAsync(filter);
        return page.Rows.Select(r => r.Changes.Single(c => c.Field == "Tên").After!).ToList();
    }

    [Fact]
    public async Task The_list_filters_by_part_of_a_user_name_and_by_entity_newest_first()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await AddUnitsAsync(commune, "thammu.lan", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội");
        await AddUnitsAsync(commune, "chutich.hung", "Văn phòng HĐND và UBND");

        Assert.Equal(["Phòng Văn hóa - Xã hội", "Phòng Kinh tế"], await NamesAsync(commune, new AuditFilter(User: "  lan ", Entity: "Unit")));
        Assert.Equal(["Văn phòng HĐND và UBND"], await NamesAsync(commune, new AuditFilter(User: "chutich", Entity: "Unit")));
        Assert.Equal(["Văn phòng HĐND và UBND", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế"], await NamesAsync(commune, new AuditFilter(Entity: "Unit")));
        Assert.Empty((await new AuditLogService(commune.Open()).ListAsync(new AuditFilter(Entity: "Person"))).Rows);
        Assert.Empty((await new AuditLogService(commune.Open()).ListAsync(new AuditFilter(User: "nobody"))).Rows);
    }

    [Fact]
    public async Task Days_are_vietnam_days_with_both_ends_included()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await AddUnitsAsync(commune, "thammu", "Ngày 20 (23:30)");
        commune.Clock.Advance(TimeSpan.FromMinutes(30)); // 17:00 UTC: midnight in Vietnam, the 21st begins
        await AddUnitsAsync(commune, "thammu", "Ngày 21 (00:00)");
        commune.Clock.Advance(TimeSpan.FromDays(1).Subtract(TimeSpan.FromSeconds(1))); // 23:59:59 on the 21st
        await AddUnitsAsync(commune, "thammu", "Ngày 21 (23:59)");
        commune.Clock.Advance(TimeSpan.FromSeconds(1));
        await AddUnitsAsync(commune, "thammu", "Ngày 22 (00:00)");

        var d20 = new DateOnly(2026, 9, 20);
        var d21 = d20.AddDays(1);
        Assert.Equal(["Ngày 21 (23:59)", "Ngày 21 (00:00)"], await NamesAsync(commune, new AuditFilter(Entity: "Unit", From: d21, To: d21)));
        Assert.Equal(["Ngày 20 (23:30)"], await NamesAsync(commune, new AuditFilter(Entity: "Unit", To: d20)));
        Assert.Equal(["Ngày 22 (00:00)"], await NamesAsync(commune, new AuditFilter(Entity: "Unit", From: d21.AddDays(1))));
        Assert.Empty(await NamesAsync(commune, new AuditFilter(Entity: "Unit", From: d21, To: d20)));
    }

    [Fact]
    public async Task Pages_hold_fifty_entries_in_chain_order_and_say_whether_more_follow()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using (var db = commune.Open())
        {
            db.Units.AddRange(Enumerable.Range(1, 101).Select(i => new Unit { Name = $"Tổ {i:000}", Kind = UnitKind.Department }));
            await db.SaveChangesAsync();
        }

        var service = new AuditLogService(commune.Open());
        var filter = new AuditFilter(Entity: "Unit");
        var first = await service.ListAsync(filter);
        var second = await service.ListAsync(filter with { Page = 2 });
        var third = await service.ListAsync(filter with { Page = 3 });
        Assert.Equal((50, true, 50, true, 1, false), (first.Rows.Count, first.HasMore, second.Rows.Count, second.HasMore, third.Rows.Count, third.HasMore));
        var sequences = first.Rows.Concat(second.Rows).Concat(third.Rows).Select(r => r.Entry.Sequence!.Value).ToList();
        Assert.Equal(sequences.OrderDescending(), sequences);
        Assert.Equal(101, sequences.Distinct().Count());
        // A page below one is the first page; a page past the end is empty.
        Assert.Equal((1, first.Rows[0].Entry.Id), ((await service.ListAsync(filter with { Page = -3 })).Page, (await service.ListAsync(filter with { Page = 0 })).Rows[0].Entry.Id));
        Assert.Empty((await service.ListAsync(filter with { Page = 9 })).Rows);
    }

    [Fact]
    public async Task The_latest_entries_are_bounded_and_only_the_communes_own()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await AddUnitsAsync(commune, "thammu", "Phòng Kinh tế");
        commune.Clock.Advance(TimeSpan.FromMinutes(1));
        await AddUnitsAsync(commune, "thammu", "Phòng Văn hóa - Xã hội");
        Guid neighbour;
        await using (var system = commune.OpenSystem())
        {
            neighbour = (await system.Tenants.SingleAsync(t => t.Code == "HP")).Id;
        }

        await using (var province = commune.OpenFor(neighbour))
        {
            province.Units.Add(new Unit { Name = "Sở Nội vụ", Kind = UnitKind.Department });
            await province.SaveChangesAsync();
        }

        var service = new AuditLogService(commune.Open());
        var latest = await service.LatestAsync("Unit", take: 0);
        Assert.Contains("Phòng Văn hóa - Xã hội", Assert.Single(latest).After!, StringComparison.Ordinal);
        var all = await service.LatestAsync(null, take: 5000);
        Assert.All(all, e => Assert.Equal(commune.TenantId, e.TenantId));
        Assert.Equal(2, all.Count(e => e.Entity == "Unit"));
        Assert.DoesNotContain(all, e => e.After?.Contains("Sở Nội vụ", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Verifying_checks_the_current_communes_chain_and_needs_a_commune()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await AddUnitsAsync(commune, "thammu", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội");

        var report = await new AuditLogService(commune.Open()).VerifyAsync();
        Assert.Equal((commune.TenantId, true), (report.TenantId, report.Intact));
        Assert.True(report.Verified >= 2);

        await using var system = commune.OpenSystem();
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => new AuditLogService(system).VerifyAsync());
        Assert.Equal("Verifying the audit chain needs a commune.", e.Message);
    }
}
