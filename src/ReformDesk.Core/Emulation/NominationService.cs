using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

public sealed record NominationInput(
    NomineeKind NomineeKind,
    Guid? NomineeUnitId,
    Guid? NomineePersonId,
    Guid UnitId,
    AwardKind AwardKind,
    string? AchievementSummary,
    string? AchievementKey,
    string? Evidence = null);

public sealed record RoundInput(
    RoundKind Kind,
    int Year,
    int? FromYear,
    DateOnly? Deadline,
    int? MaxCollectivesPerUnit,
    int? MaxIndividualsPerUnit,
    int? MinYearsDirectReformWork = null,
    bool RequiresRecognisedInitiative = false,
    ReformRating? RequiredUnitRating = null,
    string? ExtraChecklist = null);

/// <summary>A nomination with its unit and the rule engine's verdict, as the board shows it.</summary>
public sealed record NominationView(Nomination Nomination, NominationRound Round, string UnitName, NominationCheckResult Check);

/// <summary>Rounds and nominations of the current commune: rounds, creating a nomination, the board and look-ups; the steps,
/// the rule check and initiatives are in the other parts of this class.</summary>
public sealed partial class NominationService(ReformDeskDbContext db, TimeProvider clock)
{
    private readonly NominationChecker checker = new();

    public DateOnly Today => VietnamTime.Today(clock);

    public Task<Movement?> MovementAsync(Guid id, CancellationToken ct = default) =>
        db.Movements.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);

    public Task<NominationRound?> RoundAsync(Guid id, CancellationToken ct = default) =>
        db.NominationRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    public Task<List<NominationRound>> RoundsAsync(Guid movementId, CancellationToken ct = default) =>
        db.NominationRounds.AsNoTracking().Where(r => r.MovementId == movementId).OrderByDescending(r => r.Year).ThenBy(r => r.Kind).ToListAsync(ct);

    public Task<Nomination?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Nominations.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, ct);

    public async Task<OperationResult<NominationRound>> CreateRoundAsync(Guid movementId, Actor actor, RoundInput input, CancellationToken ct = default)
    {
        if (!EmulationPermissions.CanCheck(actor))
        {
            return OperationResult<NominationRound>.Forbidden("Chỉ bộ phận tham mưu được thiết lập đợt xét khen thưởng.");
        }

        if (await db.Movements.AsNoTracking().FirstOrDefaultAsync(m => m.Id == movementId, ct) is not { } movement)
        {
            return OperationResult<NominationRound>.NotFound("Không tìm thấy phong trào thi đua.");
        }

        var from = input.FromYear ?? input.Year;
        if (input.Year < movement.StartYear || input.Year > movement.EndYear + 1 || from > input.Year)
        {
            return OperationResult<NominationRound>.Invalid(nameof(RoundInput.Year), $"Năm xét phải thuộc thời gian của phong trào ({movement.PeriodText}).");
        }

        if (input.MaxIndividualsPerUnit is < 0 || input.MaxCollectivesPerUnit is < 0)
        {
            return OperationResult<NominationRound>.Invalid(
                input.MaxIndividualsPerUnit is < 0 ? nameof(RoundInput.MaxIndividualsPerUnit) : nameof(RoundInput.MaxCollectivesPerUnit), "Định mức không được âm.");
        }

        if (await db.NominationRounds.AnyAsync(r => r.MovementId == movementId && r.Kind == input.Kind && r.Year == input.Year, ct))
        {
            return OperationResult<NominationRound>.Invalid(nameof(RoundInput.Year), "Phong trào đã có đợt xét này.");
        }

        var round = new NominationRound
        {
            MovementId = movementId,
            Kind = input.Kind,
            Year = input.Year,
            FromYear = from,
            Deadline = input.Deadline,
            MaxCollectivesPerUnit = input.MaxCollectivesPerUnit,
            MaxIndividualsPerUnit = input.MaxIndividualsPerUnit,
            MinYearsDirectReformWork = input.MinYearsDirectReformWork,
            RequiresRecognisedInitiative = input.RequiresRecognisedInitiative,
            RequiredUnitRating = input.RequiredUnitRating,
            ExtraChecklist = input.ExtraChecklist,
        };
        db.NominationRounds.Add(round);
        await db.SaveChangesAsync(ct);
        return OperationResult<NominationRound>.Ok(round);
    }

    /// <summary>Creates a draft; with <paramref name="submit"/> it is submitted at once (and refused as a whole when a rule fails).</summary>
    public async Task<OperationResult<Nomination>> CreateAsync(Guid roundId, Actor actor, NominationInput input, bool submit = false, CancellationToken ct = default)
    {
        if (await db.NominationRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct) is not { } round)
        {
            return OperationResult<Nomination>.NotFound("Không tìm thấy đợt xét khen thưởng.");
        }

        if (!EmulationPermissions.CanNominate(actor, input.UnitId))
        {
            return OperationResult<Nomination>.Forbidden("Chỉ công chức, trưởng phòng của đơn vị được lập hồ sơ đề nghị cho đơn vị mình.");
        }

        if (!await db.Units.AnyAsync(u => u.Id == input.UnitId, ct))
        {
            return OperationResult<Nomination>.Invalid(nameof(NominationInput.UnitId), "Không tìm thấy đơn vị đề nghị.");
        }

        string name;
        if (input.NomineeKind == NomineeKind.Collective)
        {
            var unit = input.NomineeUnitId is { } u ? await db.Units.AsNoTracking().FirstOrDefaultAsync(x => x.Id == u, ct) : null;
            if (unit is null)
            {
                return OperationResult<Nomination>.Invalid(nameof(NominationInput.NomineeUnitId), "Hãy chọn tập thể được đề nghị.");
            }

            name = unit.Name;
        }
        else
        {
            var person = input.NomineePersonId is { } p ? await db.People.AsNoTracking().FirstOrDefaultAsync(x => x.Id == p, ct) : null;
            if (person is null)
            {
                return OperationResult<Nomination>.Invalid(nameof(NominationInput.NomineePersonId), "Hãy chọn cá nhân được đề nghị.");
            }

            name = person.FullName;
        }

        if (await OutsideUnitAsync(actor, input, round, name, ct) is { } outside)
        {
            return OperationResult<Nomination>.Invalid(input.NomineeKind == NomineeKind.Collective ? nameof(NominationInput.NomineeUnitId) : nameof(NominationInput.NomineePersonId), outside);
        }

        // The achievement is one of the nominee's records; its key is generated from the record, never typed.
        Achievement? achievement = null;
        if (!string.IsNullOrWhiteSpace(input.AchievementKey))
        {
            var nomineeId = (input.NomineeKind == NomineeKind.Collective ? input.NomineeUnitId : input.NomineePersonId)!.Value;
            var options = await NomineeFacts.AchievementsAsync(db, input.NomineeKind, nomineeId, input.NomineeKind == NomineeKind.Collective ? nomineeId : input.UnitId, ct);
            achievement = options.FirstOrDefault(a => a.Key == input.AchievementKey.Trim());
            if (achievement is null)
            {
                return OperationResult<Nomination>.Invalid(nameof(NominationInput.AchievementKey), $"Thành tích đã chọn không có trong hồ sơ của {name}; hãy chọn từ danh sách thành tích đã ghi nhận.");
            }
        }

        var summary = (input.AchievementSummary ?? "").Trim();
        if (summary.Length == 0 && achievement is not null)
        {
            summary = achievement.Text;
        }

        if (summary.Length == 0)
        {
            return OperationResult<Nomination>.Invalid(nameof(NominationInput.AchievementSummary), "Hãy tóm tắt thành tích đề nghị khen thưởng.");
        }

        var nomination = new Nomination
        {
            MovementId = round.MovementId,
            RoundId = round.Id,
            NomineeKind = input.NomineeKind,
            NomineeUnitId = input.NomineeKind == NomineeKind.Collective ? input.NomineeUnitId : null,
            NomineePersonId = input.NomineeKind == NomineeKind.Individual ? input.NomineePersonId : null,
            NomineeName = name,
            UnitId = input.UnitId,
            AwardKind = input.AwardKind,
            AchievementSummary = summary,
            AchievementKey = achievement?.Key,
            Evidence = string.IsNullOrWhiteSpace(input.Evidence) ? null : input.Evidence.Trim(),
            CreatedBy = actor.Name,
        };

        if (submit)
        {
            var error = await SubmitCheckedAsync(nomination, ct);
            if (error is not null)
            {
                return OperationResult<Nomination>.Invalid("rules", error);
            }
        }

        db.Nominations.Add(nomination);
        await db.SaveChangesAsync(ct);
        return OperationResult<Nomination>.Ok(nomination);
    }

    /// <summary>
    /// A unit (its head or officers) proposes only its own collective and its own people — those holding a position in it
    /// during the round's years or this year; null when allowed. The system administrator proposes for any unit.
    /// </summary>
    private async Task<string?> OutsideUnitAsync(Actor actor, NominationInput input, NominationRound round, string name, CancellationToken ct)
    {
        if (actor.Roles.Contains(Accounts.Roles.SystemAdmin))
        {
            return null;
        }

        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == input.UnitId).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? "";
        if (input.NomineeKind == NomineeKind.Collective)
        {
            return input.NomineeUnitId == input.UnitId ? null : $"{name} không phải là {unitName}: đơn vị chỉ đề nghị khen thưởng tập thể của chính mình.";
        }

        var (from, to) = MemberYears(round);
        return await NomineeFacts.Members(db, input.UnitId, from, to).ContainsAsync(input.NomineePersonId!.Value, ct)
            ? null
            : $"{name} không giữ chức vụ tại {unitName} trong năm {from}{(to > from ? $"–{to}" : "")}: đơn vị chỉ đề nghị khen thưởng người của đơn vị mình.";
    }

    private (int From, int To) MemberYears(NominationRound round) => (round.FromYear, Math.Max(round.Year, Today.Year));

    /// <summary>The people a unit may nominate in a round (all people for the system administrator).</summary>
    public async Task<List<Person>> NominablePeopleAsync(Actor actor, Guid roundId, Guid? unitId, CancellationToken ct = default)
    {
        if (actor.Roles.Contains(Accounts.Roles.SystemAdmin) || await RoundAsync(roundId, ct) is not { } round)
        {
            return await PeopleAsync(ct);
        }

        var (from, to) = MemberYears(round);
        var members = NomineeFacts.Members(db, unitId ?? Guid.Empty, from, to);
        return await db.People.AsNoTracking().Where(p => members.Contains(p.Id)).OrderBy(p => p.FullName).ToListAsync(ct);
    }

    /// <summary>Each nominee's achievements from their records, keyed by the person's or the unit's id.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Achievement>>> AchievementsAsync(IEnumerable<Person> people, IEnumerable<Unit> units, Guid? proposingUnit, CancellationToken ct = default)
    {
        var result = new Dictionary<Guid, IReadOnlyList<Achievement>>();
        foreach (var p in people)
        {
            result[p.Id] = await NomineeFacts.AchievementsAsync(db, NomineeKind.Individual, p.Id, proposingUnit ?? Guid.Empty, ct);
        }

        foreach (var u in units)
        {
            result[u.Id] = await NomineeFacts.AchievementsAsync(db, NomineeKind.Collective, u.Id, u.Id, ct);
        }

        return result;
    }

    /// <summary>Every nomination of a movement with its round, unit and current rule check.</summary>
    public async Task<IReadOnlyList<NominationView>> BoardAsync(Guid movementId, CancellationToken ct = default)
    {
        var rounds = await db.NominationRounds.AsNoTracking().Where(r => r.MovementId == movementId).ToDictionaryAsync(r => r.Id, ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var nominations = await db.Nominations.AsNoTracking().Where(n => n.MovementId == movementId).OrderBy(n => n.NomineeName).ToListAsync(ct);
        var result = new List<NominationView>();
        foreach (var n in nominations)
        {
            result.Add(new NominationView(n, rounds[n.RoundId], units.GetValueOrDefault(n.UnitId, "?"), await CheckAsync(n, null, ct)));
        }

        return result;
    }

    public async Task<IReadOnlyList<Nomination>> RoundNominationsAsync(Guid roundId, params NominationStatus[] statuses) =>
        await db.Nominations.AsNoTracking().Where(n => n.RoundId == roundId && statuses.Contains(n.Status)).OrderBy(n => n.NomineeName).ToListAsync();

    public Task<List<Unit>> UnitsAsync(CancellationToken ct = default) => db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Name).ToListAsync(ct);

    public Task<List<Person>> PeopleAsync(CancellationToken ct = default) => db.People.AsNoTracking().OrderBy(p => p.FullName).ToListAsync(ct);
}
