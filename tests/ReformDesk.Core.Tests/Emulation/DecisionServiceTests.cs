using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Platform;
using static ReformDesk.Core.Tests.Emulation.EmulationBuilder;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>The commune's award decisions on SQLite: refusals by field, numbering per year, competence on the decision date, history search, revocation and tenants.</summary>
public sealed class DecisionServiceTests
{
    private const string Signer = "Đào Quang Dương";

    [Fact]
    public async Task Issuing_refuses_each_missing_field_by_name_and_those_who_may_not_decide()
    {
        await using var b = await CreateAsync();
        await b.NominationAsync("Ngô Thị Hoa", status: NominationStatus.Approved);
        var decisions = b.Decisions();
        Refused(await decisions.IssueAsync(Guid.NewGuid(), Chairman, 5, Today, Signer), FailureKind.NotFound, "", "Không tìm thấy đợt xét khen thưởng.");
        Refused(await decisions.IssueAsync(b.RoundId, Secretariat, 5, Today, Signer), FailureKind.Forbidden, "", "Chỉ Chủ tịch UBND được ban hành quyết định khen thưởng.");
        Refused(await decisions.IssueAsync(b.RoundId, ProvinceReader, 5, Today, Signer), FailureKind.Forbidden, "", "Chỉ Chủ tịch UBND được ban hành quyết định khen thưởng.");
        Refused(await decisions.IssueAsync(b.RoundId, Chairman, null, Today, Signer), FailureKind.Invalid, "number", "Hãy nhập số quyết định (số nguyên dương).");
        Refused(await decisions.IssueAsync(b.RoundId, Chairman, 0, Today, Signer), FailureKind.Invalid, "number", "Hãy nhập số quyết định (số nguyên dương).");
        Refused(await decisions.IssueAsync(b.RoundId, Chairman, 5, null, Signer), FailureKind.Invalid, "date", "Hãy nhập ngày ký quyết định (không sau hôm nay).");
        Refused(await decisions.IssueAsync(b.RoundId, Chairman, 5, Today.AddDays(1), Signer), FailureKind.Invalid, "date", "Hãy nhập ngày ký quyết định (không sau hôm nay).");
        Refused(await decisions.IssueAsync(b.RoundId, Chairman, 5, Today, "  "), FailureKind.Invalid, "signer", "Hãy nhập người ký quyết định.");
        Assert.Empty(await decisions.DecisionsAsync(b.RoundId));
    }

    [Fact]
    public async Task A_decision_number_is_used_once_a_year_and_again_the_next_year()
    {
        await using var b = await CreateAsync();
        await b.NominationAsync("Ngô Thị Hoa", status: NominationStatus.Approved);
        var first = Ok(await b.Decisions().IssueAsync(b.RoundId, Chairman, 7, new DateOnly(2025, 12, 20), $" {Signer} "));
        Assert.Equal(("07/QĐ-UBND", Signer), (first.NumberText, first.Signer));

        var later = await b.RoundAsync(2026);
        await b.NominationAsync("Lý Thị Mai", status: NominationStatus.Approved, roundId: later);
        Refused(await b.Decisions().IssueAsync(later, Chairman, 7, new DateOnly(2025, 12, 31), Signer), FailureKind.Invalid, "number",
            "Số 7/QĐ-UBND năm 2025 đã được dùng cho một quyết định khác.");
        var next = Ok(await b.Decisions().IssueAsync(later, Chairman, 7, new DateOnly(2026, 1, 2), Signer));
        Assert.Equal([next.Id], (await b.Decisions().DecisionsAsync(later)).Select(d => d.Id));
        Assert.Equal(next.Date, (await b.Decisions().FindAsync(next.Id))!.Date);
    }

    [Fact]
    public async Task Chien_si_thi_dua_co_so_is_the_districts_until_30_june_2025_and_the_communes_from_1_july()
    {
        await using var b = await CreateAsync();
        var n = await b.NominationAsync("Ngô Thị Hoa", AwardKind.ChienSiThiDuaCoSo, NominationStatus.Approved);
        var refused = await b.Decisions().IssueAsync(b.RoundId, Chairman, 30, new DateOnly(2025, 6, 30), Signer);
        Refused(refused, FailureKind.Invalid, "nominations",
            "Không hồ sơ nào thuộc thẩm quyền quyết định của Chủ tịch Ủy ban nhân dân xã vào ngày 30/06/2025: "
            + "Ngô Thị Hoa — “Chiến sĩ thi đua cơ sở” do Chủ tịch Ủy ban nhân dân cấp huyện quyết định (Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 80 khoản 2); "
            + "Ủy ban nhân dân xã chỉ lập tờ trình đề nghị cấp trên. Hãy lập tờ trình đề nghị cấp trên khen thưởng.");
        Assert.Equal(NominationStatus.Approved, await b.StatusOfAsync(n.Id));

        var decision = Ok(await b.Decisions().IssueAsync(b.RoundId, Chairman, 30, new DateOnly(2025, 7, 1), Signer));
        var record = Assert.Single(await b.Decisions().RecordsOfAsync(decision.Id));
        Assert.Equal(("Ngô Thị Hoa", AwardKind.ChienSiThiDuaCoSo, 2025, (int?)null, "30/QĐ-UBND", new DateOnly(2025, 7, 1), AwardLevel.Xa, n.Id),
            (record.NomineeName, record.AwardKind, record.Year, record.PeriodFrom, record.DecisionNumber, record.DecisionDate!.Value, record.DecidedBy, record.NominationId!.Value));
        await using var db = b.Commune.Open();
        var awarded = await db.Nominations.AsNoTracking().SingleAsync(x => x.Id == n.Id);
        Assert.Equal((NominationStatus.Awarded, decision.Id), (awarded.Status, awarded.DecisionId!.Value));
    }

    [Fact]
    public async Task A_decision_takes_only_what_the_commune_may_decide_and_lists_the_rest_with_the_reason()
    {
        await using var b = await CreateAsync();
        var local = await b.NominationAsync("Ngô Thị Hoa", AwardKind.LaoDongTienTien, NominationStatus.Approved);
        var provincial = await b.NominationAsync("Trần Văn Tỉnh", AwardKind.BangKhenChuTichTinh, NominationStatus.Approved);
        var gone = await b.NominationAsync("Phan Văn Huyện", AwardKind.GiayKhenChuTichHuyen, NominationStatus.Approved);
        await b.NominationAsync("Đinh Văn Long", AwardKind.LaoDongTienTien, NominationStatus.Checked);

        var listed = await b.Decisions().ApprovedWithCompetenceAsync(b.RoundId, new DateOnly(2025, 7, 1));
        Assert.Equal([("Ngô Thị Hoa", (string?)null),
                ("Phan Văn Huyện", "“Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện” không còn được xét tặng từ ngày 01/07/2025 (Nghị định 152/2025/NĐ-CP (phân cấp, phân quyền thi đua, khen thưởng khi không còn cấp huyện, từ 01/7/2025): không còn cấp huyện)."),
                ("Trần Văn Tỉnh", "“Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh/thành phố” do Chủ tịch Ủy ban nhân dân tỉnh quyết định (Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 79); Ủy ban nhân dân xã chỉ lập tờ trình đề nghị cấp trên.")],
            listed.Select(x => (x.Nomination.NomineeName, x.Refusal)));
        // Before the district level went, its Giấy khen was simply not the commune's.
        Assert.Contains("do Chủ tịch Ủy ban nhân dân cấp huyện quyết định",
            (await b.Decisions().ApprovedWithCompetenceAsync(b.RoundId, new DateOnly(2025, 6, 30))).Single(x => x.Nomination.Id == gone.Id).Refusal);

        var decision = Ok(await b.Decisions().IssueAsync(b.RoundId, Chairman, 41, new DateOnly(2025, 12, 1), Signer));
        Assert.Equal([local.Id], (await b.Decisions().RecordsOfAsync(decision.Id)).Select(r => r.NominationId!.Value));
        Assert.Equal((NominationStatus.Awarded, NominationStatus.Approved, NominationStatus.Approved),
            (await b.StatusOfAsync(local.Id), await b.StatusOfAsync(provincial.Id), await b.StatusOfAsync(gone.Id)));
    }

    [Fact]
    public async Task A_period_end_round_records_its_first_year_and_history_is_newest_first_and_searched_without_diacritics()
    {
        await using var b = await CreateAsync();
        var period = await b.RoundAsync(2026, fromYear: 2025);
        await b.NominationAsync("Đặng Thị Ánh", status: NominationStatus.Approved, roundId: period);
        await b.NominationAsync("Bùi Văn Khánh", status: NominationStatus.Approved);
        Ok(await b.Decisions().IssueAsync(b.RoundId, Chairman, 3, new DateOnly(2026, 1, 20), Signer));
        Ok(await b.Decisions().IssueAsync(period, Chairman, 9, new DateOnly(2026, 3, 2), Signer));

        var history = await b.Decisions().HistoryAsync(null);
        Assert.Equal([("Đặng Thị Ánh", 2026, (int?)2025), ("Bùi Văn Khánh", 2025, null)], history.Select(r => (r.NomineeName, r.Year, r.PeriodFrom)));
        Assert.Equal(["Đặng Thị Ánh"], (await b.Decisions().HistoryAsync("  DANG   thi anh ")).Select(r => r.NomineeName));
        Assert.Equal(["Bùi Văn Khánh"], (await b.Decisions().HistoryAsync("03/qđ-ubnd")).Select(r => r.NomineeName));
        Assert.Equal(["Đặng Thị Ánh", "Bùi Văn Khánh"], (await b.Decisions().HistoryAsync("giay khen")).Select(r => r.NomineeName));
        Assert.Empty(await b.Decisions().HistoryAsync("Nguyễn"));
    }

    [Theory]
    [InlineData("  Đặng   Thị  Ánh ", "dang thi anh")]
    [InlineData("ĐƯỜNG Lê Lợi", "duong le loi")]
    [InlineData("Quyết định 12/QĐ-UBND", "quyet dinh 12/qd-ubnd")]
    [InlineData(" ", "")]
    [InlineData(null, "")]
    public void Normalise_drops_case_diacritics_and_extra_spaces(string? text, string expected) =>
        Assert.Equal(expected, DecisionService.Normalise(text));

    [Fact]
    public async Task Revocation_needs_a_reason_keeps_the_row_and_happens_once()
    {
        await using var b = await CreateAsync();
        await b.NominationAsync("Ngô Thị Hoa", status: NominationStatus.Approved);
        var decision = Ok(await b.Decisions().IssueAsync(b.RoundId, Chairman, 11, Today, Signer));
        var record = (await b.Decisions().RecordsOfAsync(decision.Id)).Single();
        Refused(await b.Decisions().RevokeAsync(Guid.NewGuid(), Chairman, "Sai thành tích"), FailureKind.NotFound, "", "Không tìm thấy khen thưởng.");
        Refused(await b.Decisions().RevokeAsync(record.Id, ProvinceReader, "Sai thành tích"), FailureKind.Forbidden, "", "Chỉ Chủ tịch UBND được thu hồi khen thưởng.");
        Refused(await b.Decisions().RevokeAsync(record.Id, Chairman, null), FailureKind.Invalid, "reason", "Hãy nhập lý do thu hồi.");

        b.Commune.Clock.Advance(TimeSpan.FromDays(3));
        var revoked = Ok(await b.Decisions().RevokeAsync(record.Id, Chairman, "  Kê khai không trung thực  "));
        Assert.Equal((true, "Kê khai không trung thực", new DateOnly(2026, 3, 19)), (revoked.Revoked, revoked.RevokedReason, revoked.RevokedOn!.Value));
        Refused(await b.Decisions().RevokeAsync(record.Id, Chairman, "Lần hai"), FailureKind.Invalid, "reason", "Khen thưởng này đã bị thu hồi.");
        Assert.Equal([(record.Id, true)], (await b.Decisions().HistoryAsync(null)).Select(r => (r.Id, r.Revoked)));
    }

    [Fact]
    public async Task Another_commune_neither_sees_nor_decides_nor_revokes_our_awards()
    {
        await using var b = await CreateAsync();
        await b.NominationAsync("Ngô Thị Hoa", status: NominationStatus.Approved);
        var decision = Ok(await b.Decisions().IssueAsync(b.RoundId, Chairman, 11, Today, Signer));
        var record = (await b.Decisions().RecordsOfAsync(decision.Id)).Single();
        await using var otherDb = await b.OtherCommuneAsync();
        var other = new DecisionService(otherDb, AwardCompetence.Default, b.Commune.Clock);

        Assert.Empty(await other.HistoryAsync(null));
        Assert.Null(await other.FindAsync(decision.Id));
        Assert.Empty(await other.RecordsOfAsync(decision.Id));
        Refused(await other.RevokeAsync(record.Id, Chairman, "Sai thành tích"), FailureKind.NotFound, "", "Không tìm thấy khen thưởng.");
        Refused(await other.IssueAsync(b.RoundId, Chairman, 12, Today, Signer), FailureKind.NotFound, "", "Không tìm thấy đợt xét khen thưởng.");
        Assert.False((await b.Decisions().HistoryAsync(null)).Single().Revoked);
    }
}
