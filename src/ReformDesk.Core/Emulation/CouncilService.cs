using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

/// <summary>Council meetings: attendance, recusals, one vote per member per nomination, tally with <see cref="Rules.CouncilVote"/>.</summary>
public sealed class CouncilService(ReformDeskDbContext db, TimeProvider clock)
{
    public CouncilSettings Settings { get; } = new();

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), VietnamTime.Zone).DateTime);

    public Task<List<CouncilMeeting>> MeetingsAsync(Guid roundId, CancellationToken ct = default) =>
        db.CouncilMeetings.AsNoTracking().Where(m => m.RoundId == roundId).OrderByDescending(m => m.Date).ToListAsync(ct);

    public Task<List<CouncilMemberVote>> VotesAsync(Guid meetingId, CancellationToken ct = default) =>
        db.CouncilMemberVotes.AsNoTracking().Where(v => v.MeetingId == meetingId).ToListAsync(ct);

    public Task<List<CouncilRecusal>> RecusalsAsync(Guid meetingId, CancellationToken ct = default) =>
        db.CouncilRecusals.AsNoTracking().Where(r => r.MeetingId == meetingId).ToListAsync(ct);

    public async Task<OperationResult<CouncilMeeting>> CreateMeetingAsync(Guid roundId, Actor actor, DateOnly? date, string? members, string? present, CancellationToken ct = default)
    {
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

        var meeting = new CouncilMeeting { RoundId = roundId, Date = date.Value, Members = string.Join('\n', memberList), Present = string.Join('\n', presentList) };
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

        var name = (memberName ?? "").Trim();
        if (!meeting!.MemberList.Contains(name))
        {
            return OperationResult<CouncilMemberVote>.Fail("member", $"Phiếu bị từ chối: “{name}” không phải thành viên Hội đồng.");
        }

        if (await db.CouncilRecusals.AnyAsync(r => r.MeetingId == meetingId && r.NominationId == nominationId && r.MemberName == name, ct))
        {
            return OperationResult<CouncilMemberVote>.Fail("member", $"Phiếu bị từ chối: thành viên {name} đã rút khỏi việc xét hồ sơ này nên không được bỏ phiếu.");
        }

        if (!Settings.AllowWrittenVotesFromAbsent && !meeting.PresentList.Contains(name))
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

        var votes = await VotesAsync(meetingId, ct);
        var recused = await db.CouncilRecusals.AsNoTracking().Where(r => r.MeetingId == meetingId && r.NominationId == nominationId).Select(r => r.MemberName).ToListAsync(ct);
        var result = CouncilVote.Tally(
            meeting!.MemberList.Select(m => new CouncilMember(m, m)).ToList(),
            meeting.PresentList,
            recused,
            votes.Where(v => v.NominationId == nominationId).Select(v => new CouncilBallot(v.MemberName, v.Approve ? BallotChoice.Agree : BallotChoice.Disagree)).ToList(),
            Settings);

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
