using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Organisation;

public sealed record AppraisalInput(Guid? PersonId, Guid? UnitId, int Year, AppraisalResult Classification, string? DecisionNumber, DateOnly? DecisionDate);

public sealed record DisciplineInput(Guid PersonId, DisciplineLevel Penalty, string? DecisionNumber, DateOnly? DecisionDate, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, Guid? Id = null);

public sealed record AssignmentInput(Guid PersonId, string? Duty, string? DecisionNumber, DateOnly? DecisionDate, DateOnly? From, DateOnly? To, Guid? Id = null);

public sealed record SchemeInput(Guid PersonId, string? Title, string? DecisionNumber, DateOnly? AcceptedOn, Guid? Id = null);

public sealed record MemberCountInput(Guid UnitId, int Year, int MemberCount, string? Evidence);

public sealed record ReformRatingInput(Guid? UnitId, int Year, ReformRating Grade, string? EvidenceNumber, DateOnly? EvidenceDate, string? EvidenceUrl);

/// <summary>Everything recorded about one person that the award rules read.</summary>
public sealed record PersonFacts(
    Person Person,
    IReadOnlyList<string> Positions,
    IReadOnlyList<Appraisal> Appraisals,
    IReadOnlyList<DisciplineRecord> Discipline,
    IReadOnlyList<ReformWorkAssignment> Assignments,
    IReadOnlyList<AcceptedSchemeRecord> Schemes);

/// <summary>One year of a collective: its recorded count, and what is counted from the history for that year.</summary>
public sealed record UnitYear(int Year, UnitMemberCount? Recorded, CollectiveFacts? Counted);

public sealed record UnitFacts(
    Unit Unit,
    IReadOnlyList<Appraisal> Appraisals,
    IReadOnlyList<UnitYear> Years,
    IReadOnlyList<UnitReformRating> Entered,
    IReadOnlyDictionary<int, ReformRating> Effective,
    IReadOnlyDictionary<int, ReformRating> ParIndex);

/// <summary>
/// Records and corrects the facts the award rules read (ADR 0125): appraisals of people and collectives, discipline,
/// reform-work assignments, accepted schemes, member counts and reform ratings entered with evidence. Only the
/// organisation's editors change them; every change is audited by the save interceptor.
/// </summary>
public sealed class FactService(ReformDeskDbContext db, TimeProvider clock)
{
    public DateOnly Today => VietnamTime.Today(clock);

    /// <summary>Who may read a person's appraisals and discipline: the organisation's editors, the council, the province's officers.</summary>
    public static readonly string[] Readers = [.. Roles.OrganisationEditors, Roles.CouncilMember, Roles.ProvinceOfficer];

    public static bool CanEdit(Actor actor) => !actor.TenantReadOnly && actor.Roles.Any(Roles.OrganisationEditors.Contains);

    public static bool CanRead(Actor actor) => actor.Roles.Any(Readers.Contains);

    public async Task<PersonFacts?> PersonAsync(Guid id, CancellationToken ct = default)
    {
        if (await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is not { } person)
        {
            return null;
        }

        var positions = await (from t in db.PositionTenures.AsNoTracking()
                               join u in db.Units on t.UnitId equals u.Id into us
                               from u in us.DefaultIfEmpty()
                               where t.PersonId == id
                               orderby t.FromYear descending
                               select new { t.Title, Unit = u == null ? null : u.Name, t.FromYear, t.ToYear }).ToListAsync(ct);
        return new PersonFacts(
            person,
            positions.Select(p => $"{p.Title}{(p.Unit is null ? "" : ", " + p.Unit)} ({p.FromYear}–{(p.ToYear is { } to ? to.ToString(System.Globalization.CultureInfo.InvariantCulture) : "nay")})").ToList(),
            await db.Appraisals.AsNoTracking().Where(a => a.PersonId == id).OrderByDescending(a => a.Year).ToListAsync(ct),
            await db.DisciplineRecords.AsNoTracking().Where(d => d.PersonId == id).OrderByDescending(d => d.EffectiveFrom).ToListAsync(ct),
            await db.ReformWorkAssignments.AsNoTracking().Where(a => a.PersonId == id).OrderByDescending(a => a.From).ToListAsync(ct),
            await db.AcceptedSchemes.AsNoTracking().Where(s => s.PersonId == id).OrderByDescending(s => s.AcceptedOn).ToListAsync(ct));
    }

    public async Task<UnitFacts?> UnitAsync(Guid id, CancellationToken ct = default)
    {
        if (await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct) is not { } unit)
        {
            return null;
        }

        var counts = await db.UnitMemberCounts.AsNoTracking().Where(m => m.UnitId == id).ToListAsync(ct);
        var years = counts.Select(c => c.Year).Append(Today.Year).Append(Today.Year - 1).Distinct().OrderDescending();
        var rows = new List<UnitYear>();
        foreach (var year in years)
        {
            rows.Add(new UnitYear(year, counts.FirstOrDefault(c => c.Year == year), await NomineeFacts.MembersAsync(db, id, year, ct)));
        }

        return new UnitFacts(
            unit,
            await db.Appraisals.AsNoTracking().Where(a => a.UnitId == id).OrderByDescending(a => a.Year).ToListAsync(ct),
            rows,
            await db.UnitReformRatings.AsNoTracking().Where(r => r.UnitId == id || r.UnitId == null).OrderByDescending(r => r.Year).ToListAsync(ct),
            await NomineeFacts.ReformRatingsAsync(db, id, ct),
            await ParIndex.ParIndexService.RatingsAsync(db, unit.TenantId, ct));
    }

    /// <summary>Records a year's appraisal of a person or a collective, or corrects the one already recorded for that year.</summary>
    public async Task<OperationResult<Appraisal>> SaveAppraisalAsync(Actor actor, AppraisalInput input, CancellationToken ct = default)
    {
        if (!CanEdit(actor))
        {
            return Refused<Appraisal>();
        }

        if (await SubjectProblemAsync(input.PersonId, input.UnitId, ct) is { } subject)
        {
            return OperationResult<Appraisal>.Invalid(subject.Key, subject.Value);
        }

        if (Appraisal.Problem(input.Year, input.DecisionNumber, input.DecisionDate, Today) is { } problem)
        {
            return OperationResult<Appraisal>.Invalid(nameof(AppraisalInput.DecisionNumber), problem);
        }

        var existing = await db.Appraisals.FirstOrDefaultAsync(a => a.Year == input.Year && (input.PersonId != null ? a.PersonId == input.PersonId : a.UnitId == input.UnitId), ct);
        if (existing is null)
        {
            existing = input.PersonId is { } p
                ? Appraisal.OfPerson(p, input.Year, input.Classification, input.DecisionNumber!, input.DecisionDate!.Value, actor.Name)
                : Appraisal.OfUnit(input.UnitId!.Value, input.Year, input.Classification, input.DecisionNumber!, input.DecisionDate!.Value, actor.Name);
            db.Appraisals.Add(existing);
        }
        else
        {
            existing.Correct(input.Classification, input.DecisionNumber!, input.DecisionDate!.Value, actor.Name);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<Appraisal>.Ok(existing);
    }

    public async Task<OperationResult<DisciplineRecord>> SaveDisciplineAsync(Actor actor, DisciplineInput input, CancellationToken ct = default)
    {
        if (!CanEdit(actor))
        {
            return Refused<DisciplineRecord>();
        }

        if (!await db.People.AnyAsync(p => p.Id == input.PersonId, ct))
        {
            return OperationResult<DisciplineRecord>.NotFound("Không tìm thấy cán bộ.");
        }

        if (DisciplineRecord.Problem(input.DecisionNumber, input.DecisionDate, input.EffectiveFrom, input.EffectiveTo, Today) is { } problem)
        {
            return OperationResult<DisciplineRecord>.Invalid(nameof(DisciplineInput.DecisionNumber), problem);
        }

        DisciplineRecord record;
        if (input.Id is { } id)
        {
            if (await db.DisciplineRecords.FirstOrDefaultAsync(d => d.Id == id && d.PersonId == input.PersonId, ct) is not { } found)
            {
                return OperationResult<DisciplineRecord>.NotFound("Không tìm thấy quyết định kỷ luật.");
            }

            record = found;
            record.Correct(input.Penalty, input.DecisionNumber!, input.DecisionDate!.Value, input.EffectiveFrom, input.EffectiveTo, actor.Name);
        }
        else
        {
            record = DisciplineRecord.Of(input.PersonId, input.Penalty, input.DecisionNumber!, input.DecisionDate!.Value, input.EffectiveFrom, input.EffectiveTo, actor.Name);
            db.DisciplineRecords.Add(record);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<DisciplineRecord>.Ok(record);
    }

    public async Task<OperationResult<ReformWorkAssignment>> SaveAssignmentAsync(Actor actor, AssignmentInput input, CancellationToken ct = default)
    {
        if (!CanEdit(actor))
        {
            return Refused<ReformWorkAssignment>();
        }

        if (!await db.People.AnyAsync(p => p.Id == input.PersonId, ct))
        {
            return OperationResult<ReformWorkAssignment>.NotFound("Không tìm thấy cán bộ.");
        }

        if (ReformWorkAssignment.Problem(input.Duty, input.DecisionNumber, input.DecisionDate, input.From, input.To, Today) is { } problem)
        {
            return OperationResult<ReformWorkAssignment>.Invalid(nameof(AssignmentInput.Duty), problem);
        }

        ReformWorkAssignment record;
        if (input.Id is { } id)
        {
            if (await db.ReformWorkAssignments.FirstOrDefaultAsync(a => a.Id == id && a.PersonId == input.PersonId, ct) is not { } found)
            {
                return OperationResult<ReformWorkAssignment>.NotFound("Không tìm thấy quyết định phân công.");
            }

            record = found;
            record.Correct(input.Duty!, input.DecisionNumber!, input.DecisionDate!.Value, input.From!.Value, input.To, actor.Name);
        }
        else
        {
            record = ReformWorkAssignment.Of(input.PersonId, input.Duty!, input.DecisionNumber!, input.DecisionDate!.Value, input.From!.Value, input.To, actor.Name);
            db.ReformWorkAssignments.Add(record);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<ReformWorkAssignment>.Ok(record);
    }

    public async Task<OperationResult<AcceptedSchemeRecord>> SaveSchemeAsync(Actor actor, SchemeInput input, CancellationToken ct = default)
    {
        if (!CanEdit(actor))
        {
            return Refused<AcceptedSchemeRecord>();
        }

        if (!await db.People.AnyAsync(p => p.Id == input.PersonId, ct))
        {
            return OperationResult<AcceptedSchemeRecord>.NotFound("Không tìm thấy cán bộ.");
        }

        if (AcceptedSchemeRecord.Problem(input.Title, input.DecisionNumber, input.AcceptedOn, Today) is { } problem)
        {
            return OperationResult<AcceptedSchemeRecord>.Invalid(nameof(SchemeInput.Title), problem);
        }

        AcceptedSchemeRecord record;
        if (input.Id is { } id)
        {
            if (await db.AcceptedSchemes.FirstOrDefaultAsync(s => s.Id == id && s.PersonId == input.PersonId, ct) is not { } found)
            {
                return OperationResult<AcceptedSchemeRecord>.NotFound("Không tìm thấy đề tài, đề án.");
            }

            record = found;
            record.Correct(input.Title!, input.DecisionNumber!, input.AcceptedOn!.Value, actor.Name);
        }
        else
        {
            record = AcceptedSchemeRecord.Of(input.PersonId, input.Title!, input.DecisionNumber!, input.AcceptedOn!.Value, actor.Name);
            db.AcceptedSchemes.Add(record);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<AcceptedSchemeRecord>.Ok(record);
    }

    /// <summary>Records a collective's member count for a year, or corrects the one recorded.</summary>
    public async Task<OperationResult<UnitMemberCount>> SaveMemberCountAsync(Actor actor, MemberCountInput input, CancellationToken ct = default)
    {
        if (!CanEdit(actor))
        {
            return Refused<UnitMemberCount>();
        }

        if (!await db.Units.AnyAsync(u => u.Id == input.UnitId, ct))
        {
            return OperationResult<UnitMemberCount>.NotFound("Không tìm thấy đơn vị.");
        }

        if (UnitMemberCount.Problem(input.Year, input.MemberCount, input.Evidence, Today) is { } problem)
        {
            return OperationResult<UnitMemberCount>.Invalid(nameof(MemberCountInput.MemberCount), problem);
        }

        var record = await db.UnitMemberCounts.FirstOrDefaultAsync(m => m.UnitId == input.UnitId && m.Year == input.Year, ct);
        if (record is null)
        {
            record = UnitMemberCount.Of(input.UnitId, input.Year, input.MemberCount, input.Evidence!, actor.Name);
            db.UnitMemberCounts.Add(record);
        }
        else
        {
            record.Correct(input.MemberCount, input.Evidence!, actor.Name);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<UnitMemberCount>.Ok(record);
    }

    /// <summary>
    /// Records a reform rating with its evidence for a unit, or for the commune (no unit) in a year its appraised PAR Index
    /// does not cover; saving again for the same year corrects it.
    /// </summary>
    public async Task<OperationResult<UnitReformRating>> SaveReformRatingAsync(Actor actor, ReformRatingInput input, CancellationToken ct = default)
    {
        if (!CanEdit(actor))
        {
            return Refused<UnitReformRating>();
        }

        if (input.UnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId, ct))
        {
            return OperationResult<UnitReformRating>.NotFound("Không tìm thấy đơn vị.");
        }

        if (UnitReformRating.Problem(input.Year, input.EvidenceNumber, input.EvidenceDate, input.EvidenceUrl, Today) is { } problem)
        {
            return OperationResult<UnitReformRating>.Invalid(nameof(ReformRatingInput.EvidenceNumber), problem);
        }

        if (input.UnitId is null && db.Tenant.TenantId is { } tenant)
        {
            // The commune's own rating: the province's appraised PAR Index for the year wins over an entered one.
            if ((await ParIndex.ParIndexService.RatingsAsync(db, tenant, ct)).TryGetValue(input.Year, out var appraised))
            {
                return OperationResult<UnitReformRating>.Invalid(nameof(ReformRatingInput.Year),
                    $"Năm {input.Year} đã có Chỉ số CCHC do tỉnh thẩm định (xếp loại “{VietnameseLabels.Of(appraised)}”); xếp loại đó được dùng, không nhập thay.");
            }
        }

        var record = await db.UnitReformRatings.FirstOrDefaultAsync(r => r.UnitId == input.UnitId && r.Year == input.Year, ct);
        if (record is null)
        {
            record = UnitReformRating.Of(input.UnitId, input.Year, input.Grade, input.EvidenceNumber!, input.EvidenceDate!.Value, input.EvidenceUrl, actor.Name);
            db.UnitReformRatings.Add(record);
        }
        else
        {
            record.Correct(input.Grade, input.EvidenceNumber!, input.EvidenceDate!.Value, input.EvidenceUrl, actor.Name);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<UnitReformRating>.Ok(record);
    }

    /// <summary>Deletes a wrongly entered fact of one of the six kinds, by its id.</summary>
    public async Task<OperationResult<bool>> DeleteAsync(Actor actor, string kind, Guid id, CancellationToken ct = default)
    {
        if (!CanEdit(actor))
        {
            return OperationResult<bool>.Forbidden("Chỉ bộ phận quản lý tổ chức, cán bộ được ghi, sửa dữ liệu này.");
        }

        object? row = kind switch
        {
            "appraisal" => await db.Appraisals.FirstOrDefaultAsync(x => x.Id == id, ct),
            "discipline" => await db.DisciplineRecords.FirstOrDefaultAsync(x => x.Id == id, ct),
            "assignment" => await db.ReformWorkAssignments.FirstOrDefaultAsync(x => x.Id == id, ct),
            "scheme" => await db.AcceptedSchemes.FirstOrDefaultAsync(x => x.Id == id, ct),
            "member-count" => await db.UnitMemberCounts.FirstOrDefaultAsync(x => x.Id == id, ct),
            "reform-rating" => await db.UnitReformRatings.FirstOrDefaultAsync(x => x.Id == id, ct),
            _ => null,
        };
        if (row is null)
        {
            return OperationResult<bool>.NotFound("Không tìm thấy bản ghi.");
        }

        db.Remove(row);
        await db.SaveChangesAsync(ct);
        return OperationResult<bool>.Ok(true);
    }

    private async Task<KeyValuePair<string, string>?> SubjectProblemAsync(Guid? personId, Guid? unitId, CancellationToken ct)
    {
        if ((personId is null) == (unitId is null))
        {
            return new(nameof(AppraisalInput.PersonId), "Hãy chọn một cá nhân hoặc một tập thể được đánh giá.");
        }

        var exists = personId is { } p ? await db.People.AnyAsync(x => x.Id == p, ct) : await db.Units.AnyAsync(x => x.Id == unitId, ct);
        return exists ? null : personId is null ? new(nameof(AppraisalInput.UnitId), "Không tìm thấy đơn vị.") : new(nameof(AppraisalInput.PersonId), "Không tìm thấy cán bộ.");
    }

    private static OperationResult<T> Refused<T>() =>
        OperationResult<T>.Forbidden("Chỉ bộ phận quản lý tổ chức, cán bộ được ghi, sửa dữ liệu này.");
}
