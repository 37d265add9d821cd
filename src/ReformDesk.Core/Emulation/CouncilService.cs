using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

/// <summary>
/// A council meeting as the secretariat sets it up: date, members, who is present, and the council regulation's voting
/// rule — secret ballot (counts only) or open vote (each member's vote), quorum, pass percentage and its base.
/// </summary>
public sealed record MeetingInput(
    DateOnly? Date,
    string? Members,
    string? Present,
    bool SecretBallot = true,
    int? QuorumNumerator = null,
    int? QuorumDenominator = null,
    int? PassPercent = null,
    ThresholdBase? ThresholdBase = null);

/// <summary>
/// Council meetings: attendance, recusals, then either one vote per member (open vote) or the vote-counting board's counts
/// (secret ballot, nobody's vote stored), tallied with <see cref="Rules.CouncilVote"/> under the meeting's own settings.
/// </summary>
public sealed class CouncilService(ReformDeskDbContext db, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), VietnamTime.Zone).DateTime);

    public Task<List<CouncilMeeting>> MeetingsAsync(Guid roundId, CancellationToken ct = default) =>
        db.CouncilMeetings.AsNoTracking().Where(m => m.RoundId == roundId).OrderByDescending(m => m.Date).ToListAsync(ct);

    public Task<List<CouncilMemberVote>> VotesAsync(Guid meetingId, CancellationToken ct = default) =>
        db.CouncilMemberVotes.AsNoTracking().Where(v => v.MeetingId == meetingId).ToListAsync(ct);

    public Task<List<CouncilRecusal>> RecusalsAsync(Guid meetingId, CancellationToken ct = default) =>
        db.CouncilRecusals.AsNoTracking().Where(r => r.MeetingId == meetingId).ToListAsync(ct);

    public Task<List<CouncilBallotCount>> CountsAsync(Guid meetingId, CancellationToken ct = default) =>
        db.CouncilBallotCounts.AsNoTracking().Where(c => c.MeetingId == meetingId).ToListAsync(ct);

    public async Task<OperationResult<CouncilMeeting>> CreateMeetingAsync(Guid roundId, Actor actor, MeetingInput input, CancellationToken ct = default)
    {
        var (date, members, present) = (input.Date, input.Members, input.Present);
        if (!await db.NominationRounds.AnyAsync(r => r.Id == roundId, ct))
        {
            return OperationResult<CouncilMeeting>.Fail("id", "Không tìm thấy đợt xét khen thưởng.");
        }

        if (!EmulationPermissions.CanOrganiseCouncil(actor))
        {
            return OperationResult<CouncilMeeting>.Fail("access", "Bạn không có quyền lập phiên họp Hội đồng.");
        }

        if (date is null || date > Today)
        {
            return OperationResult<CouncilMeeting>.Fail("date", "Hãy nhập ngày họp (không sau hôm nay).");
        }

        var memberList = CouncilMeeting.Lines(members ?? "");
        var presentList = CouncilMeeting.Lines(present ?? "");
        if (memberList.Count == 0)
        {
            return OperationResult<CouncilMeeting>.Fail("members", "Hãy nhập danh sách thành viên Hội đồng (mỗi dòng một người).");
        }

        if (presentList.FirstOrDefault(p => !memberList.Contains(p)) is { } stranger)
        {
            return OperationResult<CouncilMeeting>.Fail("present", $"“{stranger}” không có trong danh sách thành viên Hội đồng.");
        }

        if (input.QuorumNumerator is not null || input.QuorumDenominator is not null)
        {
            if (input.QuorumNumerator is not (> 0 and <= 100) || input.QuorumDenominator is not (> 0 and <= 100) || input.QuorumNumerator > input.QuorumDenominator)
            {
                return OperationResult<CouncilMeeting>.Fail("quorum", "Tỷ lệ có mặt tối thiểu phải là một phân số không lớn hơn 1 (ví dụ 2/3).");
            }
        }

        if (input.PassPercent is not null and not (> 0 and <= 100))
        {
            return OperationResult<CouncilMeeting>.Fail("passPercent", "Tỷ lệ phiếu đồng ý cần đạt phải từ 1% đến 100%.");
        }

        var meeting = new CouncilMeeting
        {
            RoundId = roundId, Date = date.Value, Members = string.Join('\n', memberList), Present = string.Join('\n', presentList),
            SecretBallot = input.SecretBallot, QuorumNumerator = input.QuorumNumerator, QuorumDenominator = input.QuorumDenominator,
            PassPercent = input.PassPercent, ThresholdBase = input.ThresholdBase,
        };
        db.CouncilMeetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return OperationResult<CouncilMeeting>.Ok(meeting);
    }

    public async Task<OperationResult<CouncilRecusal>> RecuseAsync(Guid meetingId, Guid nominationId, string? memberName, Actor actor, CancellationToken ct = default)
    {
        var (meeting, nomination, error) = await LoadAsync(meetingId, nominationId, ct);
        if (error is not null)
        {
            return OperationResult<CouncilRecusal>.Fail("id", error);
        }

        if (!EmulationPermissions.CanOrganiseCouncil(actor))
        {
            return OperationResult<CouncilRecusal>.Fail("access", "Bạn không có quyền ghi nhận việc rút khỏi xét.");
        }

        var name = (memberName ?? "").Trim();
        if (!meeting!.MemberList.Contains(name))
        {
            return OperationResult<CouncilRecusal>.Fail("member", $"“{name}” không phải thành viên Hội đồng.");
        }

        if (await db.CouncilMemberVotes.AnyAsync(v => v.MeetingId == meetingId && v.NominationId == nominationId && v.MemberName == name, ct))
        {
            return OperationResult<CouncilRecusal>.Fail("member", $"Thành viên {name} đã bỏ phiếu cho hồ sơ này, không thể ghi nhận rút khỏi xét.");
        }

        if (await db.CouncilRecusals.AnyAsync(r => r.MeetingId == meetingId && r.NominationId == nominationId && r.MemberName == name, ct))
        {
            return OperationResult<CouncilRecusal>.Fail("member", $"Thành viên {name} đã rút khỏi việc xét hồ sơ này.");
        }

        var recusal = new CouncilRecusal { MeetingId = meetingId, NominationId = nomination!.Id, MemberName = name };
        db.CouncilRecusals.Add(recusal);
        await db.SaveChangesAsync(ct);
        return OperationResult<CouncilRecusal>.Ok(recusal);
    }

    /// <summary>Records (or changes) one member's vote. A recused member or a non-member is refused.</summary>
    public async Task<OperationResult<CouncilMemberVote>> RecordVoteAsync(Guid meetingId, Guid nominationId, string? memberName, bool approve, Actor actor, CancellationToken ct = default)
    {
        var (meeting, nomination, error) = await LoadAsync(meetingId, nominationId, ct);
        if (error is not null)
        {
            return OperationResult<CouncilMemberVote>.Fail("id", error);
        }

        if (!EmulationPermissions.CanVote(actor))
        {
            return OperationResult<CouncilMemberVote>.Fail("access", "Chỉ thành viên Hội đồng Thi đua - Khen thưởng được ghi phiếu.");
        }

        if (nomination!.Status != NominationStatus.Checked)
        {
            return OperationResult<CouncilMemberVote>.Fail("Status", $"Hội đồng chỉ xét hồ sơ đã được kiểm tra; hồ sơ này đang ở trạng thái \"{Nomination.StatusText(nomination.Status)}\".");
        }

        if (meeting!.SecretBallot)
        {
            return OperationResult<CouncilMemberVote>.Fail("member", "Phiên họp bỏ phiếu kín: không ghi phiếu của từng thành viên; hãy nhập kết quả kiểm phiếu (số phiếu đồng ý, không đồng ý, không hợp lệ).");
        }

        var name = (memberName ?? "").Trim();
        if (!meeting.MemberList.Contains(name))
        {
            return OperationResult<CouncilMemberVote>.Fail("member", $"Phiếu bị từ chối: “{name}” không phải thành viên Hội đồng.");
        }

        if (await db.CouncilRecusals.AnyAsync(r => r.MeetingId == meetingId && r.NominationId == nominationId && r.MemberName == name, ct))
        {
            return OperationResult<CouncilMemberVote>.Fail("member", $"Phiếu bị từ chối: thành viên {name} đã rút khỏi việc xét hồ sơ này nên không được bỏ phiếu.");
        }

        if (!meeting.Settings().AllowWrittenVotesFromAbsent && !meeting.PresentList.Contains(name))
        {
            return OperationResult<CouncilMemberVote>.Fail("member", $"Phiếu bị từ chối: thành viên {name} vắng mặt.");
        }

        var vote = await db.CouncilMemberVotes.FirstOrDefaultAsync(v => v.MeetingId == meetingId && v.NominationId == nominationId && v.MemberName == name, ct);
        if (vote is null)
        {
            vote = new CouncilMemberVote { MeetingId = meetingId, NominationId = nominationId, MemberName = name };
            db.CouncilMemberVotes.Add(vote);
        }

        vote.Approve = approve;
        await db.SaveChangesAsync(ct);
        return OperationResult<CouncilMemberVote>.Ok(vote);
    }

    /// <summary>
    /// Records the vote-counting board's result for one nomination at a secret-ballot meeting (replacing an earlier entry
    /// while the nomination is undecided). Counts that cannot be right — more ballots than members taking part — are refused.
    /// </summary>
    public async Task<OperationResult<CouncilBallotCount>> RecordCountAsync(Guid meetingId, Guid nominationId, int? agree, int? disagree, int? invalid, Actor actor, CancellationToken ct = default)
    {
        var (meeting, nomination, error) = await LoadAsync(meetingId, nominationId, ct);
        if (error is not null)
        {
            return OperationResult<CouncilBallotCount>.Fail("id", error);
        }

        if (!EmulationPermissions.CanTally(actor))
        {
            return OperationResult<CouncilBallotCount>.Fail("access", "Chỉ Hội đồng (thành viên, Chủ tịch) được ghi kết quả kiểm phiếu.");
        }

        if (!meeting!.SecretBallot)
        {
            return OperationResult<CouncilBallotCount>.Fail("agree", "Phiên họp biểu quyết công khai: hãy ghi phiếu của từng thành viên.");
        }

        if (nomination!.Status != NominationStatus.Checked)
        {
            return OperationResult<CouncilBallotCount>.Fail("Status", $"Hồ sơ đang ở trạng thái \"{Nomination.StatusText(nomination.Status)}\", không ghi kết quả kiểm phiếu được.");
        }

        if (agree is null || disagree is null)
        {
            return OperationResult<CouncilBallotCount>.Fail("agree", "Hãy nhập số phiếu đồng ý và số phiếu không đồng ý theo biên bản kiểm phiếu.");
        }

        var check = await CountTallyAsync(meeting, nominationId, agree.Value, disagree.Value, invalid ?? 0, ct);
        if (check.Outcome == CouncilOutcome.Refused)
        {
            return OperationResult<CouncilBallotCount>.Fail("agree", check.Reason);
        }

        var count = await db.CouncilBallotCounts.FirstOrDefaultAsync(c => c.MeetingId == meetingId && c.NominationId == nominationId, ct);
        if (count is null)
        {
            count = new CouncilBallotCount { MeetingId = meetingId, NominationId = nominationId };
            db.CouncilBallotCounts.Add(count);
        }

        (count.Agree, count.Disagree, count.Invalid, count.RecordedBy) = (agree.Value, disagree.Value, invalid ?? 0, actor.Name);
        await db.SaveChangesAsync(ct);
        return OperationResult<CouncilBallotCount>.Ok(count);
    }

    private async Task<CouncilVoteResult> CountTallyAsync(CouncilMeeting meeting, Guid nominationId, int agree, int disagree, int invalid, CancellationToken ct)
    {
        var recused = await db.CouncilRecusals.AsNoTracking().Where(r => r.MeetingId == meeting.Id && r.NominationId == nominationId).Select(r => r.MemberName).ToListAsync(ct);
        var members = meeting.MemberList;
        var recusedMembers = recused.Where(members.Contains).Distinct().ToList();
        var presentEligible = meeting.PresentList.Count(p => members.Contains(p) && !recusedMembers.Contains(p));
        return CouncilVote.TallyCounts(members.Count, recusedMembers.Count, presentEligible, agree, disagree, invalid, meeting.Settings());
    }

    /// <summary>Counts the votes: passed → Approved, threshold not met → Rejected; no quorum or an invalid ballot set changes nothing.</summary>
    public async Task<OperationResult<CouncilVoteResult>> TallyAsync(Guid meetingId, Guid nominationId, Actor actor, CancellationToken ct = default)
    {
        var (meeting, _, error) = await LoadAsync(meetingId, nominationId, ct);
        if (error is not null)
        {
            return OperationResult<CouncilVoteResult>.Fail("id", error);
        }

        if (!EmulationPermissions.CanTally(actor))
        {
            return OperationResult<CouncilVoteResult>.Fail("access", "Chỉ Hội đồng (thành viên, Chủ tịch) được kiểm phiếu.");
        }

        var nomination = await db.Nominations.FirstAsync(n => n.Id == nominationId, ct);
        if (nomination.Status != NominationStatus.Checked)
        {
            return OperationResult<CouncilVoteResult>.Fail("Status", $"Hồ sơ đang ở trạng thái \"{Nomination.StatusText(nomination.Status)}\", không kiểm phiếu được.");
        }

        CouncilVoteResult result;
        if (meeting!.SecretBallot)
        {
            if (await db.CouncilBallotCounts.AsNoTracking().FirstOrDefaultAsync(c => c.MeetingId == meetingId && c.NominationId == nominationId, ct) is not { } count)
            {
                return OperationResult<CouncilVoteResult>.Fail("agree", "Chưa có kết quả kiểm phiếu kín cho hồ sơ này.");
            }

            result = await CountTallyAsync(meeting, nominationId, count.Agree, count.Disagree, count.Invalid, ct);
        }
        else
        {
            var votes = await VotesAsync(meetingId, ct);
            var recused = await db.CouncilRecusals.AsNoTracking().Where(r => r.MeetingId == meetingId && r.NominationId == nominationId).Select(r => r.MemberName).ToListAsync(ct);
            result = CouncilVote.Tally(
                meeting.MemberList.Select(m => new CouncilMember(m, m)).ToList(),
                meeting.PresentList,
                recused,
                votes.Where(v => v.NominationId == nominationId).Select(v => new CouncilBallot(v.MemberName, v.Approve ? BallotChoice.Agree : BallotChoice.Disagree)).ToList(),
                meeting.Settings());
        }

        if (result.Outcome is CouncilOutcome.Passed or CouncilOutcome.ThresholdNotMet)
        {
            nomination.Move(result.IsPassed ? NominationStatus.Approved : NominationStatus.Rejected);
            nomination.CouncilResult = $"Phiên họp ngày {VietnamTime.Date(meeting.Date)}: {result.Reason}";
            await db.SaveChangesAsync(ct);
        }

        return OperationResult<CouncilVoteResult>.Ok(result);
    }

    private async Task<(CouncilMeeting?, Nomination?, string?)> LoadAsync(Guid meetingId, Guid nominationId, CancellationToken ct)
    {
        var meeting = await db.CouncilMeetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        var nomination = await db.Nominations.AsNoTracking().FirstOrDefaultAsync(n => n.Id == nominationId, ct);
        if (meeting is null || nomination is null || nomination.RoundId != meeting.RoundId)
        {
            return (null, null, "Không tìm thấy phiên họp hoặc hồ sơ của đợt xét này.");
        }

        return (meeting, nomination, null);
    }
}
