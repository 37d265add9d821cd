using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// One dossier's contribution to a period (which of intake, closure and month-end stock it falls in, at the period's
/// edges), the portal's 2.1 leaving out a dossier refused at intake, the arithmetic of counts rolled over months, each
/// indicator read by its code in the unit a target is written in, and a stored monthly bucket giving back its counts.
/// </summary>
public sealed class IndicatorCountsTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    private static DossierFacts Facts(DateOnly received, DossierStatus status, DateOnly? end = null, PortalVerdict verdict = PortalVerdict.OnTime) => new()
    {
        ProcedureCode = "1.001193", ReceivedDate = received, EndDate = end, Status = status, PortalVerdict = verdict,
    };

    [Theory]
    [InlineData(2, 28, false)]
    [InlineData(3, 1, true)]
    [InlineData(3, 31, true)]
    [InlineData(4, 1, false)]
    public void A_dossier_is_Marchs_intake_only_when_received_from_the_first_to_the_last_day(int month, int day, bool counted)
    {
        var counts = IndicatorCounts.Of(Facts(new DateOnly(2026, month, day), DossierStatus.Pending) with { Channel = DossierChannel.Online }, March);

        Assert.Equal((counted ? 1 : 0, counted ? 1 : 0), (counts.Received, counts.ReceivedOnline));
    }

    [Theory]
    [InlineData(2, 28, 0)]
    [InlineData(3, 1, 1)]
    [InlineData(3, 31, 1)]
    [InlineData(4, 1, 0)]
    public void A_dossier_is_Marchs_closure_only_when_it_ended_in_March(int month, int day, int counted)
    {
        var f = Facts(new DateOnly(2026, 2, 20), DossierStatus.ResolvedOnTime, new DateOnly(2026, month, day)) with { ProcessingWorkingDays = 4 };

        var counts = IndicatorCounts.Of(f, March);

        Assert.Equal((counted, counted, counted * 4L, counted), (counts.ResolvedOnTime, counts.PortalClosedOnTime, counts.ProcessingWorkingDaysTotal, counts.Closed));
    }

    [Fact]
    public void A_dossier_received_after_the_period_is_not_in_its_month_end_stock()
    {
        var april = IndicatorCounts.Of(Facts(new DateOnly(2026, 4, 1), DossierStatus.PendingOverdue, verdict: PortalVerdict.Late), March);
        var lastDay = IndicatorCounts.Of(Facts(new DateOnly(2026, 3, 31), DossierStatus.PendingOverdue, verdict: PortalVerdict.Late), March);

        Assert.Equal(IndicatorCounts.Zero, april);
        Assert.Equal((1, 1, 1, 1), (lastDay.Received, lastDay.PendingAtEnd, lastDay.PendingOverdueAtEnd, lastDay.PortalOpenLateAtEnd));
    }

    [Fact]
    public void A_dossier_refused_at_intake_is_received_and_refused_but_outside_the_portals_on_time_rate()
    {
        var day = new DateOnly(2026, 3, 5);
        var refused = IndicatorCounts.Of(Facts(day, DossierStatus.Rejected, day, PortalVerdict.NotCounted), March);
        var stopped = IndicatorCounts.Of(Facts(day, DossierStatus.Rejected, day, PortalVerdict.OnTime), March);

        Assert.Equal(IndicatorCounts.Zero with { Received = 1, Rejected = 1 }, refused);
        Assert.Equal(IndicatorCounts.Zero with { Received = 1, Rejected = 1, PortalClosedOnTime = 1 }, stopped);
        Assert.Equal(new Ratio(0, 0), new IndicatorSet(March, refused).OnTimeRate);
        Assert.Equal(new Ratio(1, 1), new IndicatorSet(March, stopped).OnTimeRate);
    }

    [Fact]
    public void An_open_dossier_outside_the_portals_rate_is_still_in_the_stock()
    {
        var counts = IndicatorCounts.Of(Facts(new DateOnly(2026, 3, 30), DossierStatus.PendingAtRisk, verdict: PortalVerdict.NotCounted), March);

        Assert.Equal((1, 1, 0, 0), (counts.PendingAtEnd, counts.PendingAtRiskAtEnd, counts.PortalOpenOnTimeAtEnd, counts.PortalOpenLateAtEnd));
    }

    [Fact]
    public void A_same_day_procedure_processed_the_next_working_day_is_same_day_but_not_within_the_day()
    {
        var received = new DateOnly(2026, 3, 9);
        DossierFacts SameDay(DateOnly end) => Facts(received, DossierStatus.ResolvedOnTime, end) with { ProcessingTimeKind = ProcessingTimeKind.SameDay, ProcessingWorkingDays = 0 };

        var within = IndicatorCounts.Of(SameDay(received), March);
        var nextDay = IndicatorCounts.Of(SameDay(received.AddDays(1)), March);
        var refusedSameDay = IndicatorCounts.Of(Facts(received, DossierStatus.Rejected, received) with { ProcessingTimeKind = ProcessingTimeKind.SameDay }, March);

        Assert.Equal((1, 1), (within.SameDayResolved, within.SameDayResolvedWithinDay));
        Assert.Equal((1, 0), (nextDay.SameDayResolved, nextDay.SameDayResolvedWithinDay));
        Assert.Equal((0, 0), (refusedSameDay.SameDayResolved, refusedSameDay.SameDayResolvedWithinDay));
    }

    [Fact]
    public void Fee_and_fully_online_counts_need_the_procedure_to_offer_them()
    {
        var received = new DateOnly(2026, 3, 10);
        var onlineWithoutOffer = IndicatorCounts.Of(Facts(received, DossierStatus.Pending) with { FullyOnline = true, PaidOnline = true }, March);
        var offered = IndicatorCounts.Of(Facts(received, DossierStatus.Pending) with
        {
            FullyOnline = true, PaidOnline = true, ProcedureAllowsFullyOnline = true, HasFee = true,
        }, March);

        Assert.Equal((0, 0, 0, 0), (onlineWithoutOffer.FullyOnlineEligible, onlineWithoutOffer.FullyOnlineFiled, onlineWithoutOffer.WithFee, onlineWithoutOffer.PaidOnline));
        Assert.Equal((1, 1, 1, 1), (offered.FullyOnlineEligible, offered.FullyOnlineFiled, offered.WithFee, offered.PaidOnline));
    }

    [Fact]
    public void Closed_facts_without_an_end_date_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => IndicatorCounts.Of(Facts(new DateOnly(2026, 3, 2), DossierStatus.Withdrawn), March));
        Assert.Equal("f", error.ParamName);
    }

    /// <summary>A counts record whose n-th field is k × n, so a field read into another shows and k = 1 plus k = 2 is k = 3.</summary>
    private static IndicatorCounts EachFieldItsOwn(int k) => new()
    {
        Received = k * 1, ReceivedOnline = k * 2, Digitised = k * 3, FullyOnlineEligible = k * 4, FullyOnlineFiled = k * 5,
        WithFee = k * 6, PaidOnline = k * 7, ResolvedEarly = k * 8, ResolvedOnTime = k * 9, ResolvedLate = k * 10,
        Rejected = k * 11, Withdrawn = k * 12, ClosedSupplementedMoreThanOnce = k * 13, ClosedMultiVisit = k * 14,
        ProcessingWorkingDaysTotal = k * 15, ResolvedWithProcessingDays = k * 16, SameDayResolved = k * 17,
        SameDayResolvedWithinDay = k * 18, PendingAtEnd = k * 19, PendingAtRiskAtEnd = k * 20, PendingOverdueAtEnd = k * 21,
        PortalClosedOnTime = k * 22, PortalClosedLate = k * 23, PortalOpenOnTimeAtEnd = k * 24, PortalOpenLateAtEnd = k * 25,
    };

    [Fact]
    public void January_then_February_adds_the_flows_and_keeps_Februarys_stock()
    {
        var both = IndicatorCounts.ThenLater(EachFieldItsOwn(1), EachFieldItsOwn(2));

        // Flows: January's plus February's (k = 3); the stock at the end of February only (k = 2), never January's added in.
        Assert.Equal(EachFieldItsOwn(3) with
        {
            PendingAtEnd = 38, PendingAtRiskAtEnd = 40, PendingOverdueAtEnd = 42, PortalOpenOnTimeAtEnd = 48, PortalOpenLateAtEnd = 50,
        }, both);
    }

    [Fact]
    public void Two_units_of_the_same_month_add_up_field_by_field_stocks_included()
    {
        Assert.Equal(EachFieldItsOwn(3), EachFieldItsOwn(1) + EachFieldItsOwn(2));
        Assert.Equal(EachFieldItsOwn(1), EachFieldItsOwn(3) - EachFieldItsOwn(2));
    }

    [Fact]
    public void Removing_more_than_was_added_is_seen_as_negative_in_any_field()
    {
        Assert.True(EachFieldItsOwn(1).IsNonNegative);
        Assert.False((EachFieldItsOwn(1) - EachFieldItsOwn(2)).IsNonNegative);
        Assert.False((IndicatorCounts.Zero with { PortalOpenLateAtEnd = -1 }).IsNonNegative);
        Assert.False((IndicatorCounts.Zero with { ProcessingWorkingDaysTotal = -1 }).IsNonNegative);
        Assert.False((IndicatorCounts.Zero with { SameDayResolvedWithinDay = -1 }).IsNonNegative);
    }

    /// <summary>
    /// March with 40 received (10 online, 30 digitised, 8 with a fee of which 2 paid online, 5 fully-online eligible of which 4
    /// filed so), 20 processed (5 early, 12 on time, 3 late; 60 working days over 15 with days; 4 same-day, 3 within the day),
    /// 2 refused, 3 withdrawn, 1 supplemented twice, 5 with several visits; 2.1: 21 ended on time, 4 late, 4 open on time, 1 open late.
    /// </summary>
    private static readonly IndicatorSet Sample = new(March, new IndicatorCounts
    {
        Received = 40, ReceivedOnline = 10, Digitised = 30, WithFee = 8, PaidOnline = 2, FullyOnlineEligible = 5, FullyOnlineFiled = 4,
        ResolvedEarly = 5, ResolvedOnTime = 12, ResolvedLate = 3, Rejected = 2, Withdrawn = 3, ClosedSupplementedMoreThanOnce = 1, ClosedMultiVisit = 5,
        ProcessingWorkingDaysTotal = 60, ResolvedWithProcessingDays = 15, SameDayResolved = 4, SameDayResolvedWithinDay = 3,
        PortalClosedOnTime = 21, PortalClosedLate = 4, PortalOpenOnTimeAtEnd = 4, PortalOpenLateAtEnd = 1, PendingAtEnd = 5,
    });

    [Theory]
    [InlineData(IndicatorCodes.OnTimeRate, 83.33)]                    // (21 + 4) ÷ (25 + 5)
    [InlineData(IndicatorCodes.EarlyRate, 25.0)]                      // 5 ÷ 20 processed
    [InlineData(IndicatorCodes.LateCount, 5.0)]                       // 4 ended late + 1 open late
    [InlineData(IndicatorCodes.DigitisedRate, 75.0)]                  // 30 ÷ 40
    [InlineData(IndicatorCodes.OnlineRate, 25.0)]                     // 10 ÷ 40
    [InlineData(IndicatorCodes.FullyOnlineRate, 80.0)]                // 4 ÷ 5
    [InlineData(IndicatorCodes.OnlinePaymentRate, 25.0)]              // 2 ÷ 8
    [InlineData(IndicatorCodes.SupplementMoreThanOnceRate, 4.0)]      // 1 ÷ 25 closed
    [InlineData(IndicatorCodes.MultiVisitRate, 20.0)]                 // 5 ÷ 25 closed
    [InlineData(IndicatorCodes.SameDayRate, 75.0)]                    // 3 ÷ 4
    [InlineData(IndicatorCodes.AverageProcessingWorkingDays, 4.0)]    // 60 ÷ 15
    public void Each_indicator_is_read_by_its_code_in_the_unit_targets_use(string code, double expected) =>
        Assert.Equal(expected, Sample.Get(code)!.Value, 2);

    [Fact]
    public void Every_code_a_target_may_name_is_readable_and_an_unknown_one_is_refused_by_name()
    {
        Assert.All(IndicatorCodes.All, code => Assert.NotNull(Sample.Get(code)));
        var error = Assert.Throws<ArgumentException>(() => Sample.Get("dossiers.on-time"));
        Assert.Contains("'dossiers.on-time'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ratio_reads_as_its_figures_and_an_empty_one_has_no_percent()
    {
        Assert.Equal("1/4 = 25%", new Ratio(1, 4).ToString());
        Assert.Equal(new Ratio(25, 30), Sample.OnTimeRate);
        Assert.Equal("0/0", new Ratio(0, 0).ToString());
        Assert.Null(new Ratio(3, 0).Percent);
        Assert.Equal(100.0, new Ratio(7, 7).Percent);
    }

    [Fact]
    public void A_stored_monthly_bucket_gives_back_exactly_the_counts_it_was_made_from()
    {
        var counts = EachFieldItsOwn(3);
        var asOf = new DateTime(2026, 3, 31, 23, 59, 59);
        var unit = Guid.NewGuid();

        var row = DossierMonthlyCounts.From(Guid.NewGuid(), new DateOnly(2026, 3, 1), unit, Guid.NewGuid(), asOf, true, counts);

        Assert.Equal(counts, row.ToCounts());
        Assert.Equal((new DateOnly(2026, 3, 1), unit, asOf, true), (row.Month, row.UnitId, row.AsOf, row.Final));
    }

    private static readonly Procedure Birth = new() { Code = "1.001193", Name = "Đăng ký khai sinh", ProcessingDays = 3 };

    private static Dossier Received(DateTime at) => new() { Code = "HS-1", ProcedureId = Birth.Id, ReceivedAt = at };

    [Fact]
    public void A_dossiers_clock_stops_at_the_first_of_processed_returned_refused_or_withdrawn()
    {
        var d = Received(new DateTime(2026, 3, 2, 9, 0, 0));
        Assert.Null(DossierAggregates.EndMoment(d));

        d.ReturnedAt = new DateTime(2026, 3, 6, 9, 0, 0);
        d.ProcessedAt = new DateTime(2026, 3, 5, 9, 0, 0);
        Assert.Equal(d.ProcessedAt, DossierAggregates.EndMoment(d));

        d.WithdrawnAt = new DateTime(2026, 3, 4, 9, 0, 0);
        Assert.Equal(d.WithdrawnAt, DossierAggregates.EndMoment(d));

        d.RejectedAt = new DateTime(2026, 3, 3, 9, 0, 0);
        Assert.Equal(d.RejectedAt, DossierAggregates.EndMoment(d));
    }

    [Fact]
    public void A_change_touches_every_month_from_receipt_to_the_end_or_to_now_while_open()
    {
        var now = new DateTime(2026, 4, 15, 10, 0, 0);
        var open = Received(new DateTime(2026, 1, 30, 9, 0, 0));
        var closed = Received(new DateTime(2025, 11, 28, 9, 0, 0));
        closed.ProcessedAt = new DateTime(2026, 1, 5, 9, 0, 0);
        var sameMonth = Received(new DateTime(2026, 3, 2, 9, 0, 0));
        sameMonth.ProcessedAt = new DateTime(2026, 3, 3, 9, 0, 0);

        DateOnly[] Months(Dossier d)
        {
            var buckets = new HashSet<AggregateBucket>();
            DossierAggregates.Touch(buckets, d, now);
            return [.. buckets.Select(b => b.Month).Order()];
        }

        Assert.Equal([new(2026, 1, 1), new(2026, 2, 1), new(2026, 3, 1), new DateOnly(2026, 4, 1)], Months(open));
        Assert.Equal([new(2025, 11, 1), new(2025, 12, 1), new DateOnly(2026, 1, 1)], Months(closed));
        Assert.Equal([new DateOnly(2026, 3, 1)], Months(sameMonth));
    }

    [Fact]
    public void A_dossier_ended_before_its_receipt_still_touches_its_receipt_month()
    {
        var d = Received(new DateTime(2026, 3, 2, 9, 0, 0));
        d.ProcessedAt = new DateTime(2026, 2, 27, 9, 0, 0);
        var buckets = new HashSet<AggregateBucket>();

        DossierAggregates.Touch(buckets, d, new DateTime(2026, 4, 15, 10, 0, 0));

        Assert.Equal([new AggregateBucket(new DateOnly(2026, 3, 1), Birth.Id)], buckets);
    }
}
