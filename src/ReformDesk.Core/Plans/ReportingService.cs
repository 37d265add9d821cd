using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans.Scheduling;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Plans;

public sealed record ReportPeriod(DateOnly Due, ReportSubmission? Submission)
{
    public bool IsSubmitted => Submission is not null;
}

public sealed record ObligationView(ReportObligation Obligation, string UnitName, IReadOnlyList<ReportPeriod> Periods, DateOnly Today)
{
    public IEnumerable<ReportPeriod> Overdue => Periods.Where(p => !p.IsSubmitted && p.Due < Today);
    public ReportPeriod? Next => Periods.FirstOrDefault(p => !p.IsSubmitted && p.Due >= Today);
    public bool DueSoon => Next is { } n && n.Due.DayNumber - Today.DayNumber <= TaskTracking.DueSoonDays;
}

public sealed record ObligationInput(string? Title, Guid? UnitId, string? Recipient, string? ScheduleText, int FromYear, int ToYear, Guid? PlanId = null, Guid? MovementId = null);

/// <summary>The reporting calendar: obligations, their due dates from the parsed schedule, and submissions.</summary>
public sealed class ReportingService(ReformDeskDbContext db, PlanService plans)
{
    public async Task<IReadOnlyList<ObligationView>> CalendarAsync(CancellationToken ct = default)
    {
        var today = plans.Today;
        var obligations = await db.ReportObligations.AsNoTracking().OrderBy(o => o.Title).ToListAsync(ct);
        var submissions = (await db.ReportSubmissions.AsNoTracking().ToListAsync(ct)).ToLookup(s => s.ObligationId);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return obligations.Select(o =>
        {
            var byDue = submissions[o.Id].ToDictionary(s => s.DueDate);
            var periods = DueDates(o).Select(d => new ReportPeriod(d, byDue.GetValueOrDefault(d))).ToList();
            return new ObligationView(o, o.UnitId is { } u ? units.GetValueOrDefault(u, "?") : "Bộ phận tham mưu CCHC (UBND)", periods, today);
        }).ToList();
    }

    public static IReadOnlyList<DateOnly> DueDates(ReportObligation obligation)
    {
        var schedule = ScheduleJson.Deserialize(obligation.ScheduleJson) ?? new Unparsed(obligation.ScheduleText, "");
        return schedule.Occurrences(new DateOnly(obligation.FromYear, 1, 1), new DateOnly(obligation.ToYear, 12, 31));
    }

    public async Task<OperationResult<ReportObligation>> AddAsync(ObligationInput input, CancellationToken ct = default)
    {
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            return OperationResult<ReportObligation>.Invalid(nameof(input.Title), "Tên báo cáo là bắt buộc.");
        }

        // The columns' lengths (PlansModel): refused here so the JSON API gets a field error, not a database failure on PostgreSQL.
        if (title.Length > 500)
        {
            return OperationResult<ReportObligation>.Invalid(nameof(input.Title), "Tên báo cáo không được dài quá 500 ký tự.");
        }

        if (input.Recipient?.Trim() is { Length: > 200 })
        {
            return OperationResult<ReportObligation>.Invalid(nameof(input.Recipient), "Nơi nhận báo cáo không được dài quá 200 ký tự.");
        }

        if (input.ScheduleText?.Trim() is { Length: > 500 })
        {
            return OperationResult<ReportObligation>.Invalid(nameof(input.ScheduleText), "Thời hạn báo cáo không được dài quá 500 ký tự.");
        }

        if (input.FromYear is < 2000 or > 2100 || input.ToYear < input.FromYear || input.ToYear > 2100)
        {
            return OperationResult<ReportObligation>.Invalid(nameof(input.FromYear), "Năm bắt đầu, kết thúc không hợp lệ.");
        }

        var schedule = ScheduleParser.Parse(input.ScheduleText, input.FromYear);
        if (schedule.NeedsReview || schedule.Occurrences(new DateOnly(input.FromYear, 1, 1), new DateOnly(input.ToYear, 12, 31)).Count == 0)
        {
            return OperationResult<ReportObligation>.Invalid(nameof(input.ScheduleText),
                $"Chưa xác định được hạn báo cáo từ \"{input.ScheduleText?.Trim()}\" (ví dụ: \"Hằng năm trước ngày 30/11\", \"Trước ngày 05 của tháng cuối quý\").");
        }

        if (input.UnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId, ct))
        {
            return OperationResult<ReportObligation>.Invalid(nameof(input.UnitId), "Không tìm thấy đơn vị.");
        }

        var obligation = new ReportObligation
        {
            Title = title,
            UnitId = input.UnitId,
            Recipient = input.Recipient?.Trim() ?? "",
            ScheduleText = input.ScheduleText!.Trim(),
            ScheduleJson = ScheduleJson.Serialize(schedule),
            FromYear = input.FromYear,
            ToYear = input.ToYear,
            PlanId = input.PlanId,
            MovementId = input.MovementId,
        };
        db.ReportObligations.Add(obligation);
        await db.SaveChangesAsync(ct);
        return OperationResult<ReportObligation>.Ok(obligation);
    }

    public async Task<OperationResult<ReportSubmission>> SubmitAsync(Guid obligationId, DateOnly due, DateOnly submittedOn, string? documentNumber, string? note, string submittedBy, CancellationToken ct = default)
    {
        var obligation = await db.ReportObligations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == obligationId, ct);
        if (obligation is null)
        {
            return OperationResult<ReportSubmission>.NotFound("Không tìm thấy nghĩa vụ báo cáo.");
        }

        // The columns' lengths (PlansModel), as in AddAsync.
        if (documentNumber?.Trim() is { Length: > 60 })
        {
            return OperationResult<ReportSubmission>.Invalid("DocumentNumber", "Số văn bản không được dài quá 60 ký tự.");
        }

        if (note?.Trim() is { Length: > 1000 })
        {
            return OperationResult<ReportSubmission>.Invalid("Note", "Ghi chú không được dài quá 1000 ký tự.");
        }

        if (!DueDates(obligation).Contains(due))
        {
            return OperationResult<ReportSubmission>.Invalid("Due", "Kỳ báo cáo không thuộc lịch của báo cáo này.");
        }

        if (submittedOn > plans.Today)
        {
            return OperationResult<ReportSubmission>.Invalid("SubmittedOn", "Ngày gửi không được sau ngày hôm nay.");
        }

        if (await db.ReportSubmissions.AnyAsync(s => s.ObligationId == obligationId && s.DueDate == due, ct))
        {
            return OperationResult<ReportSubmission>.Invalid("Due", "Kỳ báo cáo này đã được ghi nhận gửi.");
        }

        var submission = new ReportSubmission
        {
            ObligationId = obligationId,
            DueDate = due,
            SubmittedOn = submittedOn,
            DocumentNumber = string.IsNullOrWhiteSpace(documentNumber) ? null : documentNumber.Trim(),
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            SubmittedBy = submittedBy,
        };
        db.ReportSubmissions.Add(submission);
        await db.SaveChangesAsync(ct);
        return OperationResult<ReportSubmission>.Ok(submission);
    }

    public Task<List<Unit>> UnitsAsync(CancellationToken ct = default) => plans.UnitsAsync(ct);
}

/// <summary>
/// "Báo cáo đúng hạn" targets: of the report due dates in the period up to today, the share submitted on or before the
/// due date (a due date is already the last day allowed: "trước ngày X" is stored as X − 1).
/// </summary>
public sealed class ReportIndicatorSource(ReportingService reporting) : Targets.IIndicatorSource
{
    public const string OnTimeRate = "reports.on-time-rate";

    public string Describe => "Tính từ lịch báo cáo và ngày gửi báo cáo";

    public bool Supports(string indicator) => indicator == OnTimeRate;

    public async Task<(double? Actual, IReadOnlyList<MonthlyValue> Monthly)> MeasureAsync(string indicator, ReportingPeriod period, DateOnly asOf, CancellationToken ct)
    {
        var end = asOf < period.End ? asOf : period.End;
        var due = (await reporting.CalendarAsync(ct)).SelectMany(o => o.Periods).Where(p => p.Due >= period.Start && p.Due <= end).ToList();
        if (due.Count == 0)
        {
            return (null, []);
        }

        var onTime = due.Count(p => p.Submission is { } s && s.SubmittedOn <= p.Due);
        var monthly = due.GroupBy(p => (p.Due.Year, p.Due.Month))
            .Select(g => new MonthlyValue(g.Key.Year, g.Key.Month, 100.0 * g.Count(p => p.Submission is { } s && s.SubmittedOn <= p.Due) / g.Count()))
            .ToList();
        return (100.0 * onTime / due.Count, monthly);
    }
}
