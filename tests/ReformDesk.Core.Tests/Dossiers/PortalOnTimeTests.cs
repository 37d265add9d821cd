using ReformDesk.Core.Calendar;
using ReformDesk.Core.Dossiers.Rules;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>Hand-checked cases of Decision 766 indicator 2.1 as the national portal computes it (domain.md §9).</summary>
public class PortalOnTimeTests
{
    private static readonly DossierStatusRules Rules = new(WorkingDayCalendar.CreateDefault(2025, 2027));
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    /// <summary>The last moment of March 2026: 31/03/2026 23:59:59.9999999.</summary>
    private static readonly DateTime EndOfMarch = new DateOnly(2026, 3, 31).ToDateTime(TimeOnly.MaxValue);

    private static DateTime T(int m, int d, int h, int min = 0) => new(2026, m, d, h, min, 0);

    // Received Mon 02/03/2026 09:00, 5 working days, appointment (NgayHenTra) Mon 09/03/2026.
    private static DossierTimeline Base() => new()
    {
        ReceivedAt = T(3, 2, 9),
        ProcessingTime = ProcessingTime.Days(5),
        AppointmentDate = new DateOnly(2026, 3, 9),
    };

    private static PortalOnTime Portal(DossierTimeline t, DateTime asOf) => Rules.Evaluate(t, asOf).Portal;

    [Fact]
    public void Open_overdue_at_the_period_end_is_late()
    {
        // Still open on 31/03/2026 23:59, appointment 09/03/2026 passed.
        var p = Portal(Base(), EndOfMarch);
        Assert.Equal(PortalVerdict.Late, p.Verdict);
        Assert.Equal(EndOfMarch, p.MeasuredAt);
        Assert.Equal(new DateOnly(2026, 3, 9).ToDateTime(TimeOnly.MaxValue), p.Deadline);
    }

    [Fact]
    public void Open_not_yet_due_at_the_period_end_is_on_time()
    {
        // Measured at the end of Fri 06/03/2026 (e.g. the running period's "now"): appointment 09/03 not yet passed.
        Assert.Equal(PortalVerdict.OnTime, Portal(Base(), new DateOnly(2026, 3, 6).ToDateTime(TimeOnly.MaxValue)).Verdict);
        // The same dossier at the end of Mon 09/03/2026 is still on time; at Tue 10/03/2026 00:00 it is late.
        Assert.Equal(PortalVerdict.OnTime, Portal(Base(), new DateOnly(2026, 3, 9).ToDateTime(TimeOnly.MaxValue)).Verdict);
        Assert.Equal(PortalVerdict.Late, Portal(Base(), T(3, 10, 0)).Verdict);
    }

    [Fact]
    public void Waiting_for_its_one_supplement_ends_at_the_request()
    {
        // Supplement requested Wed 04/03/2026 10:00, not returned by 31/03/2026: measured at 04/03 10:00 ≤ 09/03 ⇒ on time.
        var waiting = Base() with { SupplementRequests = [new(T(3, 4, 10), null)] };
        var p = Portal(waiting, EndOfMarch);
        Assert.Equal(PortalVerdict.OnTime, p.Verdict);
        Assert.Equal(T(3, 4, 10), p.MeasuredAt);
        // Requested Tue 10/03/2026 10:00, already past the appointment: still waiting on 31/03 ⇒ late.
        var requestedLate = Base() with { SupplementRequests = [new(T(3, 10, 10), null)] };
        Assert.Equal(PortalVerdict.Late, Portal(requestedLate, EndOfMarch).Verdict);
    }

    [Fact]
    public void Two_supplements_are_late_even_when_processed_early()
    {
        // Supplements 03/03/2026 10:00 → 14:00 and 04/03/2026 10:00 → 14:00; processed Fri 06/03/2026 10:00.
        var t = Base() with
        {
            SupplementRequests = [new(T(3, 3, 10), T(3, 3, 14)), new(T(3, 4, 10), T(3, 4, 14))],
            ResolvedAt = T(3, 6, 10),
        };
        Assert.Equal(PortalVerdict.Late, Portal(t, EndOfMarch).Verdict);
    }

    [Fact]
    public void Supplement_time_is_subtracted_in_hours_not_whole_days()
    {
        // Supplement requested Tue 03/03/2026 10:00, returned the same day at 16:00 (6 hours); processed Tue 10/03/2026 10:00.
        var t = Base() with { SupplementRequests = [new(T(3, 3, 10), T(3, 3, 16))], ResolvedAt = T(3, 10, 10) };
        var e = Rules.Evaluate(t, EndOfMarch);
        // Whole days (operational status): 16:00 is after the 15:00 cut-off, so Wed 04/03 is paused ⇒ due 10/03 ⇒ on time.
        Assert.Equal(1, e.PausedWorkingDays);
        Assert.Equal(DossierStatus.ResolvedOnTime, e.Status);
        // Portal: 10/03 10:00 − 6 h = 10/03 04:00 > end of 09/03 ⇒ late.
        Assert.Equal(TimeSpan.FromHours(6), e.Portal.SupplementTime);
        Assert.Equal(T(3, 10, 4), e.Portal.MeasuredAt);
        Assert.Equal(PortalVerdict.Late, e.Portal.Verdict);
        // Processed 10/03/2026 05:00: 05:00 − 6 h = 09/03 23:00 ≤ end of 09/03 ⇒ on time (the hours really count).
        Assert.Equal(PortalVerdict.OnTime, Portal(t with { ResolvedAt = T(3, 10, 5) }, EndOfMarch).Verdict);
    }

    [Fact]
    public void Withdrawn_ends_the_dossier_at_the_withdrawal()
    {
        // Withdrawn Thu 05/03/2026 10:00 (before 09/03) ⇒ on time; withdrawn Fri 13/03/2026 10:00 ⇒ late.
        Assert.Equal(PortalVerdict.OnTime, Portal(Base() with { WithdrawnAt = T(3, 5, 10) }, EndOfMarch).Verdict);
        Assert.Equal(PortalVerdict.Late, Portal(Base() with { WithdrawnAt = T(3, 13, 10) }, EndOfMarch).Verdict);
    }

    [Fact]
    public void Stopped_after_the_appointment_is_late()
    {
        // Processing stopped Thu 12/03/2026 10:00, appointment 09/03/2026.
        var e = Rules.Evaluate(Base() with { RejectedAt = T(3, 12, 10) }, EndOfMarch);
        Assert.Equal(DossierStatus.Rejected, e.Status);
        Assert.Equal(PortalVerdict.Late, e.Portal.Verdict);
        Assert.Equal(T(3, 12, 10), e.Portal.MeasuredAt);
    }

    [Fact]
    public void Refused_at_intake_is_not_counted()
    {
        // Refused at the counter Mon 02/03/2026 09:30 (portal status 3).
        var t = Base() with { RejectedAt = T(3, 2, 9, 30), RefusedAtIntake = true };
        Assert.Equal(PortalVerdict.NotCounted, Portal(t, EndOfMarch).Verdict);
        Assert.Contains(new DossierTimeline { ReceivedAt = T(3, 2, 9), ProcessingTime = ProcessingTime.Days(5), RefusedAtIntake = true }.Validate(),
            e => e.Contains("RefusedAtIntake", StringComparison.Ordinal));
    }

    [Fact]
    public void Ended_exactly_at_the_appointment_is_on_time()
    {
        // Day procedure: processed Mon 09/03/2026 17:00, the appointment day ⇒ on time.
        Assert.Equal(PortalVerdict.OnTime, Portal(Base() with { ResolvedAt = T(3, 9, 17) }, EndOfMarch).Verdict);
        // Hour procedure without an appointment: received Mon 02/03/2026 08:00, 4 office hours ⇒ due 02/03/2026 12:00.
        var hours = new DossierTimeline { ReceivedAt = T(3, 2, 8), ProcessingTime = ProcessingTime.Hours(4) };
        var exactly = Rules.Evaluate(hours with { ResolvedAt = T(3, 2, 12) }, EndOfMarch).Portal;
        Assert.Equal(T(3, 2, 12), exactly.Deadline);
        Assert.Equal(PortalVerdict.OnTime, exactly.Verdict);
        Assert.Equal(PortalVerdict.Late, Portal(hours with { ResolvedAt = T(3, 2, 12, 1) }, EndOfMarch).Verdict);
    }

    [Fact]
    public void Without_an_appointment_the_statutory_maximum_decides()
    {
        // Received Mon 02/03/2026 09:00, 5 working days, no appointment ⇒ latest Mon 09/03/2026.
        var t = Base() with { AppointmentDate = null };
        Assert.Equal(PortalVerdict.OnTime, Portal(t with { ResolvedAt = T(3, 9, 16) }, EndOfMarch).Verdict);
        Assert.Equal(PortalVerdict.Late, Portal(t with { ResolvedAt = T(3, 10, 8) }, EndOfMarch).Verdict);
    }

    [Fact]
    public void Rate_of_the_hand_checked_cases_for_March_2026()
    {
        DossierTimeline[] cases =
        [
            Base(),                                                                                            // A open overdue: late
            Base() with { ReceivedAt = T(3, 30, 9), AppointmentDate = new DateOnly(2026, 4, 6) },              // B open, due 06/04: on time
            Base() with { SupplementRequests = [new(T(3, 4, 10), null)] },                                     // C waiting since 04/03: on time
            Base() with { SupplementRequests = [new(T(3, 3, 10), T(3, 3, 14)), new(T(3, 4, 10), T(3, 4, 14))], ResolvedAt = T(3, 6, 10) }, // D late
            Base() with { SupplementRequests = [new(T(3, 3, 10), T(3, 3, 16))], ResolvedAt = T(3, 10, 10) },   // E late (hours)
            Base() with { WithdrawnAt = T(3, 5, 10) },                                                         // F withdrawn: on time
            Base() with { RejectedAt = T(3, 12, 10) },                                                         // G stopped: late
            Base() with { RejectedAt = T(3, 2, 9, 30), RefusedAtIntake = true },                               // H not counted
            Base() with { ResolvedAt = T(3, 9, 17) },                                                          // I at the appointment: on time
        ];
        var facts = cases.Select(t => DossierFacts.From(t, Rules.Evaluate(t, EndOfMarch), "HT-01", Guid.Empty, false, false));
        var set = IndicatorCalculator.Compute(facts, March);

        // Ended in March: D, E, F, G, I (H is out) ⇒ on time F, I; late D, E, G. Open at 31/03: A late; B, C on time.
        Assert.Equal((2, 3, 2, 1), (set.Counts.PortalClosedOnTime, set.Counts.PortalClosedLate, set.Counts.PortalOpenOnTimeAtEnd, set.Counts.PortalOpenLateAtEnd));
        Assert.Equal(new Ratio(4, 8), set.OnTimeRate);
        Assert.Equal(4, set.LateCount);
        Assert.Equal(50, set.Get(IndicatorCodes.OnTimeRate));
    }
}
