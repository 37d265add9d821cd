using ReformDesk.Core.Calendar;
using ReformDesk.Core.Dossiers.Rules;

namespace ReformDesk.Core.Tests.Dossiers;

public class DossierStatusRulesTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.CreateDefault(2025, 2027);
    private static readonly DossierStatusRules Rules = new(Calendar);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);
    private static DateTime T(int m, int d, int h = 10, int min = 0) => new(2026, m, d, h, min, 0);

    // Base dossier: received Mon 2/3/2026 09:00, 5 working days → due Mon 9/3 (Tue 3, Wed 4, Thu 5, Fri 6, Mon 9).
    private static DossierTimeline Base() => new()
    {
        ReceivedAt = T(3, 2, 9),
        ProcessingTime = ProcessingTime.Days(5),
    };

    public static TheoryData<string, DossierTimeline, DateTime, DossierStatus> Table => new()
    {
        { "resolved Fri 6/3, before the due date", Base() with { ResolvedAt = T(3, 6) }, T(3, 31), DossierStatus.ResolvedEarly },
        { "resolved on a Sunday before the due date", Base() with { ResolvedAt = T(3, 8) }, T(3, 31), DossierStatus.ResolvedEarly },
        { "resolved on the due date, late in the day", Base() with { ResolvedAt = T(3, 9, 16, 30) }, T(3, 31), DossierStatus.ResolvedOnTime },
        { "resolved the day after", Base() with { ResolvedAt = T(3, 10, 8) }, T(3, 31), DossierStatus.ResolvedLate },
        { "only the result return is recorded", Base() with { ResultReturnedAt = T(3, 9) }, T(3, 31), DossierStatus.ResolvedOnTime },
        { "processed before returned: processed is the end", Base() with { ResolvedAt = T(3, 6), ResultReturnedAt = T(3, 12) }, T(3, 31), DossierStatus.ResolvedEarly },
        { "refused", Base() with { RejectedAt = T(3, 4) }, T(3, 31), DossierStatus.Rejected },
        { "refused late is still Rejected", Base() with { RejectedAt = T(3, 20) }, T(3, 31), DossierStatus.Rejected },
        { "withdrawn", Base() with { WithdrawnAt = T(3, 5) }, T(3, 31), DossierStatus.Withdrawn },
        { "processed before a later refusal", Base() with { ResolvedAt = T(3, 6), RejectedAt = T(3, 12) }, T(3, 31), DossierStatus.ResolvedEarly },
        // Open dossiers: working days after the as-of date up to Mon 9/3; at risk when ≤ 2.
        { "open, 4 working days left", Base(), T(3, 3), DossierStatus.Pending },
        { "open, 2 working days left (Fri 6, Mon 9)", Base(), T(3, 5), DossierStatus.PendingAtRisk },
        { "open, due today", Base(), T(3, 9, 16), DossierStatus.PendingAtRisk },
        { "open, past the due date", Base(), T(3, 10), DossierStatus.PendingOverdue },
        { "resolved after the as-of moment counts as open", Base() with { ResolvedAt = T(3, 20) }, T(3, 12), DossierStatus.PendingOverdue },
        // The provincial appointment date wins over the computed one.
        { "given appointment Thu 12/3", Base() with { AppointmentDate = D(2026, 3, 12), ResolvedAt = T(3, 11) }, T(3, 31), DossierStatus.ResolvedEarly },
        // Apology letter: the new date does not make the dossier on time.
        { "late with apology letter", Base() with { ResolvedAt = T(3, 13), ApologyLetters = [new(T(3, 9, 16), D(2026, 3, 20))] }, T(3, 31), DossierStatus.ResolvedLate },
        { "open past due with apology", Base() with { ApologyLetters = [new(T(3, 9, 16), D(2026, 3, 20))] }, T(3, 12), DossierStatus.PendingOverdue },
        // Supplement Tue 3/3 → Thu 5/3 09:00 pauses Wed 4 and Thu 5: due Wed 11/3.
        { "supplement pause makes 11/3 on time", Base() with { SupplementRequests = [new(T(3, 3), T(3, 5, 9))], ResolvedAt = T(3, 11) }, T(3, 31), DossierStatus.ResolvedOnTime },
        { "supplement pause, 10/3 is early", Base() with { SupplementRequests = [new(T(3, 3), T(3, 5, 9))], ResolvedAt = T(3, 10) }, T(3, 31), DossierStatus.ResolvedEarly },
        { "waiting for the supplement: paused, not overdue", Base() with { SupplementRequests = [new(T(3, 3), null)] }, T(3, 20), DossierStatus.Pending },
        // Two supplement requests: late, even when processed early.
        { "two supplements, processed early", Base() with { SupplementRequests = [new(T(3, 3), T(3, 3, 14)), new(T(3, 4), T(3, 4, 14))], ResolvedAt = T(3, 6) }, T(3, 31), DossierStatus.ResolvedLate },
        { "two supplements, still open", Base() with { SupplementRequests = [new(T(3, 3), T(3, 3, 14)), new(T(3, 4), null)] }, T(3, 5), DossierStatus.PendingOverdue },
        { "second supplement after as-of is not seen", Base() with { SupplementRequests = [new(T(3, 3), T(3, 3, 14)), new(T(3, 20), null)], ResolvedAt = T(3, 6) }, T(3, 6, 17), DossierStatus.ResolvedEarly },
        // Suspension Wed 4/3 → Fri 6/3 10:00 pauses Thu 5 and Fri 6: due Wed 11/3.
        { "suspension extends", Base() with { Suspensions = [new(T(3, 4), T(3, 6))], ResolvedAt = T(3, 11) }, T(3, 31), DossierStatus.ResolvedOnTime },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Status_table(string _, DossierTimeline timeline, DateTime asOf, DossierStatus expected)
    {
        Assert.Equal(expected, Rules.Evaluate(timeline, asOf).Status);
    }

    [Fact]
    public void Supplement_pause_extends_the_due_date()
    {
        // Paused days are the working days after the request day up to the resubmission day: Wed 4, Thu 5.
        var e = Rules.Evaluate(Base() with { SupplementRequests = [new(T(3, 3), T(3, 5, 9))], ResolvedAt = T(3, 11) }, T(3, 31));
        Assert.Equal(D(2026, 3, 9), e.BaseDueDate);
        Assert.Equal(2, e.PausedWorkingDays);
        Assert.Equal(D(2026, 3, 11), e.DueDate);
        // Elapsed (2/3, 11/3] = 7 working days, minus 2 paused = 5.
        Assert.Equal(5, e.ProcessingWorkingDays);
        Assert.Equal(1, e.SupplementRequestCount);
    }

    [Fact]
    public void Supplement_received_after_the_cut_off_resumes_the_next_day()
    {
        // Resubmitted Thu 5/3 16:00 → counts from Fri 6/3: paused Wed 4, Thu 5, Fri 6 → due Thu 12/3.
        var e = Rules.Evaluate(Base() with { SupplementRequests = [new(T(3, 3), T(3, 5, 16))] }, T(3, 6));
        Assert.Equal(3, e.PausedWorkingDays);
        Assert.Equal(D(2026, 3, 12), e.DueDate);
    }

    [Fact]
    public void Supplement_across_Tet()
    {
        // Received Tue 10/2 09:00, 3 days → due Fri 13/2. Request Wed 11/2, resubmitted Tue 24/2 09:00.
        // Paused working days in (11/2, 24/2]: Thu 12, Fri 13, Mon 23, Tue 24 = 4 (Tết 16–20/2 is not a working day).
        // Due: Fri 13/2 + 4 working days = Mon 23, Tue 24, Wed 25, Thu 26/2.
        var t = new DossierTimeline
        {
            ReceivedAt = new DateTime(2026, 2, 10, 9, 0, 0),
            ProcessingTime = ProcessingTime.Days(3),
            SupplementRequests = [new(new DateTime(2026, 2, 11, 10, 0, 0), new DateTime(2026, 2, 24, 9, 0, 0))],
            ResolvedAt = new DateTime(2026, 2, 26, 15, 0, 0),
        };
        var e = Rules.Evaluate(t, new DateOnly(2026, 2, 28));
        Assert.Equal(D(2026, 2, 13), e.BaseDueDate);
        Assert.Equal(4, e.PausedWorkingDays);
        Assert.Equal(D(2026, 2, 26), e.DueDate);
        Assert.Equal(DossierStatus.ResolvedOnTime, e.Status);
    }

    [Fact]
    public void Open_supplement_keeps_the_clock_stopped_up_to_as_of()
    {
        // Requested Tue 3/3, still missing on Fri 20/3: paused (3/3, 20/3] = 13 working days.
        var e = Rules.Evaluate(Base() with { SupplementRequests = [new(T(3, 3), null)] }, T(3, 20));
        Assert.True(e.IsPaused);
        Assert.Equal(13, e.PausedWorkingDays);
        Assert.Equal(Calendar.AddWorkingDays(D(2026, 3, 9), 13), e.DueDate);
    }

    [Fact]
    public void Overlapping_pauses_count_once()
    {
        // Supplement 3/3 → 5/3 (Wed 4, Thu 5) and suspension 4/3 → 6/3 (Thu 5, Fri 6): union Wed, Thu, Fri = 3.
        var e = Rules.Evaluate(Base() with
        {
            SupplementRequests = [new(T(3, 3), T(3, 5, 9))],
            Suspensions = [new(T(3, 4), T(3, 6))],
        }, T(3, 31));
        Assert.Equal(3, e.PausedWorkingDays);
        Assert.Equal(D(2026, 3, 12), e.DueDate);
    }

    [Fact]
    public void Two_supplements_are_late_and_flagged()
    {
        var e = Rules.Evaluate(Base() with
        {
            SupplementRequests = [new(T(3, 3), T(3, 3, 14)), new(T(3, 4), T(3, 4, 14))],
            ResolvedAt = T(3, 6),
        }, T(3, 31));
        Assert.Equal(DossierStatus.ResolvedLate, e.Status);
        Assert.True(e.CountsAsLate);
        Assert.Equal(2, e.SupplementRequestCount);
        Assert.True(e.Issues.HasFlag(DossierIssues.MoreThanOneSupplementRequest));
        // Late only by the count rule: the citizen's date was kept, so no apology letter is missing.
        Assert.False(e.Issues.HasFlag(DossierIssues.LateWithoutApologyLetter));
    }

    [Fact]
    public void Apology_letter_keeps_late_and_is_reported()
    {
        var late = Base() with { ResolvedAt = T(3, 13) };
        Assert.Equal(DossierIssues.LateWithoutApologyLetter, Rules.Evaluate(late, T(3, 31)).Issues);

        var withLetter = late with { ApologyLetters = [new(T(3, 9, 16), D(2026, 3, 20)), new(T(3, 12), D(2026, 3, 27))] };
        var e = Rules.Evaluate(withLetter, T(3, 31));
        Assert.Equal(DossierStatus.ResolvedLate, e.Status);
        Assert.Equal(D(2026, 3, 20), e.ApologyDate); // the first letter's date: set only once
        Assert.Equal(DossierIssues.MoreThanOneApologyLetter, e.Issues);

        var missed = Base() with { ApologyLetters = [new(T(3, 9, 16), D(2026, 3, 11))] };
        Assert.True(Rules.Evaluate(missed, T(3, 12)).Issues.HasFlag(DossierIssues.ApologyDateMissed));
    }

    [Fact]
    public void Open_dossier_reports_working_days_to_due()
    {
        Assert.Equal(4, Rules.Evaluate(Base(), T(3, 3)).WorkingDaysToDue);   // Wed 4, Thu 5, Fri 6, Mon 9
        Assert.Equal(0, Rules.Evaluate(Base(), T(3, 9)).WorkingDaysToDue);
        Assert.Equal(-2, Rules.Evaluate(Base(), T(3, 11)).WorkingDaysToDue); // Tue 10, Wed 11
        var strict = new DossierStatusRules(Calendar, new DossierRuleOptions { AtRiskWorkingDays = 0 });
        Assert.Equal(DossierStatus.Pending, strict.Evaluate(Base(), T(3, 6)).Status);
        Assert.Equal(DossierStatus.PendingAtRisk, strict.Evaluate(Base(), T(3, 9)).Status);
    }

    [Fact]
    public void Hour_based_dossier_is_late_after_the_due_moment()
    {
        // 4 working hours from Mon 9/3 10:00 → due 15:00.
        var t = new DossierTimeline { ReceivedAt = T(3, 9, 10), ProcessingTime = ProcessingTime.Hours(4) };
        Assert.Equal(DossierStatus.ResolvedOnTime, Rules.Evaluate(t with { ResolvedAt = T(3, 9, 14, 30) }, T(3, 31)).Status);
        Assert.Equal(DossierStatus.ResolvedLate, Rules.Evaluate(t with { ResolvedAt = T(3, 9, 16) }, T(3, 31)).Status);
        Assert.Equal(DossierStatus.PendingOverdue, Rules.Evaluate(t, T(3, 9, 15, 30)).Status);
    }

    [Fact]
    public void Same_day_dossier()
    {
        var t = new DossierTimeline { ReceivedAt = T(3, 9, 10), ProcessingTime = ProcessingTime.SameDay };
        Assert.Equal(DossierStatus.ResolvedOnTime, Rules.Evaluate(t with { ResolvedAt = T(3, 9, 16) }, T(3, 31)).Status);
        Assert.Equal(DossierStatus.ResolvedLate, Rules.Evaluate(t with { ResolvedAt = T(3, 10, 8) }, T(3, 31)).Status);
        var e = Rules.Evaluate(t with { ResolvedAt = T(3, 9, 16) }, T(3, 31));
        Assert.Equal(0, e.ProcessingWorkingDays);
        // After the cut-off: due the next working day.
        var evening = t with { ReceivedAt = T(3, 9, 16), ResolvedAt = T(3, 10, 9) };
        Assert.Equal(DossierStatus.ResolvedOnTime, Rules.Evaluate(evening, T(3, 31)).Status);
    }

    [Fact]
    public void Invalid_timelines_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Rules.Evaluate(Base() with { ResolvedAt = T(3, 1) }, T(3, 31)));
        Assert.Throws<ArgumentException>(() => Rules.Evaluate(Base() with { SupplementRequests = [new(T(3, 5), T(3, 4))] }, T(3, 31)));
        Assert.Throws<ArgumentException>(() => Rules.Evaluate(Base(), T(3, 1)));
    }
}
