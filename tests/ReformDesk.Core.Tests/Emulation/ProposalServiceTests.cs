using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Platform;
using static ReformDesk.Core.Tests.Emulation.EmulationBuilder;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>Tờ trình upward on SQLite: what may be proposed (competence on the day, one level per tờ trình), numbering, guarded steps, the higher decision and tenants.</summary>
public sealed class ProposalServiceTests
{
    private const string Ids = nameof(ProposalInput.NominationIds);
    private const string Authority = "Chủ tịch Ủy ban nhân dân thành phố Hải Phòng";

    /// <summary>The defaults plus a configured row: "Lao động tiên tiến" decided by the district from 01/3/2026 (a test reading).</summary>
    private static readonly AwardCompetence DistrictLaoDong = new([new CompetenceRule(AwardKind.LaoDongTienTien, new DateOnly(2026, 3, 1), AwardLevel.Huyen, "Quy định thử")]);

    [Fact]
    public async Task Only_approved_nominations_of_the_round_above_the_communes_competence_are_proposed()
    {
        await using var b = await CreateAsync();
        var provincial = await b.NominationAsync("Trần Văn Tỉnh", AwardKind.BangKhenChuTichTinh, NominationStatus.Approved);
        var local = await b.NominationAsync("Ngô Thị Hoa", AwardKind.ChienSiThiDuaCoSo, NominationStatus.Approved);
        var gone = await b.NominationAsync("Phan Văn Huyện", AwardKind.GiayKhenChuTichHuyen, NominationStatus.Approved);
        var waiting = await b.NominationAsync("Đinh Văn Long", AwardKind.BangKhenChuTichTinh, NominationStatus.Checked);
        var elsewhere = await b.NominationAsync("Lý Thị Mai", AwardKind.BangKhenChuTichTinh, NominationStatus.Approved, await b.RoundAsync(2026));
        var proposals = b.Proposals();

        Refused(await proposals.CreateAsync(new ProposalInput(Guid.NewGuid(), [provincial.Id], null), Secretariat), FailureKind.NotFound, "", "Không tìm thấy đợt xét khen thưởng.");
        Refused(await proposals.CreateAsync(new ProposalInput(b.RoundId, [provincial.Id], null), Member), FailureKind.Forbidden, "",
            "Chỉ Chủ tịch UBND và bộ phận tham mưu được lập tờ trình đề nghị cấp trên khen thưởng.");
        Refused(await proposals.CreateAsync(new ProposalInput(b.RoundId, null, null), Secretariat), FailureKind.Invalid, Ids, "Hãy chọn ít nhất một hồ sơ đề nghị cấp trên khen thưởng.");
        Refused(await proposals.CreateAsync(new ProposalInput(b.RoundId, [provincial.Id, elsewhere.Id], null), Secretariat), FailureKind.Invalid, Ids, "Có hồ sơ không thuộc đợt xét này.");
        Refused(await proposals.CreateAsync(new ProposalInput(b.RoundId, [waiting.Id], null), Secretariat), FailureKind.Invalid, Ids,
            "Hồ sơ của Đinh Văn Long đang ở trạng thái \"Đã kiểm tra, chờ Hội đồng xét\": chỉ đề nghị cấp trên những hồ sơ Hội đồng đã đề nghị khen thưởng.");
        Refused(await proposals.CreateAsync(new ProposalInput(b.RoundId, [local.Id], null), Secretariat), FailureKind.Invalid, Ids,
            "“Chiến sĩ thi đua cơ sở” của Ngô Thị Hoa thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân xã (Nghị định 152/2025/NĐ-CP (phân cấp, phân quyền thi đua, khen thưởng khi không còn cấp huyện, từ 01/7/2025) [cần xác minh]): hãy ban hành quyết định khen thưởng, không đề nghị cấp trên.");
        Refused(await proposals.CreateAsync(new ProposalInput(b.RoundId, [gone.Id], null), Secretariat), FailureKind.Invalid, Ids,
            "Phan Văn Huyện: “Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện” không còn được xét tặng từ ngày 01/07/2025 (Nghị định 152/2025/NĐ-CP (phân cấp, phân quyền thi đua, khen thưởng khi không còn cấp huyện, từ 01/7/2025): không còn cấp huyện).");
        Refused(await proposals.CreateAsync(new ProposalInput(b.RoundId, [provincial.Id], new string('x', 501)), Secretariat), FailureKind.Invalid,
            nameof(ProposalInput.AddressedTo), "Nơi nhận tờ trình dài quá 500 ký tự.");
        await using (var db = b.Commune.Open())
        {
            Assert.Empty(await db.AwardProposals.ToListAsync());
        }

        // On 30/6/2025 the district still decided both; from 1/7/2025 its Giấy khen is no longer given, so no longer a candidate.
        Assert.Equal([(local.Id, AwardLevel.Huyen), (gone.Id, AwardLevel.Huyen), (provincial.Id, AwardLevel.Tinh)],
            (await proposals.CandidatesAsync(b.RoundId, new DateOnly(2025, 6, 30))).Select(c => (c.Nomination.Id, c.Rule.DecidedBy!.Value)));
        Assert.Equal([provincial.Id], (await proposals.CandidatesAsync(b.RoundId, Today)).Select(c => c.Nomination.Id));

        var created = Ok(await proposals.CreateAsync(new ProposalInput(b.RoundId, [provincial.Id, provincial.Id], null), Chairman));
        Assert.Equal((ProposalStatus.Draft, AwardLevel.Tinh, "Chủ tịch Ủy ban nhân dân thành phố Hải Phòng (qua Sở Nội vụ)", "Đào Quang Dương"),
            (created.Status, created.Level, created.AddressedTo, created.CreatedBy));
        var view = (await b.Proposals().FindAsync(created.Id))!;
        Assert.Equal(["Trần Văn Tỉnh"], view.Nominations.Select(n => n.NomineeName));
    }

    [Fact]
    public async Task A_configured_row_moves_an_award_upward_from_its_date_and_one_proposal_goes_to_one_level()
    {
        await using var b = await CreateAsync();
        var district = await b.NominationAsync("Ngô Thị Hoa", AwardKind.LaoDongTienTien, NominationStatus.Approved);
        var provincial = await b.NominationAsync("Trần Văn Tỉnh", AwardKind.BangKhenChuTichTinh, NominationStatus.Approved);
        var proposals = new ProposalService(b.Commune.Open(), DistrictLaoDong, b.Commune.Clock);

        Assert.Equal([provincial.Id], (await proposals.CandidatesAsync(b.RoundId, new DateOnly(2026, 2, 28))).Select(c => c.Nomination.Id));
        Assert.Equal([(district.Id, "Quy định thử"), (provincial.Id, "Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 79")],
            (await proposals.CandidatesAsync(b.RoundId, new DateOnly(2026, 3, 1))).Select(c => (c.Nomination.Id, c.Rule.Source)));
        Refused(await proposals.CreateAsync(new ProposalInput(b.RoundId, [district.Id, provincial.Id], "Chủ tịch UBND cấp huyện"), Secretariat), FailureKind.Invalid, Ids,
            "Một tờ trình chỉ gửi một cấp: hãy lập tờ trình riêng cho từng cấp quyết định.");
        var toDistrict = Ok(await proposals.CreateAsync(new ProposalInput(b.RoundId, [district.Id], "  Chủ tịch UBND cấp huyện  "), Secretariat));
        Assert.Equal((AwardLevel.Huyen, "Chủ tịch UBND cấp huyện"), (toDistrict.Level, toDistrict.AddressedTo));
        Refused(await proposals.CreateAsync(new ProposalInput(b.RoundId, [district.Id], null), Secretariat), FailureKind.Invalid, Ids,
            "Hồ sơ của Ngô Thị Hoa đã có trong một tờ trình khác.");

        // The commune's own decision, under the same table, no longer takes it.
        var decisions = new DecisionService(b.Commune.Open(), DistrictLaoDong, b.Commune.Clock);
        Assert.Equal([(provincial.Id, false)], (await decisions.ApprovedWithCompetenceAsync(b.RoundId, Today)).Select(x => (x.Nomination.Id, x.Refusal is null)));
    }

    [Fact]
    public async Task Sending_returning_and_deciding_follow_the_steps_and_name_their_fields()
    {
        await using var b = await CreateAsync();
        var n = await b.NominationAsync("Trần Văn Tỉnh", AwardKind.BangKhenChuTichTinh, NominationStatus.Approved);
        var id = Ok(await b.Proposals().CreateAsync(new ProposalInput(b.RoundId, [n.Id], null), Secretariat)).Id;
        var proposals = b.Proposals();
        var decision = new HigherDecisionInput("2468/QĐ-UBND", Today, Authority);

        Refused(await proposals.SendAsync(Guid.NewGuid(), new ProposalSendInput(8, Today, "Đào Quang Dương"), Chairman), FailureKind.NotFound, "", "Không tìm thấy tờ trình.");
        Refused(await proposals.DecideAsync(id, decision, Secretariat), FailureKind.Conflict, "", "Không thể chuyển tờ trình từ \"Dự thảo\" sang \"Cấp trên đã quyết định\".");
        Refused(await proposals.ReturnAsync(id, new ProposalReturnInput("Bổ sung", Today), Secretariat), FailureKind.Conflict, "",
            "Không thể chuyển tờ trình từ \"Dự thảo\" sang \"Cấp trên trả lại\".");
        Refused(await proposals.SendAsync(id, new ProposalSendInput(8, Today, " "), Chairman), FailureKind.Invalid, "Signer", "Hãy nhập người ký tờ trình.");
        Refused(await proposals.SendAsync(id, new ProposalSendInput(8, Today.AddDays(1), "Đào Quang Dương"), Chairman), FailureKind.Invalid, "Date",
            "Hãy nhập ngày ký tờ trình (không sau hôm nay).");

        var sent = Ok(await proposals.SendAsync(id, new ProposalSendInput(8, new DateOnly(2026, 3, 2), "Đào Quang Dương"), Chairman));
        Assert.Equal(("08/TTr-UBND", ProposalStatus.Sent), (sent.NumberText, sent.Status));
        Refused(await proposals.ReturnAsync(id, new ProposalReturnInput("  ", Today), Secretariat), FailureKind.Invalid, "Reason", "Hãy nhập lý do cấp trên trả lại tờ trình.");
        Refused(await proposals.ReturnAsync(id, new ProposalReturnInput("Bổ sung", new DateOnly(2026, 3, 1)), Secretariat), FailureKind.Invalid, "Date",
            "Ngày trả lại phải từ ngày trình (02/03/2026) đến hôm nay.");
        Ok(await proposals.ReturnAsync(id, new ProposalReturnInput("Bổ sung biên bản kiểm phiếu", new DateOnly(2026, 3, 10)), Secretariat));
        Refused(await b.Proposals().SendAsync(id, new ProposalSendInput(8, new DateOnly(2026, 3, 9), "Đào Quang Dương"), Chairman), FailureKind.Invalid, "Date",
            "Ngày trình lại không được trước ngày cấp trên trả lại (10/03/2026).");
        Ok(await b.Proposals().SendAsync(id, new ProposalSendInput(8, new DateOnly(2026, 3, 12), "Đào Quang Dương"), Chairman));

        Refused(await b.Proposals().DecideAsync(id, decision with { Number = " " }, Secretariat), FailureKind.Invalid, "Number",
            "Hãy nhập số quyết định khen thưởng của cấp trên, ví dụ 1234/QĐ-UBND.");
        Refused(await b.Proposals().DecideAsync(id, decision with { Date = new DateOnly(2026, 3, 11) }, Secretariat), FailureKind.Invalid, "Date",
            "Ngày quyết định phải từ ngày trình (12/03/2026) đến hôm nay.");
        Refused(await b.Proposals().DecideAsync(id, decision with { Authority = null }, Secretariat), FailureKind.Invalid, "Authority",
            "Hãy nhập cơ quan, người có thẩm quyền đã quyết định (ví dụ Chủ tịch Ủy ban nhân dân thành phố Hải Phòng).");
        Assert.Equal(NominationStatus.Approved, await b.StatusOfAsync(n.Id));

        var decided = Ok(await b.Proposals().DecideAsync(id, decision with { Number = " 2468/QĐ-UBND " }, Chairman));
        Assert.Equal((ProposalStatus.Decided, "2468/QĐ-UBND", Authority), (decided.Status, decided.HigherDecisionNumber, decided.HigherAuthority));
        Assert.Equal(NominationStatus.Awarded, await b.StatusOfAsync(n.Id));
        await using var db = b.Commune.Open();
        var record = await db.AwardRecords.AsNoTracking().SingleAsync();
        Assert.Equal((n.Id, AwardLevel.Tinh, "2468/QĐ-UBND", Today, (Guid?)null, id),
            (record.NominationId!.Value, record.DecidedBy, record.DecisionNumber, record.DecisionDate!.Value, record.DecisionId, record.ProposalId!.Value));
        Refused(await b.Proposals().DecideAsync(id, decision, Chairman), FailureKind.Conflict, "",
            "Không thể chuyển tờ trình từ \"Cấp trên đã quyết định\" sang \"Cấp trên đã quyết định\".");
    }

    [Fact]
    public async Task A_proposal_number_is_used_once_a_year_and_only_the_chairman_signs()
    {
        await using var b = await CreateAsync();
        var first = await b.NominationAsync("Trần Văn Tỉnh", AwardKind.BangKhenChuTichTinh, NominationStatus.Approved);
        var second = await b.NominationAsync("Hà Thị Tỉnh", AwardKind.TapTheLaoDongXuatSac, NominationStatus.Approved);
        var a = Ok(await b.Proposals().CreateAsync(new ProposalInput(b.RoundId, [first.Id], null), Secretariat)).Id;
        var c = Ok(await b.Proposals().CreateAsync(new ProposalInput(b.RoundId, [second.Id], null), Secretariat)).Id;
        Refused(await b.Proposals().SendAsync(a, new ProposalSendInput(15, Today, "Đào Quang Dương"), Secretariat), FailureKind.Forbidden, "",
            "Chỉ Chủ tịch UBND ký và gửi tờ trình đề nghị cấp trên.");
        Ok(await b.Proposals().SendAsync(a, new ProposalSendInput(15, Today, "Đào Quang Dương"), Chairman));
        Refused(await b.Proposals().SendAsync(c, new ProposalSendInput(15, Today, "Đào Quang Dương"), Chairman), FailureKind.Invalid, "Number",
            "Số 15/TTr-UBND năm 2026 đã được dùng cho một tờ trình khác.");
        Ok(await b.Proposals().SendAsync(c, new ProposalSendInput(16, Today, "Đào Quang Dương"), Chairman));
        Assert.Equal([c, a], (await b.Proposals().ListAsync(b.RoundId)).Select(v => v.Proposal.Id));
    }

    [Fact]
    public async Task Another_commune_addresses_its_own_province_and_cannot_touch_our_proposal()
    {
        await using var b = await CreateAsync();
        var n = await b.NominationAsync("Trần Văn Tỉnh", AwardKind.BangKhenChuTichTinh, NominationStatus.Approved);
        var id = Ok(await b.Proposals().CreateAsync(new ProposalInput(b.RoundId, [n.Id], null), Secretariat)).Id;
        await using var otherDb = await b.OtherCommuneAsync();
        var other = new ProposalService(otherDb, AwardCompetence.Default, b.Commune.Clock);

        Assert.Equal("Chủ tịch Ủy ban nhân dân tỉnh (qua Sở Nội vụ)", await other.DefaultAddresseeAsync());
        Assert.Empty(await other.ListAsync());
        Assert.Null(await other.FindAsync(id));
        Assert.Empty(await other.CandidatesAsync(b.RoundId, Today));
        Refused(await other.SendAsync(id, new ProposalSendInput(1, Today, "Người khác"), Chairman), FailureKind.NotFound, "", "Không tìm thấy tờ trình.");
        Refused(await other.CreateAsync(new ProposalInput(b.RoundId, [n.Id], null), Secretariat), FailureKind.NotFound, "", "Không tìm thấy đợt xét khen thưởng.");
        Assert.Equal(ProposalStatus.Draft, (await b.Proposals().FindAsync(id))!.Proposal.Status);
    }
}
