using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Organisation;

/// <summary>The facts the award rules read, saved, corrected and deleted on a real SQLite database; today is 20/09/2026 in Hà Nội.</summary>
public sealed class FactServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);
    private static readonly Actor Secretariat = new(Guid.NewGuid(), "Bộ phận tham mưu", [Roles.ReformSecretariat], null, false);
    private static readonly Actor Chairman = new(Guid.NewGuid(), "Nguyễn Văn Ánh", [Roles.Chairman], null, false);
    private const string Forbidden = "Chỉ bộ phận quản lý tổ chức, cán bộ được ghi, sửa dữ liệu này.";

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private sealed record Commune(SqliteCommune Db, Guid Person, Guid Other, Unit Unit) : IAsyncDisposable
    {
        public FactService Service() => new(Db.Open(), Db.Clock);

        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }

    private static async Task<Commune> SeedAsync()
    {
        var db = await SqliteCommune.CreateAsync(Now);
        var unit = await db.UnitAsync("Phòng Kinh tế");
        await using var ctx = db.Open();
        var a = new Person { FullName = "Trần Thị Bình" };
        var b = new Person { FullName = "Lê Văn Cường" };
        ctx.People.AddRange(a, b);
        await ctx.SaveChangesAsync();
        return new Commune(db, a.Id, b.Id, unit);
    }

    /// <summary>The failure, the field and the message as one value.</summary>
    private static (FailureKind, string, string) Why<T>(OperationResult<T> result)
    {
        Assert.False(result.Succeeded);
        var e = Assert.Single(result.Errors);
        return (result.Failure, e.Key, e.Value);
    }

    [Theory]
    // roles, tenant read-only, may edit, may read
    [InlineData(Roles.SystemAdmin, false, true, true)]
    [InlineData(Roles.Chairman, false, true, true)]
    [InlineData(Roles.ReformSecretariat, false, true, true)]
    [InlineData(Roles.CommuneAdmin, false, true, true)]
    [InlineData(Roles.Chairman, true, false, true)]
    [InlineData(Roles.CouncilMember, false, false, true)]
    [InlineData(Roles.ProvinceOfficer, true, false, true)]
    [InlineData(Roles.DepartmentHead, false, false, false)]
    [InlineData(Roles.Officer, false, false, false)]
    [InlineData(Roles.Supervisor, false, false, false)]
    [InlineData(Roles.OneStopShopStaff, false, false, false)]
    [InlineData(Roles.ProvinceAdmin, false, false, false)]
    public void Who_may_edit_and_read(string role, bool readOnly, bool edit, bool read)
    {
        var actor = new Actor(Guid.NewGuid(), "Cán bộ", [role], null, readOnly);
        Assert.Equal((edit, read), (FactService.CanEdit(actor), FactService.CanRead(actor)));
    }

    [Theory]
    [InlineData(Roles.Officer, false)]
    [InlineData(Roles.CouncilMember, false)]
    [InlineData(Roles.Chairman, true)]
    public async Task Those_who_may_not_edit_are_refused_every_change_and_nothing_is_written(string role, bool readOnly)
    {
        await using var c = await SeedAsync();
        var actor = new Actor(Guid.NewGuid(), "Cán bộ", [role], c.Unit.Id, readOnly);
        var s = c.Service();
        var forbidden = (FailureKind.Forbidden, "", Forbidden);
        Assert.Equal(forbidden, Why(await s.SaveAppraisalAsync(actor, new AppraisalInput(c.Person, null, 2025, AppraisalResult.HoanThanhTot, "12/QĐ-UBND", D(2026, 1, 15)))));
        Assert.Equal(forbidden, Why(await s.SaveDisciplineAsync(actor, new DisciplineInput(c.Person, DisciplineLevel.KhienTrach, "5/QĐ-UBND", D(2026, 3, 10), null, null))));
        Assert.Equal(forbidden, Why(await s.SaveAssignmentAsync(actor, new AssignmentInput(c.Person, "Đầu mối CCHC", "7/QĐ-UBND", D(2026, 1, 5), D(2026, 1, 5), null))));
        Assert.Equal(forbidden, Why(await s.SaveSchemeAsync(actor, new SchemeInput(c.Person, "Số hóa hồ sơ", "9/QĐ-UBND", D(2026, 6, 1)))));
        Assert.Equal(forbidden, Why(await s.SaveMemberCountAsync(actor, new MemberCountInput(c.Unit.Id, 2025, 12, "QĐ 3/QĐ-UBND ngày 02/01/2025"))));
        Assert.Equal(forbidden, Why(await s.SaveReformRatingAsync(actor, new ReformRatingInput(c.Unit.Id, 2025, ReformRating.Tot, "20/TB-SNV", D(2026, 2, 1), null))));

        var appraisal = Ok(await c.Service().SaveAppraisalAsync(Secretariat, new AppraisalInput(c.Person, null, 2025, AppraisalResult.HoanThanh, "1/QĐ", D(2026, 1, 2))));
        Assert.Equal(forbidden, Why(await s.DeleteAsync(actor, "appraisal", appraisal.Id)));

        await using var db = c.Db.Open();
        Assert.Equal((1, 0, 0, 0, 0, 0), (await db.Appraisals.CountAsync(), await db.DisciplineRecords.CountAsync(), await db.ReformWorkAssignments.CountAsync(),
            await db.AcceptedSchemes.CountAsync(), await db.UnitMemberCounts.CountAsync(), await db.UnitReformRatings.CountAsync()));
    }

    [Fact]
    public async Task An_appraisal_is_recorded_once_per_subject_and_year_and_corrected_in_place()
    {
        await using var c = await SeedAsync();
        var first = Ok(await c.Service().SaveAppraisalAsync(Secretariat, new AppraisalInput(c.Person, null, 2025, AppraisalResult.HoanThanhTot, " 12/QĐ-UBND ", D(2026, 1, 15))));
        Assert.Equal(((Guid?)c.Person, (Guid?)null, 2025, AppraisalResult.HoanThanhTot, "12/QĐ-UBND", D(2026, 1, 15), "Bộ phận tham mưu"),
            (first.PersonId, first.UnitId, first.Year, first.Classification, first.DecisionNumber, first.DecisionDate, first.RecordedBy));

        var corrected = Ok(await c.Service().SaveAppraisalAsync(Chairman, new AppraisalInput(c.Person, null, 2025, AppraisalResult.HoanThanhXuatSac, "15/QĐ-UBND", D(2025, 12, 30))));
        Assert.Equal(first.Id, corrected.Id);
        // Another year, another person and the collective each get their own row.
        Ok(await c.Service().SaveAppraisalAsync(Secretariat, new AppraisalInput(c.Person, null, 2024, AppraisalResult.HoanThanh, "3/QĐ-UBND", D(2025, 1, 10))));
        Ok(await c.Service().SaveAppraisalAsync(Secretariat, new AppraisalInput(c.Other, null, 2025, AppraisalResult.KhongHoanThanh, "16/QĐ-UBND", D(2026, 1, 16))));
        var unit = Ok(await c.Service().SaveAppraisalAsync(Secretariat, new AppraisalInput(null, c.Unit.Id, 2025, AppraisalResult.HoanThanhTot, "17/QĐ-UBND", D(2026, 1, 17))));
        Assert.Equal(((Guid?)c.Unit.Id, (Guid?)null), (unit.UnitId, unit.PersonId));

        await using var db = c.Db.Open();
        var rows = await db.Appraisals.AsNoTracking().OrderBy(a => a.DecisionNumber).Select(a => new { a.DecisionNumber, a.Classification, a.RecordedBy, a.DecisionDate }).ToListAsync();
        Assert.Equal(["15/QĐ-UBND", "16/QĐ-UBND", "17/QĐ-UBND", "3/QĐ-UBND"], rows.Select(r => r.DecisionNumber));
        Assert.Equal((AppraisalResult.HoanThanhXuatSac, "Nguyễn Văn Ánh", D(2025, 12, 30)), (rows[0].Classification, rows[0].RecordedBy, rows[0].DecisionDate));
    }

    public static TheoryData<string, int, string?, string?, string, string> AppraisalRefusals => new()
    {
        // subject (person / unit / both / none / unknown person / unknown unit), year, number, date (yyyy-MM-dd), field, message
        { "none", 2025, "1/QĐ", "2026-01-02", "PersonId", "Hãy chọn một cá nhân hoặc một tập thể được đánh giá." },
        { "both", 2025, "1/QĐ", "2026-01-02", "PersonId", "Hãy chọn một cá nhân hoặc một tập thể được đánh giá." },
        { "unknown person", 2025, "1/QĐ", "2026-01-02", "PersonId", "Không tìm thấy cán bộ." },
        { "unknown unit", 2025, "1/QĐ", "2026-01-02", "UnitId", "Không tìm thấy đơn vị." },
        { "person", 2027, "1/QĐ", "2026-01-02", "DecisionNumber", "Năm đánh giá phải từ 2000 đến 2026." },
        { "unit", 1999, "1/QĐ", "2000-01-02", "DecisionNumber", "Năm đánh giá phải từ 2000 đến 2026." },
        { "person", 2025, "  ", "2026-01-02", "DecisionNumber", "Hãy nhập số văn bản quyết định (tối đa 60 ký tự)." },
        { "person", 2025, null, "2026-01-02", "DecisionNumber", "Hãy nhập số văn bản quyết định (tối đa 60 ký tự)." },
        { "person", 2025, new string('9', 61), "2026-01-02", "DecisionNumber", "Hãy nhập số văn bản quyết định (tối đa 60 ký tự)." },
        { "person", 2025, "1/QĐ", null, "DecisionNumber", "Hãy nhập ngày của văn bản quyết định." },
        { "person", 2026, "1/QĐ", "2026-09-21", "DecisionNumber", "Ngày của văn bản không được sau hôm nay." },
        { "person", 2024, "1/QĐ", "2026-01-10", "DecisionNumber", "Quyết định phê duyệt kết quả đánh giá năm 2024 phải ban hành trong năm 2024 hoặc năm 2025." },
        { "unit", 2025, "1/QĐ", "2024-12-31", "DecisionNumber", "Quyết định phê duyệt kết quả đánh giá năm 2025 phải ban hành trong năm 2025 hoặc năm 2026." },
    };

    [Theory]
    [MemberData(nameof(AppraisalRefusals))]
    public async Task An_appraisal_with_a_wrong_subject_year_or_decision_is_refused(string subject, int year, string? number, string? date, string field, string message)
    {
        await using var c = await SeedAsync();
        (Guid? Person, Guid? Unit) who = subject switch
        {
            "person" => (c.Person, null),
            "unit" => (null, c.Unit.Id),
            "both" => (c.Person, c.Unit.Id),
            "none" => (null, null),
            "unknown person" => (Guid.NewGuid(), null),
            _ => (null, Guid.NewGuid()),
        };
        var (person, unit) = who;
        var result = await c.Service().SaveAppraisalAsync(Secretariat,
            new AppraisalInput(person, unit, year, AppraisalResult.HoanThanh, number, date is null ? null : DateOnly.Parse(date)));
        Assert.Equal((FailureKind.Invalid, field, message), Why(result));
        await using var db = c.Db.Open();
        Assert.Equal(0, await db.Appraisals.CountAsync());
    }

    [Theory]
    // the decision of year Y may be dated in Y or Y+1, up to today
    [InlineData(2025, "2025-01-01")]
    [InlineData(2025, "2026-09-20")]
    [InlineData(2026, "2026-09-20")]
    [InlineData(2000, "2001-12-31")]
    public async Task An_appraisal_at_the_limits_is_accepted(int year, string date)
    {
        await using var c = await SeedAsync();
        var a = Ok(await c.Service().SaveAppraisalAsync(Secretariat, new AppraisalInput(null, c.Unit.Id, year, AppraisalResult.HoanThanh, "1/QĐ", DateOnly.Parse(date))));
        Assert.Equal((year, DateOnly.Parse(date)), (a.Year, a.DecisionDate));
    }

    [Theory]
    // penalty, decision date, from, to, stored from, stored to (null: open)
    [InlineData(DisciplineLevel.KhienTrach, "2026-03-10", null, null, "2026-03-10", "2027-03-09")]
    [InlineData(DisciplineLevel.CanhCao, "2026-03-10", "2026-04-01", null, "2026-04-01", "2027-03-31")]
    [InlineData(DisciplineLevel.GiangChuc, "2026-03-10", null, null, "2026-03-10", "2027-09-09")]
    [InlineData(DisciplineLevel.CachChuc, "2025-02-28", "2025-02-28", null, "2025-02-28", "2026-08-27")]
    [InlineData(DisciplineLevel.BuocThoiViec, "2026-03-10", null, null, "2026-03-10", null)]
    [InlineData(DisciplineLevel.KhienTrach, "2026-03-10", null, "2026-06-30", "2026-03-10", "2026-06-30")]
    [InlineData(DisciplineLevel.KhienTrach, "2026-03-10", null, "2026-03-10", "2026-03-10", "2026-03-10")]
    public async Task Discipline_takes_effect_from_the_decision_and_ends_by_law_unless_told(DisciplineLevel level, string date, string? from, string? to, string expectedFrom, string? expectedTo)
    {
        await using var c = await SeedAsync();
        var r = Ok(await c.Service().SaveDisciplineAsync(Secretariat,
            new DisciplineInput(c.Person, level, " 5/QĐ-UBND ", DateOnly.Parse(date), from is null ? null : DateOnly.Parse(from), to is null ? null : DateOnly.Parse(to))));
        await using var db = c.Db.Open();
        var stored = await db.DisciplineRecords.AsNoTracking().SingleAsync(x => x.Id == r.Id);
        Assert.Equal((c.Person, level, "5/QĐ-UBND", DateOnly.Parse(expectedFrom), expectedTo is null ? (DateOnly?)null : DateOnly.Parse(expectedTo), "Bộ phận tham mưu"),
            (stored.PersonId, stored.Penalty, stored.DecisionNumber, stored.EffectiveFrom, stored.EffectiveTo, stored.RecordedBy));
    }

    [Theory]
    // decision date, from, to, message
    [InlineData("2026-03-10", "2026-03-09", null, "Ngày bắt đầu có hiệu lực không được trước ngày quyết định.")]
    [InlineData("2026-03-10", "2026-04-01", "2026-03-31", "Ngày hết hiệu lực không được trước ngày bắt đầu có hiệu lực.")]
    [InlineData("2026-03-10", null, "2026-03-09", "Ngày hết hiệu lực không được trước ngày bắt đầu có hiệu lực.")]
    [InlineData("2026-09-21", null, null, "Ngày của văn bản không được sau hôm nay.")]
    [InlineData(null, null, null, "Hãy nhập ngày của văn bản quyết định.")]
    public async Task Discipline_with_impossible_dates_is_refused(string? date, string? from, string? to, string message)
    {
        await using var c = await SeedAsync();
        DateOnly? P(string? s) => s is null ? null : DateOnly.Parse(s);
        var result = await c.Service().SaveDisciplineAsync(Secretariat, new DisciplineInput(c.Person, DisciplineLevel.CanhCao, "5/QĐ-UBND", P(date), P(from), P(to)));
        Assert.Equal((FailureKind.Invalid, "DecisionNumber", message), Why(result));
    }

    [Fact]
    public async Task Discipline_is_corrected_by_its_id_and_only_for_its_own_person()
    {
        await using var c = await SeedAsync();
        var r = Ok(await c.Service().SaveDisciplineAsync(Secretariat, new DisciplineInput(c.Person, DisciplineLevel.KhienTrach, "5/QĐ-UBND", D(2026, 3, 10), null, null)));

        var fixedUp = Ok(await c.Service().SaveDisciplineAsync(Chairman, new DisciplineInput(c.Person, DisciplineLevel.GiangChuc, "6/QĐ-UBND", D(2026, 3, 12), null, null, r.Id)));
        Assert.Equal(r.Id, fixedUp.Id);
        Assert.Equal((DisciplineLevel.GiangChuc, "6/QĐ-UBND", D(2026, 3, 12), (DateOnly?)D(2027, 9, 11), "Nguyễn Văn Ánh"),
            (fixedUp.Penalty, fixedUp.DecisionNumber, fixedUp.EffectiveFrom, fixedUp.EffectiveTo, fixedUp.RecordedBy));

        Assert.Equal((FailureKind.NotFound, "", "Không tìm thấy quyết định kỷ luật."),
            Why(await c.Service().SaveDisciplineAsync(Secretariat, new DisciplineInput(c.Other, DisciplineLevel.CanhCao, "7/QĐ", D(2026, 3, 12), null, null, r.Id))));
        Assert.Equal((FailureKind.NotFound, "", "Không tìm thấy quyết định kỷ luật."),
            Why(await c.Service().SaveDisciplineAsync(Secretariat, new DisciplineInput(c.Person, DisciplineLevel.CanhCao, "7/QĐ", D(2026, 3, 12), null, null, Guid.NewGuid()))));
        Assert.Equal((FailureKind.NotFound, "", "Không tìm thấy cán bộ."),
            Why(await c.Service().SaveDisciplineAsync(Secretariat, new DisciplineInput(Guid.NewGuid(), DisciplineLevel.CanhCao, "7/QĐ", D(2026, 3, 12), null, null))));

        await using var db = c.Db.Open();
        var all = await db.DisciplineRecords.AsNoTracking().ToListAsync();
        Assert.Equal(("6/QĐ-UBND", c.Person), (Assert.Single(all).DecisionNumber, all[0].PersonId));
    }

    [Theory]
    // duty, number, date, from, to, message (null: accepted)
    [InlineData("Đầu mối CCHC", "7/QĐ", "2026-01-05", "2026-01-05", null, null)]
    [InlineData("Đầu mối CCHC", "7/QĐ", "2026-01-05", "2025-12-01", "2025-12-01", null)] // may start before its decision
    [InlineData(" ", "7/QĐ", "2026-01-05", "2026-01-05", null, "Hãy ghi nhiệm vụ CCHC được phân công (tối đa 300 ký tự).")]
    [InlineData(null, "7/QĐ", "2026-01-05", "2026-01-05", null, "Hãy ghi nhiệm vụ CCHC được phân công (tối đa 300 ký tự).")]
    [InlineData("Đầu mối CCHC", "", "2026-01-05", "2026-01-05", null, "Hãy nhập số văn bản quyết định (tối đa 60 ký tự).")]
    [InlineData("Đầu mối CCHC", "7/QĐ", "2026-10-01", "2026-01-05", null, "Ngày của văn bản không được sau hôm nay.")]
    [InlineData("Đầu mối CCHC", "7/QĐ", "2026-01-05", null, null, "Hãy nhập ngày bắt đầu làm nhiệm vụ.")]
    [InlineData("Đầu mối CCHC", "7/QĐ", "2026-01-05", "2026-01-05", "2026-01-04", "Ngày kết thúc không được trước ngày bắt đầu.")]
    public async Task An_assignment_needs_a_duty_a_decision_and_a_start(string? duty, string? number, string? date, string? from, string? to, string? message)
    {
        await using var c = await SeedAsync();
        DateOnly? P(string? s) => s is null ? null : DateOnly.Parse(s);
        var result = await c.Service().SaveAssignmentAsync(Secretariat, new AssignmentInput(c.Person, duty, number, P(date), P(from), P(to)));
        if (message is null)
        {
            var a = Ok(result);
            Assert.Equal((duty, number, P(date), P(from), P(to)), (a.Duty, a.DecisionNumber, (DateOnly?)a.DecisionDate, (DateOnly?)a.From, a.To));
        }
        else
        {
            Assert.Equal((FailureKind.Invalid, "Duty", message), Why(result));
        }
    }

    [Theory]
    [InlineData(300, true)]
    [InlineData(301, false)]
    public async Task A_duty_may_be_300_characters_long(int length, bool accepted)
    {
        await using var c = await SeedAsync();
        var result = await c.Service().SaveAssignmentAsync(Secretariat, new AssignmentInput(c.Person, " " + new string('a', length) + " ", "7/QĐ", D(2026, 1, 5), D(2026, 1, 5), null));
        Assert.Equal(accepted, result.Succeeded);
        if (accepted)
        {
            Assert.Equal(new string('a', length), result.Value!.Duty);
        }
    }

    [Fact]
    public async Task An_assignment_and_a_scheme_are_corrected_by_id()
    {
        await using var c = await SeedAsync();
        var a = Ok(await c.Service().SaveAssignmentAsync(Secretariat, new AssignmentInput(c.Person, "Đầu mối CCHC", "7/QĐ", D(2026, 1, 5), D(2026, 1, 5), null)));
        var a2 = Ok(await c.Service().SaveAssignmentAsync(Chairman, new AssignmentInput(c.Person, " Kiểm soát TTHC ", "8/QĐ", D(2026, 2, 5), D(2026, 2, 6), D(2026, 12, 31), a.Id)));
        Assert.Equal((a.Id, "Kiểm soát TTHC", "8/QĐ", D(2026, 2, 6), (DateOnly?)D(2026, 12, 31), "Nguyễn Văn Ánh"), (a2.Id, a2.Duty, a2.DecisionNumber, a2.From, a2.To, a2.RecordedBy));
        Assert.Equal((FailureKind.NotFound, "", "Không tìm thấy quyết định phân công."),
            Why(await c.Service().SaveAssignmentAsync(Secretariat, new AssignmentInput(c.Other, "Đầu mối", "9/QĐ", D(2026, 1, 5), D(2026, 1, 5), null, a.Id))));
        Assert.Equal((FailureKind.NotFound, "", "Không tìm thấy cán bộ."),
            Why(await c.Service().SaveAssignmentAsync(Secretariat, new AssignmentInput(Guid.NewGuid(), "Đầu mối", "9/QĐ", D(2026, 1, 5), D(2026, 1, 5), null))));

        var s = Ok(await c.Service().SaveSchemeAsync(Secretariat, new SchemeInput(c.Person, " Số hóa hồ sơ ", " 9/QĐ-UBND ", D(2026, 6, 1))));
        Assert.Equal(("Số hóa hồ sơ", "9/QĐ-UBND", D(2026, 6, 1)), (s.Title, s.DecisionNumber, s.AcceptedOn));
        var s2 = Ok(await c.Service().SaveSchemeAsync(Chairman, new SchemeInput(c.Person, "Số hóa hồ sơ hộ tịch", "10/QĐ-UBND", D(2026, 6, 2), s.Id)));
        Assert.Equal((s.Id, "Số hóa hồ sơ hộ tịch", "10/QĐ-UBND", D(2026, 6, 2), "Nguyễn Văn Ánh"), (s2.Id, s2.Title, s2.DecisionNumber, s2.AcceptedOn, s2.RecordedBy));
        Assert.Equal((FailureKind.NotFound, "", "Không tìm thấy đề tài, đề án."),
            Why(await c.Service().SaveSchemeAsync(Secretariat, new SchemeInput(c.Other, "Khác", "11/QĐ", D(2026, 6, 2), s.Id))));
        Assert.Equal((FailureKind.NotFound, "", "Không tìm thấy cán bộ."),
            Why(await c.Service().SaveSchemeAsync(Secretariat, new SchemeInput(Guid.NewGuid(), "Khác", "11/QĐ", D(2026, 6, 2)))));

        await using var db = c.Db.Open();
        Assert.Equal((1, 1), (await db.ReformWorkAssignments.CountAsync(), await db.AcceptedSchemes.CountAsync()));
    }

    [Theory]
    [InlineData(" ", "9/QĐ", "2026-06-01", "Hãy nhập tên đề tài, đề án (tối đa 500 ký tự).")]
    [InlineData("Số hóa", " ", "2026-06-01", "Hãy nhập số văn bản quyết định (tối đa 60 ký tự).")]
    [InlineData("Số hóa", "9/QĐ", null, "Hãy nhập ngày của văn bản quyết định.")]
    [InlineData("Số hóa", "9/QĐ", "2026-09-21", "Ngày của văn bản không được sau hôm nay.")]
    public async Task A_scheme_without_title_or_decision_is_refused(string title, string number, string? on, string message)
    {
        await using var c = await SeedAsync();
        var result = await c.Service().SaveSchemeAsync(Secretariat, new SchemeInput(c.Person, title, number, on is null ? null : DateOnly.Parse(on)));
        Assert.Equal((FailureKind.Invalid, "Title", message), Why(result));
    }

    [Theory]
    // year, members, evidence, message (null: accepted)
    [InlineData(2026, 12, "QĐ 3/QĐ-UBND ngày 02/01/2026", null)]
    [InlineData(2000, 1, "QĐ 1", null)]
    [InlineData(2025, 100_000, "QĐ 1", null)]
    [InlineData(2027, 12, "QĐ 1", "Năm phải từ 2000 đến 2026.")]
    [InlineData(1999, 12, "QĐ 1", "Năm phải từ 2000 đến 2026.")]
    [InlineData(2025, 0, "QĐ 1", "Số thành viên phải từ 1 đến 100.000.")]
    [InlineData(2025, 100_001, "QĐ 1", "Số thành viên phải từ 1 đến 100.000.")]
    [InlineData(2025, 12, "  ", "Hãy ghi văn bản xác định số thành viên (số, ngày; tối đa 500 ký tự).")]
    [InlineData(2025, 12, null, "Hãy ghi văn bản xác định số thành viên (số, ngày; tối đa 500 ký tự).")]
    public async Task A_member_count_is_checked(int year, int members, string? evidence, string? message)
    {
        await using var c = await SeedAsync();
        var result = await c.Service().SaveMemberCountAsync(Secretariat, new MemberCountInput(c.Unit.Id, year, members, evidence));
        if (message is null)
        {
            Assert.Equal((year, members, evidence), (result.Value!.Year, result.Value.MemberCount, result.Value.Evidence));
        }
        else
        {
            Assert.Equal((FailureKind.Invalid, "MemberCount", message), Why(result));
        }
    }

    [Fact]
    public async Task A_member_count_is_one_per_unit_and_year()
    {
        await using var c = await SeedAsync();
        var first = Ok(await c.Service().SaveMemberCountAsync(Secretariat, new MemberCountInput(c.Unit.Id, 2025, 12, "QĐ 3")));
        var again = Ok(await c.Service().SaveMemberCountAsync(Chairman, new MemberCountInput(c.Unit.Id, 2025, 14, " QĐ 4 ")));
        Assert.Equal((first.Id, 14, "QĐ 4", "Nguyễn Văn Ánh"), (again.Id, again.MemberCount, again.Evidence, again.RecordedBy));
        Ok(await c.Service().SaveMemberCountAsync(Secretariat, new MemberCountInput(c.Unit.Id, 2024, 11, "QĐ 2")));
        Assert.Equal((FailureKind.NotFound, "", "Không tìm thấy đơn vị."),
            Why(await c.Service().SaveMemberCountAsync(Secretariat, new MemberCountInput(Guid.NewGuid(), 2025, 12, "QĐ 3"))));

        await using var db = c.Db.Open();
        Assert.Equal([(2024, 11), (2025, 14)], (await db.UnitMemberCounts.AsNoTracking().OrderBy(m => m.Year).ToListAsync()).Select(m => (m.Year, m.MemberCount)));
    }

    [Theory]
    // year, evidence number, date, url, message (null: accepted)
    [InlineData(2025, "20/TB-SNV", "2026-02-01", null, null)]
    [InlineData(2025, "20/TB-SNV", "2026-02-01", "https://sonv.haiphong.gov.vn/tb-20", null)]
    [InlineData(2025, "20/TB-SNV", "2026-02-01", "http://sonv.haiphong.gov.vn/tb-20", null)]
    [InlineData(2025, "20/TB-SNV", "2026-02-01", "ftp://sonv.haiphong.gov.vn/tb-20", "Đường dẫn minh chứng phải là địa chỉ http(s) đầy đủ (tối đa 500 ký tự).")]
    [InlineData(2025, "20/TB-SNV", "2026-02-01", "sonv.haiphong.gov.vn/tb-20", "Đường dẫn minh chứng phải là địa chỉ http(s) đầy đủ (tối đa 500 ký tự).")]
    [InlineData(2027, "20/TB-SNV", "2026-02-01", null, "Năm xếp loại phải từ 2000 đến 2026.")]
    [InlineData(1999, "20/TB-SNV", "2026-02-01", null, "Năm xếp loại phải từ 2000 đến 2026.")]
    [InlineData(2025, "", "2026-02-01", null, "Hãy nhập số văn bản quyết định (tối đa 60 ký tự).")]
    [InlineData(2025, "20/TB-SNV", null, null, "Hãy nhập ngày của văn bản quyết định.")]
    public async Task A_reform_rating_needs_evidence(int year, string number, string? date, string? url, string? message)
    {
        await using var c = await SeedAsync();
        var result = await c.Service().SaveReformRatingAsync(Secretariat,
            new ReformRatingInput(c.Unit.Id, year, ReformRating.Tot, number, date is null ? null : DateOnly.Parse(date), url));
        if (message is null)
        {
            Assert.Equal(((Guid?)c.Unit.Id, year, ReformRating.Tot, url), (result.Value!.UnitId, result.Value.Year, result.Value.Grade, result.Value.EvidenceUrl));
        }
        else
        {
            Assert.Equal((FailureKind.Invalid, "EvidenceNumber", message), Why(result));
        }
    }

    [Fact]
    public async Task A_url_longer_than_500_characters_is_refused()
    {
        await using var c = await SeedAsync();
        var url = "https://a.vn/" + new string('x', 500 - 13);
        Assert.Equal(500, url.Length);
        Ok(await c.Service().SaveReformRatingAsync(Secretariat, new ReformRatingInput(c.Unit.Id, 2025, ReformRating.Kha, "1/TB", D(2026, 1, 1), url)));
        Assert.Equal((FailureKind.Invalid, "EvidenceNumber", "Đường dẫn minh chứng phải là địa chỉ http(s) đầy đủ (tối đa 500 ký tự)."),
            Why(await c.Service().SaveReformRatingAsync(Secretariat, new ReformRatingInput(c.Unit.Id, 2025, ReformRating.Kha, "1/TB", D(2026, 1, 1), url + "x"))));
    }

    [Fact]
    public async Task Reform_ratings_of_a_unit_and_of_the_commune_are_kept_apart_and_corrected_in_place()
    {
        await using var c = await SeedAsync();
        var unit = Ok(await c.Service().SaveReformRatingAsync(Secretariat, new ReformRatingInput(c.Unit.Id, 2025, ReformRating.Tot, "20/TB-SNV", D(2026, 2, 1), "https://a.vn/1")));
        var commune = Ok(await c.Service().SaveReformRatingAsync(Secretariat, new ReformRatingInput(null, 2025, ReformRating.Kha, "21/TB-SNV", D(2026, 2, 2), null)));
        Assert.NotEqual(unit.Id, commune.Id);

        // An empty link on correction clears the old one.
        var unit2 = Ok(await c.Service().SaveReformRatingAsync(Chairman, new ReformRatingInput(c.Unit.Id, 2025, ReformRating.XuatSac, " 22/TB-SNV ", D(2026, 2, 3), "")));
        var commune2 = Ok(await c.Service().SaveReformRatingAsync(Chairman, new ReformRatingInput(null, 2025, ReformRating.TrungBinh, "23/TB-SNV", D(2026, 2, 4), null)));
        Assert.Equal((unit.Id, ReformRating.XuatSac, "22/TB-SNV", (string?)null, "Nguyễn Văn Ánh"), (unit2.Id, unit2.Grade, unit2.EvidenceNumber, unit2.EvidenceUrl, unit2.RecordedBy));
        Assert.Equal((commune.Id, ReformRating.TrungBinh, (Guid?)null), (commune2.Id, commune2.Grade, commune2.UnitId));
        Assert.Equal((FailureKind.NotFound, "", "Không tìm thấy đơn vị."),
            Why(await c.Service().SaveReformRatingAsync(Secretariat, new ReformRatingInput(Guid.NewGuid(), 2025, ReformRating.Tot, "1/TB", D(2026, 1, 1), null))));

        await using var db = c.Db.Open();
        Assert.Equal(2, await db.UnitReformRatings.CountAsync());
    }

    [Theory]
    [InlineData("appraisal")]
    [InlineData("discipline")]
    [InlineData("assignment")]
    [InlineData("scheme")]
    [InlineData("member-count")]
    [InlineData("reform-rating")]
    public async Task A_fact_is_deleted_by_its_kind_and_id_only(string kind)
    {
        await using var c = await SeedAsync();
        var s = c.Service();
        var ids = new Dictionary<string, Guid>
        {
            ["appraisal"] = Ok(await s.SaveAppraisalAsync(Secretariat, new AppraisalInput(c.Person, null, 2025, AppraisalResult.HoanThanh, "1/QĐ", D(2026, 1, 2)))).Id,
            ["discipline"] = Ok(await s.SaveDisciplineAsync(Secretariat, new DisciplineInput(c.Person, DisciplineLevel.KhienTrach, "5/QĐ", D(2026, 3, 10), null, null))).Id,
            ["assignment"] = Ok(await s.SaveAssignmentAsync(Secretariat, new AssignmentInput(c.Person, "Đầu mối", "7/QĐ", D(2026, 1, 5), D(2026, 1, 5), null))).Id,
            ["scheme"] = Ok(await s.SaveSchemeAsync(Secretariat, new SchemeInput(c.Person, "Số hóa", "9/QĐ", D(2026, 6, 1)))).Id,
            ["member-count"] = Ok(await s.SaveMemberCountAsync(Secretariat, new MemberCountInput(c.Unit.Id, 2025, 12, "QĐ 3"))).Id,
            ["reform-rating"] = Ok(await s.SaveReformRatingAsync(Secretariat, new ReformRatingInput(c.Unit.Id, 2025, ReformRating.Tot, "20/TB", D(2026, 2, 1), null))).Id,
        };

        // The id of another kind, an unknown kind, an unknown id: nothing to delete.
        var otherKind = ids.First(x => x.Key != kind).Value;
        Assert.Equal((FailureKind.NotFound, "", "Không tìm thấy bản ghi."), Why(await c.Service().DeleteAsync(Secretariat, kind, otherKind)));
        Assert.Equal((FailureKind.NotFound, "", "Không tìm thấy bản ghi."), Why(await c.Service().DeleteAsync(Secretariat, "person", ids[kind])));
        Assert.Equal((FailureKind.NotFound, "", "Không tìm thấy bản ghi."), Why(await c.Service().DeleteAsync(Secretariat, kind, Guid.NewGuid())));

        Assert.True(Ok(await c.Service().DeleteAsync(Chairman, kind, ids[kind])));
        Assert.Equal((FailureKind.NotFound, "", "Không tìm thấy bản ghi."), Why(await c.Service().DeleteAsync(Chairman, kind, ids[kind])));

        await using var db = c.Db.Open();
        var counts = new Dictionary<string, int>
        {
            ["appraisal"] = await db.Appraisals.CountAsync(),
            ["discipline"] = await db.DisciplineRecords.CountAsync(),
            ["assignment"] = await db.ReformWorkAssignments.CountAsync(),
            ["scheme"] = await db.AcceptedSchemes.CountAsync(),
            ["member-count"] = await db.UnitMemberCounts.CountAsync(),
            ["reform-rating"] = await db.UnitReformRatings.CountAsync(),
        };
        Assert.Equal(ids.Keys.ToDictionary(k => k, k => k == kind ? 0 : 1), counts);
    }

    [Fact]
    public async Task A_persons_facts_are_read_newest_first_with_positions()
    {
        await using var c = await SeedAsync();
        await using (var ctx = c.Db.Open())
        {
            ctx.PositionTenures.AddRange(
                new PositionTenure { PersonId = c.Person, UnitId = c.Unit.Id, Title = "Chuyên viên", FromYear = 2020, ToYear = 2023 },
                new PositionTenure { PersonId = c.Person, UnitId = c.Unit.Id, Title = "Phó Trưởng phòng", FromYear = 2024 });
            await ctx.SaveChangesAsync();
        }

        Ok(await c.Service().SaveAppraisalAsync(Secretariat, new AppraisalInput(c.Person, null, 2024, AppraisalResult.HoanThanh, "3/QĐ", D(2025, 1, 10))));
        Ok(await c.Service().SaveAppraisalAsync(Secretariat, new AppraisalInput(c.Person, null, 2025, AppraisalResult.HoanThanhTot, "12/QĐ", D(2026, 1, 15))));
        Ok(await c.Service().SaveAppraisalAsync(Secretariat, new AppraisalInput(c.Other, null, 2025, AppraisalResult.HoanThanh, "13/QĐ", D(2026, 1, 15))));

        var facts = await c.Service().PersonAsync(c.Person);
        Assert.Equal(["Phó Trưởng phòng, Phòng Kinh tế (2024–nay)", "Chuyên viên, Phòng Kinh tế (2020–2023)"], facts!.Positions);
        Assert.Equal([2025, 2024], facts.Appraisals.Select(a => a.Year));
        Assert.Null(await c.Service().PersonAsync(Guid.NewGuid()));
    }
}
