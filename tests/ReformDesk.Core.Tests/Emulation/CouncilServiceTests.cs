using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Platform;
using static ReformDesk.Core.Tests.Emulation.EmulationBuilder;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>The standing council and its meetings on SQLite: set-up refusals by field, seats, open votes, recusals, secret-ballot counts, tallies and tenants.</summary>
public sealed class CouncilServiceTests
{
    private static readonly Actor Admin = new(Guid.NewGuid(), "Quản trị hệ thống", [Roles.SystemAdmin], null, false);

    private static CouncilInput Input(string? number = "12/QĐ-UBND", DateOnly? date = null, int? n = 2, int? d = 3, int? pass = 70, string? source = "Quy chế, Điều 6") =>
        new(number, date ?? new DateOnly(2026, 1, 5), n, d, pass, ThresholdBase.AllMembers, true, source);

    [Fact]
    public async Task The_council_refuses_each_bad_field_by_name_and_is_kept_as_one_row()
    {
        await using var b = await CreateAsync();
        var council = b.Council();
        Refused(await council.SaveCouncilAsync(Member, Input()), FailureKind.Forbidden, "", "Bạn không có quyền thành lập, sửa Hội đồng Thi đua - Khen thưởng.");
        Refused(await council.SaveCouncilAsync(ProvinceReader, Input()), FailureKind.Forbidden, "", "Bạn không có quyền thành lập, sửa Hội đồng Thi đua - Khen thưởng.");
        Refused(await council.SaveCouncilAsync(Secretariat, Input(number: new string('1', 61))), FailureKind.Invalid, "DecisionNumber",
            "Hãy nhập số quyết định thành lập Hội đồng (ví dụ 12/QĐ-UBND).");
        Refused(await council.SaveCouncilAsync(Secretariat, Input(date: Today.AddDays(1))), FailureKind.Invalid, "DecisionDate",
            "Hãy nhập ngày của quyết định thành lập Hội đồng (không sau hôm nay).");
        Refused(await council.SaveCouncilAsync(Secretariat, Input(n: 3, d: 2)), FailureKind.Invalid, "quorum",
            "Tỷ lệ có mặt tối thiểu phải là một phân số không lớn hơn 1 (ví dụ 2/3).");
        Refused(await council.SaveCouncilAsync(Secretariat, Input(n: null)), FailureKind.Invalid, "quorum",
            "Tỷ lệ có mặt tối thiểu phải là một phân số không lớn hơn 1 (ví dụ 2/3).");
        Refused(await council.SaveCouncilAsync(Secretariat, Input(pass: 101)), FailureKind.Invalid, "passPercent", "Tỷ lệ phiếu đồng ý cần đạt phải từ 1% đến 100%.");
        Assert.Null(await council.CouncilAsync());

        // Today itself is allowed; a second save edits the same council.
        var first = Ok(await council.SaveCouncilAsync(Secretariat, Input(number: " 12/QĐ-UBND ", date: Today, n: 3, d: 3, pass: 100, source: " Quy chế, Điều 6 ")));
        Assert.Equal(("12/QĐ-UBND", 3, 3, 100, "Quy chế, Điều 6"), (first.DecisionNumber, first.QuorumNumerator, first.QuorumDenominator, first.PassPercent, first.RuleSource));
        Ok(await b.Council().SaveCouncilAsync(Chairman, Input(number: "15/QĐ-UBND")));
        await using var db = b.Commune.Open();
        var stored = await db.Councils.AsNoTracking().SingleAsync();
        Assert.Equal((first.Id, "15/QĐ-UBND", 70), (stored.Id, stored.DecisionNumber, stored.PassPercent));
    }

    [Fact]
    public async Task Members_are_seated_by_role_then_name_and_a_returning_member_reuses_the_seat()
    {
        await using var b = await CreateAsync();
        var council = b.Council();
        var lan = await b.PersonAsync("Đỗ Thị Lan");
        Refused(await council.AddMemberAsync(Secretariat, lan, CouncilRole.Member), FailureKind.Invalid, "council",
            "Hãy nhập quyết định thành lập Hội đồng trước khi thêm thành viên.");
        Ok(await council.SaveCouncilAsync(Secretariat, Input()));
        Refused(await council.AddMemberAsync(Member, lan, CouncilRole.Member), FailureKind.Forbidden, "", "Bạn không có quyền sửa thành phần Hội đồng.");
        Refused(await council.AddMemberAsync(Secretariat, null, CouncilRole.Member), FailureKind.Invalid, "PersonId",
            "Hãy chọn một cán bộ trong danh sách cán bộ của xã, phường.");

        var secretary = Ok(await council.AddMemberAsync(Secretariat, lan, CouncilRole.Secretary));
        Refused(await council.AddMemberAsync(Secretariat, await b.PersonAsync("Bùi Văn Khánh"), CouncilRole.Secretary), FailureKind.Invalid, "Role",
            "Hội đồng đã có Thư ký Hội đồng; hãy cho người đó rời Hội đồng trước.");
        Ok(await council.AddMemberAsync(Secretariat, await b.PersonAsync("Vũ Thị Hà"), CouncilRole.Member));
        Ok(await council.AddMemberAsync(Secretariat, await b.PersonAsync("Cao Văn Bảo"), CouncilRole.Member));
        Ok(await council.AddMemberAsync(Secretariat, await b.PersonAsync("Trịnh Văn Tùng"), CouncilRole.ViceChairman));
        Ok(await council.AddMemberAsync(Secretariat, await b.PersonAsync("Mai Văn Sơn"), CouncilRole.Chairman));
        Assert.Equal(["Mai Văn Sơn", "Trịnh Văn Tùng", "Cao Văn Bảo", "Vũ Thị Hà", "Đỗ Thị Lan"], (await council.SeatsAsync()).Select(s => s.Name));

        // The secretary leaves, comes back as an ordinary member: the same row, active again, with the new role.
        Ok(await council.RemoveMemberAsync(Secretariat, secretary.Id));
        Refused(await council.RemoveMemberAsync(Secretariat, secretary.Id), FailureKind.NotFound, "", "Không tìm thấy thành viên Hội đồng.");
        var back = Ok(await b.Council().AddMemberAsync(Secretariat, lan, CouncilRole.Member));
        Assert.Equal((secretary.Id, CouncilRole.Member, true), (back.Id, back.Role, back.Active));
        await using var db = b.Commune.Open();
        Assert.Equal(5, await db.CouncilMemberships.CountAsync());
    }

    [Fact]
    public async Task A_meeting_needs_a_round_a_date_not_after_today_and_a_seated_council()
    {
        await using var b = await CreateAsync();
        var council = b.Council();
        var input = new MeetingInput(Today, []);
        Refused(await council.CreateMeetingAsync(Guid.NewGuid(), Member, input), FailureKind.NotFound, "", "Không tìm thấy đợt xét khen thưởng.");
        Refused(await council.CreateMeetingAsync(b.RoundId, Officer(b.UnitId), input), FailureKind.Forbidden, "", "Bạn không có quyền lập phiên họp Hội đồng.");
        Refused(await council.CreateMeetingAsync(b.RoundId, Member, input with { Date = Today.AddDays(1) }), FailureKind.Invalid, "date", "Hãy nhập ngày họp (không sau hôm nay).");
        Refused(await council.CreateMeetingAsync(b.RoundId, Member, input with { Date = null }), FailureKind.Invalid, "date", "Hãy nhập ngày họp (không sau hôm nay).");
        Refused(await council.CreateMeetingAsync(b.RoundId, Member, input), FailureKind.Invalid, "members",
            "Chưa thành lập Hội đồng Thi đua - Khen thưởng: hãy nhập quyết định thành lập và chọn thành viên (trang Hội đồng Thi đua - Khen thưởng).");
        Ok(await council.SaveCouncilAsync(Secretariat, Input()));
        Refused(await council.CreateMeetingAsync(b.RoundId, Member, input), FailureKind.Invalid, "members",
            "Hội đồng chưa có thành viên: hãy chọn thành viên từ danh sách cán bộ trước khi lập phiên họp.");
    }

    [Fact]
    public async Task A_meeting_restating_the_councils_rule_needs_no_source_and_cites_the_establishing_decision()
    {
        await using var b = await CreateAsync();
        var people = await b.CouncilOfAsync(Five, secretBallot: true);
        var council = b.Council();
        var present = new[] { people["Nguyễn Văn An"], people["Lê Văn Cường"], Guid.Empty };
        var meeting = Ok(await council.CreateMeetingAsync(b.RoundId, Member,
            new MeetingInput(Today.AddDays(-2), present, SecretBallot: false, QuorumNumerator: 2, QuorumDenominator: 3, PassPercent: 70, ThresholdBase: ThresholdBase.AllMembers)));
        Assert.Equal("Quy chế hoạt động của Hội đồng, Điều 6 (Hội đồng thành lập theo Quyết định số 12/QĐ-UBND)", meeting.RuleSource);
        Assert.Equal((false, 2, 3, 70), (meeting.SecretBallot, meeting.QuorumNumerator, meeting.QuorumDenominator, meeting.PassPercent));
        var seated = await council.MeetingMembersAsync(meeting.Id);
        Assert.Equal([("Nguyễn Văn An", CouncilRole.Chairman, true, 0), ("Hoàng Văn Em", CouncilRole.Member, false, 1), ("Lê Văn Cường", CouncilRole.Member, true, 2),
                ("Phạm Thị Dung", CouncilRole.Member, false, 3), ("Trần Thị Bình", CouncilRole.Member, false, 4)],
            seated.Select(m => (m.Name, m.Role, m.Present, m.Order)));
        Refused(await council.CreateMeetingAsync(b.RoundId, Member, new MeetingInput(Today, [], ThresholdBase: ThresholdBase.EligibleMembers)), FailureKind.Invalid, "ruleSource",
            "Tỷ lệ có mặt hoặc tỷ lệ đồng ý khác quy chế của Hội đồng: hãy ghi căn cứ áp dụng cho phiên họp này.");
        Assert.Equal([meeting.Id], (await council.MeetingsAsync(b.RoundId)).Select(m => m.Id));
    }

    [Fact]
    public async Task A_quorum_written_as_four_sixths_is_the_councils_two_thirds_and_needs_no_source()
    {
        await using var b = await CreateAsync();
        var people = await b.CouncilOfAsync(Five, secretBallot: true);
        var meeting = Ok(await b.Council().CreateMeetingAsync(b.RoundId, Member,
            new MeetingInput(Today.AddDays(-2), [people["Nguyễn Văn An"], people["Lê Văn Cường"]], QuorumNumerator: 4, QuorumDenominator: 6)));
        Assert.Equal("Quy chế hoạt động của Hội đồng, Điều 6 (Hội đồng thành lập theo Quyết định số 12/QĐ-UBND)", meeting.RuleSource);
        Assert.Equal((4, 6), (meeting.QuorumNumerator, meeting.QuorumDenominator));
        // A share that really differs still needs its source.
        Refused(await b.Council().CreateMeetingAsync(b.RoundId, Member,
                new MeetingInput(Today, [people["Nguyễn Văn An"]], QuorumNumerator: 3, QuorumDenominator: 5)),
            FailureKind.Invalid, "ruleSource", "Tỷ lệ có mặt hoặc tỷ lệ đồng ý khác quy chế của Hội đồng: hãy ghi căn cứ áp dụng cho phiên họp này.");
    }

    [Fact]
    public async Task An_open_vote_keeps_one_changeable_vote_per_member_and_refuses_counts()
    {
        await using var b = await CreateAsync();
        var n = await b.NominationAsync("Ngô Thị Hoa");
        var (meeting, seats) = await b.MeetingAsync(Five, Five);
        var council = b.Council();
        Ok(await council.RecordVoteAsync(meeting.Id, n.Id, seats["Trần Thị Bình"], false, Member));
        var changed = Ok(await b.Council().RecordVoteAsync(meeting.Id, n.Id, seats["Trần Thị Bình"], true, Admin));
        var votes = await council.VotesAsync(meeting.Id);
        Assert.Equal([(changed.Id, "Trần Thị Bình", true)], votes.Select(v => (v.Id, v.MemberName, v.Approve)));

        Refused(await council.RecordVoteAsync(meeting.Id, n.Id, null, true, Member), FailureKind.Invalid, "member",
            "Phiếu bị từ chối: người được chọn không phải thành viên Hội đồng tại phiên họp này.");
        Refused(await council.RecordVoteAsync(meeting.Id, n.Id, seats["Nguyễn Văn An"], true, Chairman), FailureKind.Forbidden, "",
            "Chỉ thành viên Hội đồng Thi đua - Khen thưởng được ghi phiếu.");
        Refused(await council.RecordCountAsync(meeting.Id, n.Id, [seats["Nguyễn Văn An"]], 1, 0, 0, Member), FailureKind.Invalid, "agree",
            "Phiên họp biểu quyết công khai: hãy ghi phiếu của từng thành viên.");
    }

    [Fact]
    public async Task A_recusal_is_recorded_once_for_a_seated_member_who_has_not_voted()
    {
        await using var b = await CreateAsync();
        var n = await b.NominationAsync("Ngô Thị Hoa");
        var (meeting, seats) = await b.MeetingAsync(Five, Five);
        var council = b.Council();
        Refused(await council.RecuseAsync(meeting.Id, n.Id, seats["Phạm Thị Dung"], Officer(b.UnitId)), FailureKind.Forbidden, "", "Bạn không có quyền ghi nhận việc rút khỏi xét.");
        Refused(await council.RecuseAsync(meeting.Id, n.Id, Guid.NewGuid(), Member), FailureKind.Invalid, "member",
            "Người được chọn không phải thành viên Hội đồng tại phiên họp này.");
        var recusal = Ok(await council.RecuseAsync(meeting.Id, n.Id, seats["Phạm Thị Dung"], Secretariat));
        Assert.Equal("Phạm Thị Dung", recusal.MemberName);
        Refused(await council.RecuseAsync(meeting.Id, n.Id, seats["Phạm Thị Dung"], Member), FailureKind.Invalid, "member",
            "Thành viên Phạm Thị Dung đã rút khỏi việc xét hồ sơ này.");
        Ok(await council.RecordVoteAsync(meeting.Id, n.Id, seats["Hoàng Văn Em"], true, Member));
        Refused(await council.RecuseAsync(meeting.Id, n.Id, seats["Hoàng Văn Em"], Member), FailureKind.Invalid, "member",
            "Thành viên Hoàng Văn Em đã bỏ phiếu cho hồ sơ này, không thể ghi nhận rút khỏi xét.");
        Assert.Equal([seats["Phạm Thị Dung"]], (await council.RecusalsAsync(meeting.Id)).Select(r => r.MeetingMemberId!.Value));
    }

    [Fact]
    public async Task On_eligible_members_a_recusal_lowers_the_bar_and_the_tally_approves_then_closes_the_nomination()
    {
        await using var b = await CreateAsync();
        var n = await b.NominationAsync("Ngô Thị Hoa");
        var (meeting, seats) = await b.MeetingAsync(Five, Five, thresholdBase: ThresholdBase.EligibleMembers);
        var council = b.Council();
        Ok(await council.RecuseAsync(meeting.Id, n.Id, seats["Phạm Thị Dung"], Member));
        foreach (var (name, approve) in new[] { ("Nguyễn Văn An", true), ("Trần Thị Bình", true), ("Lê Văn Cường", true), ("Hoàng Văn Em", false) })
        {
            Ok(await council.RecordVoteAsync(meeting.Id, n.Id, seats[name], approve, Member));
        }

        Refused(await council.TallyAsync(meeting.Id, n.Id, Secretariat), FailureKind.Forbidden, "", "Chỉ Hội đồng (thành viên, Chủ tịch) được kiểm phiếu.");
        var tally = Ok(await b.Council().TallyAsync(meeting.Id, n.Id, Chairman));
        Assert.Equal((CouncilOutcome.Passed, 5, 4, 4, 3, 1, 3), (tally.Outcome, tally.Members, tally.Eligible, tally.Present, tally.Agree, tally.Disagree, tally.Required));
        Assert.Equal("Đạt: 3/4 phiếu đồng ý (biểu quyết), đủ tỷ lệ 70% số thành viên tham gia xét (cần ít nhất 3).", tally.Reason);
        await using var db = b.Commune.Open();
        var stored = await db.Nominations.AsNoTracking().SingleAsync(x => x.Id == n.Id);
        Assert.Equal((NominationStatus.Approved, $"Phiên họp ngày 16/03/2026: {tally.Reason}"), (stored.Status, stored.CouncilResult));

        // Decided: the meeting no longer acts on it.
        const string closed = "Hội đồng chỉ xét hồ sơ đã được kiểm tra; hồ sơ Ngô Thị Hoa đang ở trạng thái \"Hội đồng đề nghị khen thưởng\".";
        Refused(await b.Council().TallyAsync(meeting.Id, n.Id, Member), FailureKind.Conflict, "", closed);
        Refused(await b.Council().RecordVoteAsync(meeting.Id, n.Id, seats["Hoàng Văn Em"], true, Member), FailureKind.Conflict, "", closed);
        Refused(await b.Council().RecuseAsync(meeting.Id, n.Id, seats["Nguyễn Văn An"], Member), FailureKind.Conflict, "", closed);
    }

    [Fact]
    public async Task A_meeting_acts_only_on_checked_nominations_of_its_own_round()
    {
        await using var b = await CreateAsync();
        var submitted = await b.NominationAsync("Đinh Văn Long", status: NominationStatus.Submitted);
        var elsewhere = await b.NominationAsync("Lý Thị Mai", roundId: await b.RoundAsync(2026));
        var (meeting, seats) = await b.MeetingAsync(Five, Five);
        var council = b.Council();
        Refused(await council.RecordVoteAsync(meeting.Id, submitted.Id, seats["Nguyễn Văn An"], true, Member), FailureKind.Conflict, "",
            "Hội đồng chỉ xét hồ sơ đã được kiểm tra; hồ sơ Đinh Văn Long đang ở trạng thái \"Đã gửi, chờ kiểm tra\".");
        const string notHere = "Không tìm thấy phiên họp hoặc hồ sơ của đợt xét này.";
        Refused(await council.RecordVoteAsync(meeting.Id, elsewhere.Id, seats["Nguyễn Văn An"], true, Member), FailureKind.NotFound, "", notHere);
        Refused(await council.TallyAsync(meeting.Id, elsewhere.Id, Member), FailureKind.NotFound, "", notHere);
        Refused(await council.RecuseAsync(Guid.NewGuid(), submitted.Id, seats["Nguyễn Văn An"], Member), FailureKind.NotFound, "", notHere);
        Assert.Empty(await council.VotesAsync(meeting.Id));
    }

    [Fact]
    public async Task A_secret_ballot_below_the_threshold_rejects_and_a_corrected_count_drops_receipts()
    {
        await using var b = await CreateAsync();
        var n = await b.NominationAsync("Ngô Thị Hoa");
        var (meeting, seats) = await b.MeetingAsync(Five, Five, secretBallot: true);
        var council = b.Council();
        var four = new[] { "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung" }.Select(s => seats[s]).ToList();
        Refused(await council.RecordCountAsync(meeting.Id, n.Id, four, null, 1, 0, Member), FailureKind.Invalid, "agree",
            "Hãy nhập số phiếu đồng ý và số phiếu không đồng ý theo biên bản kiểm phiếu.");
        Refused(await council.RecordCountAsync(meeting.Id, n.Id, four, 5, -1, 0, Member), FailureKind.Invalid, "agree", "Số phiếu không được âm.");
        Refused(await council.RecordCountAsync(meeting.Id, n.Id, [Guid.NewGuid()], 1, 0, 0, Member), FailureKind.Invalid, "voted",
            "Người được đánh dấu đã bỏ phiếu không phải thành viên Hội đồng tại phiên họp này.");

        Ok(await council.RecordCountAsync(meeting.Id, n.Id, four, 3, 1, 0, Member));
        var count = Ok(await b.Council().RecordCountAsync(meeting.Id, n.Id, four.Take(3).ToList(), 2, 0, 1, Chairman));
        Assert.Equal((2, 0, 1, "Đào Quang Dương"), (count.Agree, count.Disagree, count.Invalid, count.RecordedBy));
        Assert.Equal(four.Take(3).Order(), (await council.ReceiptsAsync(meeting.Id)).Select(r => r.MeetingMemberId).Order());
        Assert.Single(await council.CountsAsync(meeting.Id));

        var tally = Ok(await council.TallyAsync(meeting.Id, n.Id, Member));
        Assert.Equal((CouncilOutcome.ThresholdNotMet, 4), (tally.Outcome, tally.Required));
        Assert.Equal("Không đạt tỷ lệ: 2/5 phiếu đồng ý (bỏ phiếu kín), cần ít nhất 4 (70% tổng số thành viên Hội đồng).", tally.Reason);
        Assert.Equal(NominationStatus.Rejected, await b.StatusOfAsync(n.Id));
        Refused(await b.Council().RecordCountAsync(meeting.Id, n.Id, four, 4, 0, 0, Member), FailureKind.Conflict, "",
            "Hội đồng chỉ xét hồ sơ đã được kiểm tra; hồ sơ Ngô Thị Hoa đang ở trạng thái \"Hội đồng không đề nghị\".");
    }

    [Fact]
    public async Task A_secret_ballot_without_quorum_keeps_the_nomination_and_its_count()
    {
        await using var b = await CreateAsync();
        var n = await b.NominationAsync("Ngô Thị Hoa");
        var (meeting, seats) = await b.MeetingAsync(Five, ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"], secretBallot: true);
        var council = b.Council();
        Ok(await council.RecordCountAsync(meeting.Id, n.Id, [seats["Nguyễn Văn An"], seats["Trần Thị Bình"], seats["Lê Văn Cường"]], 3, 0, 0, Member));
        var tally = Ok(await council.TallyAsync(meeting.Id, n.Id, Member));
        Assert.Equal((CouncilOutcome.QuorumMissing, 0), (tally.Outcome, tally.Agree));
        Assert.Equal("Không đủ số thành viên dự họp: có mặt 3/5 thành viên tham gia xét, cần ít nhất 4 (2/3).", tally.Reason);
        Assert.Equal(NominationStatus.Checked, await b.StatusOfAsync(n.Id));
        Assert.Equal(3, (await council.CountsAsync(meeting.Id)).Single().Agree);
    }

    [Fact]
    public async Task Another_communes_council_meetings_and_nominations_stay_out_of_reach()
    {
        await using var b = await CreateAsync();
        var n = await b.NominationAsync("Ngô Thị Hoa");
        var (meeting, seats) = await b.MeetingAsync(Five, Five);
        await using var otherDb = await b.OtherCommuneAsync();
        var other = new CouncilService(otherDb, b.Commune.Clock);

        Assert.Null(await other.CouncilAsync());
        Assert.Empty(await other.SeatsAsync());
        Assert.Empty(await other.PeopleAsync());
        Assert.Empty(await other.MeetingMembersAsync(meeting.Id));
        Refused(await other.RecordVoteAsync(meeting.Id, n.Id, seats["Nguyễn Văn An"], true, Member), FailureKind.NotFound, "",
            "Không tìm thấy phiên họp hoặc hồ sơ của đợt xét này.");
        Refused(await other.CreateMeetingAsync(b.RoundId, Member, new MeetingInput(Today, [])), FailureKind.NotFound, "", "Không tìm thấy đợt xét khen thưởng.");
        Refused(await other.RemoveMemberAsync(Secretariat, (await b.Council().SeatsAsync())[0].Membership.Id), FailureKind.NotFound, "", "Không tìm thấy thành viên Hội đồng.");

        // Its own council is its own row, beside ours.
        var own = Ok(await other.SaveCouncilAsync(Secretariat, Input(number: "3/QĐ-UBND")));
        Assert.Equal("12/QĐ-UBND", (await b.Council().CouncilAsync())!.DecisionNumber);
        Assert.NotEqual(own.Id, (await b.Council().CouncilAsync())!.Id);
    }
}
