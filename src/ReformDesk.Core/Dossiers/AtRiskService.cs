using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Documents;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Dossiers;

/// <summary>An unresolved dossier that is overdue or due soon (staff only: carries the applicant's name, never the phone).</summary>
public sealed record AtRiskDossier(Guid Id, string Code, string ProcedureName, Guid? UnitId, string UnitName, string? ApplicantName,
    DateTime ReceivedAt, DateOnly DueDate, DossierStatus Status, int? WorkingDaysToDue)
{
    public bool Overdue => Status == DossierStatus.PendingOverdue;
}

/// <summary>One page of the at-risk list, with the counts of the whole list.</summary>
public sealed record AtRiskPage(IReadOnlyList<AtRiskDossier> Rows, int Total, int Overdue, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The apology letter's contents (form 04), prefilled for the officer to check.</summary>
public sealed record ApologyDraft(Guid DossierId, string Code, string ProcedureName, string? ApplicantName, DateTime ReceivedAt,
    DateOnly OriginalDueDate, DateOnly ProposedDate, bool Overdue);

/// <summary>
/// Unresolved dossiers due within N working days or overdue, and the apology letter ("Phiếu xin lỗi và hẹn lại ngày
/// trả kết quả", form 04 of Circular 01/2018/TT-VPCP) for a late one. Only open dossiers are read (never the whole log).
/// </summary>
public sealed class AtRiskService(ReformDeskDbContext db, TimeProvider clock, DossierRules dossierRules)
{
    public const int DefaultWorkingDays = 2;

    public DateTime Now => VietnamTime.Now(clock);

    public async Task<IReadOnlyList<AtRiskDossier>> ListAsync(int workingDays = DefaultWorkingDays, CancellationToken ct = default)
    {
        workingDays = Math.Clamp(workingDays, 0, 30);
        var now = Now;
        var open = db.Dossiers.AsNoTracking().Where(d => d.ProcessedAt == null && d.ReturnedAt == null && d.RejectedAt == null && d.WithdrawnAt == null);
        var dossiers = await open.Include(d => d.Events).ToListAsync(ct);
        var supplements = (await db.DossierSupplements.AsNoTracking().Where(s => open.Select(d => d.Id).Contains(s.DossierId)).ToListAsync(ct)).ToLookup(s => s.DossierId);
        var procedures = await db.Procedures.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var rules = await CommuneRulesAsync(ct);
        var calendar = rules.DueDates.Calendar;
        var today = DateOnly.FromDateTime(now);
        var limit = calendar.AddWorkingDays(today, workingDays);
        var result = new List<AtRiskDossier>();
        foreach (var d in dossiers)
        {
            if (!procedures.TryGetValue(d.ProcedureId, out var p) || DossierService.Evaluate(rules, d, p, supplements[d.Id], now) is not { IsOpen: true } e) continue;
            var overdue = e.Status == DossierStatus.PendingOverdue;
            // A paused dossier waits for the citizen: not at risk until it resumes (overdue ones are always listed).
            if (!overdue && (e.IsPaused || e.DueDate > limit)) continue;
            result.Add(new AtRiskDossier(d.Id, d.Code, p.Name, d.UnitId, d.UnitId is { } u ? units.GetValueOrDefault(u, "?") : UnassignedUnit,
                d.ApplicantName, d.ReceivedAt, e.DueDate, e.Status, e.WorkingDaysToDue));
        }

        return result.OrderBy(r => r.UnitName, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false))
            .ThenByDescending(r => r.Overdue).ThenBy(r => r.DueDate).ThenBy(r => r.Code).ToList();
    }

    public const int PageSize = 100;

    /// <summary>One page of <see cref="ListAsync"/> (a large commune has thousands of open dossiers; the page shows 100).</summary>
    public async Task<AtRiskPage> PageAsync(int workingDays, int page, CancellationToken ct = default)
    {
        var all = await ListAsync(workingDays, ct);
        var pages = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        return new AtRiskPage(all.Skip((page - 1) * PageSize).Take(PageSize).ToList(), all.Count, all.Count(r => r.Overdue), page, PageSize);
    }

    private Task<DossierStatusRules> CommuneRulesAsync(CancellationToken ct) =>
        dossierRules.ForAsync(db.Tenant.TenantId ?? throw new InvalidOperationException("A commune is needed."), ct);

    public const string UnassignedUnit = "Bộ phận một cửa (chưa gán đơn vị)";

    /// <summary>
    /// The letter's prefilled values: the original appointment (the given appointment date, else the computed due date)
    /// and a proposed new date = original + the procedure's statutory working days (at least 1), which the officer may change.
    /// Null for an unknown dossier or one already finished on time.
    /// </summary>
    public async Task<ApologyDraft?> DraftAsync(Guid dossierId, CancellationToken ct = default)
    {
        var d = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == dossierId, ct);
        if (d is null) return null;
        var p = await db.Procedures.AsNoTracking().FirstAsync(x => x.Id == d.ProcedureId, ct);
        var supplements = await db.DossierSupplements.AsNoTracking().Where(s => s.DossierId == d.Id).ToListAsync(ct);
        var rules = await CommuneRulesAsync(ct);
        if (DossierService.Evaluate(rules, d, p, supplements, Now) is not { } e || !(e.CountsAsLate || e.Status == DossierStatus.PendingAtRisk)) return null;
        var original = d.AppointmentDate ?? e.DueDate;
        var proposed = rules.DueDates.Calendar.AddWorkingDays(original, Math.Max(1, p.ProcessingDays ?? 0));
        var today = DateOnly.FromDateTime(Now);
        if (proposed <= today) proposed = rules.DueDates.Calendar.AddWorkingDays(today, Math.Max(1, p.ProcessingDays ?? 0));
        return new ApologyDraft(d.Id, d.Code, p.Name, d.ApplicantName, d.ReceivedAt, original, proposed, e.CountsAsLate);
    }

    /// <summary>
    /// The form-04 letter of the dossier's recorded apology (reason and new date as stored; null when none is recorded), as a
    /// Decree-30 document for <see cref="DocxWriter"/> and <see cref="IPdfRenderer"/>. Never contains the applicant's phone.
    /// </summary>
    public async Task<(AdministrativeDocument Document, string FileName)?> ApologyLetterAsync(Guid dossierId, CancellationToken ct = default)
    {
        var d = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == dossierId, ct);
        var letter = await db.DossierEvents.AsNoTracking()
            .Where(e => e.DossierId == dossierId && e.Kind == DossierEventKind.ApologyIssued && e.VoidedAtUtc == null).OrderBy(e => e.At).FirstOrDefaultAsync(ct);
        if (d is null || letter?.NewAppointment is not { } newDate) return null;
        var p = await db.Procedures.AsNoTracking().FirstAsync(x => x.Id == d.ProcedureId, ct);
        var draft = new ApologyDraft(d.Id, d.Code, p.Name, d.ApplicantName, d.ReceivedAt, d.AppointmentDate ?? newDate, newDate, true);
        var reason = letter.Reason ?? "";
        var tenantId = db.Tenant.TenantId ?? throw new InvalidOperationException("A commune is needed.");
        var commune = await db.Tenants.AsNoTracking().FirstAsync(t => t.Id == tenantId, ct);
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var communeName = commune.Name;
        var place = communeName;
        foreach (var prefix in new[] { "Phường ", "Xã ", "Thị trấn " })
        {
            if (place.StartsWith(prefix, StringComparison.Ordinal)) place = place[prefix.Length..];
        }

        var chairman = await (from t in db.PositionTenures.AsNoTracking()
                              join person in db.People.AsNoTracking() on t.PersonId equals person.Id
                              where t.Title.StartsWith("Chủ tịch UBND") && t.ToYear == null
                              select person.FullName).FirstOrDefaultAsync(ct);
        string Date(DateOnly x) => $"ngày {x.Day:00} tháng {x.Month:00} năm {x.Year}";
        var received = draft.ReceivedAt;
        var document = new AdministrativeDocument
        {
            ParentBody = $"ỦY BAN NHÂN DÂN {communeName}".ToUpper(vi),
            IssuingBody = "BỘ PHẬN MỘT CỬA",
            Type = DocumentType.NotificationSlip,
            Number = null,
            IssuerAbbreviation = "BPMC",
            Place = place,
            Date = DateOnly.FromDateTime(letter.At),
            Subject = "Xin lỗi và hẹn lại ngày trả kết quả",
            Body =
            [
                new Block.Paragraph($"Bộ phận Tiếp nhận và Trả kết quả {communeName} tiếp nhận hồ sơ của: {draft.ApplicantName ?? "Ông/Bà"}."),
                new Block.Paragraph($"Mã hồ sơ: {draft.Code}."),
                new Block.Paragraph($"Nội dung yêu cầu giải quyết: {draft.ProcedureName}."),
                new Block.Paragraph($"Thời gian nhận hồ sơ: {received:HH} giờ {received:mm} phút, {Date(DateOnly.FromDateTime(received))}."),
                new Block.Paragraph($"Thời gian hẹn trả kết quả giải quyết hồ sơ: {Date(draft.OriginalDueDate)}."),
                new Block.Paragraph($"Tuy nhiên đến nay, {communeName} chưa trả kết quả giải quyết hồ sơ của Ông/Bà đúng hạn."),
                new Block.Paragraph($"Lý do: {reason.Trim()}."),
                new Block.Paragraph($"Sự chậm trễ này đã gây phiền hà cho Ông/Bà. {communeName} xin lỗi Ông/Bà và sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào {Date(newDate)}."),
                new Block.Paragraph($"Mong nhận được sự cảm thông của Ông/Bà vì sự chậm trễ này."),
            ],
            Recipients = ["Ông/Bà có hồ sơ;", "Lưu: BPMC."],
            Signature = new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", string.IsNullOrWhiteSpace(chairman) ? "……………………" : chairman),
        };
        var safeCode = new string(draft.Code.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
        return (document, $"phieu-xin-loi-{safeCode}");
    }
}
