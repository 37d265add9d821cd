using ReformDesk.Core.Calendar;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// The per-dossier outcome the monthly buckets are built from (<see cref="DossierOutcome.Compute"/>), on the shipped 2026
/// calendar: Tết off Mon 16 – Fri 20/2, Hùng Kings' day Sun 26/4 compensated on Mon 27/4, 30/4 and 1/5 off. Cut-off 15:00,
/// at risk with at most 2 working days left. Every moment is worked by hand from domain.md §1, §2 and §9.
/// </summary>
public sealed class DossierOutcomeTests
{
    private static readonly DossierStatusRules Rules = new(WorkingDayCalendar.CreateDefault(2025, 2027));

    private static Procedure Days(int days, bool fullyOnline = false, decimal? fee = null) =>
        new() { Code = "1.001193", Name = "Đăng ký khai sinh", ProcessingDays = days, FullyOnlineAllowed = fullyOnline, Fee = fee };

    private static readonly Procedure SameDay = new() { Code = "2.000908", Name = "Chứng thực bản sao từ bản chính", SameDay = true };

    private static readonly Procedure EightHours = new() { Code = "1.003583", Name = "Xác nhận tình trạng hôn nhân", ProcessingHours = 8 };

    private static DateTime T(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0);

    private static DateTime Midnight(int month, int day) => new(2026, month, day);

    private static Dossier Received(Procedure p, DateTime at, Action<Dossier>? change = null)
    {
        var d = new Dossier { Code = "HS-01", ProcedureId = p.Id, ReceivedAt = at, Channel = DossierChannel.Counter, Visits = 1 };
        change?.Invoke(d);
        return d;
    }

    private static DossierSupplement Supplement(Dossier d, DateTime requested, DateTime? supplied) =>
        new() { DossierId = d.Id, RequestedAt = requested, SuppliedAt = supplied };

    private static DossierOutcome Outcome(Procedure p, Dossier d, params DossierSupplement[] supplements) => DossierOutcome.Compute(Rules, d, p, supplements);

    private static (DateTime? AtRisk, DateTime? Overdue, DateTime? PortalLate) Moments(DossierOutcome o) => (o.AtRiskAt, o.OverdueAt, o.PortalLateAt);

    [Fact]
    public void An_open_dossier_over_the_april_holidays_is_at_risk_in_april_and_overdue_in_may()
    {
        // Received Tue 28/4 10:00, 3 working days: Wed 29/4, (30/4 and 1/5 off, weekend), Mon 4/5, Tue 5/5 → due Tue 5/5.
        // From Wed 29/4 only 4/5 and 5/5 are left (2 working days): at risk from 29/4 00:00; overdue from Wed 6/5 00:00.
        var o = Outcome(Days(3), Received(Days(3), T(4, 28, 10)));

        Assert.Equal(((DateTime?)Midnight(4, 29), (DateTime?)Midnight(5, 6), (DateTime?)Midnight(5, 6)), Moments(o));
        Assert.Equal(((DateOnly?)new DateOnly(2026, 4, 1), (DateOnly?)new DateOnly(2026, 5, 1), (DateOnly?)new DateOnly(2026, 5, 1)),
            (o.AtRiskMonth, o.OverdueMonth, o.PortalLateMonth));
        Assert.Equal((true, false, true, (DateTime?)null, (int?)null), (o.Evaluable, o.Complex, o.PortalCounted, o.EndAt, o.ClosedStatus));
        Assert.Equal(new DateOnly(2026, 4, 1), o.ReceivedMonth);
    }

    [Fact]
    public void The_hung_kings_compensatory_monday_is_not_a_working_day()
    {
        // Received Wed 22/4 09:00, 3 working days: Thu 23, Fri 24, (Sat 25, Sun 26 holiday, Mon 27 compensatory), Tue 28 → due 28/4.
        // From Thu 23/4: 24/4 and 28/4 left → at risk from 23/4; from Wed 22/4 three were left.
        var o = Outcome(Days(3), Received(Days(3), T(4, 22, 9)));

        Assert.Equal(((DateTime?)Midnight(4, 23), (DateTime?)Midnight(4, 29), (DateTime?)Midnight(4, 29)), Moments(o));
    }

    [Fact]
    public void A_dossier_received_just_before_tet_is_at_risk_the_next_morning()
    {
        // Received Thu 12/2 09:00, 3 working days: Fri 13/2, (Tết 16–20/2 and two weekends), Mon 23/2, Tue 24/2 → due 24/2.
        // From Fri 13/2 only 23/2 and 24/2 are left: at risk from 13/2 00:00, though due 12 calendar days later.
        var o = Outcome(Days(3), Received(Days(3), T(2, 12, 9)));

        Assert.Equal(((DateTime?)Midnight(2, 13), (DateTime?)Midnight(2, 25), (DateTime?)Midnight(2, 25)), Moments(o));
    }

    [Theory]
    [InlineData(15, 0, 11, 9)]   // exactly at the cut-off: counts on Fri 6/3 → due Wed 11; after Mon 9/3 only 10 and 11 are left
    [InlineData(15, 1, 12, 10)]  // one minute after: counts from Mon 9/3 → due Thu 12; after Tue 10/3 only 11 and 12 are left
    public void The_cut_off_moves_the_overdue_moment_by_a_working_day(int hour, int minute, int dueDay, int atRiskDay)
    {
        var o = Outcome(Days(3), Received(Days(3), T(3, 6, hour, minute)));

        Assert.Equal(((DateTime?)Midnight(3, atRiskDay), (DateTime?)Midnight(3, dueDay + 1)), (o.AtRiskAt, o.OverdueAt));
    }

    [Fact]
    public void A_short_procedure_is_at_risk_from_the_moment_it_is_received()
    {
        // 1 working day, received Mon 9/3 10:00: due Tue 10/3, already within 2 working days at receipt.
        var o = Outcome(Days(1), Received(Days(1), T(3, 9, 10)));

        Assert.Equal(((DateTime?)T(3, 9, 10), (DateTime?)Midnight(3, 11)), (o.AtRiskAt, o.OverdueAt));
    }

    [Fact]
    public void An_hour_based_dossier_is_overdue_just_after_its_due_moment()
    {
        // 8 office hours from Mon 9/3 10:00: 10–12 and 13–17 (6 h), Tue 08–10 (2 h) → due Tue 10/3 10:00.
        var o = Outcome(EightHours, Received(EightHours, T(3, 9, 10)));

        var justAfter = T(3, 10, 10).AddTicks(1);
        Assert.Equal(((DateTime?)T(3, 9, 10), (DateTime?)justAfter, (DateTime?)justAfter), Moments(o));
    }

    [Fact]
    public void A_given_appointment_date_decides_the_portal_deadline_and_the_overdue_day()
    {
        // Received Mon 2/3, 3 working days would give Thu 5/3; the receipt promised Mon 9/3.
        var o = Outcome(Days(3), Received(Days(3), T(3, 2, 9), d => d.AppointmentDate = new DateOnly(2026, 3, 9)));

        // From Thu 5/3: 6/3 and 9/3 left → at risk from 5/3.
        Assert.Equal(((DateTime?)Midnight(3, 5), (DateTime?)Midnight(3, 10), (DateTime?)Midnight(3, 10)), Moments(o));
    }

    [Fact]
    public void A_dossier_with_a_supplement_is_complex_and_has_no_fixed_stock_moments()
    {
        var d = Received(Days(3), T(3, 2, 9));
        var o = Outcome(Days(3), d, Supplement(d, T(3, 3, 10), null));

        Assert.True(o.Complex);
        Assert.Equal(((DateTime?)null, (DateTime?)null, (DateTime?)null), Moments(o));
        Assert.Null(o.AtRiskMonth);
    }

    [Fact]
    public void Processed_late_across_tet_is_closed_late_with_its_working_days()
    {
        // Received Mon 9/2 09:00, due Thu 12/2; processed Mon 23/2 10:00. Working days after 9/2: 10, 11, 12, 13, 23 = 5.
        var o = Outcome(Days(3), Received(Days(3), T(2, 9, 9), d => d.ProcessedAt = T(2, 23, 10)));

        Assert.Equal(((int?)(int)DossierStatus.ResolvedLate, false, true, (int?)5), (o.ClosedStatus, o.PortalClosedOnTime, o.PortalClosedLate, o.ProcessingDays));
        Assert.Equal(((DateTime?)T(2, 23, 10), (DateOnly?)new DateOnly(2026, 2, 1)), (o.EndAt, o.EndMonth));
    }

    [Fact]
    public void Processed_in_the_afternoon_of_the_due_day_is_on_time_for_both_the_status_and_the_portal()
    {
        // Received Thu 12/2 09:00, due Tue 24/2 (Tết between); processed Tue 24/2 16:00: 13/2, 23/2, 24/2 = 3 working days.
        var o = Outcome(Days(3), Received(Days(3), T(2, 12, 9), d => d.ProcessedAt = T(2, 24, 16)));

        Assert.Equal(((int?)(int)DossierStatus.ResolvedOnTime, true, false, (int?)3), (o.ClosedStatus, o.PortalClosedOnTime, o.PortalClosedLate, o.ProcessingDays));
    }

    [Fact]
    public void The_portal_subtracts_supplement_hours_where_the_status_adds_whole_working_days()
    {
        // 1 working day, received Mon 2/3 09:00 → appointment Tue 3/3. Supplement asked Mon 16:00, brought back Tue 08:00 (16 h).
        // Status: Tue 3/3 paused → due Wed 4/3; processed Wed 4/3 16:00 → on time.
        // Portal: 4/3 16:00 − 16 h = 4/3 00:00, after the end of 3/3 → late.
        var d = Received(Days(1), T(3, 2, 9), x => x.ProcessedAt = T(3, 4, 16));
        var o = Outcome(Days(1), d, Supplement(d, T(3, 2, 16), T(3, 3, 8)));

        Assert.Equal(((int?)(int)DossierStatus.ResolvedOnTime, false, true, false), (o.ClosedStatus, o.PortalClosedOnTime, o.PortalClosedLate, o.SupplementedMoreThanOnce));
    }

    [Fact]
    public void Two_supplement_requests_make_an_early_dossier_late()
    {
        // Received Mon 2/3, due Thu 5/3; asked twice and processed on Wed 4/3 — still late for the status and the portal.
        var d = Received(Days(3), T(3, 2, 9), x => x.ProcessedAt = T(3, 4, 15));
        var o = Outcome(Days(3), d, Supplement(d, T(3, 3, 10), T(3, 3, 14)), Supplement(d, T(3, 4, 9), T(3, 4, 11)));

        Assert.Equal(((int?)(int)DossierStatus.ResolvedLate, true, true), (o.ClosedStatus, o.PortalClosedLate, o.SupplementedMoreThanOnce));
    }

    [Fact]
    public void A_dossier_refused_at_the_counter_is_outside_indicator_2_1()
    {
        var o = Outcome(Days(3), Received(Days(3), T(3, 5, 9), d => (d.RejectedAt, d.RefusedAtIntake) = (T(3, 5, 10), true)));

        Assert.Equal((false, (DateTime?)null, (DateOnly?)null), (o.PortalCounted, o.PortalLateAt, o.PortalLateMonth));
        Assert.Equal(((int?)(int)DossierStatus.Rejected, false, false, (int?)null), (o.ClosedStatus, o.PortalClosedOnTime, o.PortalClosedLate, o.ProcessingDays));
    }

    [Fact]
    public void A_withdrawal_ends_the_dossier_on_time_and_counts_no_processing_days()
    {
        var o = Outcome(Days(3), Received(Days(3), T(3, 9, 9), d => d.WithdrawnAt = T(3, 11, 10)));

        Assert.Equal(((int?)(int)DossierStatus.Withdrawn, true, (int?)null), (o.ClosedStatus, o.PortalClosedOnTime, o.ProcessingDays));
    }

    [Theory]
    [InlineData(10, 14, 9, true)]   // received and processed on Mon 9/3 before the cut-off
    [InlineData(16, 9, 10, false)]  // received at 16:00 (counts on Tue 10/3), processed Tue morning: on time, not within the day
    public void A_same_day_procedure_tells_apart_results_given_within_the_day(int receivedHour, int processedHour, int processedDay, bool withinDay)
    {
        var o = Outcome(SameDay, Received(SameDay, T(3, 9, receivedHour), d => d.ProcessedAt = T(3, processedDay, processedHour)));

        Assert.Equal(((int?)(int)DossierStatus.ResolvedOnTime, true, withinDay), (o.ClosedStatus, o.SameDayResolved, o.SameDayWithinDay));
    }

    [Fact]
    public void Several_visits_are_remembered_once_the_dossier_is_closed()
    {
        var o = Outcome(Days(3), Received(Days(3), T(3, 2, 9), d => (d.Visits, d.ProcessedAt) = (3, T(3, 4, 10))));

        Assert.True(o.MultiVisit);
        Assert.False(Outcome(Days(3), Received(Days(3), T(3, 2, 9), d => d.ProcessedAt = T(3, 4, 10))).MultiVisit);
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, null)]
    [InlineData(false, 50000.0)]
    [InlineData(true, 50000.0)]
    public void Fully_online_and_paid_online_count_only_where_the_procedure_allows_them(bool procedureOnline, double? fee)
    {
        var p = Days(3, procedureOnline, (decimal?)fee);
        var o = Outcome(p, Received(p, T(3, 2, 9), d => (d.Channel, d.FullyOnline, d.PaidOnline, d.Digitised) = (DossierChannel.Online, true, true, true)));

        Assert.Equal((true, true), (o.Online, o.Digitised));
        Assert.Equal((procedureOnline, procedureOnline), (o.FullyOnlineEligible, o.FullyOnlineFiled));
        Assert.Equal((fee is not null, fee is not null), (o.WithFee, o.PaidOnline));
    }

    [Fact]
    public void A_dossier_dated_outside_the_calendar_is_kept_but_not_evaluable()
    {
        // The calendar covers 2025–2027; a dossier typed as received in 2030 cannot be given a due date.
        var p = Days(3);
        var o = DossierOutcome.Compute(Rules, new Dossier { ProcedureId = p.Id, ReceivedAt = new DateTime(2030, 3, 4, 9, 0, 0), Visits = 1 }, p, []);

        Assert.Equal((false, new DateOnly(2030, 3, 1)), (o.Evaluable, o.ReceivedMonth));
        Assert.Null(o.OverdueAt);
    }

    [Fact]
    public void A_dossier_already_closed_at_its_receipt_moment_has_no_stock_moments()
    {
        // Refused at the very moment it was received: never open, so never at risk or overdue.
        var o = Outcome(Days(3), Received(Days(3), T(3, 5, 9), d => d.RejectedAt = T(3, 5, 9)));

        Assert.Equal(((DateTime?)null, (DateTime?)null, (DateTime?)null), Moments(o));
        Assert.Equal((int?)(int)DossierStatus.Rejected, o.ClosedStatus);
    }
}
