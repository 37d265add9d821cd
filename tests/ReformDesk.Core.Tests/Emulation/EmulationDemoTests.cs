using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>
/// The emulation demo of seed 000 on a real SQLite commune: the plan's annual round (≤1 collective, ≤2 individuals per
/// unit, dossier before 31/3 of the next year), sample nominations at each step, and the completed round of the year
/// before whose figures (4 of 5 present, 4 agree, decision 30/QĐ-UBND) the council and history pages show.
/// </summary>
public sealed class EmulationDemoTests
{
    private const string Secretariat = "Phòng Văn hóa - Xã hội";
    private const string Other = "Phòng Kinh tế";

    /// <summary>The commune of <see cref="EmulationBuilder"/> with the seed plan's movement 2026–2030, its standing secretariat and a Chairman.</summary>
    private static async Task<(EmulationBuilder Builder, Guid MovementId)> CommuneAsync(bool withSecretariat = true, bool withSource = true)
    {
        var b = await EmulationBuilder.CreateAsync();
        if (withSecretariat)
        {
            await using var db = b.Commune.Open();
            db.Units.Add(new Unit { Name = Secretariat, Kind = UnitKind.Department, Note = "cơ quan thường trực CCHC và thi đua" });
            await db.SaveChangesAsync();
        }

        var movement = new Movement
        {
            Title = "Phong trào thi đua đẩy mạnh cải cách hành chính giai đoạn 2026 - 2030", StartYear = 2026, EndYear = 2030,
            IssuingBody = "UBND phường Trần Hưng Đạo", SourceDocument = withSource ? "000_64cb63ec3487ec1f.txt" : null,
        };
        await b.AddAsync(movement);
        await b.ChairmanPostAsync("Đào Quang Dương");
        return (b, movement.Id);
    }

    private static async Task<int> SeedAsync(EmulationBuilder b)
    {
        await using var system = b.Commune.OpenSystem();
        var tenant = await system.Tenants.SingleAsync(t => t.Id == b.Commune.TenantId);
        await using var db = b.Commune.Open();
        return await EmulationDemo.SeedAsync(db, tenant, EmulationBuilder.Today);
    }

    /// <summary>Rows per table the demo writes to, in the order of <see cref="Tables"/>.</summary>
    private static async Task<Dictionary<string, int>> CountsAsync(EmulationBuilder b)
    {
        await using var db = b.Commune.Open();
        int[] counts =
        [
            await db.Movements.CountAsync(), await db.NominationRounds.CountAsync(), await db.Nominations.CountAsync(), await db.People.CountAsync(),
            await db.PositionTenures.CountAsync(), await db.Initiatives.CountAsync(), await db.Appraisals.CountAsync(), await db.Councils.CountAsync(),
            await db.CouncilMemberships.CountAsync(), await db.CouncilMeetings.CountAsync(), await db.AwardDecisions.CountAsync(),
            await db.AwardRecords.CountAsync(), await db.CouncilBallotCounts.CountAsync(), await db.CouncilBallotReceipts.CountAsync(),
        ];
        return Tables.Zip(counts).ToDictionary(x => x.First, x => x.Second);
    }

    private static readonly string[] Tables =
        ["Movements", "Rounds", "Nominations", "People", "Tenures", "Initiatives", "Appraisals", "Councils", "Memberships", "Meetings", "Decisions", "Records", "Counts", "Receipts"];

    [Fact]
    public async Task The_plan_round_gets_the_seed_quota_of_one_collective_and_two_individuals_and_a_deadline_of_31_March_next_year()
    {
        var (b, movementId) = await CommuneAsync();
        await using var _ = b;
        Assert.True(await SeedAsync(b) > 0);

        await using var db = b.Commune.Open();
        var round = await db.NominationRounds.SingleAsync(r => r.MovementId == movementId);
        Assert.Equal((RoundKind.Annual, 2026, 2026, (DateOnly?)new DateOnly(2027, 3, 31), (int?)1, (int?)2),
            (round.Kind, round.Year, round.FromYear, round.Deadline, round.MaxCollectivesPerUnit, round.MaxIndividualsPerUnit));
        Assert.Equal(b.Commune.TenantId, round.TenantId);
    }

    [Fact]
    public async Task The_sample_nominations_stand_at_each_step_a_secretariat_sees_and_are_marked_as_demo()
    {
        var (b, movementId) = await CommuneAsync();
        await using var _ = b;
        await SeedAsync(b);

        await using var db = b.Commune.Open();
        var units = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Name);
        var round = await db.NominationRounds.SingleAsync(r => r.MovementId == movementId);
        var nominations = await db.Nominations.Where(n => n.RoundId == round.Id).OrderBy(n => n.NomineeName).ToListAsync();
        Assert.Equal(
            [
                ("Nguyễn Thị Hồng Nhung", NomineeKind.Individual, Secretariat, NominationStatus.Checked, (DateOnly?)EmulationBuilder.Today),
                (Secretariat, NomineeKind.Collective, Secretariat, NominationStatus.Submitted, EmulationBuilder.Today),
                ("Trần Văn Bình", NomineeKind.Individual, Other, NominationStatus.Draft, null),
            ],
            nominations.Select(n => (n.NomineeName, n.NomineeKind, units[n.UnitId], n.Status, n.SubmittedOn)));
        Assert.All(nominations, n => Assert.Equal((AwardKind.GiayKhenChuTichXa, EmulationDemo.DemoNote, movementId), (n.AwardKind, n.CreatedBy, n.MovementId)));
        Assert.All(nominations, n => Assert.Contains("(minh họa)", n.AchievementSummary, StringComparison.Ordinal));

        // The checked nomination rests on the recognised initiative of its nominee.
        var initiative = await db.Initiatives.SingleAsync();
        var nhung = nominations[0];
        Assert.Equal((nhung.NomineePersonId, InitiativeStatus.Recognised, "05/QĐ-UBND"), (initiative.AuthorPersonId, initiative.Status, initiative.DecisionNumber));
        Assert.Equal("sang-kien:05/QĐ-UBND", nhung.AchievementKey);
    }

    [Fact]
    public async Task A_nomination_is_dated_the_day_before_the_deadline_when_the_demo_is_seeded_after_it()
    {
        var (b, movementId) = await CommuneAsync();
        await using var _ = b;
        await using (var system = b.Commune.OpenSystem())
        await using (var db = b.Commune.Open())
        {
            var tenant = await system.Tenants.SingleAsync(t => t.Id == b.Commune.TenantId);
            await EmulationDemo.SeedAsync(db, tenant, new DateOnly(2027, 5, 2));
        }

        await using var check = b.Commune.Open();
        var submitted = await check.Nominations.Where(n => n.MovementId == movementId && n.SubmittedOn != null).Select(n => n.SubmittedOn).ToListAsync();
        Assert.Equal([new DateOnly(2027, 3, 30), new DateOnly(2027, 3, 30)], submitted);
    }

    [Fact]
    public async Task The_person_left_to_propose_has_his_appraisal_of_the_year_before_and_no_nomination()
    {
        var (b, _) = await CommuneAsync();
        await using var _b = b;
        await SeedAsync(b);

        await using var db = b.Commune.Open();
        var hung = await db.People.SingleAsync(p => p.FullName == "Nguyễn Văn Hùng");
        var appraisal = await db.Appraisals.SingleAsync(a => a.PersonId == hung.Id);
        Assert.Equal((2025, AppraisalResult.HoanThanhXuatSac, "210/QĐ-UBND"), (appraisal.Year, appraisal.Classification, appraisal.DecisionNumber));
        Assert.False(await db.Nominations.AnyAsync(n => n.NomineePersonId == hung.Id));
        var tenure = await db.PositionTenures.SingleAsync(t => t.PersonId == hung.Id);
        Assert.Equal(Secretariat, (await db.Units.SingleAsync(u => u.Id == tenure.UnitId)).Name);
        Assert.Equal(EmulationDemo.DemoNote, hung.Note);
    }

    [Fact]
    public async Task The_completed_round_of_the_year_before_awards_two_people_by_decision_30_signed_by_the_sitting_Chairman()
    {
        var (b, _) = await CommuneAsync();
        await using var _b = b;
        await SeedAsync(b);

        await using var db = b.Commune.Open();
        var demoMovement = await db.Movements.SingleAsync(m => m.Title.Contains("(minh họa)"));
        Assert.Equal((2025, 2025), (demoMovement.StartYear, demoMovement.EndYear));
        var round = await db.NominationRounds.SingleAsync(r => r.MovementId == demoMovement.Id);
        var decision = await db.AwardDecisions.SingleAsync(d => d.RoundId == round.Id);
        Assert.Equal(("30/QĐ-UBND", new DateOnly(2026, 1, 20), "Đào Quang Dương"), (decision.NumberText, decision.Date, decision.Signer));

        var awarded = await db.Nominations.Where(n => n.RoundId == round.Id).OrderBy(n => n.NomineeName).ToListAsync();
        Assert.Equal(["Lê Minh Tuấn", "Phạm Thị Lan"], awarded.Select(n => n.NomineeName));
        Assert.All(awarded, n => Assert.Equal((NominationStatus.Awarded, (Guid?)decision.Id), (n.Status, n.DecisionId)));

        // The award history page searches these records.
        var history = await b.Decisions().HistoryAsync("tuan");
        var record = Assert.Single(history);
        Assert.Equal(("Lê Minh Tuấn", AwardKind.GiayKhenChuTichXa, 2025, "30/QĐ-UBND", "cchc:2025"),
            (record.NomineeName, record.AwardKind, record.Year, record.DecisionNumber, record.AchievementKey));
        Assert.Equal(2, (await b.Decisions().RecordsOfAsync(decision.Id)).Count);
    }

    [Fact]
    public async Task The_completed_rounds_ballot_passes_the_councils_own_rule_when_tallied_again()
    {
        var (b, _) = await CommuneAsync();
        await using var _b = b;
        await SeedAsync(b);

        await using var db = b.Commune.Open();
        var meeting = await db.CouncilMeetings.SingleAsync();
        var council = b.Council();
        var members = await council.MeetingMembersAsync(meeting.Id);
        var counts = await council.CountsAsync(meeting.Id);
        Assert.Equal(2, counts.Count);
        Assert.True(meeting.SecretBallot);
        Assert.Equal(5, members.Count);
        Assert.Equal(4, members.Count(m => m.Present));
        foreach (var count in counts)
        {
            // 70% of the 5 members is 3.5, so 4 votes are needed; the 4 present all agreed.
            var result = CouncilService.CountTally(meeting, members, new HashSet<Guid?>(), count.Agree, count.Disagree, count.Invalid);
            Assert.Equal((CouncilOutcome.Passed, 5, 4, 4, 4), (result.Outcome, result.Members, result.Present, result.Agree, result.Required));
            var receipts = (await council.ReceiptsAsync(meeting.Id)).Where(r => r.NominationId == count.NominationId).ToList();
            Assert.Equal(members.Where(m => m.Present).Select(m => (Guid?)m.Id).Order(), receipts.Select(r => (Guid?)r.MeetingMemberId).Order());
        }

        var memberships = await db.CouncilMemberships.CountAsync();
        Assert.Equal(5, memberships);
        Assert.Equal(CouncilRole.Chairman, members.Single(m => m.Order == 0).Role);
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        var (b, _) = await CommuneAsync();
        await using var _b = b;
        Assert.Equal(20, await SeedAsync(b));
        var first = await CountsAsync(b);

        Assert.Equal(0, await SeedAsync(b));
        Assert.Equal(first, await CountsAsync(b));
    }

    [Fact]
    public async Task Every_row_the_demo_writes_belongs_to_the_commune()
    {
        var (b, _) = await CommuneAsync();
        await using var _b = b;
        await SeedAsync(b);
        var own = await CountsAsync(b);

        await using var system = b.Commune.OpenSystem();
        Assert.Equal(own["Nominations"], await system.Nominations.CountAsync(n => n.TenantId == b.Commune.TenantId));
        Assert.Equal(own["People"], await system.People.CountAsync(p => p.TenantId == b.Commune.TenantId));
        Assert.Equal(own["Records"], await system.AwardRecords.CountAsync(r => r.TenantId == b.Commune.TenantId));
        Assert.Equal(own["Receipts"], await system.CouncilBallotReceipts.CountAsync(r => r.TenantId == b.Commune.TenantId));
        Assert.Equal(own["Memberships"], await system.CouncilMemberships.CountAsync(r => r.TenantId == b.Commune.TenantId));
        Assert.True(own["Nominations"] == 5 && own["Records"] == 2 && own["Receipts"] == 8, string.Join(", ", own));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task Nothing_is_seeded_without_a_seed_movement_or_without_two_departments(bool withSecretariat, bool withSource)
    {
        var (b, _) = await CommuneAsync(withSecretariat, withSource);
        await using var _b = b;
        // The builder's own round of 2025 is not the demo's.
        var before = await CountsAsync(b);

        Assert.Equal(0, await SeedAsync(b));
        Assert.Equal(before, await CountsAsync(b));
    }
}
