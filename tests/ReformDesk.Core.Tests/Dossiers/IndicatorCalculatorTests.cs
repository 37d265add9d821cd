using ReformDesk.Core.Calendar;
using ReformDesk.Core.Dossiers.Rules;

namespace ReformDesk.Core.Tests.Dossiers;

public class IndicatorCalculatorTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);
    private static readonly Guid UnitA = new("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid UnitB = new("00000000-0000-0000-0000-00000000000b");

    private static DateOnly D(int m, int d) => new(2026, m, d);

    private static DossierFacts F(string code, int rm, int rd, DossierStatus status, (int M, int D)? end = null) => new()
    {
        ProcedureCode = code,
        UnitId = UnitA,
        ReceivedDate = D(rm, rd),
        EndDate = end is { } e ? D(e.M, e.D) : null,
        Status = status,
        // The portal's 2.1 verdict agrees with the status unless a dossier says otherwise (D8).
        PortalVerdict = status is DossierStatus.ResolvedLate or DossierStatus.PendingOverdue ? PortalVerdict.Late : PortalVerdict.OnTime,
    };

    // Hand-checked sample for March 2026, evaluated at 31/3 (column: received, status, end; then flags).
    public static List<DossierFacts> Sample() =>
    [
        // D1: early, counter, digitised, fee not paid online, 2 visits, 3 days.
        F("HT-01", 3, 2, DossierStatus.ResolvedEarly, (3, 5)) with { Digitised = true, HasFee = true, Visits = 2, ProcessingWorkingDays = 3 },
        // D2: on time, fully online, paid online, 5 days.
        F("HT-02", 3, 3, DossierStatus.ResolvedOnTime, (3, 10)) with { Channel = DossierChannel.Online, Digitised = true, ProcedureAllowsFullyOnline = true, FullyOnline = true, HasFee = true, PaidOnline = true, ProcessingWorkingDays = 5, UnitId = UnitB },
        // D3: late, 2 supplements, 3 visits, eligible for fully online but filed at the counter, 8 days.
        F("HT-02", 3, 4, DossierStatus.ResolvedLate, (3, 16)) with { ProcedureAllowsFullyOnline = true, SupplementRequestCount = 2, Visits = 3, ProcessingWorkingDays = 8, UnitId = UnitB },
        // D4: early, postal, digitised, fee, 1 supplement, 2 days.
        F("CT-01", 3, 5, DossierStatus.ResolvedEarly, (3, 9)) with { Channel = DossierChannel.Postal, Digitised = true, HasFee = true, SupplementRequestCount = 1, ProcessingWorkingDays = 2 },
        // D5: same-day procedure processed on its day of receipt, fee paid online.
        F("CT-02", 3, 9, DossierStatus.ResolvedOnTime, (3, 9)) with { ProcessingTimeKind = ProcessingTimeKind.SameDay, Digitised = true, HasFee = true, PaidOnline = true, Visits = 1, ProcessingWorkingDays = 0 },
        // D6: same-day procedure received after the cut-off, processed the next day (on time, not "within the day").
        F("CT-02", 3, 10, DossierStatus.ResolvedOnTime, (3, 11)) with { ProcessingTimeKind = ProcessingTimeKind.SameDay, Digitised = true, Visits = 1, ProcessingWorkingDays = 0 },
        // D7: refused, online fully online, 1 supplement.
        F("HT-02", 3, 11, DossierStatus.Rejected, (3, 13)) with { Channel = DossierChannel.Online, Digitised = true, ProcedureAllowsFullyOnline = true, FullyOnline = true, SupplementRequestCount = 1 },
        // D8: withdrawn after 2 supplements (late for the portal's 2.1), 2 visits, fee.
        F("CT-01", 3, 12, DossierStatus.Withdrawn, (3, 20)) with { HasFee = true, SupplementRequestCount = 2, Visits = 2, PortalVerdict = PortalVerdict.Late },
        // D9: open, online (not fully online), paid online.
        F("HT-02", 3, 25, DossierStatus.Pending) with { Channel = DossierChannel.Online, Digitised = true, ProcedureAllowsFullyOnline = true, HasFee = true, PaidOnline = true },
        // D10: open and overdue at the end of March.
        F("CT-01", 3, 16, DossierStatus.PendingOverdue) with { Digitised = true, Visits = 1 },
        // D11: received in February, processed late in March: counts for closure, not intake.
        F("HT-01", 2, 27, DossierStatus.ResolvedLate, (3, 4)) with { Digitised = true, ProcedureAllowsFullyOnline = true, HasFee = true, Visits = 2, ProcessingWorkingDays = 3 },
        // D12: open, at risk, not digitised, fee unpaid.
        F("HT-02", 3, 30, DossierStatus.PendingAtRisk) with { ProcedureAllowsFullyOnline = true, HasFee = true, Visits = 1, UnitId = UnitB },
        // D13: received and processed in February: not in March at all.
        F("HT-01", 2, 20, DossierStatus.ResolvedEarly, (2, 27)) with { Digitised = true, HasFee = true, PaidOnline = true, ProcessingWorkingDays = 4 },
        // D14: received in February, still open and overdue at the end of March: stock only.
        F("CT-01", 2, 10, DossierStatus.PendingOverdue) with { Visits = 1 },
    ];

    [Fact]
    public void Hand_checked_sample()
    {
        var s = IndicatorCalculator.Compute(Sample(), March);
        var c = s.Counts;

        // Intake = received in March: D1–D10, D12 = 11 (D11, D13, D14 were received in February).
        Assert.Equal(11, c.Received);
        // Resolved in March: early D1, D4 = 2; on time D2, D5, D6 = 3; late D3, D11 = 2 → 7.
        Assert.Equal((2, 3, 2, 7), (c.ResolvedEarly, c.ResolvedOnTime, c.ResolvedLate, c.Resolved));
        // Closed = 7 resolved + D7 refused + D8 withdrawn = 9.
        Assert.Equal(9, c.Closed);

        // Portal 2.1: ended in March on time D1, D2, D4, D5, D6 + D7 (stopped) = 6, late D3, D11, D8 (withdrawn, 2 supplements) = 3;
        // open at 31/3 on time D9, D12 = 2, late D10, D14 = 2 ⇒ (6 + 2) / (9 + 4) = 8 / 13.
        Assert.Equal((6, 3, 2, 2), (c.PortalClosedOnTime, c.PortalClosedLate, c.PortalOpenOnTimeAtEnd, c.PortalOpenLateAtEnd));
        Assert.Equal(new Ratio(8, 13), s.OnTimeRate);
        Assert.Equal(61.54, s.OnTimeRate.Percent!.Value, 2);
        // Early = 2 / 7.
        Assert.Equal(new Ratio(2, 7), s.EarlyRate);
        Assert.Equal(5, s.LateCount);
        Assert.Equal((4, 1, 2), (c.PendingAtEnd, c.PendingAtRiskAtEnd, c.PendingOverdueAtEnd));
        // Digitised among the 11 received: D1, D2, D4, D5, D6, D7, D9, D10 = 8 (not D3, D8, D12).
        Assert.Equal(new Ratio(8, 11), s.DigitisedRate);
        // Online channel: D2, D7, D9 = 3 of 11.
        Assert.Equal(new Ratio(3, 11), s.OnlineRate);
        // Fully online: eligible received D2, D3, D7, D9, D12 = 5; filed fully online D2, D7 = 2.
        Assert.Equal(new Ratio(2, 5), s.FullyOnlineRate);
        // Online payment: with a fee D1, D2, D4, D5, D8, D9, D12 = 7; paid online D2, D5, D9 = 3.
        Assert.Equal(new Ratio(3, 7), s.OnlinePaymentRate);
        // Supplemented more than once among the 9 closed: D3, D8 = 2.
        Assert.Equal(new Ratio(2, 9), s.SupplementMoreThanOnceRate);
        // More than one visit among the 9 closed: D1 (2), D3 (3), D8 (2), D11 (2) = 4.
        Assert.Equal(new Ratio(4, 9), s.MultiVisitRate);
        // Same-day procedures processed: D5, D6 = 2; within the day of receipt: D5 = 1.
        Assert.Equal(new Ratio(1, 2), s.SameDayRate);
        // Average days over the 7 resolved: (3 + 5 + 8 + 2 + 0 + 0 + 3) / 7 = 21 / 7 = 3.
        Assert.Equal(3.0, s.AverageProcessingWorkingDays);

        Assert.Equal(8.0 / 13 * 100, s.Get(IndicatorCodes.OnTimeRate));
        Assert.Equal(5, s.Get(IndicatorCodes.LateCount));
        Assert.Throws<ArgumentException>(() => s.Get("nope"));
    }

    [Fact]
    public void Empty_period_gives_no_rates()
    {
        var s = IndicatorCalculator.Compute([], March);
        Assert.Null(s.OnTimeRate.Value);
        Assert.Null(s.AverageProcessingWorkingDays);
        Assert.All(IndicatorCodes.All.Where(c => c != IndicatorCodes.LateCount), code => Assert.Null(s.Get(code)));
    }

    [Fact]
    public void Accumulator_add_equals_recompute()
    {
        var acc = new IndicatorAccumulator(March);
        foreach (var f in Sample()) acc.Add(f);
        Assert.Equal(IndicatorCalculator.Compute(Sample(), March).Counts, acc.Counts);
    }

    [Fact]
    public void Accumulator_remove_then_add_changed_facts_equals_recompute()
    {
        var sample = Sample();
        var acc = new IndicatorAccumulator(March);
        foreach (var f in sample) acc.Add(f);

        // D12 (index 11) is processed on time on 31/3: remove the old facts, add the new.
        var old = sample[11];
        var updated = old with { Status = DossierStatus.ResolvedOnTime, EndDate = D(3, 31), ProcessingWorkingDays = 1 };
        acc.Remove(old).Add(updated);
        sample[11] = updated;

        Assert.Equal(IndicatorCalculator.Compute(sample, March).Counts, acc.Counts);
        Assert.Equal(8, acc.Counts.Resolved);
        Assert.Throws<InvalidOperationException>(() => new IndicatorAccumulator(March).Remove(sample[0]));
    }

    [Fact]
    public void Accumulator_merge_of_units_and_procedures_equals_recompute()
    {
        var sample = Sample();
        var parts = sample
            .GroupBy(f => (f.UnitId, f.ProcedureCode))
            .Select(g =>
            {
                var a = new IndicatorAccumulator(March);
                foreach (var f in g) a.Add(f);
                return a;
            })
            .ToList();
        Assert.True(parts.Count > 3);
        var total = new IndicatorAccumulator(March);
        foreach (var p in parts) total.Merge(p);
        Assert.Equal(IndicatorCalculator.Compute(sample, March).Counts, total.Counts);
        Assert.Throws<ArgumentException>(() => total.Merge(new IndicatorAccumulator(ReportingPeriod.Month(2026, 4))));
    }

    [Fact]
    public void Monthly_aggregates_roll_up_to_the_quarter_so_far()
    {
        // Facts evaluated at 31/3: February's flows plus March's flows and March's end stock = February–March.
        var sample = Sample();
        var feb = new IndicatorAccumulator(ReportingPeriod.Month(2026, 2));
        var mar = new IndicatorAccumulator(March);
        foreach (var f in sample) { feb.Add(f); mar.Add(f); }
        var rolled = feb.AppendLaterPeriod(mar);

        var expected = IndicatorCalculator.Compute(sample, new ReportingPeriod(D(2, 1), D(3, 31)));
        Assert.Equal(expected.Counts, rolled.Counts);
        Assert.Equal(expected.Period, rolled.Period);
        // February alone: D11, D13, D14 received = 3; D13 resolved.
        Assert.Equal(14, rolled.Counts.Received);
        Assert.Throws<ArgumentException>(() => new IndicatorAccumulator(March).AppendLaterPeriod(new IndicatorAccumulator(March)));
    }

    [Fact]
    public void Random_add_remove_sequences_match_recompute()
    {
        var rng = new Random(766);
        var statuses = Enum.GetValues<DossierStatus>();
        var pool = new List<DossierFacts>();
        for (int i = 0; i < 200; i++)
        {
            var status = statuses[rng.Next(statuses.Length)];
            var received = new DateOnly(2026, 2, 15).AddDays(rng.Next(60));
            bool open = status is DossierStatus.Pending or DossierStatus.PendingAtRisk or DossierStatus.PendingOverdue;
            pool.Add(new DossierFacts
            {
                ProcedureCode = "P" + rng.Next(4),
                UnitId = rng.Next(2) == 0 ? UnitA : UnitB,
                ReceivedDate = received,
                EndDate = open ? null : received.AddDays(rng.Next(20)),
                Status = status,
                Channel = (DossierChannel)rng.Next(3),
                ProcessingTimeKind = rng.Next(4) == 0 ? ProcessingTimeKind.SameDay : ProcessingTimeKind.WorkingDays,
                Digitised = rng.Next(2) == 0,
                FullyOnline = rng.Next(2) == 0,
                PaidOnline = rng.Next(2) == 0,
                ProcedureAllowsFullyOnline = rng.Next(2) == 0,
                HasFee = rng.Next(2) == 0,
                SupplementRequestCount = rng.Next(3),
                PortalVerdict = (PortalVerdict)rng.Next(3),
                Visits = rng.Next(4),
                ProcessingWorkingDays = open ? null : rng.Next(15),
            });
        }
        var acc = new IndicatorAccumulator(March);
        var inside = new List<DossierFacts>();
        for (int step = 0; step < 1000; step++)
        {
            if (inside.Count > 0 && rng.Next(3) == 0)
            {
                int k = rng.Next(inside.Count);
                acc.Remove(inside[k]);
                inside.RemoveAt(k);
            }
            else
            {
                var f = pool[rng.Next(pool.Count)];
                acc.Add(f);
                inside.Add(f);
            }
        }
        Assert.Equal(IndicatorCalculator.Compute(inside, March).Counts, acc.Counts);
    }

    [Fact]
    public void Facts_from_evaluated_timelines()
    {
        var rules = new DossierStatusRules(WorkingDayCalendar.CreateDefault(2026, 2026));
        var asOf = March.End;
        DossierFacts Facts(DossierTimeline t, bool fullyOnlineProcedure = false, bool fee = false) =>
            DossierFacts.From(t, rules.Evaluate(t, asOf), "HT-01", UnitA, fullyOnlineProcedure, fee);

        // Mon 2/3 09:00 + 5 days → due Mon 9/3.
        var basis = new DossierTimeline { ReceivedAt = new DateTime(2026, 3, 2, 9, 0, 0), ProcessingTime = ProcessingTime.Days(5) };
        var facts = new[]
        {
            Facts(basis with { ResolvedAt = new DateTime(2026, 3, 6, 10, 0, 0), Digitised = true }),              // early, 4 days
            Facts(basis with { ResolvedAt = new DateTime(2026, 3, 10, 10, 0, 0), Visits = 2 }),                   // late, 6 days
            Facts(basis with { Channel = DossierChannel.Online, FullyOnline = true, PaidOnline = true }, true, true), // open, overdue at 31/3
        };
        Assert.Equal(DossierStatus.PendingOverdue, facts[2].Status);
        var s = IndicatorCalculator.Compute(facts, March);
        // Portal 2.1: the open overdue dossier is in the denominator: 1 early ÷ (2 ended + 1 open).
        Assert.Equal(new Ratio(1, 3), s.OnTimeRate);
        Assert.Equal(new Ratio(1, 1), s.FullyOnlineRate);
        Assert.Equal(new Ratio(1, 2), s.MultiVisitRate);
        Assert.Equal(5.0, s.AverageProcessingWorkingDays); // (4 + 6) / 2
    }
}
