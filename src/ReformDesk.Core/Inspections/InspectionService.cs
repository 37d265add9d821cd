using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Documents;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Inspections;

public sealed record InspectionPlanInput(int? Year, string? Title, int? CoveragePercent, string? DocumentNumber);

public sealed record InspectionInput(Guid? UnitId, InspectionKind Kind, int? PlannedMonth, string? Inspector);

public sealed record FindingInput(string? Finding, string? Recommendation, Guid? ResponsibleUnitId, DateOnly? Deadline);

/// <summary>How much of the year's target is met: units inspected (not counting self-inspection) and units self-inspected.</summary>
public sealed record InspectionCoverage(int SubjectUnits, int Required, int Inspected, int SelfInspected)
{
    public bool Met => Inspected >= Required;
    public double? InspectedPercent => SubjectUnits == 0 ? null : 100.0 * Inspected / SubjectUnits;
    public double? SelfInspectedPercent => SubjectUnits == 0 ? null : 100.0 * SelfInspected / SubjectUnits;

    /// <summary>Required = the coverage share of the subject units, rounded up (20% of 12 units = 3).</summary>
    public static InspectionCoverage Of(int subjectUnits, int coveragePercent, int inspected, int selfInspected) =>
        new(subjectUnits, (subjectUnits * coveragePercent + 99) / 100, inspected, selfInspected);
}

public sealed record InspectionRow(Inspection Inspection, string UnitName, IReadOnlyList<InspectionFinding> Findings);

public sealed record FindingRow(InspectionFinding Finding, string UnitName, Inspection Inspection, bool Overdue);

public sealed record InspectionYear(int Year, InspectionPlan? Plan, IReadOnlyList<InspectionRow> Inspections, InspectionCoverage? Coverage, IReadOnlyList<FindingRow> Overdue);

/// <summary>
/// Inspections of reform work (issue #13 point 10): the year's plan and its coverage, findings with a responsible unit and
/// a deadline, remediation closed only with evidence, overdue items for the Chairman, and the conclusion notice.
/// </summary>
public sealed class InspectionService(ReformDeskDbContext db, TimeProvider clock)
{
    public DateOnly Today => VietnamTime.Today(clock);

    public static bool CanOrganise(Actor actor) => !actor.TenantReadOnly && actor.Roles.Any(TaskPermissions.PlanManagers.Contains);

    /// <summary>A unit records its own self-inspection and remedies its own findings; organisers may do either for any unit.</summary>
    public static bool CanActFor(Actor actor, Guid unitId) =>
        CanOrganise(actor) || (!actor.TenantReadOnly && actor.UnitId == unitId && actor.Roles.Any(r => r is Roles.DepartmentHead or Roles.Officer));

    public async Task<InspectionYear> YearAsync(int year, CancellationToken ct = default)
    {
        var plan = await db.InspectionPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Year == year, ct);
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        if (plan is null)
        {
            return new InspectionYear(year, null, [], null, await OverdueAsync(ct));
        }

        var inspections = await db.Inspections.AsNoTracking().Where(i => i.PlanId == plan.Id).ToListAsync(ct);
        var ids = inspections.Select(i => i.Id).ToList();
        var findings = (await db.InspectionFindings.AsNoTracking().Where(f => ids.Contains(f.InspectionId)).ToListAsync(ct)).ToLookup(f => f.InspectionId);
        var rows = inspections.OrderBy(i => i.PlannedMonth).ThenBy(i => names.GetValueOrDefault(i.UnitId))
            .Select(i => new InspectionRow(i, names.GetValueOrDefault(i.UnitId, "?"), findings[i.Id].OrderBy(f => f.Deadline).ToList())).ToList();
        return new InspectionYear(year, plan, rows, Coverage(plan, inspections, units), await OverdueAsync(ct));
    }

    public static InspectionCoverage Coverage(InspectionPlan plan, IReadOnlyCollection<Inspection> inspections, IReadOnlyCollection<Unit> units)
    {
        var subject = units.Where(Inspection.IsSubject).Select(u => u.Id).ToHashSet();
        var done = inspections.Where(i => i.Status == InspectionStatus.Done && subject.Contains(i.UnitId)).ToList();
        return InspectionCoverage.Of(subject.Count, plan.CoveragePercent,
            done.Where(i => i.Kind != InspectionKind.SelfInspection).Select(i => i.UnitId).Distinct().Count(),
            done.Where(i => i.Kind == InspectionKind.SelfInspection).Select(i => i.UnitId).Distinct().Count());
    }

    /// <summary>Open findings past their deadline, every year, oldest first: what the Chairman must chase.</summary>
    public async Task<IReadOnlyList<FindingRow>> OverdueAsync(CancellationToken ct = default)
    {
        var today = Today;
        var open = await db.InspectionFindings.AsNoTracking().Where(f => f.Status == FindingStatus.Open && f.Deadline < today).OrderBy(f => f.Deadline).ToListAsync(ct);
        var inspectionIds = open.Select(f => f.InspectionId).Distinct().ToList();
        var inspections = await db.Inspections.AsNoTracking().Where(i => inspectionIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var names = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return open.Select(f => new FindingRow(f, names.GetValueOrDefault(f.ResponsibleUnitId, "?"), inspections[f.InspectionId], true)).ToList();
    }

    public Task<Inspection?> FindAsync(Guid id, CancellationToken ct = default) => db.Inspections.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);

    public Task<int> YearOfAsync(Inspection inspection, CancellationToken ct = default) =>
        db.InspectionPlans.AsNoTracking().Where(p => p.Id == inspection.PlanId).Select(p => p.Year).FirstAsync(ct);

    public async Task<OperationResult<InspectionPlan>> CreatePlanAsync(InspectionPlanInput input, Actor actor, CancellationToken ct = default)
    {
        if (!CanOrganise(actor))
        {
            return OperationResult<InspectionPlan>.Forbidden("Chỉ Chủ tịch và bộ phận tham mưu CCHC được lập kế hoạch kiểm tra.");
        }

        if (input.Year is not (>= 2000 and <= 2100))
        {
            return OperationResult<InspectionPlan>.Invalid(nameof(input.Year), "Năm kế hoạch phải có 4 chữ số (2000–2100).");
        }

        if (input.CoveragePercent is not (>= 1 and <= 100))
        {
            return OperationResult<InspectionPlan>.Invalid(nameof(input.CoveragePercent), "Tỷ lệ đơn vị được kiểm tra phải từ 1% đến 100% (kế hoạch CCHC thường yêu cầu tối thiểu 20%).");
        }

        if (Clean(input.DocumentNumber) is { Length: > 60 })
        {
            return OperationResult<InspectionPlan>.Invalid(nameof(input.DocumentNumber), "Số văn bản dài quá 60 ký tự.");
        }

        if (await db.InspectionPlans.AnyAsync(p => p.Year == input.Year, ct))
        {
            return OperationResult<InspectionPlan>.Invalid(nameof(input.Year), $"Năm {input.Year} đã có kế hoạch kiểm tra.");
        }

        var title = Clean(input.Title) ?? $"Kế hoạch kiểm tra công tác cải cách hành chính năm {input.Year}";
        if (title.Length > 500)
        {
            return OperationResult<InspectionPlan>.Invalid(nameof(input.Title), "Tên kế hoạch dài quá 500 ký tự.");
        }

        var plan = InspectionPlan.Create(input.Year.Value, title, input.CoveragePercent.Value, Clean(input.DocumentNumber));
        db.InspectionPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        return OperationResult<InspectionPlan>.Ok(plan);
    }

    public async Task<OperationResult<Inspection>> AddAsync(Guid planId, InspectionInput input, Actor actor, CancellationToken ct = default)
    {
        if (await db.InspectionPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct) is not { } plan)
        {
            return OperationResult<Inspection>.NotFound("Không tìm thấy kế hoạch kiểm tra.");
        }

        // A unit may put its own self-inspection on the plan; everything else is the organisers'.
        var allowed = input.Kind == InspectionKind.SelfInspection && input.UnitId is { } own ? CanActFor(actor, own) : CanOrganise(actor);
        if (!allowed)
        {
            return OperationResult<Inspection>.Forbidden("Bạn không có quyền thêm cuộc kiểm tra này vào kế hoạch.");
        }

        if (input.UnitId is not { } unitId || !await db.Units.AnyAsync(u => u.Id == unitId && u.IsActive, ct))
        {
            return OperationResult<Inspection>.Invalid(nameof(input.UnitId), "Hãy chọn đơn vị được kiểm tra (đơn vị đang hoạt động).");
        }

        if (!Enum.IsDefined(input.Kind))
        {
            return OperationResult<Inspection>.Invalid(nameof(input.Kind), "Hãy chọn hình thức kiểm tra.");
        }

        if (input.PlannedMonth is not (>= 1 and <= 12))
        {
            return OperationResult<Inspection>.Invalid(nameof(input.PlannedMonth), "Tháng kiểm tra phải từ 1 đến 12.");
        }

        var inspector = Clean(input.Inspector) ?? (input.Kind == InspectionKind.SelfInspection ? "Đơn vị tự kiểm tra" : null);
        if (inspector is null || inspector.Length > 300)
        {
            return OperationResult<Inspection>.Invalid(nameof(input.Inspector), "Hãy ghi người hoặc đoàn kiểm tra (tối đa 300 ký tự).");
        }

        if (await db.Inspections.AnyAsync(i => i.PlanId == plan.Id && i.UnitId == unitId && i.Kind == input.Kind && i.Status != InspectionStatus.Cancelled, ct))
        {
            return OperationResult<Inspection>.Invalid(nameof(input.UnitId), $"Kế hoạch năm {plan.Year} đã có “{Inspection.KindText(input.Kind).ToLowerFirst()}” cho đơn vị này.");
        }

        var inspection = Inspection.Plan(plan.Id, unitId, input.Kind, input.PlannedMonth.Value, inspector);
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync(ct);
        return OperationResult<Inspection>.Ok(inspection);
    }

    public async Task<OperationResult<Inspection>> RecordAsync(Guid id, DateOnly? doneOn, string? conclusion, string? conclusionNumber, Actor actor, CancellationToken ct = default)
    {
        if (await db.Inspections.FirstOrDefaultAsync(i => i.Id == id, ct) is not { } inspection)
        {
            return OperationResult<Inspection>.NotFound("Không tìm thấy cuộc kiểm tra.");
        }

        var allowed = inspection.Kind == InspectionKind.SelfInspection ? CanActFor(actor, inspection.UnitId) : CanOrganise(actor);
        if (!allowed)
        {
            return OperationResult<Inspection>.Forbidden("Bạn không có quyền ghi kết quả cuộc kiểm tra này.");
        }

        var year = await db.InspectionPlans.AsNoTracking().Where(p => p.Id == inspection.PlanId).Select(p => p.Year).FirstAsync(ct);
        if (doneOn is not { } day || day.Year != year || day > Today)
        {
            return OperationResult<Inspection>.Invalid("doneOn", $"Ngày kiểm tra phải trong năm {year} và không sau hôm nay.");
        }

        if (Clean(conclusion) is not { } text || text.Length > 8000)
        {
            return OperationResult<Inspection>.Invalid("conclusion", inspection.Kind == InspectionKind.SelfInspection
                ? "Hãy ghi tóm tắt báo cáo tự kiểm tra (tối đa 8.000 ký tự)."
                : "Hãy ghi kết luận kiểm tra (tối đa 8.000 ký tự).");
        }

        if (Clean(conclusionNumber) is { Length: > 60 })
        {
            return OperationResult<Inspection>.Invalid("conclusionNumber", "Số văn bản dài quá 60 ký tự.");
        }

        if (inspection.Record(day, text, Clean(conclusionNumber)) is { } refused)
        {
            return OperationResult<Inspection>.Conflict(refused);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<Inspection>.Ok(inspection);
    }

    public async Task<OperationResult<Inspection>> CancelAsync(Guid id, string? reason, Actor actor, CancellationToken ct = default)
    {
        if (await db.Inspections.FirstOrDefaultAsync(i => i.Id == id, ct) is not { } inspection)
        {
            return OperationResult<Inspection>.NotFound("Không tìm thấy cuộc kiểm tra.");
        }

        if (!CanOrganise(actor))
        {
            return OperationResult<Inspection>.Forbidden("Chỉ Chủ tịch và bộ phận tham mưu CCHC được hủy cuộc kiểm tra.");
        }

        if (Clean(reason) is not { Length: <= 1000 } text)
        {
            return OperationResult<Inspection>.Invalid("reason", "Hãy ghi lý do hủy (tối đa 1.000 ký tự).");
        }

        if (inspection.Cancel(text) is { } refused)
        {
            return OperationResult<Inspection>.Conflict(refused);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<Inspection>.Ok(inspection);
    }

    public async Task<OperationResult<InspectionFinding>> AddFindingAsync(Guid inspectionId, FindingInput input, Actor actor, CancellationToken ct = default)
    {
        if (await db.Inspections.AsNoTracking().FirstOrDefaultAsync(i => i.Id == inspectionId, ct) is not { } inspection)
        {
            return OperationResult<InspectionFinding>.NotFound("Không tìm thấy cuộc kiểm tra.");
        }

        if (!(inspection.Kind == InspectionKind.SelfInspection ? CanActFor(actor, inspection.UnitId) : CanOrganise(actor)))
        {
            return OperationResult<InspectionFinding>.Forbidden("Bạn không có quyền ghi kiến nghị của cuộc kiểm tra này.");
        }

        if (inspection.Status != InspectionStatus.Done)
        {
            return OperationResult<InspectionFinding>.Conflict("Chỉ ghi tồn tại, kiến nghị sau khi đã ghi kết quả kiểm tra.");
        }

        if (Clean(input.Finding) is not { Length: <= 4000 } finding)
        {
            return OperationResult<InspectionFinding>.Invalid(nameof(input.Finding), "Hãy ghi tồn tại, hạn chế phát hiện qua kiểm tra (tối đa 4.000 ký tự).");
        }

        if (Clean(input.Recommendation) is not { Length: <= 4000 } recommendation)
        {
            return OperationResult<InspectionFinding>.Invalid(nameof(input.Recommendation), "Hãy ghi kiến nghị, yêu cầu khắc phục (tối đa 4.000 ký tự).");
        }

        if (input.ResponsibleUnitId is not { } unitId || !await db.Units.AnyAsync(u => u.Id == unitId, ct))
        {
            return OperationResult<InspectionFinding>.Invalid(nameof(input.ResponsibleUnitId), "Hãy chọn đơn vị chịu trách nhiệm khắc phục.");
        }

        if (input.Deadline is not { } deadline || deadline < inspection.DoneOn)
        {
            return OperationResult<InspectionFinding>.Invalid(nameof(input.Deadline), $"Hạn khắc phục phải từ ngày kiểm tra ({VietnamTime.Date(inspection.DoneOn!.Value)}) trở đi.");
        }

        var row = InspectionFinding.Raise(inspection.Id, finding, recommendation, unitId, deadline);
        db.InspectionFindings.Add(row);
        await db.SaveChangesAsync(ct);
        return OperationResult<InspectionFinding>.Ok(row);
    }

    public async Task<OperationResult<InspectionFinding>> RemedyAsync(Guid findingId, DateOnly? on, string? evidence, Actor actor, CancellationToken ct = default)
    {
        if (await db.InspectionFindings.FirstOrDefaultAsync(f => f.Id == findingId, ct) is not { } finding)
        {
            return OperationResult<InspectionFinding>.NotFound("Không tìm thấy kiến nghị.");
        }

        if (!CanActFor(actor, finding.ResponsibleUnitId))
        {
            return OperationResult<InspectionFinding>.Forbidden("Chỉ đơn vị chịu trách nhiệm hoặc bộ phận tham mưu CCHC được ghi kết quả khắc phục.");
        }

        if (on is not { } day || day > Today)
        {
            return OperationResult<InspectionFinding>.Invalid("on", "Hãy nhập ngày khắc phục (không sau hôm nay).");
        }

        if (Clean(evidence) is not { Length: <= 2000 } text)
        {
            return OperationResult<InspectionFinding>.Invalid("evidence", "Khắc phục phải kèm minh chứng (số văn bản, báo cáo, đường dẫn; tối đa 2.000 ký tự).");
        }

        if (finding.Remedy(day, text) is { } refused)
        {
            return OperationResult<InspectionFinding>.Conflict(refused);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<InspectionFinding>.Ok(finding);
    }

    /// <summary>"Thông báo kết luận kiểm tra công tác cải cách hành chính" (Decree 30, TB) of a done inspection.</summary>
    public async Task<AdministrativeDocument?> ConclusionAsync(Guid id, CancellationToken ct = default)
    {
        if (await db.Inspections.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) is not { Status: InspectionStatus.Done } inspection
            || inspection.Kind == InspectionKind.SelfInspection)
        {
            return null;
        }

        var letterhead = await CommuneLetterhead.OfAsync(db, ct);
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == inspection.UnitId).Select(u => u.Name).FirstAsync(ct);
        var findings = await db.InspectionFindings.AsNoTracking().Where(f => f.InspectionId == id).OrderBy(f => f.Deadline).ToListAsync(ct);
        var names = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var body = new List<Block>
        {
            new Block.Paragraph($"Ngày {VietnameseDates.DateText(inspection.DoneOn!.Value).Replace("ngày ", "", StringComparison.Ordinal)}, {inspection.Inspector} đã tiến hành {Inspection.KindText(inspection.Kind).ToLowerFirst()} đối với {unit}. Ủy ban nhân dân {letterhead.Commune.Name.ToLowerFirst()} thông báo kết luận kiểm tra như sau:"),
            new Block.Heading(1, "I. KẾT QUẢ KIỂM TRA"),
        };
        body.AddRange(Paragraphs(inspection.Conclusion));
        body.Add(new Block.Heading(1, "II. TỒN TẠI, HẠN CHẾ VÀ KIẾN NGHỊ"));
        if (findings.Count == 0)
        {
            body.Add(new Block.Paragraph("Qua kiểm tra, không phát hiện tồn tại, hạn chế cần khắc phục."));
        }
        else
        {
            body.Add(new Block.Table(["STT", "Tồn tại, hạn chế", "Kiến nghị, yêu cầu khắc phục", "Đơn vị thực hiện", "Thời hạn"],
                findings.Select((f, i) => (IReadOnlyList<string>)
                [
                    (i + 1).ToString(CultureInfo.InvariantCulture), f.Finding, f.Recommendation, names.GetValueOrDefault(f.ResponsibleUnitId, "?"), VietnamTime.Date(f.Deadline),
                ]).ToList()));
        }

        body.Add(new Block.Heading(1, "III. TỔ CHỨC THỰC HIỆN"));
        body.Add(new Block.Paragraph($"Yêu cầu {unit} và các đơn vị liên quan khắc phục các tồn tại, hạn chế nêu trên đúng thời hạn, báo cáo kết quả kèm minh chứng về Ủy ban nhân dân {letterhead.Commune.Name.ToLowerFirst()} (qua bộ phận tham mưu công tác cải cách hành chính) để theo dõi."));

        return new AdministrativeDocument
        {
            IssuingBody = $"ỦY BAN NHÂN DÂN\n{letterhead.Commune.Name.ToUpper(CommuneLetterhead.Vi)}",
            Type = DocumentType.Notice,
            Number = LeadingNumber(inspection.ConclusionNumber),
            IssuerAbbreviation = "UBND",
            Place = letterhead.Place,
            Date = inspection.DoneOn,
            Subject = $"Kết luận kiểm tra công tác cải cách hành chính tại {unit}",
            Body = body,
            Recipients = [$"{unit};", "Chủ tịch, các Phó Chủ tịch UBND;", "Lưu: VT."],
            Signature = new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", CommuneLetterhead.SignerOrBlank(await CommuneLetterhead.ChairmanNameAsync(db, ct))),
        };
    }

    private static IEnumerable<Block> Paragraphs(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => (Block)new Block.Paragraph(l));

    private static int? LeadingNumber(string? documentNumber)
    {
        var digits = new string((documentNumber ?? "").TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length > 0 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().Replace("\r", "", StringComparison.Ordinal);
}
