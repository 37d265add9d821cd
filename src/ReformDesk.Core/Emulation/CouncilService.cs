using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

/// <summary>The standing council as the secretariat sets it up: the establishing decision and the regulation's voting rule with its source.</summary>
public sealed record CouncilInput(
    string? DecisionNumber,
    DateOnly? DecisionDate,
    int? QuorumNumerator,
    int? QuorumDenominator,
    int? PassPercent,
    ThresholdBase ThresholdBase,
    bool SecretBallot,
    string? RuleSource);

/// <summary>
/// A council meeting: date, which of the council's members are present, and the voting rule — by default the
/// council's; a different rule needs its own source (e.g. the meeting's decision).
/// </summary>
public sealed record MeetingInput(
    DateOnly? Date,
    IReadOnlyCollection<Guid>? PresentPeople,
    bool? SecretBallot = null,
    int? QuorumNumerator = null,
    int? QuorumDenominator = null,
    int? PassPercent = null,
    ThresholdBase? ThresholdBase = null,
    string? RuleSource = null);

public sealed record CouncilSeat(CouncilMembership Membership, string Name);

/// <summary>
/// The standing council (members chosen from the commune's people, with roles; the voting rule and its source) and its
/// meetings: attendance, recusals, then either one vote per member (open vote) or, at a secret ballot, who handed in a
/// ballot and the vote-counting board's counts (never who voted how), tallied with <see cref="Rules.CouncilVote"/>.
/// </summary>
public sealed class CouncilService(ReformDeskDbContext db, TimeProvider clock)
{
    private DateOnly Today => VietnamTime.Today(clock);

    public Task<Council?> CouncilAsync(CancellationToken ct = default) => db.Councils.AsNoTracking().FirstOrDefaultAsync(ct);

    /// <summary>The council's active members, chairman first.</summary>
    public async Task<IReadOnlyList<CouncilSeat>> SeatsAsync(CancellationToken ct = default)
    {
        var rows = await (from m in db.CouncilMemberships.AsNoTracking()
                          join p in db.People.AsNoTracking() on m.PersonId equals p.Id
                          where m.Active
                          select new { Membership = m, p.FullName }).ToListAsync(ct);
        return rows.OrderBy(r => r.Membership.Role).ThenBy(r => r.FullName).Select(r => new CouncilSeat(r.Membership, r.FullName)).ToList();
    }

    public Task<List<Person>> PeopleAsync(CancellationToken ct = default) => db.People.AsNoTracking().OrderBy(p => p.FullName).ToListAsync(ct);

    /// <summary>Creates or edits the commune's council: the decision that establishes it and the voting rule with its source.</summary>
    public async Task<OperationResult<Council>> SaveCouncilAsync(Actor actor, CouncilInput input, CancellationToken ct = default)
    {
        if (!EmulationPermissions.CanSetUpCouncil(actor))
        {
            return OperationResult<Council>.Forbidden("Bạn không có quyền thành lập, sửa Hội đồng Thi đua - Khen thưởng.");
        }

        if (string.IsNullOrWhiteSpace(input.DecisionNumber) || input.DecisionNumber.Trim().Length > 60)
        {
            return OperationResult<Council>.Invalid(nameof(CouncilInput.DecisionNumber), "Hãy nhập số quyết định thành lập Hội đồng (ví dụ 12/QĐ-UBND).");
        }

        if (input.DecisionDate is null || input.DecisionDate > Today)
        {
            return OperationResult<Council>.Invalid(nameof(CouncilInput.DecisionDate), "Hãy nhập ngày của quyết định thành lập Hội đồng (không sau hôm nay).");
        }

        if (RuleError(input.QuorumNumerator, input.QuorumDenominator, input.PassPercent, required: true) is { } rule)
        {
            return OperationResult<Council>.Invalid(rule.Field, rule.Message);
        }

        if (string.IsNullOrWhiteSpace(input.RuleSource))
        {
            return OperationResult<Council>.Invalid(nameof(CouncilInput.RuleSource), "Hãy ghi căn cứ của tỷ lệ có mặt và tỷ lệ đồng ý (quy chế hoạt động của Hội đồng, điều khoản).");
        }

        var council = await db.Councils.FirstOrDefaultAsync(ct);
        if (council is null)
        {
            council = new Council();
            db.Councils.Add(council);
        }

        council.DecisionNumber = input.DecisionNumber.Trim();
        council.DecisionDate = input.DecisionDate;
        (council.QuorumNumerator, council.QuorumDenominator, council.PassPercent) = (input.QuorumNumerator!.Value, input.QuorumDenominator!.Value, input.PassPercent!.Value);
        council.ThresholdBase = input.ThresholdBase;
        council.SecretBallot = input.SecretBallot;
        council.RuleSource = input.RuleSource.Trim();
        await db.SaveChangesAsync(ct);
        return OperationResult<Council>.Ok(council);
    }

    /// <summary>Seats one of the commune's people on the council with a role (one Chairman, one secretary at a time).</summary>
    public async Task<OperationResult<CouncilMembership>> AddMemberAsync(Actor actor, Guid? personId, CouncilRole role, CancellationToken ct = default)
    {
        if (!EmulationPermissions.CanSetUpCouncil(actor))
        {
            return OperationResult<CouncilMembership>.Forbidden("Bạn không có quyền sửa thành phần Hội đồng.");
        }

        if (await db.Councils.FirstOrDefaultAsync(ct) is not { } council)
        {
            return OperationResult<CouncilMembership>.Invalid("council", "Hãy nhập quyết định thành lập Hội đồng trước khi thêm thành viên.");
        }

        if (personId is null || await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct) is not { } person)
        {
            return OperationResult<CouncilMembership>.Invalid("PersonId", "Hãy chọn một cán bộ trong danh sách cán bộ của xã, phường.");
        }

        var memberships = await db.CouncilMemberships.Where(m => m.CouncilId == council.Id).ToListAsync(ct);
        var existing = memberships.FirstOrDefault(m => m.PersonId == person.Id);
        if (existing is { Active: true })
        {
            return OperationResult<CouncilMembership>.Invalid("PersonId", $"{person.FullName} đã là thành viên Hội đồng ({existing.Role.Vietnamese()}).");
        }

        if (role is CouncilRole.Chairman or CouncilRole.Secretary && memberships.Any(m => m.Active && m.Role == role))
        {
            return OperationResult<CouncilMembership>.Invalid("Role", $"Hội đồng đã có {role.Vietnamese()}; hãy cho người đó rời Hội đồng trước.");
        }

        if (existing is null)
        {
            existing = new CouncilMembership { CouncilId = council.Id, PersonId = person.Id };
            db.CouncilMemberships.Add(existing);
        }

        (existing.Role, existing.Active) = (role, true);
        await db.SaveChangesAsync(ct);
        return OperationResult<CouncilMembership>.Ok(existing);
    }

    /// <summary>A member leaves the council; past meetings keep the member as seated then.</summary>
    public async Task<OperationResult<CouncilMembership>> RemoveMemberAsync(Actor actor, Guid membershipId, CancellationToken ct = default)
    {
        if (!EmulationPermissions.CanSetUpCouncil(actor))
        {
            return OperationResult<CouncilMembership>.Forbidden("Bạn không có quyền sửa thành phần Hội đồng.");
        }

        if (await db.CouncilMemberships.FirstOrDefaultAsync(m => m.Id == membershipId && m.Active, ct) is not { } membership)
        {
            return OperationResult<CouncilMembership>.NotFound("Không tìm thấy thành viên Hội đồng.");
        }

        membership.Active = false;
        await db.SaveChangesAsync(ct);
        return OperationResult<CouncilMembership>.Ok(membership);
    }

    private static (string Field, string Message)? RuleError(int? quorumNumerator, int? quorumDenominator, int? passPercent, bool required)
    {
        if (required || quorumNumerator is not null || quorumDenominator is not null)
        {
            if (quorumNumerator is not (> 0 and <= 100) || quorumDenominator is not (> 0 and <= 100) || quorumNumerator > quorumDenominator)
            {
                return ("quorum", "Tỷ lệ có mặt tối thiểu phải là một phân số không lớn hơn 1 (ví dụ 2/3).");
            }
        }

        if ((required || passPercent is not null) && passPercent is not (> 0 and <= 100))
        {
            return ("passPercent", "Tỷ lệ phiếu đồng ý cần đạt phải từ 1% đến 100%.");
        }

        return null;
    }

    public Task<List<CouncilMeeting>> MeetingsAsync(Guid roundId, CancellationToken ct = default) =>
        db.CouncilMeetings.AsNoTracking().Where(m => m.RoundId == roundId).OrderByDescending(m => m.Date).ToListAsync(ct);

    /// <summary>The members as seated at a meeting, in the order of the council (chairman first).</summary>
    public Task<List<CouncilMeetingMember>> MeetingMembersAsync(Guid meetingId, CancellationToken ct = default) =>
        db.CouncilMeetingMembers.AsNoTracking().Where(m => m.MeetingId == meetingId).OrderBy(m => m.Order).ToListAsync(ct);

    public Task<List<CouncilMemberVote>> VotesAsync(Guid meetingId, CancellationToken ct = default) =>
        db.CouncilMemberVotes.AsNoTracking().Where(v => v.MeetingId == meetingId).ToListAsync(ct);

    public Task<List<CouncilRecusal>> RecusalsAsync(Guid meetingId, CancellationToken ct = default) =>
        db.CouncilRecusals.AsNoTracking().Where(r => r.MeetingId == meetingId).ToListAsync(ct);

    public Task<List<CouncilBallotCount>> CountsAsync(Guid meetingId, CancellationToken ct = default) =>
        db.CouncilBallotCounts.AsNoTracking().Where(c => c.MeetingId == meetingId).ToListAsync(ct);

    /// <summary>Who handed in a ballot, per nomination, at a secret ballot (no choice is stored).</summary>
    public Task<List<CouncilBallotReceipt>> ReceiptsAsync(Guid meetingId, CancellationToken ct = default) =>
        db.CouncilBallotReceipts.AsNoTracking().Where(r => r.MeetingId == meetingId).ToListAsync(ct);

    /// <summary>
    /// Sets up a meeting of the standing council: its active members are seated (name and role as of today), those
    /// chosen are present. The rule is the council's unless the meeting gives another one with its source.
    /// </summary>
    public async Task<OperationResult<CouncilMeeting>> CreateMeetingAsync(Guid roundId, Actor actor, MeetingInput input, CancellationToken ct = default)
    {
        if (!await db.NominationRounds.AnyAsync(r => r.Id == roundId, ct))
        {
            return OperationResult<CouncilMeeting>.NotFound("Không tìm thấy đợt xét khen thưởng.");
        }

        if (!EmulationPermissions.CanOrganiseCouncil(actor))
        {
            return OperationResult<CouncilMeeting>.Forbidden("Bạn không có quyền lập phiên họp Hội đồng.");
        }

        if (input.Date is not { } date || date > Today)
        {
            return OperationResult<CouncilMeeting>.Invalid("date", "Hãy nhập ngày họp (không sau hôm nay).");
        }

        if (await CouncilAsync(ct) is not { } council)
        {
            return OperationResult<CouncilMeeting>.Invalid("members", "Chưa thành lập Hội đồng Thi đua - Khen thưởng: hãy nhập quyết định thành lập và chọn thành viên (trang Hội đồng Thi đua - Khen thưởng).");
        }

        var seats = await SeatsAsync(ct);
        if (seats.Count == 0)
        {
            return OperationResult<CouncilMeeting>.Invalid("members", "Hội đồng chưa có thành viên: hãy chọn thành viên từ danh sách cán bộ trước khi lập phiên họp.");
        }

        var present = (input.PresentPeople ?? []).ToHashSet();
        if (present.FirstOrDefault(p => seats.All(s => s.Membership.PersonId != p)) is { } stranger && stranger != Guid.Empty)
        {
            var name = await db.People.AsNoTracking().Where(p => p.Id == stranger).Select(p => p.FullName).FirstOrDefaultAsync(ct) ?? "Người được chọn";
            return OperationResult<CouncilMeeting>.Invalid("present", $"{name} không phải thành viên Hội đồng.");
        }

        if (RuleError(input.QuorumNumerator, input.QuorumDenominator, input.PassPercent, required: false) is { } rule)
        {
            return OperationResult<CouncilMeeting>.Invalid(rule.Field, rule.Message);
        }

        var quorum = (N: input.QuorumNumerator ?? council.QuorumNumerator, D: input.QuorumDenominator ?? council.QuorumDenominator);
        var pass = input.PassPercent ?? council.PassPercent;
        var thresholdBase = input.ThresholdBase ?? council.ThresholdBase;
        var secret = input.SecretBallot ?? council.SecretBallot;
        var own = !new Rules.Ratio(quorum.N, quorum.D).SameShareAs(new Rules.Ratio(council.QuorumNumerator, council.QuorumDenominator))
            || pass != council.PassPercent || thresholdBase != council.ThresholdBase;
        if (own && string.IsNullOrWhiteSpace(input.RuleSource))
        {
            return OperationResult<CouncilMeeting>.Invalid("ruleSource", "Tỷ lệ có mặt hoặc tỷ lệ đồng ý khác quy chế của Hội đồng: hãy ghi căn cứ áp dụng cho phiên họp này.");
        }

        var meeting = new CouncilMeeting
        {
            RoundId = roundId, Date = date, CouncilId = council.Id, SecretBallot = secret,
            QuorumNumerator = quorum.N, QuorumDenominator = quorum.D, PassPercent = pass, ThresholdBase = thresholdBase,
            RuleSource = own ? input.RuleSource!.Trim() : $"{council.RuleSource} (Hội đồng thành lập theo Quyết định số {council.DecisionNumber})",
        };
        db.CouncilMeetings.Add(meeting);
        var order = 0;
        foreach (var seat in seats)
        {
            db.CouncilMeetingMembers.Add(new CouncilMeetingMember
            {
                MeetingId = meeting.Id, PersonId = seat.Membership.PersonId, Name = seat.Name, Role = seat.Membership.Role,
                Present = present.Contains(seat.Membership.PersonId), Order = order++,
            });
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<CouncilMeeting>.Ok(meeting);
    }

    public async Task<OperationResult<CouncilRecusal>> RecuseAsync(Guid meetingId, Guid nominationId, Guid? memberId, Actor actor, CancellationToken ct = default)
    {
        var (meeting, nomination, error) = await LoadAsync(meetingId, nominationId, ct);
        if (error is not null)
        {
            return OperationResult<CouncilRecusal>.NotFound(error);
        }

        if (!EmulationPermissions.CanOrganiseCouncil(actor))
        {
            return OperationResult<CouncilRecusal>.Forbidden("Bạn không có quyền ghi nhận việc rút khỏi xét.");
        }

        if (meeting!.Permits(CouncilStep.Recuse, nomination!) is { Succeeded: false } refused)
        {
            return refused.As<CouncilRecusal>();
        }

        if (await MemberAsync(meeting.Id, memberId, ct) is not { } member)
        {
            return OperationResult<CouncilRecusal>.Invalid("member", "Người được chọn không phải thành viên Hội đồng tại phiên họp này.");
        }

        if (await db.CouncilMemberVotes.AnyAsync(v => v.MeetingId == meetingId && v.NominationId == nominationId && v.MeetingMemberId == member.Id, ct)
            || await db.CouncilBallotReceipts.AnyAsync(r => r.MeetingId == meetingId && r.NominationId == nominationId && r.MeetingMemberId == member.Id, ct))
        {
            return OperationResult<CouncilRecusal>.Invalid("member", $"Thành viên {member.Name} đã bỏ phiếu cho hồ sơ này, không thể ghi nhận rút khỏi xét.");
        }

        if (await db.CouncilRecusals.AnyAsync(r => r.MeetingId == meetingId && r.NominationId == nominationId && r.MeetingMemberId == member.Id, ct))
        {
            return OperationResult<CouncilRecusal>.Invalid("member", $"Thành viên {member.Name} đã rút khỏi việc xét hồ sơ này.");
        }

        var recusal = new CouncilRecusal { MeetingId = meetingId, NominationId = nomination!.Id, MeetingMemberId = member.Id, MemberName = member.Name };
        db.CouncilRecusals.Add(recusal);
        await db.SaveChangesAsync(ct);
        return OperationResult<CouncilRecusal>.Ok(recusal);
    }

    private Task<CouncilMeetingMember?> MemberAsync(Guid meetingId, Guid? memberId, CancellationToken ct) =>
        memberId is null ? Task.FromResult<CouncilMeetingMember?>(null)
            : db.CouncilMeetingMembers.AsNoTracking().FirstOrDefaultAsync(m => m.MeetingId == meetingId && m.Id == memberId, ct);

    /// <summary>Records (or changes) one member's vote at an open vote. A recused member or a non-member is refused.</summary>
    public async Task<OperationResult<CouncilMemberVote>> RecordVoteAsync(Guid meetingId, Guid nominationId, Guid? memberId, bool approve, Actor actor, CancellationToken ct = default)
    {
        var (meeting, nomination, error) = await LoadAsync(meetingId, nominationId, ct);
        if (error is not null)
        {
            return OperationResult<CouncilMemberVote>.NotFound(error);
        }

        if (!EmulationPermissions.CanVote(actor))
        {
            return OperationResult<CouncilMemberVote>.Forbidden("Chỉ thành viên Hội đồng Thi đua - Khen thưởng được ghi phiếu.");
        }

        if (meeting!.Permits(CouncilStep.RecordVote, nomination!) is { Succeeded: false } refused)
        {
            return refused.As<CouncilMemberVote>();
        }

        if (await MemberAsync(meetingId, memberId, ct) is not { } member)
        {
            return OperationResult<CouncilMemberVote>.Invalid("member", "Phiếu bị từ chối: người được chọn không phải thành viên Hội đồng tại phiên họp này.");
        }

        if (await db.CouncilRecusals.AnyAsync(r => r.MeetingId == meetingId && r.NominationId == nominationId && r.MeetingMemberId == member.Id, ct))
        {
            return OperationResult<CouncilMemberVote>.Invalid("member", $"Phiếu bị từ chối: thành viên {member.Name} đã rút khỏi việc xét hồ sơ này nên không được bỏ phiếu.");
        }

        if (!meeting.Settings().AllowWrittenVotesFromAbsent && !member.Present)
        {
            return OperationResult<CouncilMemberVote>.Invalid("member", $"Phiếu bị từ chối: thành viên {member.Name} vắng mặt.");
        }

        var vote = await db.CouncilMemberVotes.FirstOrDefaultAsync(v => v.MeetingId == meetingId && v.NominationId == nominationId && v.MeetingMemberId == member.Id, ct);
        if (vote is null)
        {
            vote = new CouncilMemberVote { MeetingId = meetingId, NominationId = nominationId, MeetingMemberId = member.Id, MemberName = member.Name };
            db.CouncilMemberVotes.Add(vote);
        }

        vote.Approve = approve;
        await db.SaveChangesAsync(ct);
        return OperationResult<CouncilMemberVote>.Ok(vote);
    }

    /// <summary>
    /// Records, for one nomination at a secret-ballot meeting, who handed in a ballot and the vote-counting board's
    /// counts (replacing an earlier entry while the nomination is undecided). Every ballot handed in is counted once:
    /// agree + disagree + invalid must equal the members marked as having voted. How each of them voted is never stored.
    /// </summary>
    public async Task<OperationResult<CouncilBallotCount>> RecordCountAsync(Guid meetingId, Guid nominationId, IReadOnlyCollection<Guid>? voted, int? agree, int? disagree, int? invalid, Actor actor, CancellationToken ct = default)
    {
        var (meeting, nomination, error) = await LoadAsync(meetingId, nominationId, ct);
        if (error is not null)
        {
            return OperationResult<CouncilBallotCount>.NotFound(error);
        }

        if (!EmulationPermissions.CanTally(actor))
        {
            return OperationResult<CouncilBallotCount>.Forbidden("Chỉ Hội đồng (thành viên, Chủ tịch) được ghi kết quả kiểm phiếu.");
        }

        if (meeting!.Permits(CouncilStep.RecordCount, nomination!) is { Succeeded: false } refused)
        {
            return refused.As<CouncilBallotCount>();
        }

        var members = await MeetingMembersAsync(meetingId, ct);
        var recused = (await db.CouncilRecusals.AsNoTracking().Where(r => r.MeetingId == meetingId && r.NominationId == nominationId).Select(r => r.MeetingMemberId).ToListAsync(ct)).ToHashSet();
        var voters = (voted ?? []).Distinct().ToList();
        if (voters.Count == 0)
        {
            return OperationResult<CouncilBallotCount>.Invalid("voted", "Hãy đánh dấu các thành viên đã bỏ phiếu.");
        }

        foreach (var id in voters)
        {
            if (members.FirstOrDefault(m => m.Id == id) is not { } member)
            {
                return OperationResult<CouncilBallotCount>.Invalid("voted", "Người được đánh dấu đã bỏ phiếu không phải thành viên Hội đồng tại phiên họp này.");
            }

            if (recused.Contains(member.Id))
            {
                return OperationResult<CouncilBallotCount>.Invalid("voted", $"Thành viên {member.Name} đã rút khỏi việc xét hồ sơ này nên không được bỏ phiếu.");
            }

            if (!meeting.Settings().AllowWrittenVotesFromAbsent && !member.Present)
            {
                return OperationResult<CouncilBallotCount>.Invalid("voted", $"Thành viên {member.Name} vắng mặt và quy chế không cho phép lấy ý kiến bằng văn bản.");
            }
        }

        if (agree is null || disagree is null)
        {
            return OperationResult<CouncilBallotCount>.Invalid("agree", "Hãy nhập số phiếu đồng ý và số phiếu không đồng ý theo biên bản kiểm phiếu.");
        }

        var check = CountTally(meeting, members, recused, agree.Value, disagree.Value, invalid ?? 0);
        if (check.Outcome == CouncilOutcome.Refused)
        {
            return OperationResult<CouncilBallotCount>.Invalid("agree", check.Reason);
        }

        var cast = agree.Value + disagree.Value + (invalid ?? 0);
        if (cast != voters.Count)
        {
            return OperationResult<CouncilBallotCount>.Invalid("agree", $"Tổng số phiếu ({cast}) phải bằng số thành viên đã bỏ phiếu ({voters.Count}): kiểm tra lại biên bản kiểm phiếu.");
        }

        var count = await db.CouncilBallotCounts.FirstOrDefaultAsync(c => c.MeetingId == meetingId && c.NominationId == nominationId, ct);
        if (count is null)
        {
            count = new CouncilBallotCount { MeetingId = meetingId, NominationId = nominationId };
            db.CouncilBallotCounts.Add(count);
        }

        (count.Agree, count.Disagree, count.Invalid, count.RecordedBy) = (agree.Value, disagree.Value, invalid ?? 0, actor.Name);
        var receipts = await db.CouncilBallotReceipts.Where(r => r.MeetingId == meetingId && r.NominationId == nominationId).ToListAsync(ct);
        db.CouncilBallotReceipts.RemoveRange(receipts.Where(r => !voters.Contains(r.MeetingMemberId)));
        foreach (var id in voters.Where(v => receipts.All(r => r.MeetingMemberId != v)))
        {
            db.CouncilBallotReceipts.Add(new CouncilBallotReceipt { MeetingId = meetingId, NominationId = nominationId, MeetingMemberId = id });
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<CouncilBallotCount>.Ok(count);
    }

    /// <summary>The tally of a secret ballot's counts for one nomination (also used by the minutes).</summary>
    public static CouncilVoteResult CountTally(CouncilMeeting meeting, IReadOnlyCollection<CouncilMeetingMember> members, IReadOnlySet<Guid?> recused, int agree, int disagree, int invalid)
    {
        var recusedCount = members.Count(m => recused.Contains(m.Id));
        var presentEligible = members.Count(m => m.Present && !recused.Contains(m.Id));
        return CouncilVote.TallyCounts(members.Count, recusedCount, presentEligible, agree, disagree, invalid, meeting.Settings());
    }

    /// <summary>The tally of an open vote for one nomination (also used by the minutes).</summary>
    public static CouncilVoteResult OpenTally(CouncilMeeting meeting, IReadOnlyCollection<CouncilMeetingMember> members, IEnumerable<Guid?> recused, IEnumerable<CouncilMemberVote> votes) =>
        CouncilVote.Tally(
            members.Select(m => new CouncilMember(m.Id.ToString(), m.Name)).ToList(),
            members.Where(m => m.Present).Select(m => m.Id.ToString()).ToList(),
            recused.Select(r => r?.ToString() ?? "").ToList(),
            votes.Select(v => new CouncilBallot(v.MeetingMemberId?.ToString() ?? v.MemberName, v.Approve ? BallotChoice.Agree : BallotChoice.Disagree)).ToList(),
            meeting.Settings());

    /// <summary>Counts the votes: passed → Approved, threshold not met → Rejected; no quorum or an invalid ballot set changes nothing.</summary>
    public async Task<OperationResult<CouncilVoteResult>> TallyAsync(Guid meetingId, Guid nominationId, Actor actor, CancellationToken ct = default)
    {
        var (meeting, _, error) = await LoadAsync(meetingId, nominationId, ct);
        if (error is not null)
        {
            return OperationResult<CouncilVoteResult>.NotFound(error);
        }

        if (!EmulationPermissions.CanTally(actor))
        {
            return OperationResult<CouncilVoteResult>.Forbidden("Chỉ Hội đồng (thành viên, Chủ tịch) được kiểm phiếu.");
        }

        var nomination = await db.Nominations.FirstAsync(n => n.Id == nominationId, ct);
        if (meeting!.Permits(CouncilStep.Tally, nomination) is { Succeeded: false } refused)
        {
            return refused.As<CouncilVoteResult>();
        }

        var members = await MeetingMembersAsync(meetingId, ct);
        var recused = (await db.CouncilRecusals.AsNoTracking().Where(r => r.MeetingId == meetingId && r.NominationId == nominationId).Select(r => r.MeetingMemberId).ToListAsync(ct)).ToHashSet();
        CouncilVoteResult result;
        if (meeting.SecretBallot)
        {
            if (await db.CouncilBallotCounts.AsNoTracking().FirstOrDefaultAsync(c => c.MeetingId == meetingId && c.NominationId == nominationId, ct) is not { } count)
            {
                return OperationResult<CouncilVoteResult>.Invalid("agree", "Chưa có kết quả kiểm phiếu kín cho hồ sơ này.");
            }

            result = CountTally(meeting, members, recused, count.Agree, count.Disagree, count.Invalid);
        }
        else
        {
            var votes = (await VotesAsync(meetingId, ct)).Where(v => v.NominationId == nominationId);
            result = OpenTally(meeting, members, recused, votes);
        }

        if (result.Outcome is CouncilOutcome.Passed or CouncilOutcome.ThresholdNotMet)
        {
            if (nomination.RecordCouncilResult(result.IsPassed, $"Phiên họp ngày {VietnamTime.Date(meeting.Date)}: {result.Reason}") is { Succeeded: false } notMoved)
            {
                return notMoved.As<CouncilVoteResult>();
            }

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
