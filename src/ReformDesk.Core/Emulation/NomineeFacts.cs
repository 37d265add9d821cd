using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

/// <summary>An achievement a nomination may reward, offered from the nominee's records; <see cref="Key"/> is stored on the nomination.</summary>
public sealed record Achievement(string Key, string Text);

/// <summary>
/// Reads what the award rules need about one nominee from the recorded facts: appraisals, discipline, reform-work
/// assignments, accepted schemes, initiatives, prior awards, the unit's reform rating and, for a collective, its
/// member count with the members' titles and discipline counted from the history (ADR 0125).
/// </summary>
public static class NomineeFacts
{
    /// <summary>Distinct people holding a position in <paramref name="unitId"/> at some time within the years.</summary>
    public static IQueryable<Guid> Members(ReformDeskDbContext db, Guid unitId, int fromYear, int toYear) =>
        db.PositionTenures.Where(t => t.UnitId == unitId && t.FromYear <= toYear && (t.ToYear == null || t.ToYear >= fromYear))
            .Select(t => t.PersonId).Distinct();

    public static async Task<NominationFacts> IndividualAsync(ReformDeskDbContext db, Guid personId, Guid unitId, Rules.NominationRound round, DateOnly today, CancellationToken ct)
    {
        var appraisals = await db.Appraisals.AsNoTracking().Where(a => a.PersonId == personId)
            .Select(a => new { a.Year, a.Classification }).ToListAsync(ct);
        var discipline = await db.DisciplineRecords.AsNoTracking().Where(d => d.PersonId == personId).ToListAsync(ct);
        var assignments = await db.ReformWorkAssignments.AsNoTracking().Where(a => a.PersonId == personId).ToListAsync(ct);
        var schemes = await db.AcceptedSchemes.AsNoTracking().Where(s => s.PersonId == personId).ToListAsync(ct);
        var initiatives = await db.Initiatives.AsNoTracking().Where(i => i.Status == InitiativeStatus.Recognised && i.AuthorPersonId == personId).ToListAsync(ct);
        var prior = await db.AwardRecords.AsNoTracking().Where(r => !r.Revoked && r.PersonId == personId).ToListAsync(ct);
        return new NominationFacts
        {
            Appraisals = appraisals.ToDictionary(a => a.Year, a => a.Classification),
            DisciplinaryActions = discipline.Select(d => d.ToRule()).ToList(),
            YearsOfDirectReformWork = assignments.Count == 0 ? null : ReformWorkAssignment.YearsWithin(assignments, round.FromYear, round.ToYear, today),
            AcceptedSchemes = schemes.Select(s => new AcceptedScheme(s.Title, s.DecisionNumber, s.AcceptedOn)).ToList(),
            Initiatives = initiatives.Select(ToRule).ToList(),
            PriorAwards = prior.Select(ToRule).ToList(),
            UnitReformRatings = await ReformRatingsAsync(db, unitId, ct),
        };
    }

    public static async Task<(NominationFacts Facts, CollectiveFacts? Members)> CollectiveAsync(ReformDeskDbContext db, Guid unitId, int year, CancellationToken ct)
    {
        var appraisals = await db.Appraisals.AsNoTracking().Where(a => a.UnitId == unitId)
            .Select(a => new { a.Year, a.Classification }).ToListAsync(ct);
        var initiatives = await db.Initiatives.AsNoTracking().Where(i => i.Status == InitiativeStatus.Recognised && i.UnitId == unitId).ToListAsync(ct);
        var prior = await db.AwardRecords.AsNoTracking().Where(r => !r.Revoked && r.UnitId == unitId).ToListAsync(ct);
        var facts = new NominationFacts
        {
            Appraisals = appraisals.ToDictionary(a => a.Year, a => a.Classification),
            Initiatives = initiatives.Select(ToRule).ToList(),
            PriorAwards = prior.Select(ToRule).ToList(),
            UnitReformRatings = await ReformRatingsAsync(db, unitId, ct),
        };
        return (facts, await MembersAsync(db, unitId, year, ct));
    }

    /// <summary>The recorded member count of the year, with the members' titles, discipline and appraisals counted from data.</summary>
    public static async Task<CollectiveFacts?> MembersAsync(ReformDeskDbContext db, Guid unitId, int year, CancellationToken ct)
    {
        var count = await db.UnitMemberCounts.AsNoTracking().Where(m => m.UnitId == unitId && m.Year == year).Select(m => (int?)m.MemberCount).FirstOrDefaultAsync(ct);
        if (count is not { } total)
        {
            return null;
        }

        var members = Members(db, unitId, year, year);
        // A Chiến sĩ thi đua cơ sở of the year met the Lao động tiên tiến standard too (its first condition).
        var titled = await db.AwardRecords.AsNoTracking()
            .Where(r => !r.Revoked && r.Year == year && r.PersonId != null && members.Contains(r.PersonId.Value)
                        && (r.AwardKind == AwardKind.LaoDongTienTien || r.AwardKind == AwardKind.ChienSiThiDuaCoSo))
            .Select(r => new { r.PersonId, r.AwardKind }).ToListAsync(ct);
        // The level is stored as its name, so it is compared here, not in SQL.
        var disciplined = (await db.DisciplineRecords.AsNoTracking().Where(d => members.Contains(d.PersonId)).ToListAsync(ct))
            .Where(d => d.Penalty >= DisciplineLevel.CanhCao && d.InEffectDuring(year)).Select(d => d.PersonId).Distinct().Count();
        var appraised = await db.Appraisals.AsNoTracking().Where(a => a.Year == year && a.PersonId != null && members.Contains(a.PersonId.Value))
            .Select(a => a.Classification).ToListAsync(ct);
        var failing = appraised.Count(a => a == AppraisalResult.KhongHoanThanh);
        int? completing = appraised.Count >= total ? appraised.Count - failing : failing > 0 ? total - failing : null;
        return new CollectiveFacts(
            total,
            titled.Select(t => t.PersonId).Distinct().Count(),
            disciplined,
            completing,
            titled.Where(t => t.AwardKind == AwardKind.ChienSiThiDuaCoSo).Select(t => t.PersonId).Distinct().Count(),
            appraised.Count);
    }

    /// <summary>
    /// A unit's reform rating by year: its own rating entered with evidence, else the commune's appraised PAR Index,
    /// else the commune's rating entered with evidence for a year the index does not give (ADR 0128).
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, ReformRating>> ReformRatingsAsync(ReformDeskDbContext db, Guid unitId, CancellationToken ct)
    {
        var tenant = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.TenantId).FirstOrDefaultAsync(ct);
        var result = new Dictionary<int, ReformRating>();
        var entered = await db.UnitReformRatings.AsNoTracking().Where(r => r.UnitId == unitId || r.UnitId == null)
            .Select(r => new { r.UnitId, r.Year, r.Grade }).ToListAsync(ct);
        foreach (var r in entered.Where(r => r.UnitId is null))
        {
            result[r.Year] = r.Grade;
        }

        foreach (var (year, grade) in await ParIndex.ParIndexService.RatingsAsync(db, tenant, ct))
        {
            result[year] = grade;
        }

        foreach (var r in entered.Where(r => r.UnitId is not null))
        {
            result[r.Year] = r.Grade;
        }

        return result;
    }

    /// <summary>What a nomination of this nominee may reward, newest first: appraisals, initiatives, schemes, the unit's reform rating years, prior awards.</summary>
    public static async Task<IReadOnlyList<Achievement>> AchievementsAsync(ReformDeskDbContext db, NomineeKind kind, Guid nomineeId, Guid unitId, CancellationToken ct)
    {
        var list = new List<(int Year, Achievement A)>();
        var appraisals = kind == NomineeKind.Individual
            ? db.Appraisals.AsNoTracking().Where(a => a.PersonId == nomineeId)
            : db.Appraisals.AsNoTracking().Where(a => a.UnitId == nomineeId);
        foreach (var a in await appraisals.ToListAsync(ct))
        {
            list.Add((a.Year, new Achievement($"danh-gia:{a.Year}", $"Kết quả đánh giá, xếp loại: {a.Text}")));
        }

        var initiatives = db.Initiatives.AsNoTracking().Where(i => i.Status == InitiativeStatus.Recognised);
        initiatives = kind == NomineeKind.Individual ? initiatives.Where(i => i.AuthorPersonId == nomineeId) : initiatives.Where(i => i.UnitId == nomineeId);
        foreach (var i in await initiatives.ToListAsync(ct))
        {
            list.Add((i.DecisionDate!.Value.Year, new Achievement($"sang-kien:{i.DecisionNumber}", $"Sáng kiến “{i.Title}” được công nhận (Quyết định {i.DecisionNumber} ngày {VietnameseLabels.Date(i.DecisionDate.Value)})")));
        }

        if (kind == NomineeKind.Individual)
        {
            foreach (var s in await db.AcceptedSchemes.AsNoTracking().Where(s => s.PersonId == nomineeId).ToListAsync(ct))
            {
                list.Add((s.AcceptedOn.Year, new Achievement($"de-tai:{s.DecisionNumber}", $"Đề tài, đề án “{s.Title}” được nghiệm thu (Quyết định {s.DecisionNumber} ngày {VietnameseLabels.Date(s.AcceptedOn)})")));
            }
        }

        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? "";
        var commune = db.Tenant.TenantId ?? Guid.Empty;
        var type = await db.Tenants.AsNoTracking().Where(t => t.Id == commune).Select(t => (LocalityType?)t.Type).FirstOrDefaultAsync(ct) ?? LocalityType.Commune;
        foreach (var (year, grade) in await ReformRatingsAsync(db, unitId, ct))
        {
            list.Add((year, new Achievement($"cchc:{year}", $"Chỉ số cải cách hành chính năm {year} của {unitName}: {VietnameseLabels.Of(grade)}")));
        }

        var awards = kind == NomineeKind.Individual
            ? db.AwardRecords.AsNoTracking().Where(r => !r.Revoked && r.PersonId == nomineeId)
            : db.AwardRecords.AsNoTracking().Where(r => !r.Revoked && r.UnitId == nomineeId);
        foreach (var r in await awards.ToListAsync(ct))
        {
            list.Add((r.Year, new Achievement($"khen-thuong:{r.DecisionNumber}:{r.AwardKind}", $"Đã được tặng “{AwardCatalogue.NameOf(r.AwardKind, type)}” năm {r.Year} (Quyết định {r.DecisionNumber})")));
        }

        return list.OrderByDescending(x => x.Year).Select(x => x.A).DistinctBy(a => a.Key).ToList();
    }

    private static RecognisedInitiative ToRule(Initiative i) => new(i.Title, i.DecisionNumber ?? "", i.DecisionDate!.Value, "cơ sở");

    private static PriorAward ToRule(AwardRecord r) =>
        new(r.AwardKind, r.Year, r.AchievementKey, string.IsNullOrEmpty(r.AchievementSummary) ? null : r.AchievementSummary, r.DecisionNumber, r.PeriodFrom);
}
