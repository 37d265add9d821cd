using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Documents;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;
using static ReformDesk.Web.Tests.Infrastructure.HttpForms;

namespace ReformDesk.Web.Tests.Emulation;

/// <summary>
/// The nomination workflow on each real database: rules fed from the database (quota, no second award, deadline),
/// secretariat check, council tally, decision → award history, revocation, DOCX, roles.
/// Each test works in its own movement so tests sharing the seeded app do not see each other's rows.
/// </summary>
public abstract class EmulationTests(AppFixture fixture)
{
    private AppFactory App => fixture.App;

    private Tenant VietHoa => App.Communes().Single(c => c.Code == "HP-VIETHOA");

    private static readonly Actor Secretariat = new(null, "Tham mưu CCHC", [Roles.ReformSecretariat], null, false);
    private static readonly Actor Member = new(null, "Thành viên Hội đồng", [Roles.CouncilMember], null, false);
    private static readonly Actor Chairman = new(null, "Chủ tịch", [Roles.Chairman], null, false);

    private static Actor Officer(Guid unitId) => new(null, "Công chức", [Roles.Officer], unitId, false);

    private AsyncServiceScope TenantScope() => App.TenantScope(VietHoa.Id);

    private sealed record World(AsyncServiceScope Scope, ReformDeskDbContext Db, NominationService Nominations, CouncilService Council,
        DecisionService Decisions, ReformDesk.Core.Emulation.NominationRound Round, Guid UnitA, Guid UnitB) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Scope.DisposeAsync();

        /// <summary>A person holding a position in <paramref name="unit"/> (default: unit A) in the round's year.</summary>
        public async Task<Guid> PersonAsync(string name, Guid? unit = null)
        {
            var person = new Person { FullName = name };
            Db.People.Add(person);
            Db.PositionTenures.Add(new PositionTenure { PersonId = person.Id, UnitId = unit ?? UnitA, Title = "Chuyên viên", FromYear = Round.Year });
            await Db.SaveChangesAsync();
            return person.Id;
        }

        /// <summary>Records the person's appraisal of the round's year, so "danh-gia:{year}" is an achievement of their records.</summary>
        public async Task AppraiseAsync(Guid personId, AppraisalResult result = AppraisalResult.HoanThanhXuatSac)
        {
            var saved = await Scope.ServiceProvider.GetRequiredService<FactService>().SaveAppraisalAsync(Secretariat,
                new AppraisalInput(personId, null, Round.Year, result, "30/QĐ-UBND", Nominations.Today));
            Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Values));
        }

        /// <summary>The meeting's seat of a member by name (null for a stranger).</summary>
        public async Task<Guid?> SeatAsync(CouncilMeeting meeting, string name) =>
            await Db.CouncilMeetingMembers.AsNoTracking().Where(m => m.MeetingId == meeting.Id && m.Name == name).Select(m => (Guid?)m.Id).FirstOrDefaultAsync();

        public async Task<List<Guid>> SeatsAsync(CouncilMeeting meeting, params string[] names) =>
            await Db.CouncilMeetingMembers.AsNoTracking().Where(m => m.MeetingId == meeting.Id && names.Contains(m.Name)).Select(m => m.Id).ToListAsync();

        /// <summary>Makes the commune's standing council exactly these people (created when missing), chairman first; returns their person ids by name.</summary>
        public async Task<Dictionary<string, Guid>> CouncilOfAsync(params string[] names)
        {
            if (await Council.CouncilAsync() is null)
            {
                Assert.True((await Council.SaveCouncilAsync(Secretariat, new CouncilInput("01/QĐ-UBND", Nominations.Today, 2, 3, 70, ThresholdBase.AllMembers, true, "Quy chế hoạt động của Hội đồng, Điều 5"))).Succeeded);
            }

            var ids = new Dictionary<string, Guid>();
            foreach (var name in names)
            {
                ids[name] = await Db.People.Where(p => p.FullName == name).Select(p => (Guid?)p.Id).FirstOrDefaultAsync() ?? await PersonAsync(name);
            }

            foreach (var seat in await Council.SeatsAsync())
            {
                if (!ids.ContainsValue(seat.Membership.PersonId))
                {
                    Assert.True((await Council.RemoveMemberAsync(Secretariat, seat.Membership.Id)).Succeeded);
                }
            }

            var seated = (await Council.SeatsAsync()).Select(s => s.Membership.PersonId).ToHashSet();
            for (var i = 0; i < names.Length; i++)
            {
                if (!seated.Contains(ids[names[i]]))
                {
                    var added = await Council.AddMemberAsync(Secretariat, ids[names[i]], i == 0 ? CouncilRole.Chairman : CouncilRole.Member);
                    Assert.True(added.Succeeded, string.Join(" ", added.Errors.Values));
                }
            }

            return ids;
        }

        public NominationInput Individual(Guid personId, Guid unitId, string? key = null) =>
            new(NomineeKind.Individual, null, personId, unitId, AwardKind.GiayKhenChuTichXa, "Hoàn thành xuất sắc nhiệm vụ CCHC", key, "Báo cáo 21/BC-UBND");
    }

    /// <summary>A fresh movement with one annual round of the year, seed 000 style (≤1 collective, ≤2 individuals per unit).</summary>
    private async Task<World> WorldAsync(DateOnly? deadline = null, int year = 2026)
    {
        var scope = TenantScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<ReformDeskDbContext>();
        var nominations = sp.GetRequiredService<NominationService>();
        var movement = new Movement { Title = "Phong trào thử " + Guid.NewGuid().ToString("N")[..8], StartYear = year, EndYear = year, IssuingBody = "UBND phường Việt Hòa" };
        db.Movements.Add(movement);
        await db.SaveChangesAsync();
        var round = await nominations.CreateRoundAsync(movement.Id, Secretariat,
            new RoundInput(RoundKind.Annual, year, null, deadline ?? nominations.Today.AddDays(30), 1, 2));
        Assert.True(round.Succeeded, string.Join(" ", round.Errors.Values));
        var units = await db.Units.Where(u => u.Kind == UnitKind.Department).OrderBy(u => u.Name).Select(u => u.Id).Take(2).ToListAsync();
        return new World(scope, db, nominations, sp.GetRequiredService<CouncilService>(), sp.GetRequiredService<DecisionService>(), round.Value!, units[0], units[1]);
    }

    /// <summary>Creates, submits and checks (secretariat ticks every item) an individual nomination.</summary>
    private static async Task<Nomination> CheckedAsync(World w, string name, string? key = null)
    {
        var person = await w.PersonAsync(name);
        if (key is not null)
        {
            await w.AppraiseAsync(person);
        }

        var created = await w.Nominations.CreateAsync(w.Round.Id, Officer(w.UnitA), w.Individual(person, w.UnitA, key), submit: true);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Values));
        Assert.Equal("Báo cáo 21/BC-UBND", created.Value!.Evidence);
        var open = (await w.Nominations.CheckAsync(created.Value!)).OpenItems.Select(i => i.Code);
        var checkedResult = await w.Nominations.ConfirmAsync(created.Value!.Id, Secretariat, open, markChecked: true);
        Assert.True(checkedResult.Succeeded, string.Join(" ", checkedResult.Errors.Values));
        Assert.Equal(NominationStatus.Checked, checkedResult.Value!.Status);
        return checkedResult.Value;
    }

    /// <summary>An open-vote meeting (each member's vote recorded); secret ballots are tested with counts.</summary>
    private static async Task<CouncilMeeting> MeetingAsync(World w, string[] members, string[] present, bool secret = false)
    {
        var ids = await w.CouncilOfAsync(members);
        var meeting = await w.Council.CreateMeetingAsync(w.Round.Id, Member,
            new MeetingInput(w.Nominations.Today, present.Select(p => ids[p]).ToList(), SecretBallot: secret));
        Assert.True(meeting.Succeeded, string.Join(" ", meeting.Errors.Values));
        return meeting.Value!;
    }

    private static readonly string[] Five = ["Ông A", "Bà B", "Ông C", "Bà D", "Ông E"];

    [Fact]
    public async Task A_third_individual_of_a_unit_is_refused_with_the_quota_reason_and_not_saved()
    {
        await using var w = await WorldAsync();
        foreach (var name in new[] { "Cá nhân Một", "Cá nhân Hai" })
        {
            var ok = await w.Nominations.CreateAsync(w.Round.Id, Officer(w.UnitA), w.Individual(await w.PersonAsync(name), w.UnitA), submit: true);
            Assert.True(ok.Succeeded, string.Join(" ", ok.Errors.Values));
        }

        // Another unit's quota is its own.
        Assert.True((await w.Nominations.CreateAsync(w.Round.Id, Officer(w.UnitB), w.Individual(await w.PersonAsync("Cá nhân đơn vị B", w.UnitB), w.UnitB), submit: true)).Succeeded);

        var third = await w.Nominations.CreateAsync(w.Round.Id, Officer(w.UnitA), w.Individual(await w.PersonAsync("Cá nhân Ba"), w.UnitA), submit: true);
        Assert.False(third.Succeeded);
        Assert.Contains("đã đề nghị 3 cá nhân, vượt định mức 2 cá nhân/đơn vị của đợt này", third.Errors["rules"]);
        Assert.Equal(2, await w.Db.Nominations.CountAsync(n => n.RoundId == w.Round.Id && n.UnitId == w.UnitA));

        // A draft does not use the quota, but submitting it is refused the same way.
        var draft = await w.Nominations.CreateAsync(w.Round.Id, Officer(w.UnitA), w.Individual(await w.PersonAsync("Cá nhân Bốn"), w.UnitA));
        Assert.True(draft.Succeeded);
        var submit = await w.Nominations.SubmitAsync(draft.Value!.Id, Officer(w.UnitA));
        Assert.Contains("vượt định mức", submit.Errors["rules"]);
        Assert.Equal(NominationStatus.Draft, (await w.Nominations.FindAsync(draft.Value.Id))!.Status);
    }

    [Fact]
    public async Task A_late_submission_is_refused_with_the_deadline_reason()
    {
        await using var w = await WorldAsync(deadline: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2));
        var late = await w.Nominations.CreateAsync(w.Round.Id, Officer(w.UnitA), w.Individual(await w.PersonAsync("Người nộp muộn"), w.UnitA), submit: true);
        Assert.False(late.Succeeded);
        Assert.Contains("quá thời hạn (trước ngày", late.Errors["rules"]);
    }

    [Fact]
    public async Task Only_the_units_own_officers_nominate_and_the_secretariat_must_tick_every_item()
    {
        await using var w = await WorldAsync();
        var person = await w.PersonAsync("Người được đề nghị");
        var foreign = await w.Nominations.CreateAsync(w.Round.Id, Officer(w.UnitB), w.Individual(person, w.UnitA), submit: true);
        Assert.Contains("cho đơn vị mình", foreign.ForbiddenMessage());
        var readOnly = await w.Nominations.CreateAsync(w.Round.Id, Officer(w.UnitA) with { TenantReadOnly = true }, w.Individual(person, w.UnitA), submit: true);
        Assert.True(readOnly.Failure == FailureKind.Forbidden);

        var created = await w.Nominations.CreateAsync(w.Round.Id, Officer(w.UnitA), w.Individual(person, w.UnitA), submit: true);
        Assert.Equal(NominationStatus.Submitted, created.Value!.Status);
        Assert.True((await w.Nominations.ConfirmAsync(created.Value.Id, Officer(w.UnitA), [], true)).Failure == FailureKind.Forbidden);

        var missing = await w.Nominations.ConfirmAsync(created.Value.Id, Secretariat, ["CHUNG.THANH_TICH"], markChecked: true);
        Assert.Contains("Còn tiêu chí chưa được xác nhận: Gương mẫu chấp hành", missing.Errors["rules"]);

        var back = await w.Nominations.ReturnAsync(created.Value.Id, Secretariat, "Thiếu bản tóm tắt thành tích có xác nhận");
        Assert.Equal(NominationStatus.Returned, back.Value!.Status);
        Assert.Contains("không thể trả lại hồ sơ khi hồ sơ đang ở trạng thái \"Trả lại để bổ sung\"", (await w.Nominations.ReturnAsync(created.Value.Id, Secretariat, "lần nữa")).ConflictMessage());
        Assert.True((await w.Nominations.SubmitAsync(created.Value.Id, Officer(w.UnitA))).Succeeded);

        var ok = await w.Nominations.ConfirmAsync(created.Value.Id, Secretariat, ["CHUNG.THANH_TICH", "CHUNG.GUONG_MAU_CHAP_HANH"], markChecked: true);
        Assert.Equal(NominationStatus.Checked, ok.Value!.Status);
    }

    [Fact]
    public async Task A_secret_ballot_stores_who_voted_and_the_counts_never_a_members_choice()
    {
        await using var w = await WorldAsync();
        var n = await CheckedAsync(w, "Người được bỏ phiếu kín");
        var meeting = await MeetingAsync(w, Five, Five, secret: true);
        Assert.Equal(meeting.CouncilId, (await w.Council.CouncilAsync())!.Id);
        Assert.Equal(Five.Order(), (await w.Council.MeetingMembersAsync(meeting.Id)).Select(m => m.Name).Order());

        var named = await w.Council.RecordVoteAsync(meeting.Id, n.Id, await w.SeatAsync(meeting, "Ông A"), true, Member);
        Assert.StartsWith("Phiên họp bỏ phiếu kín: không ghi phiếu của từng thành viên", named.Errors["member"]);
        Assert.Equal("Chưa có kết quả kiểm phiếu kín cho hồ sơ này.", (await w.Council.TallyAsync(meeting.Id, n.Id, Member)).Errors["agree"]);

        Assert.True((await w.Council.RecuseAsync(meeting.Id, n.Id, await w.SeatAsync(meeting, "Bà D"), Member)).Succeeded);
        var four = await w.SeatsAsync(meeting, "Ông A", "Bà B", "Ông C", "Ông E");
        var tooMany = await w.Council.RecordCountAsync(meeting.Id, n.Id, four, 4, 1, 0, Member);
        Assert.Equal("Tổng số phiếu (5) nhiều hơn số thành viên tham gia xét (4): kiểm tra lại biên bản kiểm phiếu.", tooMany.Errors["agree"]);
        var recusedVoter = await w.Council.RecordCountAsync(meeting.Id, n.Id, await w.SeatsAsync(meeting, "Ông A", "Bà D"), 2, 0, 0, Member);
        Assert.Equal("Thành viên Bà D đã rút khỏi việc xét hồ sơ này nên không được bỏ phiếu.", recusedVoter.Errors["voted"]);
        Assert.Equal("Hãy đánh dấu các thành viên đã bỏ phiếu.", (await w.Council.RecordCountAsync(meeting.Id, n.Id, [], 0, 0, 0, Member)).Errors["voted"]);
        var mismatch = await w.Council.RecordCountAsync(meeting.Id, n.Id, four, 2, 1, 0, Member);
        Assert.Equal("Tổng số phiếu (3) phải bằng số thành viên đã bỏ phiếu (4): kiểm tra lại biên bản kiểm phiếu.", mismatch.Errors["agree"]);
        Assert.True((await w.Council.RecordCountAsync(meeting.Id, n.Id, four, 4, 0, 0, Secretariat)).Failure == FailureKind.Forbidden);
        Assert.True((await w.Council.RecordCountAsync(meeting.Id, n.Id, await w.SeatsAsync(meeting, "Ông A", "Bà B", "Ông C"), 2, 1, 0, Member)).Succeeded);
        Assert.True((await w.Council.RecordCountAsync(meeting.Id, n.Id, four, 4, 0, 0, Member)).Succeeded); // corrected before the tally
        Assert.Contains("đã bỏ phiếu", (await w.Council.RecuseAsync(meeting.Id, n.Id, await w.SeatAsync(meeting, "Ông E"), Member)).Errors["member"]);

        var tally = await w.Council.TallyAsync(meeting.Id, n.Id, Member);
        Assert.Equal(CouncilOutcome.Passed, tally.Value!.Outcome);
        Assert.Equal("Đạt: 4/5 phiếu đồng ý (bỏ phiếu kín), đủ tỷ lệ 70% tổng số thành viên Hội đồng (cần ít nhất 4).", tally.Value.Reason);
        Assert.Equal(NominationStatus.Approved, (await w.Nominations.FindAsync(n.Id))!.Status);

        // The database holds who handed in a ballot and the counts — and nothing that says how any member voted.
        Assert.False(await w.Db.CouncilMemberVotes.AnyAsync(v => v.MeetingId == meeting.Id));
        var receipts = await w.Db.CouncilBallotReceipts.AsNoTracking().Where(r => r.MeetingId == meeting.Id).ToListAsync();
        Assert.Equal(four.Order(), receipts.Select(r => r.MeetingMemberId).Order());
        var stored = await w.Db.CouncilBallotCounts.AsNoTracking().SingleAsync(c => c.MeetingId == meeting.Id);
        Assert.Equal((4, 0, 0), (stored.Agree, stored.Disagree, stored.Invalid));
        var receiptColumns = w.Db.Model.FindEntityType(typeof(CouncilBallotReceipt))!.GetProperties().Select(p => p.Name).Order();
        Assert.Equal(["Id", "MeetingId", "MeetingMemberId", "NominationId", "TenantId"], receiptColumns);
        var countColumns = w.Db.Model.FindEntityType(typeof(CouncilBallotCount))!.GetProperties().Select(p => p.Name).Order();
        Assert.Equal(["Agree", "Disagree", "Id", "Invalid", "MeetingId", "NominationId", "RecordedBy", "TenantId"], countColumns);
        var audited = await w.Db.AuditEntries.AsNoTracking().Where(a => a.Entity == nameof(CouncilBallotReceipt) || a.Entity == nameof(CouncilMemberVote)).ToListAsync();
        Assert.DoesNotContain(audited, a => a.Entity == nameof(CouncilMemberVote) && (a.After ?? "").Contains(meeting.Id.ToString(), StringComparison.OrdinalIgnoreCase));

        var minutes = await w.Scope.ServiceProvider.GetRequiredService<EmulationDocuments>().MinutesAsync(meeting.Id);
        var text = string.Join("\n", minutes!.Body.Select(b => b.ToString()));
        Assert.Contains("bỏ phiếu kín", text);
        Assert.Contains("Người được bỏ phiếu kín: Đạt: 4/5 phiếu đồng ý", text);
        Assert.Contains("Ông A, Chủ tịch Hội đồng", text);
    }

    [Fact]
    public async Task A_meeting_takes_the_councils_rule_and_another_rule_needs_its_own_source()
    {
        await using var w = await WorldAsync();
        var n = await CheckedAsync(w, "Người xét theo quy chế riêng");
        var ids = await w.CouncilOfAsync(Five);
        var everyone = Five.Select(f => ids[f]).ToList();
        var refused = await w.Council.CreateMeetingAsync(w.Round.Id, Member, new MeetingInput(w.Nominations.Today, everyone, true, 4, 3));
        Assert.Equal("Tỷ lệ có mặt tối thiểu phải là một phân số không lớn hơn 1 (ví dụ 2/3).", refused.Errors["quorum"]);
        var stranger = await w.Council.CreateMeetingAsync(w.Round.Id, Member, new MeetingInput(w.Nominations.Today, [await w.PersonAsync("Người ngoài Hội đồng")]));
        Assert.Equal("Người ngoài Hội đồng không phải thành viên Hội đồng.", stranger.Errors["present"]);
        var noSource = await w.Council.CreateMeetingAsync(w.Round.Id, Member, new MeetingInput(w.Nominations.Today, everyone, true, 1, 2, 50, ThresholdBase.BallotsCast));
        Assert.StartsWith("Tỷ lệ có mặt hoặc tỷ lệ đồng ý khác quy chế của Hội đồng", noSource.Errors["ruleSource"]);

        // The council's own rule is inherited, with its source.
        var council = (await w.Council.CouncilAsync())!;
        var inherited = (await w.Council.CreateMeetingAsync(w.Round.Id, Member, new MeetingInput(w.Nominations.Today, everyone))).Value!;
        Assert.Equal((council.QuorumNumerator, council.QuorumDenominator, council.PassPercent, council.ThresholdBase, council.SecretBallot),
            (inherited.QuorumNumerator!.Value, inherited.QuorumDenominator!.Value, inherited.PassPercent!.Value, inherited.ThresholdBase!.Value, inherited.SecretBallot));
        Assert.StartsWith(council.RuleSource, inherited.RuleSource);

        var present = new[] { "Ông A", "Bà B", "Ông C" }.Select(f => ids[f]).ToList();
        var meeting = (await w.Council.CreateMeetingAsync(w.Round.Id, Member,
            new MeetingInput(w.Nominations.Today, present, true, 1, 2, 50, ThresholdBase.BallotsCast, "Biên bản thống nhất của phiên họp"))).Value!;
        Assert.Equal("Biên bản thống nhất của phiên họp", meeting.RuleSource);
        Assert.True((await w.Council.RecordCountAsync(meeting.Id, n.Id, await w.SeatsAsync(meeting, "Ông A", "Bà B", "Ông C"), 2, 1, 0, Member)).Succeeded);
        var tally = await w.Council.TallyAsync(meeting.Id, n.Id, Member);
        Assert.Equal(CouncilOutcome.Passed, tally.Value!.Outcome);
        Assert.Equal("Đạt: 2/3 phiếu đồng ý (bỏ phiếu kín), đủ tỷ lệ 50% số phiếu hợp lệ (cần ít nhất 2).", tally.Value.Reason);

        // A later change of the council's rule does not touch the meetings already held.
        Assert.True((await w.Council.SaveCouncilAsync(Secretariat, new CouncilInput(council.DecisionNumber, council.DecisionDate, 3, 4, 80, ThresholdBase.EligibleMembers, true, "Quy chế sửa đổi"))).Succeeded);
        var again = await w.Db.CouncilMeetings.AsNoTracking().SingleAsync(m => m.Id == inherited.Id);
        Assert.Equal((council.QuorumNumerator, council.PassPercent), (again.QuorumNumerator!.Value, again.PassPercent!.Value));
        Assert.True((await w.Council.SaveCouncilAsync(Secretariat, new CouncilInput(council.DecisionNumber, council.DecisionDate, council.QuorumNumerator, council.QuorumDenominator, council.PassPercent, council.ThresholdBase, council.SecretBallot, council.RuleSource))).Succeeded);
    }

    [Fact]
    public async Task The_standing_council_takes_people_of_the_commune_with_roles_and_checks_its_source()
    {
        await using var w = await WorldAsync();
        var council = (await w.Council.CouncilAsync())!;
        Assert.True((await w.Council.SaveCouncilAsync(Member, new CouncilInput("1/QĐ", w.Nominations.Today, 2, 3, 70, ThresholdBase.AllMembers, true, "x"))).Failure == FailureKind.Forbidden);
        Assert.Equal("Hãy ghi căn cứ của tỷ lệ có mặt và tỷ lệ đồng ý (quy chế hoạt động của Hội đồng, điều khoản).",
            (await w.Council.SaveCouncilAsync(Secretariat, new CouncilInput("1/QĐ", w.Nominations.Today, 2, 3, 70, ThresholdBase.AllMembers, true, " "))).Errors["RuleSource"]);
        Assert.True((await w.Council.SaveCouncilAsync(Secretariat, new CouncilInput(" ", w.Nominations.Today, 2, 3, 70, ThresholdBase.AllMembers, true, "Quy chế"))).Errors.ContainsKey("DecisionNumber"));
        Assert.True((await w.Council.SaveCouncilAsync(Secretariat, new CouncilInput("1/QĐ", w.Nominations.Today, 2, 3, 0, ThresholdBase.AllMembers, true, "Quy chế"))).Errors.ContainsKey("passPercent"));

        var ids = await w.CouncilOfAsync("Chủ tịch Thử", "Ủy viên Thử");
        Assert.Contains("đã là thành viên Hội đồng", (await w.Council.AddMemberAsync(Secretariat, ids["Ủy viên Thử"], CouncilRole.Member)).Errors["PersonId"]);
        Assert.Equal("Hội đồng đã có Chủ tịch Hội đồng; hãy cho người đó rời Hội đồng trước.",
            (await w.Council.AddMemberAsync(Secretariat, await w.PersonAsync("Chủ tịch thứ hai"), CouncilRole.Chairman)).Errors["Role"]);
        Assert.True((await w.Council.AddMemberAsync(Secretariat, Guid.NewGuid(), CouncilRole.Member)).Errors.ContainsKey("PersonId"));
        var secretary = await w.Council.AddMemberAsync(Secretariat, await w.PersonAsync("Thư ký Thử"), CouncilRole.Secretary);
        Assert.True(secretary.Succeeded);
        Assert.Equal(["Chủ tịch Thử", "Ủy viên Thử", "Thư ký Thử"], (await w.Council.SeatsAsync()).Select(s => s.Name));
        Assert.Equal(council.Id, secretary.Value!.CouncilId);

        // A member who leaves keeps the seat at meetings already held.
        var meeting = await MeetingAsync(w, ["Chủ tịch Thử", "Ủy viên Thử"], ["Chủ tịch Thử"]);
        var seat = (await w.Council.SeatsAsync()).Single(s => s.Name == "Ủy viên Thử");
        Assert.True((await w.Council.RemoveMemberAsync(Secretariat, seat.Membership.Id)).Succeeded);
        Assert.DoesNotContain(await w.Council.SeatsAsync(), s => s.Name == "Ủy viên Thử");
        var seated = await w.Council.MeetingMembersAsync(meeting.Id);
        Assert.Equal([("Chủ tịch Thử", CouncilRole.Chairman, true), ("Ủy viên Thử", CouncilRole.Member, false)], seated.Select(m => (m.Name, m.Role, m.Present)));
        Assert.True(await w.Db.AuditEntries.AnyAsync(a => a.Entity == nameof(CouncilMembership)));
    }

    [Fact]
    public async Task The_council_page_holds_a_secret_ballot_from_its_forms_and_shows_who_voted()
    {
        await using var w = await WorldAsync();
        var n = await CheckedAsync(w, "Người xét qua trang Hội đồng");
        var ids = await w.CouncilOfAsync(Five);
        var member = await App.SignInAsync(App.UserName(Roles.CouncilMember, VietHoa.Id));
        var form = await member.GetStringAsync($"/Emulation/Council/{w.Round.Id}");
        Assert.Contains("Thành viên có mặt", form);
        Assert.Contains("Ông A (Chủ tịch Hội đồng)", form);

        var fields = new Dictionary<string, string> { ["NewMeeting.Date"] = w.Nominations.Today.ToString("yyyy-MM-dd"), ["NewMeeting.SecretBallot"] = "true" };
        for (var i = 0; i < 4; i++)
        {
            fields[$"NewMeeting.PresentPeople[{i}]"] = ids[Five[i]].ToString();
        }

        var created = await PostFormAsync(member, $"/Emulation/Council/{w.Round.Id}?handler=Meeting", fields);
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var meeting = (await w.Council.MeetingsAsync(w.Round.Id)).First();
        Assert.Equal(4, (await w.Council.MeetingMembersAsync(meeting.Id)).Count(m => m.Present));
        var page = await member.GetStringAsync($"/Emulation/Council/{w.Round.Id}");
        Assert.Contains("Thành viên đã bỏ phiếu", page);

        var voters = await w.SeatsAsync(meeting, "Ông A", "Bà B", "Ông C", "Bà D");
        var count = new Dictionary<string, string> { ["Ballot.MeetingId"] = meeting.Id.ToString(), ["Ballot.NominationId"] = n.Id.ToString(), ["Ballot.Agree"] = "3", ["Ballot.Disagree"] = "0", ["Ballot.Invalid"] = "0" };
        for (var i = 0; i < voters.Count; i++)
        {
            count[$"Ballot.Voted[{i}]"] = voters[i].ToString();
        }

        var refused = await (await PostFormAsync(member, $"/Emulation/Council/{w.Round.Id}?handler=Count", new Dictionary<string, string>(count))).Content.ReadAsStringAsync();
        Assert.Contains("Tổng số phiếu (3) phải bằng số thành viên đã bỏ phiếu (4)", refused);
        // The refused count comes back as typed on its nomination.
        Assert.Matches($"id=\"agree-{n.Id}\"[^>]*value=\"3\"", refused);
        count["Ballot.Agree"] = "4";
        var counted = await PostFormAsync(member, $"/Emulation/Council/{w.Round.Id}?handler=Count", count);
        Assert.Contains("Đạt: 4/5 phiếu đồng ý (bỏ phiếu kín)", await counted.Content.ReadAsStringAsync());
        page = await member.GetStringAsync($"/Emulation/Council/{w.Round.Id}");
        Assert.Contains("Thành viên đã bỏ phiếu (4): ", page);
        Assert.Equal(NominationStatus.Approved, (await w.Nominations.FindAsync(n.Id))!.Status);

        // The standing council over JSON: readers see it, only its organisers change it.
        var council = await member.GetStringAsync("/api/council");
        Assert.Contains("Ông A", council);
        Assert.Contains("Chairman", council);
        Assert.True(IsForbidden(await SendJsonAsync(member, HttpMethod.Put, "/api/council", new { decisionNumber = "9/QĐ-UBND", decisionDate = "2026-01-01", quorumNumerator = 2, quorumDenominator = 3, passPercent = 70, thresholdBase = "AllMembers", secretBallot = true, ruleSource = "x" })));
        Assert.Contains("Hội đồng Thi đua - Khen thưởng", await member.GetStringAsync("/Emulation/CouncilMembers"));
    }

    [Fact]
    public async Task Council_without_quorum_changes_nothing()
    {
        await using var w = await WorldAsync();
        var n = await CheckedAsync(w, "Người chờ Hội đồng");
        var meeting = await MeetingAsync(w, Five, ["Ông A", "Bà B", "Ông C"]);
        foreach (var m in new[] { "Ông A", "Bà B", "Ông C" })
        {
            Assert.True((await w.Council.RecordVoteAsync(meeting.Id, n.Id, await w.SeatAsync(meeting, m), true, Member)).Succeeded);
        }

        var tally = await w.Council.TallyAsync(meeting.Id, n.Id, Member);
        Assert.Equal(CouncilOutcome.QuorumMissing, tally.Value!.Outcome);
        Assert.Equal("Không đủ số thành viên dự họp: có mặt 3/5 thành viên tham gia xét, cần ít nhất 4 (2/3).", tally.Value.Reason);
        Assert.Equal(NominationStatus.Checked, (await w.Nominations.FindAsync(n.Id))!.Status);
    }

    [Fact]
    public async Task Council_below_the_threshold_rejects_and_a_recused_members_vote_is_refused()
    {
        await using var w = await WorldAsync();
        var n = await CheckedAsync(w, "Người không đủ phiếu");
        var meeting = await MeetingAsync(w, Five, Five);
        Assert.True((await w.Council.RecuseAsync(meeting.Id, n.Id, await w.SeatAsync(meeting, "Bà D"), Member)).Succeeded);
        var refused = await w.Council.RecordVoteAsync(meeting.Id, n.Id, await w.SeatAsync(meeting, "Bà D"), true, Member);
        Assert.Equal("Phiếu bị từ chối: thành viên Bà D đã rút khỏi việc xét hồ sơ này nên không được bỏ phiếu.", refused.Errors["member"]);
        Assert.True((await w.Council.RecordVoteAsync(meeting.Id, n.Id, await w.SeatAsync(meeting, "Người lạ"), true, Member)).Errors.ContainsKey("member"));
        Assert.True((await w.Council.RecordVoteAsync(meeting.Id, n.Id, await w.SeatAsync(meeting, "Ông A"), true, Secretariat)).Failure == FailureKind.Forbidden);

        foreach (var (m, yes) in new[] { ("Ông A", true), ("Bà B", true), ("Ông C", true), ("Ông E", false) })
        {
            Assert.True((await w.Council.RecordVoteAsync(meeting.Id, n.Id, await w.SeatAsync(meeting, m), yes, Member)).Succeeded);
        }

        var tally = await w.Council.TallyAsync(meeting.Id, n.Id, Member);
        Assert.Equal(CouncilOutcome.ThresholdNotMet, tally.Value!.Outcome);
        Assert.Contains("3/5 phiếu đồng ý", tally.Value.Reason);
        var stored = (await w.Nominations.FindAsync(n.Id))!;
        Assert.Equal(NominationStatus.Rejected, stored.Status);
        Assert.Contains("Không đạt tỷ lệ", stored.CouncilResult);
    }

    [Fact]
    public async Task A_passed_vote_then_the_decision_creates_history_a_second_award_is_refused_and_revocation_keeps_the_row()
    {
        await using var w = await WorldAsync();
        var n = await CheckedAsync(w, "Nguyễn Văn Thưởng", key: "danh-gia:2026");
        var meeting = await MeetingAsync(w, Five, Five);
        foreach (var m in new[] { "Ông A", "Bà B", "Ông C", "Bà D" })
        {
            await w.Council.RecordVoteAsync(meeting.Id, n.Id, await w.SeatAsync(meeting, m), true, Member);
        }

        Assert.True((await w.Council.RecordVoteAsync(meeting.Id, n.Id, await w.SeatAsync(meeting, "Ông E"), false, Member)).Succeeded);
        var tally = await w.Council.TallyAsync(meeting.Id, n.Id, Member);
        Assert.Equal(CouncilOutcome.Passed, tally.Value!.Outcome);
        Assert.Equal(NominationStatus.Approved, (await w.Nominations.FindAsync(n.Id))!.Status);

        Assert.True((await w.Decisions.IssueAsync(w.Round.Id, Member, 41, w.Nominations.Today, "Đào Quang Dương")).Failure == FailureKind.Forbidden);
        Assert.True((await w.Decisions.IssueAsync(w.Round.Id, Chairman, 41, w.Nominations.Today.AddDays(3), "Đào Quang Dương")).Errors.ContainsKey("date"));
        var decision = await w.Decisions.IssueAsync(w.Round.Id, Chairman, 41, w.Nominations.Today, "Đào Quang Dương");
        Assert.True(decision.Succeeded, string.Join(" ", decision.Errors.Values));
        Assert.Equal(NominationStatus.Awarded, (await w.Nominations.FindAsync(n.Id))!.Status);
        var record = Assert.Single(await w.Decisions.RecordsOfAsync(decision.Value!.Id));
        Assert.Equal(("Nguyễn Văn Thưởng", AwardKind.GiayKhenChuTichXa, 2026, "41/QĐ-UBND"), (record.NomineeName, record.AwardKind, record.Year, record.DecisionNumber));
        Assert.Contains("Chưa có hồ sơ", (await w.Decisions.IssueAsync(w.Round.Id, Chairman, 42, w.Nominations.Today, "Đào Quang Dương")).Errors["nominations"]);

        // Diacritic-insensitive search of the history.
        Assert.Contains(await w.Decisions.HistoryAsync("nguyen van thuong"), r => r.Id == record.Id);
        Assert.DoesNotContain(await w.Decisions.HistoryAsync("nguyen van khong co"), r => r.Id == record.Id);

        // The same achievement cannot be rewarded again, in another round of the same year.
        await using var other = await WorldAsync();
        var again = await other.Nominations.CreateAsync(other.Round.Id, Officer(other.UnitA),
            other.Individual(n.NomineePersonId!.Value, other.UnitA, "danh-gia:2026") with { AwardKind = AwardKind.BangKhenChuTichTinh }, submit: true);
        Assert.False(again.Succeeded);
        Assert.Contains("không khen thưởng nhiều lần, nhiều hình thức cho một thành tích", again.Errors["rules"]);

        // Revocation keeps the row with its reason; the achievement may then be proposed again.
        Assert.True((await w.Decisions.RevokeAsync(record.Id, Member, "Sai thành tích")).Failure == FailureKind.Forbidden);
        Assert.True((await w.Decisions.RevokeAsync(record.Id, Chairman, " ")).Errors.ContainsKey("reason"));
        var revoked = await w.Decisions.RevokeAsync(record.Id, Chairman, "Phát hiện kê khai không trung thực thành tích");
        Assert.True(revoked.Value!.Revoked);
        Assert.Equal("Khen thưởng này đã bị thu hồi.", (await w.Decisions.RevokeAsync(record.Id, Chairman, "lần hai")).Errors["reason"]);
        var stored = await w.Db.AwardRecords.AsNoTracking().SingleAsync(r => r.Id == record.Id);
        Assert.Equal("Phát hiện kê khai không trung thực thành tích", stored.RevokedReason);
        Assert.True((await other.Nominations.CreateAsync(other.Round.Id, Officer(other.UnitA),
            other.Individual(n.NomineePersonId!.Value, other.UnitA, "danh-gia:2026"), submit: true)).Succeeded);

        // Both documents: generated, downloadable over HTTP, valid OpenXml, in the national format.
        var client = await App.SignInAsync(App.UserName(Roles.Chairman, VietHoa.Id));
        var decisionDocx = await client.GetAsync($"/api/emulation/decisions/{decision.Value.Id}/quyet-dinh.docx");
        Assert.Equal(HttpStatusCode.OK, decisionDocx.StatusCode);
        var texts = Validate(await decisionDocx.Content.ReadAsByteArrayAsync());
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", texts);
        Assert.Contains("QUYẾT ĐỊNH", texts);
        Assert.Contains(texts, t => t.StartsWith("Số: 41/QĐ-UBND", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("Điều 1.", StringComparison.Ordinal));
        Assert.Contains("Nguyễn Văn Thưởng", texts);
        // One person: the counts and wording agree, and the award carries the ward's own type, not "xã/phường".
        Assert.Contains("Giấy khen của Chủ tịch Ủy ban nhân dân phường", texts);
        Assert.DoesNotContain(texts, t => t.Contains("xã/phường", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("Điều 1. Khen thưởng 1 cá nhân có thành tích", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("tập thể, cá nhân", StringComparison.Ordinal));
        Assert.Contains("Đào Quang Dương", texts);

        var submission = await client.GetAsync($"/api/emulation/rounds/{w.Round.Id}/to-trinh.docx");
        Assert.Equal(HttpStatusCode.OK, submission.StatusCode);
        var sub = Validate(await submission.Content.ReadAsByteArrayAsync());
        Assert.Contains("TỜ TRÌNH", sub);
        Assert.Contains("Nguyễn Văn Thưởng", sub);
        Assert.Contains(sub, t => t.StartsWith("Kính gửi", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/emulation/decisions/{Guid.NewGuid()}/quyet-dinh.docx")).StatusCode);
    }

    [Fact]
    public async Task A_round_that_requires_an_initiative_reads_the_recognised_initiatives_of_the_nominee()
    {
        await using var w = await WorldAsync();
        var round = await w.Nominations.CreateRoundAsync(w.Round.MovementId, Secretariat,
            new RoundInput(RoundKind.PeriodEnd, 2026, 2026, w.Nominations.Today.AddDays(10), null, null, RequiresRecognisedInitiative: true));
        Assert.True(round.Succeeded, string.Join(" ", round.Errors.Values));
        var person = await w.PersonAsync("Tác giả Sáng kiến");
        var input = w.Individual(person, w.UnitA);

        var refused = await w.Nominations.CreateAsync(round.Value!.Id, Officer(w.UnitA), input, submit: true);
        Assert.Contains("chưa có sáng kiến được công nhận trong năm 2026", refused.Errors["rules"]);

        var proposed = await w.Nominations.ProposeInitiativeAsync(Officer(w.UnitA), new InitiativeInput("Một cửa không giấy", "Tác giả Sáng kiến", person, w.UnitA));
        Assert.True(proposed.Succeeded);
        Assert.True((await w.Nominations.RecogniseInitiativeAsync(proposed.Value!.Id, Officer(w.UnitA), "07/QĐ-UBND", w.Nominations.Today)).Failure == FailureKind.Forbidden);
        Assert.Contains("đánh giá trước khi công nhận", (await w.Nominations.RecogniseInitiativeAsync(proposed.Value.Id, Chairman, "07/QĐ-UBND", w.Nominations.Today)).ConflictMessage());
        Assert.True((await w.Nominations.EvaluateInitiativeAsync(proposed.Value.Id, Officer(w.UnitA), "tự đánh giá")).Failure == FailureKind.Forbidden);
        Assert.True((await w.Nominations.EvaluateInitiativeAsync(proposed.Value.Id, Chairman, "Có tính mới, áp dụng được tại bộ phận một cửa")).Succeeded);
        Assert.Equal("Sáng kiến \"Một cửa không giấy\" đang ở trạng thái \"Đề xuất\": không thể ghi nhận hiệu quả áp dụng.", (await w.Nominations.RecordInitiativeEffectAsync(proposed.Value.Id, Chairman, "x")).ConflictMessage());
        Assert.True((await w.Nominations.RecogniseInitiativeAsync(proposed.Value.Id, Chairman, "07/QĐ-UBND", w.Nominations.Today)).Succeeded);
        Assert.Contains("minh chứng", (await w.Nominations.RecordInitiativeEffectAsync(proposed.Value.Id, Officer(w.UnitA), " ")).Errors["evidence"]);
        Assert.True((await w.Nominations.RecordInitiativeEffectAsync(proposed.Value.Id, Officer(w.UnitA), "Giảm 30% thời gian tra cứu hồ sơ (báo cáo 21/BC-UBND)")).Succeeded);
        Assert.Equal("Sáng kiến \"Một cửa không giấy\" đang ở trạng thái \"Đã công nhận\": không thể công nhận.", (await w.Nominations.RecogniseInitiativeAsync(proposed.Value.Id, Chairman, "08/QĐ-UBND", w.Nominations.Today)).ConflictMessage());

        var accepted = await w.Nominations.CreateAsync(round.Value.Id, Officer(w.UnitA), input, submit: true);
        Assert.True(accepted.Succeeded, string.Join(" ", accepted.Errors.Values));
        var check = await w.Nominations.CheckAsync(accepted.Value!);
        Assert.Contains("Một cửa không giấy", check.Checks.Single(c => c.Code == "RECOGNISED_INITIATIVE_REQUIRED").Outcome.Reason);
    }

    [Fact]
    public async Task Minutes_report_launch_plan_and_certificate_download_as_valid_docx_and_as_pdf_from_the_database()
    {
        await using var w = await WorldAsync();
        var n = await CheckedAsync(w, "Nguyễn Thị Biên Bản", key: "danh-gia:2026");
        var initiative = await w.Nominations.ProposeInitiativeAsync(Officer(w.UnitA), new InitiativeInput("Phiếu hẹn điện tử có mã QR", "Nguyễn Thị Biên Bản", n.NomineePersonId, Effect: "Giảm thời gian chờ"));
        Assert.True((await w.Nominations.EvaluateInitiativeAsync(initiative.Value!.Id, Chairman, "Đạt yêu cầu")).Succeeded);
        Assert.True((await w.Nominations.RecogniseInitiativeAsync(initiative.Value!.Id, Chairman, "12/QĐ-UBND", w.Nominations.Today)).Succeeded);
        var meeting = await MeetingAsync(w, Five, ["Ông A", "Bà B", "Ông C", "Bà D"]);
        Assert.True((await w.Council.RecuseAsync(meeting.Id, n.Id, await w.SeatAsync(meeting, "Bà D"), Member)).Succeeded);
        foreach (var m in new[] { "Ông A", "Bà B", "Ông C", "Ông E" })
        {
            Assert.True((await w.Council.RecordVoteAsync(meeting.Id, n.Id, await w.SeatAsync(meeting, m), true, Member)).Succeeded);
        }

        Assert.Equal(CouncilOutcome.Passed, (await w.Council.TallyAsync(meeting.Id, n.Id, Member)).Value!.Outcome);
        var decision = await w.Decisions.IssueAsync(w.Round.Id, Chairman, 77, w.Nominations.Today, "Đào Quang Dương");
        Assert.True(decision.Succeeded, string.Join(" ", decision.Errors.Values));
        var record = Assert.Single(await w.Decisions.RecordsOfAsync(decision.Value!.Id));
        w.Db.Targets.Add(new ReformDesk.Core.Targets.Target { MovementId = w.Round.MovementId, Text = "100% hồ sơ giải quyết đúng hạn", Threshold = 100, PeriodStart = new DateOnly(2026, 1, 1), PeriodEnd = new DateOnly(2026, 12, 31) });
        await w.Db.SaveChangesAsync();

        var client = await App.SignInAsync(App.UserName(Roles.Chairman, VietHoa.Id));
        var documents = new (string Url, string Type, string[] Expected)[]
        {
            ($"/api/emulation/meetings/{meeting.Id}/bien-ban", "BIÊN BẢN", ["Nguyễn Thị Biên Bản", "vắng mặt: 1", "Ông E", "Bà D không tham gia xét hồ sơ của Nguyễn Thị Biên Bản.", "Đề nghị khen thưởng"]),
            ($"/api/emulation/nominations/{n.Id}/bao-cao-thanh-tich", "BÁO CÁO", ["Họ và tên: Nguyễn Thị Biên Bản.", "Hoàn thành xuất sắc nhiệm vụ CCHC", "Phiếu hẹn điện tử có mã QR", "NGƯỜI BÁO CÁO THÀNH TÍCH"]),
            ($"/api/emulation/movements/{w.Round.MovementId}/ke-hoach-phat-dong", "KẾ HOẠCH", ["100% hồ sơ giải quyết đúng hạn", "Khen thưởng hằng năm 2026", "II. NỘI DUNG VÀ CHỈ TIÊU THI ĐUA"]),
            ($"/api/emulation/awards/{record.Id}/giay-khen", "GIẤY KHEN", ["Nguyễn Thị Biên Bản", "Quyết định khen thưởng số 77/QĐ-UBND", "Đào Quang Dương"]),
        };

        foreach (var (url, type, expected) in documents)
        {
            var docx = await client.GetAsync(url + ".docx");
            Assert.True(docx.StatusCode == HttpStatusCode.OK, url);
            var texts = Validate(await docx.Content.ReadAsByteArrayAsync());
            // The national order: national name, motto, type name, subject … body … recipients or signature.
            var order = new[] { "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", type }.Select(t => texts.IndexOf(t)).ToList();
            Assert.DoesNotContain(-1, order);
            Assert.Equal(order.Order(), order);
            var joined = string.Join("\n", texts);
            foreach (var e in expected)
            {
                Assert.Contains(e, joined);
            }

            var pdf = await client.GetAsync(url + ".pdf");
            Assert.True(pdf.StatusCode == HttpStatusCode.OK, $"{url}.pdf: {pdf.StatusCode} {await pdf.Content.ReadAsStringAsync()}");
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
            var text = PdfChecks.AssertWellPrinted(await pdf.Content.ReadAsByteArrayAsync()).Text;
            Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
            Assert.Contains(type, text);
            if (type is not ("GIẤY KHEN" or "BÁO CÁO"))
            {
                Assert.Contains("Nơi nhận:", text);
            }
            foreach (var e in expected.Take(2))
            {
                Assert.Contains(e, text);
            }
        }

        // The older documents print as PDF too; unknown ids are 404, never a crash.
        Assert.Contains("Nguyễn Thị Biên Bản", PdfText(await client.GetByteArrayAsync($"/api/emulation/decisions/{decision.Value.Id}/quyet-dinh.pdf")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/emulation/awards/{Guid.NewGuid()}/giay-khen.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/emulation/meetings/{Guid.NewGuid()}/bien-ban.docx")).StatusCode);
    }

    /// <summary>The PDF's text as pdftotext (poppler-utils) reads it back, NFC, whitespace collapsed.</summary>
    internal static string PdfText(byte[] pdf)
    {
        Assert.True(pdf.Length > 4 && pdf[0] == '%' && pdf[1] == 'P' && pdf[2] == 'D' && pdf[3] == 'F', "not a PDF");
        var file = Path.Combine(Path.GetTempPath(), $"rd-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"])
            {
                RedirectStandardOutput = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return string.Join(' ', text.Normalize(System.Text.NormalizationForm.FormC).Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_demo_has_a_completed_2025_round_of_viet_hoa_with_meeting_decision_and_history()
    {
        await using var scope = TenantScope();
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var round = await db.NominationRounds.SingleAsync(r => r.Year == 2025 && r.Kind == RoundKind.Annual);
        var decision = await db.AwardDecisions.SingleAsync(d => d.RoundId == round.Id);
        Assert.Equal(("30/QĐ-UBND", new DateOnly(2026, 1, 20)), (decision.NumberText, decision.Date));
        Assert.True(await db.CouncilMeetings.AnyAsync(m => m.RoundId == round.Id));
        var awarded = await db.AwardRecords.Where(r => r.DecisionId == decision.Id).Select(r => r.NomineeName).ToListAsync();
        Assert.Equal(["Lê Minh Tuấn", "Phạm Thị Lan"], awarded.Order());
        Assert.All(await db.Nominations.Where(n => n.RoundId == round.Id).ToListAsync(), n => Assert.Equal(NominationStatus.Awarded, n.Status));
    }

    private static List<string> Validate(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var doc = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => e.Description).ToList();
        Assert.Empty(errors);
        return doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(p => string.Concat(p.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text))).ToList();
    }

    [Fact]
    public async Task The_demo_round_of_viet_hoa_has_the_seed_settings_and_nominations_in_several_states()
    {
        await using var scope = TenantScope();
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var movement = await db.Movements.Where(m => m.SourceDocument!.StartsWith("000_")).SingleAsync();
        var round = await db.NominationRounds.SingleAsync(r => r.MovementId == movement.Id && r.Kind == RoundKind.Annual);
        Assert.Equal((RoundKind.Annual, 2026, new DateOnly(2027, 3, 31), 1, 2), (round.Kind, round.Year, round.Deadline!.Value, round.MaxCollectivesPerUnit!.Value, round.MaxIndividualsPerUnit!.Value));
        var states = await db.Nominations.Where(n => n.RoundId == round.Id).Select(n => n.Status).ToListAsync();
        Assert.Equal([NominationStatus.Draft, NominationStatus.Submitted, NominationStatus.Checked], states.Order());
    }

    [Fact]
    public async Task Pages_answer_by_role_and_province_officers_only_read()
    {
        Guid movementId, roundId, nominationId;
        await using (var scope = TenantScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            movementId = (await db.Movements.Where(m => m.SourceDocument!.StartsWith("000_")).SingleAsync()).Id;
            roundId = (await db.NominationRounds.SingleAsync(r => r.MovementId == movementId && r.Kind == RoundKind.Annual)).Id;
            nominationId = (await db.Nominations.SingleAsync(n => n.RoundId == roundId && n.Status == NominationStatus.Submitted)).Id;
        }

        var officer = await App.SignInAsync(App.UserName(Roles.Officer, VietHoa.Id));
        var board = await officer.GetStringAsync($"/Emulation/Movement/{movementId}");
        Assert.Contains("Nguyễn Thị Hồng Nhung", board);
        Assert.Contains("Đã kiểm tra, chờ Hội đồng xét", board);
        var form = await officer.GetStringAsync($"/Emulation/Nominate/{roundId}");
        Assert.Contains("Giấy khen của Chủ tịch Ủy ban nhân dân phường", form);
        Assert.DoesNotContain("xã/phường", form);
        Assert.DoesNotContain("cấp huyện", form);

        // A refused nomination (no nominee chosen) comes back with everything that was typed.
        var refused = await PostFormAsync(officer, $"/Emulation/Nominate/{roundId}", new()
        {
            ["Input.NomineeKind"] = "Individual", ["Input.AwardKind"] = "GiayKhenChuTichXa",
            ["Input.AchievementSummary"] = "Thành tích đã gõ không được mất", ["Input.Evidence"] = "Báo cáo 99/BC-UBND", ["action"] = "submit",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Thành tích đã gõ không được mất", again);
        Assert.Contains("Báo cáo 99/BC-UBND", again);
        Assert.Contains("class=\"error\"", again);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/Emulation/History?q=le minh tuan")).StatusCode);
        Assert.Contains("Lê Minh Tuấn", await officer.GetStringAsync("/Emulation/History?q=le minh tuan"));
        Assert.Contains($"/Emulation/Movement/{movementId}", await officer.GetStringAsync("/Emulation/Movements"));
        Assert.Contains("Số hóa sổ theo dõi hồ sơ một cửa", await officer.GetStringAsync("/Emulation/Initiatives"));

        // An officer may not check a dossier nor issue a decision.
        Assert.True(IsForbidden(await PostFormAsync(officer, $"/Emulation/Nomination/{nominationId}?handler=Confirm", new() { ["markChecked"] = "true" })));
        Assert.True(IsForbidden(await PostFormAsync(officer, $"/Emulation/Decision/{roundId}", new() { ["number"] = "9", ["date"] = "2026-11-01", ["signer"] = "X" })));

        var secretariat = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, VietHoa.Id));
        var check = await secretariat.GetStringAsync($"/Emulation/Nomination/{nominationId}");
        Assert.Contains("Kiểm tra của bộ phận tham mưu", check);
        Assert.Contains("Tập thể hoàn thành tốt nhiệm vụ|Gương mẫu chấp hành".Split('|'), t => check.Contains(t, StringComparison.Ordinal));
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, VietHoa.Id));
        Assert.Contains("Quyết định đã ban hành", await chairman.GetStringAsync($"/Emulation/Decision/{roundId}"));
        Assert.Equal(HttpStatusCode.OK, (await chairman.GetAsync($"/api/emulation/rounds/{roundId}/to-trinh.docx")).StatusCode);

        // The council member may not check either; the secretariat may return it.
        var member = await App.SignInAsync(App.UserName(Roles.CouncilMember, VietHoa.Id));
        Assert.True(IsForbidden(await PostFormAsync(member, $"/Emulation/Nomination/{nominationId}?handler=Return", new() { ["reason"] = "x" })));
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/Emulation/Council/{roundId}")).StatusCode);

        // A province officer reads the commune's pages and changes nothing.
        var registry = App.Registry();
        var province = TenantAccess.ProvinceOf(VietHoa.Id, registry)!.Value;
        var sonv = await App.SignInAsync(App.UserName(Roles.ProvinceOfficer, province));
        var switchTo = new HttpRequestMessage(HttpMethod.Post, $"/api/tenant/switch?tenantId={VietHoa.Id}");
        switchTo.Headers.Add("X-CSRF-TOKEN", await AppFactory.ApiTokenAsync(sonv));
        Assert.Equal(HttpStatusCode.OK, (await sonv.SendAsync(switchTo)).StatusCode);
        Assert.Contains("Nguyễn Thị Hồng Nhung", await sonv.GetStringAsync($"/Emulation/Movement/{movementId}"));
        Assert.True(IsForbidden(await PostFormAsync(sonv, $"/Emulation/Nomination/{nominationId}?handler=Return", new() { ["reason"] = "x" })));
        Assert.True(IsForbidden(await PostFormAsync(sonv, $"/Emulation/Council/{roundId}?handler=Meeting", new() { ["date"] = "2026-11-01", ["members"] = "A" })));
        Assert.True(IsForbidden(await sonv.GetAsync($"/Emulation/Nominate/{roundId}")));

        await using (var scope = TenantScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            Assert.Equal(NominationStatus.Submitted, (await db.Nominations.SingleAsync(n => n.Id == nominationId)).Status);
            Assert.False(await db.CouncilMeetings.AnyAsync(m => m.RoundId == roundId));
        }
    }
}

public sealed class SqliteEmulationTests(SqliteApp fixture) : EmulationTests(fixture), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Without_chromium_the_pdf_link_answers_a_vietnamese_503_and_the_docx_still_works()
    {
        await using var broken = fixture.App.WithWebHostBuilder(b => b.UseSetting("Pdf:ChromiumPath", "/nonexistent/chromium"));
        var client = broken.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var vietHoa = fixture.App.Communes().Single(c => c.Code == "HP-VIETHOA");
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostLoginAsync(client, fixture.App.UserName(Roles.Chairman, vietHoa.Id), Core.Demo.DemoSeeder.DemoPassword)).StatusCode);
        var movement = (await client.GetFromJsonAsync<List<MovementRow>>("/api/movements"))!.First();

        var pdf = await client.GetAsync($"/api/emulation/movements/{movement.Id}/ke-hoach-phat-dong.pdf");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
        Assert.Contains("Không tạo được tệp PDF", await pdf.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/emulation/movements/{movement.Id}/ke-hoach-phat-dong.docx")).StatusCode);
    }

    private sealed record MovementRow(Guid Id, string Title);
}

public sealed class PostgresEmulationTests(PostgresApp fixture) : EmulationTests(fixture), IClassFixture<PostgresApp>;
