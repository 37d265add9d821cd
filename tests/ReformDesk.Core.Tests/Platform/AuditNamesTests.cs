using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Platform;

/// <summary>
/// What the audit log calls things: every kind of row the application audits has one Vietnamese name the audit page can
/// filter by, every field reads in Vietnamese, and what retention erases from a citizen's feedback is never shown.
/// </summary>
public sealed class AuditNamesTests
{
    private static IModel Model => TenantModelTests.Model;

    /// <summary>Rows the save interceptor writes an audit entry for: all but the log itself and recomputed aggregates.</summary>
    private static List<IEntityType> Audited() =>
        [.. Model.GetEntityTypes().Where(e => e.ClrType != typeof(AuditEntry) && e.ClrType != typeof(AuditChainHead) && !typeof(IDerivedData).IsAssignableFrom(e.ClrType))];

    /// <summary>Reads as Vietnamese to an official: not a code name, starting with a capital, with a space or a Vietnamese letter.</summary>
    private static bool ReadsAsVietnamese(string code, string name) =>
        name != code && name.Length > 1 && char.IsUpper(name[0]) && !name.Contains('`')
        && (name.Contains(' ') || name.Any(c => c > 127));

    [Fact]
    public void The_audit_filter_offers_exactly_the_kinds_of_row_that_are_audited()
    {
        var audited = Audited().Select(e => e.ClrType.Name).ToHashSet();
        Assert.Contains("IdentityUserRole`1", audited);
        var unnamed = audited.Except(AuditNames.Entities.Keys).Order().ToList();
        var neverAudited = AuditNames.Entities.Keys.Except(audited).Order().ToList();
        Assert.True(unnamed.Count == 0, "audited without a Vietnamese name: " + string.Join(", ", unnamed));
        Assert.True(neverAudited.Count == 0, "named but never audited (an empty choice in the filter): " + string.Join(", ", neverAudited));
    }

    [Fact]
    public void Every_kind_of_row_has_its_own_Vietnamese_name()
    {
        var notVietnamese = AuditNames.Entities.Where(e => !ReadsAsVietnamese(e.Key, e.Value)).Select(e => $"{e.Key}={e.Value}").ToList();
        Assert.Empty(notVietnamese);
        // The filter lists the kinds by name: two with one name could not be told apart.
        var shared = AuditNames.Entities.GroupBy(e => e.Value).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.Key))}").ToList();
        Assert.Empty(shared);
    }

    [Fact]
    public void Every_field_of_an_audited_row_reads_in_Vietnamese()
    {
        var fields = Audited().SelectMany(e => e.GetProperties()).Select(p => p.Name).ToHashSet();
        Assert.Contains("PasswordHash", fields);
        var wrong = fields.Where(f => !AuditNames.Fields.TryGetValue(f, out var name) || !ReadsAsVietnamese(f, name)).Order().ToList();
        Assert.True(wrong.Count == 0, "fields without a Vietnamese name: " + string.Join(", ", wrong));
    }

    [Fact]
    public void Within_one_kind_of_row_no_two_fields_share_a_Vietnamese_name()
    {
        // An update lists its changed fields by name: two fields of one row with one name could not be told apart.
        var shared = Audited().SelectMany(e => e.GetProperties().GroupBy(p => AuditNames.Field(p.Name)).Where(g => g.Count() > 1)
            .Select(g => $"{e.ClrType.Name}: {g.Key} ({string.Join(", ", g.Select(p => p.Name))})")).ToList();
        Assert.True(shared.Count == 0, string.Join("; ", shared));
    }

    [Fact]
    public void Every_hidden_field_is_a_real_field_so_a_misspelt_one_cannot_leave_the_real_one_shown()
    {
        var fields = Model.GetEntityTypes().SelectMany(e => e.GetProperties()).Select(p => p.Name).ToHashSet();
        Assert.DoesNotContain(AuditNames.Secrets, s => !fields.Contains(s));
        Assert.All(AuditNames.Secrets, s => Assert.True(AuditNames.Fields.ContainsKey(s), s));
    }

    /// <summary>Every field of a feedback the model stores, as text, read by reflection.</summary>
    private static Dictionary<string, string?> Fields(Feedback f) =>
        Model.FindEntityType(typeof(Feedback))!.GetProperties().Where(p => p.PropertyInfo is not null)
            .ToDictionary(p => p.Name, p => Convert.ToString(p.PropertyInfo!.GetValue(f), System.Globalization.CultureInfo.InvariantCulture));

    private static FeedbackActor By(DateTime at, string user = "thuky") => new(user, at);

    /// <summary>A matter with every personal text filled: asked for and given more information, answered, published, reopened, published again.</summary>
    private static Feedback WithEveryPersonalText(Guid tenantId, Guid unitId, DateTime at)
    {
        var f = Feedback.Submit(tenantId, "PA-000321", "HASH", new FeedbackIntake(FeedbackChannel.Web, FeedbackCategory.Local, "Đèn hỏng",
            "Đèn trong ngõ nhà bà Hoàng Thị Mai hỏng hai tuần.", "Ngõ 12", "Hoàng Thị Mai", "0912 345 678", "mai.hoang@example.vn", "Số 3 ngõ 8 phố Chợ"), By(at, "citizen"));
        Ok(f.AskInfo("Ngõ nào?", By(at.AddHours(1))));
        Ok(f.SupplyInfo("Ngõ 12, cạnh nhà số 3 của tôi", By(at.AddHours(2), "citizen")));
        Ok(f.Accept(By(at.AddHours(3))));
        Ok(f.Assign(unitId, "Phòng Kinh tế", null, By(at.AddHours(4))));
        Ok(f.SaveDraft("Đã thay bóng đèn", By(at.AddDays(1))));
        Ok(f.Approve(By(at.AddDays(2))));
        Ok(f.Publish("Đèn hỏng", "Đèn trong ngõ bị hỏng", "Đã thay bóng", By(at.AddDays(3))));
        Ok(f.Reopen("Tôi là Mai, đèn lại hỏng", By(at.AddDays(4), "citizen")));
        Ok(f.SaveDraft("Đã thay lần hai", By(at.AddDays(5))));
        Ok(f.Approve(By(at.AddDays(6))));
        Ok(f.Publish("Đèn hỏng", "Đèn trong ngõ bị hỏng lại", "Đã thay lần hai", By(at.AddDays(7))));
        return f;
    }

    [Fact]
    public void Every_field_retention_erases_is_one_the_audit_log_never_shows()
    {
        // The audit log is append-only: a personal field it showed would outlive the erasure.
        var at = new DateTime(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
        var f = WithEveryPersonalText(Guid.NewGuid(), Guid.NewGuid(), at);
        var before = Fields(f);
        Assert.True(f.Anonymise(at.AddYears(4)));
        var erased = Fields(f).Where(x => before[x.Key] != x.Value).Select(x => x.Key).Where(k => k != nameof(Feedback.AnonymisedAtUtc)).Order().ToList();
        Assert.Equal(["CitizenAddress", "CitizenEmail", "CitizenName", "CitizenPhone", "Details", "InfoReply", "PhoneDigits", "ReopenReason"], erased);
        Assert.All(erased, field => Assert.Contains(field, AuditNames.Secrets));
    }

    [Fact]
    public async Task A_feedbacks_whole_life_and_its_erasure_leave_no_personal_data_in_the_audit_log()
    {
        await using var commune = await SqliteCommune.CreateAsync(new DateTimeOffset(2030, 1, 10, 3, 0, 0, TimeSpan.Zero));
        var unit = await commune.UnitAsync("Phòng Kinh tế");
        var feedback = WithEveryPersonalText(commune.TenantId, unit.Id, new DateTime(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc));
        feedback.Attach(new FeedbackAttachment(commune.TenantId, feedback.Id, "anh-den.png", "image/png", "ảnh nhà bà Mai"u8.ToArray()));
        await using (var db = commune.Open())
        {
            db.Feedbacks.Add(feedback);
            await db.SaveChangesAsync();
        }

        var retention = new FeedbackRetention(commune.Open(), Microsoft.Extensions.Options.Options.Create(new CitizenVoiceOptions()), commune.Clock);
        Assert.Equal(1, await retention.AnonymiseAsync());

        await using var read = commune.Open();
        var entries = await read.AuditEntries.OrderBy(a => a.Sequence).ToListAsync();
        Assert.Contains(entries, e => e.Entity == nameof(FeedbackAttachment) && e.Action == AuditAction.Delete);
        Assert.Contains(entries, e => e.Entity == nameof(Feedback) && e.Action == AuditAction.Update);
        var stored = string.Join("\n", entries.Select(e => e.Before + e.After));
        string[] personal = ["Hoàng Thị Mai", "0912 345 678", "0912345678", "mai.hoang@example.vn", "Số 3 ngõ 8", "nhà bà Hoàng", "cạnh nhà số 3", "Tôi là Mai",
            Convert.ToBase64String("ảnh nhà bà Mai"u8.ToArray())];
        Assert.All(personal, text => Assert.DoesNotContain(text, stored, StringComparison.Ordinal));
        // What is not personal stays readable, and every row and field of the matter reads in Vietnamese.
        Assert.Contains("Ngõ 12", stored, StringComparison.Ordinal);
        var rows = entries.Select(AuditLogService.Describe).ToList();
        Assert.Equal(["Bước xử lý phản ánh", "Phản ánh, kiến nghị", "Tệp đính kèm phản ánh", "Đơn vị", "Đơn vị hành chính"], rows.Select(r => r.EntityName).Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(rows.SelectMany(r => r.Changes), c => c.Field == "Trường khác");
        var name = Assert.Single(rows.SelectMany(r => r.Changes), c => c.Field == "Họ tên người phản ánh" && c.Before is not null);
        Assert.Equal(("(đã ẩn)", "(đã ẩn)"), (name.Before, name.After));
    }

    [Theory]
    [InlineData(typeof(ReformDesk.Core.Organisation.Unit), "Đơn vị")]
    [InlineData(typeof(ReformDesk.Core.Dossiers.Dossier), "Hồ sơ")]
    [InlineData(typeof(ReformDesk.Core.Accounts.AppUser), "Tài khoản")]
    [InlineData(typeof(Microsoft.AspNetCore.Identity.IdentityUserRole<Guid>), "Vai trò của tài khoản")]
    [InlineData(typeof(ReformDesk.Core.ParIndex.ParAssessment), "Chỉ số CCHC của xã/phường")]
    [InlineData(typeof(ReformDesk.Core.Emulation.CouncilBallotReceipt), "Thành viên đã bỏ phiếu kín")]
    public void A_row_is_named_by_the_type_the_interceptor_records(Type entity, string name)
    {
        // The interceptor stores the CLR name of the entity type; the page looks that name up.
        var recorded = Model.FindEntityType(entity)!.ClrType.Name;
        Assert.Equal(name, AuditLogService.Describe(new AuditEntry { Entity = recorded, Action = AuditAction.Create, After = "{}" }).EntityName);
    }
}
