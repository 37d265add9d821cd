using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.CitizenVoice;

/// <summary>Decision 766 indicators 5.2 and 5.3 of a period, with the counts behind them.</summary>
public sealed record FeedbackIndicatorSet(Ratio OnTime, Ratio Satisfaction, int Received, int Late, int Handled, int Disliked, int Reopened);

/// <summary>
/// Indicators 5.2 and 5.3 from the commune's feedback (domain.md §9):
/// 5.2 on time = feedback submitted in the period with no deadline missed by the period's end ÷ feedback submitted in it;
/// 5.3 satisfaction = (handled − those disliked, late or reopened) ÷ handled, where "handled" is feedback whose answer was
/// published in the period. One feedback that is both late and disliked is subtracted once, so the rate never goes negative.
/// With no feedback both are 0 ÷ 0, which the index shows as "không có dữ liệu".
/// </summary>
public sealed class FeedbackIndicators(ReformDeskDbContext db, FeedbackDeadlineService deadlines)
{
    public async Task<FeedbackIndicatorSet> ComputeAsync(DateOnly from, DateOnly to, Guid? unitId = null, CancellationToken ct = default)
    {
        if (db.Tenant.TenantId is not { } communeId)
        {
            return new FeedbackIndicatorSet(new Ratio(0, 0), new Ratio(0, 0), 0, 0, 0, 0, 0);
        }

        var startUtc = Utc(from);
        var endUtc = Utc(to.AddDays(1));
        var query = db.Feedbacks.AsNoTracking().Where(f => unitId == null || f.UnitId == unitId);
        var received = await query.Where(f => f.SubmittedAtUtc >= startUtc && f.SubmittedAtUtc < endUtc).ToListAsync(ct);
        var handled = await query.Where(f => f.PublishedAtUtc >= startUtc && f.PublishedAtUtc < endUtc).ToListAsync(ct);
        var rules = await db.FeedbackDeadlines.AsNoTracking().ToListAsync(ct);
        var clock = await deadlines.ClockAsync(communeId, ct);
        return Measure(received, handled, rules, clock, to < deadlines.Today ? to : deadlines.Today);
    }

    /// <summary>5.2 and 5.3 of one commune's feedback (submitted in the period; published in it), its deadline versions and clock.</summary>
    public static FeedbackIndicatorSet Measure(IReadOnlyList<Feedback> received, IReadOnlyList<Feedback> handled, IReadOnlyList<FeedbackDeadline> rules, FeedbackClock clock, DateOnly asOf)
    {
        bool Late(Feedback f) => clock.IsLate(f, FeedbackDeadlineDays.InForce(rules, f.Category, clock.Day(f.SubmittedAtUtc)), asOf);

        var late = received.Count(Late);
        var disliked = handled.Count(f => f.Rating == FeedbackRating.Dislike);
        var reopened = handled.Count(f => f.Reopened);
        var unsatisfied = handled.Count(f => f.Rating == FeedbackRating.Dislike || f.Reopened || Late(f));
        return new FeedbackIndicatorSet(new Ratio(received.Count - late, received.Count), new Ratio(handled.Count - unsatisfied, handled.Count),
            received.Count, late, handled.Count, disliked, reopened);
    }

    public static DateTime Utc(DateOnly localDay) =>
        VietnamTime.StartOfDayUtc(localDay);
}

/// <summary>Feedback targets ("100% phản ánh, kiến nghị được xử lý đúng hạn") measured by <see cref="FeedbackIndicators"/>.</summary>
public sealed class FeedbackIndicatorSource(FeedbackIndicators indicators) : Targets.IIndicatorSource
{
    public const string OnTimeRate = "feedback.on-time-rate";
    public const string SatisfiedRate = "feedback.satisfied-rate";

    public static IReadOnlyList<string> All { get; } = [OnTimeRate, SatisfiedRate];

    public string Describe => "Tính từ phản ánh, kiến nghị đã tiếp nhận và trả lời (chỉ tiêu 5.2, 5.3 của Quyết định 766)";

    public bool Supports(string indicator) => All.Contains(indicator);

    public async Task<(double? Actual, IReadOnlyList<MonthlyValue> Monthly)> MeasureAsync(string indicator, ReportingPeriod period, DateOnly asOf, CancellationToken ct)
    {
        var end = asOf < period.End ? asOf : period.End;
        if (end < period.Start)
        {
            return (null, []);
        }

        var set = await indicators.ComputeAsync(period.Start, end, ct: ct);
        return ((indicator == OnTimeRate ? set.OnTime : set.Satisfaction).Percent, []);
    }
}
