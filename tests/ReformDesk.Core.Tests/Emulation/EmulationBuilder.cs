using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>
/// Emulation test data on a real SQLite commune: a movement with one round, a unit, people, the standing council and
/// nominations brought straight to a status; each service is built on a fresh unit of work, as a web request has.
/// </summary>
internal sealed class EmulationBuilder : IAsyncDisposable
{
    /// <summary>10:00 in Hà Nội on 16/03/2026 — after the 01/7/2025 change of competence.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 16, 3, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2026, 3, 16);

    public static readonly Actor Secretariat = new(Guid.NewGuid(), "Phạm Thị Thu", [Roles.ReformSecretariat], null, false);
    public static readonly Actor Member = new(Guid.NewGuid(), "Vũ Văn Hải", [Roles.CouncilMember], null, false);
    public static readonly Actor Chairman = new(Guid.NewGuid(), "Đào Quang Dương", [Roles.Chairman], null, false);
    public static readonly Actor ProvinceReader = new(Guid.NewGuid(), "Cán bộ Sở Nội vụ", [Roles.Chairman, Roles.ReformSecretariat, Roles.CouncilMember], null, true);

    /// <summary>A council of five, the first its Chairman.</summary>
    public static readonly string[] Five = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em"];

    private EmulationBuilder(SqliteCommune commune) => Commune = commune;

    public SqliteCommune Commune { get; }

    public Guid MovementId { get; private set; }

    public Guid RoundId { get; private set; }

    public Guid UnitId { get; private set; }

    public static Actor Officer(Guid unitId) => new(Guid.NewGuid(), "Lê Văn Công", [Roles.Officer], unitId, false);

    /// <summary>A commune with the movement "Thi đua cải cách hành chính" 2025–2026, its annual round of 2025 and the unit "Phòng Kinh tế".</summary>
    public static async Task<EmulationBuilder> CreateAsync()
    {
        var builder = new EmulationBuilder(await SqliteCommune.CreateAsync(Now));
        builder.UnitId = (await builder.Commune.UnitAsync("Phòng Kinh tế")).Id;
        await using var db = builder.Commune.Open();
        var movement = new Movement { Title = "Thi đua cải cách hành chính", StartYear = 2025, EndYear = 2026, IssuingBody = "UBND phường Trần Hưng Đạo" };
        db.Movements.Add(movement);
        await db.SaveChangesAsync();
        builder.MovementId = movement.Id;
        builder.RoundId = await builder.RoundAsync(2025);
        return builder;
    }

    public CouncilService Council() => new(Commune.Open(), Commune.Clock);

    public DecisionService Decisions() => new(Commune.Open(), AwardCompetence.Default, Commune.Clock);

    public ProposalService Proposals() => new(Commune.Open(), AwardCompetence.Default, Commune.Clock);

    public NominationService Nominations() => new(Commune.Open(), Commune.Clock);

    public MovementService Movements() => new(Commune.Open());

    /// <summary>Another round of the movement (annual unless <paramref name="fromYear"/> opens a period).</summary>
    public async Task<Guid> RoundAsync(int year, int? fromYear = null)
    {
        await using var db = Commune.Open();
        var round = new ReformDesk.Core.Emulation.NominationRound
        {
            MovementId = MovementId, Kind = fromYear is null ? RoundKind.Annual : RoundKind.PeriodEnd, Year = year, FromYear = fromYear ?? year,
        };
        db.NominationRounds.Add(round);
        await db.SaveChangesAsync();
        return round.Id;
    }

    /// <summary>Changes the round of 2025 as the secretariat would on its settings page (deadline, quotas, checklist).</summary>
    public async Task EditRoundAsync(Action<ReformDesk.Core.Emulation.NominationRound> change)
    {
        await using var db = Commune.Open();
        change(await db.NominationRounds.SingleAsync(r => r.Id == RoundId));
        await db.SaveChangesAsync();
    }

    /// <summary>A person holding a post in the unit since 2020.</summary>
    public async Task<Guid> PersonAsync(string name)
    {
        await using var db = Commune.Open();
        var person = new Person { FullName = name };
        db.People.Add(person);
        db.PositionTenures.Add(new PositionTenure { PersonId = person.Id, UnitId = UnitId, Title = "Chuyên viên", FromYear = 2020 });
        await db.SaveChangesAsync();
        return person.Id;
    }

    /// <summary>An individual nomination of a new person, moved straight to <paramref name="status"/> (Draft, Submitted, Checked or Approved).</summary>
    public async Task<Nomination> NominationAsync(string name, AwardKind award = AwardKind.GiayKhenChuTichXa,
        NominationStatus status = NominationStatus.Checked, Guid? roundId = null)
    {
        var personId = await PersonAsync(name);
        var n = new Nomination
        {
            MovementId = MovementId, RoundId = roundId ?? RoundId, NomineeKind = NomineeKind.Individual, NomineePersonId = personId, NomineeName = name,
            UnitId = UnitId, AwardKind = award, AchievementSummary = "Hoàn thành xuất sắc nhiệm vụ cải cách hành chính",
        };
        var steps = new (NominationStatus From, Func<OperationResult<Nomination>> Step)[]
        {
            (NominationStatus.Submitted, () => n.Submit(new DateOnly(2026, 1, 10))),
            (NominationStatus.Checked, n.MarkChecked),
            (NominationStatus.Approved, () => n.RecordCouncilResult(true, "Hội đồng đề nghị khen thưởng")),
        };
        foreach (var (reached, step) in steps.Where(s => s.From <= status))
        {
            var moved = step();
            Assert.True(moved.Succeeded, $"{reached}: {moved.Message}");
        }

        await using var db = Commune.Open();
        db.Nominations.Add(n);
        await db.SaveChangesAsync();
        return n;
    }

    /// <summary>The unit "Phòng Kinh tế" nominated as a collective, moved straight to <paramref name="status"/>.</summary>
    public async Task<Nomination> CollectiveAsync(AwardKind award = AwardKind.GiayKhenChuTichXa, NominationStatus status = NominationStatus.Approved)
    {
        var n = new Nomination
        {
            MovementId = MovementId, RoundId = RoundId, NomineeKind = NomineeKind.Collective, NomineeUnitId = UnitId, NomineeName = "Phòng Kinh tế",
            UnitId = UnitId, AwardKind = award, AchievementSummary = "Tập thể hoàn thành xuất sắc nhiệm vụ năm 2025",
        };
        Assert.True(n.Submit(new DateOnly(2026, 1, 10)).Succeeded);
        Assert.True(n.MarkChecked().Succeeded);
        if (status == NominationStatus.Approved)
        {
            Assert.True(n.RecordCouncilResult(true, "Hội đồng đề nghị khen thưởng").Succeeded);
        }

        await using var db = Commune.Open();
        db.Nominations.Add(n);
        await db.SaveChangesAsync();
        return n;
    }

    /// <summary>The person currently holding the post "Chủ tịch UBND phường", who signs the council's and the commune's papers.</summary>
    public async Task<Guid> ChairmanPostAsync(string name)
    {
        await using var db = Commune.Open();
        var person = new Person { FullName = name };
        db.People.Add(person);
        db.PositionTenures.Add(new PositionTenure { PersonId = person.Id, Title = "Chủ tịch UBND phường", FromYear = 2021 });
        await db.SaveChangesAsync();
        return person.Id;
    }

    public async Task<NominationStatus> StatusOfAsync(Guid nominationId)
    {
        await using var db = Commune.Open();
        return await db.Nominations.AsNoTracking().Where(n => n.Id == nominationId).Select(n => n.Status).SingleAsync();
    }

    /// <summary>
    /// The standing council (decision 12/QĐ-UBND; quorum 2/3, pass 70% of <paramref name="thresholdBase"/>) with these
    /// people, the first as its Chairman; returns their person ids by name.
    /// </summary>
    public async Task<Dictionary<string, Guid>> CouncilOfAsync(IReadOnlyList<string> names, bool secretBallot = false, ThresholdBase thresholdBase = ThresholdBase.AllMembers)
    {
        var council = Council();
        Ok(await council.SaveCouncilAsync(Secretariat, new CouncilInput("12/QĐ-UBND", new DateOnly(2026, 1, 5), 2, 3, 70, thresholdBase, secretBallot,
            "Quy chế hoạt động của Hội đồng, Điều 6")));
        var ids = new Dictionary<string, Guid>();
        for (var i = 0; i < names.Count; i++)
        {
            ids[names[i]] = await PersonAsync(names[i]);
            Ok(await council.AddMemberAsync(Secretariat, ids[names[i]], i == 0 ? CouncilRole.Chairman : CouncilRole.Member));
        }

        return ids;
    }

    /// <summary>A meeting today of a fresh council of <paramref name="names"/> with <paramref name="present"/> of them present; its seats by name.</summary>
    public async Task<(CouncilMeeting Meeting, Dictionary<string, Guid> Seats)> MeetingAsync(IReadOnlyList<string> names, IReadOnlyList<string> present,
        bool secretBallot = false, ThresholdBase thresholdBase = ThresholdBase.AllMembers)
    {
        var people = await CouncilOfAsync(names, secretBallot, thresholdBase);
        var council = Council();
        var meeting = Ok(await council.CreateMeetingAsync(RoundId, Member, new MeetingInput(Today, present.Select(p => people[p]).ToList())));
        var seats = (await council.MeetingMembersAsync(meeting.Id)).ToDictionary(m => m.Name, m => m.Id);
        return (meeting, seats);
    }

    /// <summary>A second commune in the same database, opened as its own tenant.</summary>
    public async Task<ReformDeskDbContext> OtherCommuneAsync()
    {
        var other = new Tenant { Code = "HP-LC", Name = "Phường Lê Chân", Kind = TenantKind.Commune };
        await using (var system = Commune.OpenSystem())
        {
            system.Tenants.Add(other);
            await system.SaveChangesAsync();
        }

        return Commune.OpenFor(other.Id);
    }

    public ValueTask DisposeAsync() => Commune.DisposeAsync();
}
