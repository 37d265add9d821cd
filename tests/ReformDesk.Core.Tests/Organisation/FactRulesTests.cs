using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Core.Tests.Organisation;

/// <summary>The recorded facts an award is checked against: their checks on entry, and the years they count for.</summary>
public class FactRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly Guid Person = Guid.NewGuid();

    [Theory]
    [InlineData(null, "2026-05-01", "Hãy nhập số văn bản quyết định (tối đa 60 ký tự).")]
    [InlineData("   ", "2026-05-01", "Hãy nhập số văn bản quyết định (tối đa 60 ký tự).")]
    [InlineData("12/QĐ-UBND", null, "Hãy nhập ngày của văn bản quyết định.")]
    [InlineData("12/QĐ-UBND", "2026-06-02", "Ngày của văn bản không được sau hôm nay.")]
    [InlineData("12/QĐ-UBND", "2026-06-01", null)]
    [InlineData("  12/QĐ-UBND  ", "2020-01-01", null)]
    public void A_deciding_document_needs_a_number_and_a_date_not_in_the_future(string? number, string? date, string? problem) =>
        Assert.Equal(problem, FactDocument.Problem(number, date is null ? null : DateOnly.Parse(date), Today));

    [Fact]
    public void A_document_number_is_at_most_60_characters_once_trimmed()
    {
        var date = new DateOnly(2026, 1, 5);
        Assert.Null(FactDocument.Problem(" " + new string('x', 60) + " ", date, Today));
        Assert.Equal("Hãy nhập số văn bản quyết định (tối đa 60 ký tự).", FactDocument.Problem(new string('x', 61), date, Today));
    }

    [Theory]
    [InlineData(1999, "2000-01-10", "Năm đánh giá phải từ 2000 đến 2026.")]
    [InlineData(2027, "2026-01-10", "Năm đánh giá phải từ 2000 đến 2026.")]
    [InlineData(2024, "2023-12-31", "Quyết định phê duyệt kết quả đánh giá năm 2024 phải ban hành trong năm 2024 hoặc năm 2025.")]
    [InlineData(2024, "2024-12-20", null)]
    [InlineData(2024, "2025-01-15", null)]
    [InlineData(2024, "2025-12-31", null)]
    [InlineData(2024, "2026-01-02", "Quyết định phê duyệt kết quả đánh giá năm 2024 phải ban hành trong năm 2024 hoặc năm 2025.")]
    [InlineData(2026, "2026-06-01", null)]
    [InlineData(2026, "2026-06-02", "Ngày của văn bản không được sau hôm nay.")]
    [InlineData(2000, "2000-12-31", null)]
    public void An_appraisal_of_a_year_is_decided_in_that_year_or_the_next(int year, string date, string? problem) =>
        Assert.Equal(problem, Appraisal.Problem(year, "45/QĐ-UBND", DateOnly.Parse(date), Today));

    [Fact]
    public void An_appraisal_reads_as_its_classification_year_and_decision_and_a_correction_replaces_them()
    {
        var appraisal = Appraisal.OfPerson(Person, 2025, AppraisalResult.HoanThanhTot, "  45/QĐ-UBND ", new DateOnly(2025, 12, 26), "cchc");
        Assert.Equal((Person, (Guid?)null, "45/QĐ-UBND"), (appraisal.PersonId!.Value, appraisal.UnitId, appraisal.DecisionNumber));
        Assert.Equal("Hoàn thành tốt nhiệm vụ năm 2025 (Quyết định 45/QĐ-UBND ngày 26/12/2025)", appraisal.Text);

        appraisal.Correct(AppraisalResult.HoanThanhXuatSac, " 46/QĐ-UBND", new DateOnly(2026, 1, 8), "tccb");
        Assert.Equal("Hoàn thành xuất sắc nhiệm vụ năm 2025 (Quyết định 46/QĐ-UBND ngày 08/01/2026)", appraisal.Text);
        Assert.Equal("tccb", appraisal.RecordedBy);

        var unit = Guid.NewGuid();
        var collective = Appraisal.OfUnit(unit, 2025, AppraisalResult.KhongHoanThanh, "47/QĐ-UBND", new DateOnly(2026, 2, 1), "cchc");
        Assert.Equal(((Guid?)null, unit), (collective.PersonId, collective.UnitId!.Value));
        Assert.Equal("Không hoàn thành nhiệm vụ năm 2025 (Quyết định 47/QĐ-UBND ngày 01/02/2026)", collective.Text);
    }

    [Theory]
    [InlineData(DisciplineLevel.KhienTrach, "2026-03-15", "2027-03-14")]
    [InlineData(DisciplineLevel.CanhCao, "2026-01-31", "2027-01-30")]
    [InlineData(DisciplineLevel.GiangChuc, "2026-03-15", "2027-09-14")]
    [InlineData(DisciplineLevel.CachChuc, "2025-07-01", "2026-12-31")]
    [InlineData(DisciplineLevel.BuocThoiViec, "2026-03-15", null)]
    public void A_discipline_lasts_12_or_18_months_by_its_level_unless_its_decision_says_otherwise(DisciplineLevel level, string from, string? end) =>
        Assert.Equal(end is null ? null : DateOnly.Parse(end), DisciplineRecord.DefaultEnd(level, DateOnly.Parse(from)));

    [Theory]
    [InlineData("2026-05-10", null, null, null)]
    [InlineData("2026-05-10", "2026-05-10", "2026-05-10", null)]
    [InlineData("2026-05-10", "2026-05-09", null, "Ngày bắt đầu có hiệu lực không được trước ngày quyết định.")]
    [InlineData("2026-05-10", "2026-05-20", "2026-05-19", "Ngày hết hiệu lực không được trước ngày bắt đầu có hiệu lực.")]
    [InlineData("2026-05-10", null, "2026-05-09", "Ngày hết hiệu lực không được trước ngày bắt đầu có hiệu lực.")]
    [InlineData("2026-06-02", null, null, "Ngày của văn bản không được sau hôm nay.")]
    public void A_discipline_starts_no_earlier_than_its_decision_and_ends_no_earlier_than_it_starts(string date, string? from, string? to, string? problem) =>
        Assert.Equal(problem, DisciplineRecord.Problem("08/QĐ-UBND", DateOnly.Parse(date), Parse(from), Parse(to), Today));

    private static DateOnly? Parse(string? s) => s is null ? null : DateOnly.Parse(s);

    [Fact]
    public void A_discipline_counts_in_every_calendar_year_its_period_touches()
    {
        var reprimand = DisciplineRecord.Of(Person, DisciplineLevel.KhienTrach, " 08/QĐ-UBND ", new DateOnly(2026, 8, 20), new DateOnly(2026, 9, 1), null, "cchc");
        Assert.Equal((new DateOnly(2026, 9, 1), (DateOnly?)new DateOnly(2027, 8, 31), 2027, "08/QĐ-UBND"),
            (reprimand.EffectiveFrom, reprimand.EffectiveTo, reprimand.LastYear, reprimand.DecisionNumber));
        Assert.Equal([false, true, true, false], new[] { 2025, 2026, 2027, 2028 }.Select(reprimand.InEffectDuring));
        Assert.Equal(new DisciplinaryAction(DisciplineLevel.KhienTrach, 2026, "08/QĐ-UBND", 2027), reprimand.ToRule());

        // Without a start date it runs from the decision; the decision's own end date wins over the default.
        var shortened = DisciplineRecord.Of(Person, DisciplineLevel.CanhCao, "09/QĐ-UBND", new DateOnly(2026, 2, 1), null, new DateOnly(2026, 11, 30), "cchc");
        Assert.Equal((new DateOnly(2026, 2, 1), (DateOnly?)new DateOnly(2026, 11, 30)), (shortened.EffectiveFrom, shortened.EffectiveTo));
        Assert.Equal([false, true, false], new[] { 2025, 2026, 2027 }.Select(shortened.InEffectDuring));
    }

    [Fact]
    public void A_dismissal_has_no_end_and_counts_for_its_starting_year_only()
    {
        var dismissal = DisciplineRecord.Of(Person, DisciplineLevel.BuocThoiViec, "10/QĐ-UBND", new DateOnly(2025, 12, 30), null, null, "cchc");
        Assert.Null(dismissal.EffectiveTo);
        Assert.Equal(2025, dismissal.LastYear);
        Assert.Equal([false, true, false], new[] { 2024, 2025, 2026 }.Select(dismissal.InEffectDuring));
        Assert.Equal(new DisciplinaryAction(DisciplineLevel.BuocThoiViec, 2025, "10/QĐ-UBND", 2025), dismissal.ToRule());
    }

    [Fact]
    public void Correcting_a_discipline_recomputes_its_default_end_from_the_new_level()
    {
        var record = DisciplineRecord.Of(Person, DisciplineLevel.KhienTrach, "08/QĐ-UBND", new DateOnly(2026, 1, 10), null, null, "cchc");
        Assert.Equal(new DateOnly(2027, 1, 9), record.EffectiveTo);
        record.Correct(DisciplineLevel.GiangChuc, "08/QĐ-UBND", new DateOnly(2026, 1, 10), new DateOnly(2026, 2, 1), null, "tccb");
        Assert.Equal((DisciplineLevel.GiangChuc, new DateOnly(2026, 2, 1), (DateOnly?)new DateOnly(2027, 7, 31), 2027),
            (record.Penalty, record.EffectiveFrom, record.EffectiveTo, record.LastYear));
    }

    private static ReformWorkAssignment Assigned(string from, string? to) =>
        ReformWorkAssignment.Of(Person, "Tham mưu công tác CCHC", "15/QĐ-UBND", DateOnly.Parse(from), DateOnly.Parse(from), Parse(to), "cchc");

    [Fact]
    public void Years_of_reform_work_count_the_days_inside_the_period_once_each()
    {
        // 2021–2025 whole: 365 × 5 + 1 (2024) = 1826 days → 5 years; the assignment began before the period.
        Assert.Equal(5, ReformWorkAssignment.YearsWithin([Assigned("2019-04-01", null)], 2021, 2025, Today));
        // 2021-01-01..2022-12-31 = 730 days, then the overlapping one adds only 2023-01-01..2023-06-30 = 181 days: 911 → 2 (not 1095 → 3).
        Assert.Equal(2, ReformWorkAssignment.YearsWithin([Assigned("2022-07-01", "2023-06-30"), Assigned("2021-01-01", "2022-12-31")], 2021, 2025, Today));
        // One inside another adds nothing.
        Assert.Equal(2, ReformWorkAssignment.YearsWithin([Assigned("2021-01-01", "2022-12-31"), Assigned("2021-06-01", "2021-09-30")], 2021, 2025, Today));
        // Before the period: nothing.
        Assert.Equal(0, ReformWorkAssignment.YearsWithin([Assigned("2015-01-01", "2019-12-31")], 2021, 2025, Today));
        Assert.Equal(0, ReformWorkAssignment.YearsWithin([], 2021, 2025, Today));
    }

    [Theory]
    [InlineData("2025-06-01", 1)] // 2025-06-01..2026-06-01 = 366 days
    [InlineData("2025-06-02", 1)] // 365 days
    [InlineData("2025-06-03", 0)] // 364 days
    public void An_open_assignment_runs_to_today_when_the_period_has_not_ended(string from, int years) =>
        Assert.Equal(years, ReformWorkAssignment.YearsWithin([Assigned(from, null)], 2025, 2027, Today));

    [Theory]
    [InlineData(null, "15/QĐ", "2026-01-01", "2026-01-01", null, "Hãy ghi nhiệm vụ CCHC được phân công (tối đa 300 ký tự).")]
    [InlineData("Tham mưu CCHC", null, "2026-01-01", "2026-01-01", null, "Hãy nhập số văn bản quyết định (tối đa 60 ký tự).")]
    [InlineData("Tham mưu CCHC", "15/QĐ", "2026-01-01", null, null, "Hãy nhập ngày bắt đầu làm nhiệm vụ.")]
    [InlineData("Tham mưu CCHC", "15/QĐ", "2026-01-01", "2026-01-10", "2026-01-09", "Ngày kết thúc không được trước ngày bắt đầu.")]
    [InlineData("Tham mưu CCHC", "15/QĐ", "2026-01-01", "2025-12-01", "2025-12-01", null)]
    public void An_assignment_needs_a_duty_a_decision_and_a_start(string? duty, string? number, string date, string? from, string? to, string? problem) =>
        Assert.Equal(problem, ReformWorkAssignment.Problem(duty, number, DateOnly.Parse(date), Parse(from), Parse(to), Today));

    [Fact]
    public void A_duty_is_at_most_300_characters_and_a_scheme_title_500()
    {
        var date = new DateOnly(2026, 1, 1);
        Assert.Null(ReformWorkAssignment.Problem(new string('d', 300), "1/QĐ", date, date, null, Today));
        Assert.NotNull(ReformWorkAssignment.Problem(new string('d', 301), "1/QĐ", date, date, null, Today));
        Assert.Null(AcceptedSchemeRecord.Problem(new string('t', 500), "1/QĐ", date, Today));
        Assert.Equal("Hãy nhập tên đề tài, đề án (tối đa 500 ký tự).", AcceptedSchemeRecord.Problem(new string('t', 501), "1/QĐ", date, Today));
        Assert.Equal("Hãy nhập tên đề tài, đề án (tối đa 500 ký tự).", AcceptedSchemeRecord.Problem(" ", "1/QĐ", date, Today));
        Assert.Equal("Hãy nhập ngày của văn bản quyết định.", AcceptedSchemeRecord.Problem("Đề án số hóa", "1/QĐ", null, Today));
    }

    [Theory]
    [InlineData(1999, 10, "Biên chế 2026", "Năm phải từ 2000 đến 2026.")]
    [InlineData(2027, 10, "Biên chế 2027", "Năm phải từ 2000 đến 2026.")]
    [InlineData(2026, 0, "Biên chế 2026", "Số thành viên phải từ 1 đến 100.000.")]
    [InlineData(2026, 100_001, "Biên chế 2026", "Số thành viên phải từ 1 đến 100.000.")]
    [InlineData(2026, 1, " ", "Hãy ghi văn bản xác định số thành viên (số, ngày; tối đa 500 ký tự).")]
    [InlineData(2026, 1, null, "Hãy ghi văn bản xác định số thành viên (số, ngày; tối đa 500 ký tự).")]
    [InlineData(2026, 1, "Quyết định 3/QĐ-UBND ngày 02/01/2026", null)]
    [InlineData(2000, 100_000, "Danh sách", null)]
    public void A_member_count_is_of_a_past_year_with_1_to_100000_members_and_its_evidence(int year, int members, string? evidence, string? problem) =>
        Assert.Equal(problem, UnitMemberCount.Problem(year, members, evidence, Today));

    [Fact]
    public void A_member_count_keeps_its_trimmed_evidence_and_a_correction_replaces_it()
    {
        var unit = Guid.NewGuid();
        var count = UnitMemberCount.Of(unit, 2025, 14, "  Quyết định 3/QĐ-UBND  ", "tccb");
        Assert.Equal((unit, 2025, 14, "Quyết định 3/QĐ-UBND"), (count.UnitId, count.Year, count.MemberCount, count.Evidence));
        count.Correct(15, " Danh sách ngày 31/12/2025 ", "cchc");
        Assert.Equal((2025, 15, "Danh sách ngày 31/12/2025", "cchc"), (count.Year, count.MemberCount, count.Evidence, count.RecordedBy));
    }

    [Theory]
    [InlineData(2026, null, null)]
    [InlineData(2026, "", null)]
    [InlineData(2026, "   ", null)]
    [InlineData(2026, " https://ubnd.example.vn/qd ", null)]
    [InlineData(2026, "https://sonoivu.haiphong.gov.vn/xep-loai-2025.pdf", null)]
    [InlineData(2026, "http://ubnd.example.vn/qd", null)]
    [InlineData(2026, "ftp://ubnd.example.vn/qd", "Đường dẫn minh chứng phải là địa chỉ http(s) đầy đủ (tối đa 500 ký tự).")]
    [InlineData(2026, "/tai-lieu/qd.pdf", "Đường dẫn minh chứng phải là địa chỉ http(s) đầy đủ (tối đa 500 ký tự).")]
    [InlineData(2026, "xem quyết định", "Đường dẫn minh chứng phải là địa chỉ http(s) đầy đủ (tối đa 500 ký tự).")]
    [InlineData(1999, null, "Năm xếp loại phải từ 2000 đến 2026.")]
    [InlineData(2027, null, "Năm xếp loại phải từ 2000 đến 2026.")]
    public void A_reform_rating_is_of_a_past_year_with_an_optional_http_link(int year, string? url, string? problem) =>
        Assert.Equal(problem, UnitReformRating.Problem(year, "20/QĐ-UBND", new DateOnly(2026, 3, 1), url, Today));

    [Fact]
    public void A_reform_link_longer_than_500_characters_is_refused()
    {
        var url = "https://example.vn/" + new string('a', 482);
        Assert.Equal(501, url.Length);
        Assert.NotNull(UnitReformRating.Problem(2026, "20/QĐ", new DateOnly(2026, 3, 1), url, Today));
        Assert.Null(UnitReformRating.Problem(2026, "20/QĐ", new DateOnly(2026, 3, 1), url[..500], Today));
    }

    [Fact]
    public void A_reform_rating_of_the_whole_commune_has_no_unit_and_a_blank_link_is_kept_as_none()
    {
        var commune = UnitReformRating.Of(null, 2025, ReformRating.Tot, " 20/QĐ-UBND ", new DateOnly(2026, 3, 1), "   ", "cchc");
        Assert.Equal(((Guid?)null, ReformRating.Tot, "20/QĐ-UBND", (string?)null), (commune.UnitId, commune.Grade, commune.EvidenceNumber, commune.EvidenceUrl));
        commune.Correct(ReformRating.XuatSac, "21/QĐ-UBND", new DateOnly(2026, 3, 2), " https://example.vn/qd ", "tccb");
        Assert.Equal((ReformRating.XuatSac, "21/QĐ-UBND", "https://example.vn/qd", new DateOnly(2026, 3, 2)),
            (commune.Grade, commune.EvidenceNumber, commune.EvidenceUrl, commune.EvidenceDate));
    }
}
