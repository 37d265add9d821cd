using ReformDesk.Core.Calendar;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>The dossier's guarded lifecycle: the transition table, the entity methods, corrections, derived events, pauses.</summary>
public class DossierLifecycleTests
{
    internal static readonly DateTime Received = new(2026, 3, 2, 9, 0, 0);
    internal static readonly Recorder By = new("motcua.thu", new DateTime(2026, 11, 30, 10, 0, 0), new DateTime(2026, 11, 30, 3, 0, 0, DateTimeKind.Utc));

    /// <summary>The table written out by hand: stage → the events allowed and where each leads. Everything else is refused.</summary>
    private static readonly Dictionary<DossierStage, Dictionary<DossierEventKind, DossierStage>> Expected = new()
    {
        [DossierStage.Processing] = new()
        {
            [DossierEventKind.Transferred] = DossierStage.Processing,
            [DossierEventKind.SupplementRequested] = DossierStage.AwaitingSupplement,
            [DossierEventKind.Suspended] = DossierStage.Suspended,
            [DossierEventKind.FinancialObligation] = DossierStage.AwaitingPayment,
            [DossierEventKind.ApologyIssued] = DossierStage.Processing,
            [DossierEventKind.Rejected] = DossierStage.Refused,
            [DossierEventKind.Withdrawn] = DossierStage.Withdrawn,
            [DossierEventKind.Stopped] = DossierStage.Stopped,
            [DossierEventKind.Processed] = DossierStage.Processed,
        },
        [DossierStage.AwaitingSupplement] = new()
        {
            [DossierEventKind.SupplementSupplied] = DossierStage.Processing,
            [DossierEventKind.ApologyIssued] = DossierStage.AwaitingSupplement,
            [DossierEventKind.Rejected] = DossierStage.Refused,
            [DossierEventKind.Withdrawn] = DossierStage.Withdrawn,
            [DossierEventKind.Stopped] = DossierStage.Stopped,
        },
        [DossierStage.Suspended] = new()
        {
            [DossierEventKind.Resumed] = DossierStage.Processing,
            [DossierEventKind.ApologyIssued] = DossierStage.Suspended,
            [DossierEventKind.Withdrawn] = DossierStage.Withdrawn,
            [DossierEventKind.Stopped] = DossierStage.Stopped,
        },
        [DossierStage.AwaitingPayment] = new()
        {
            [DossierEventKind.ObligationFulfilled] = DossierStage.Processing,
            [DossierEventKind.ApologyIssued] = DossierStage.AwaitingPayment,
            [DossierEventKind.Withdrawn] = DossierStage.Withdrawn,
            [DossierEventKind.Stopped] = DossierStage.Stopped,
        },
        [DossierStage.Processed] = new() { [DossierEventKind.Returned] = DossierStage.Returned },
        [DossierStage.Returned] = new(),
        [DossierStage.Refused] = new(),
        [DossierStage.Withdrawn] = new(),
        [DossierStage.Stopped] = new(),
    };

    /// <summary>A way to reach each stage from a fresh receipt.</summary>
    private static readonly Dictionary<DossierStage, DossierEventKind[]> PathTo = new()
    {
        [DossierStage.Processing] = [],
        [DossierStage.AwaitingSupplement] = [DossierEventKind.SupplementRequested],
        [DossierStage.Suspended] = [DossierEventKind.Suspended],
        [DossierStage.AwaitingPayment] = [DossierEventKind.FinancialObligation],
        [DossierStage.Processed] = [DossierEventKind.Processed],
        [DossierStage.Returned] = [DossierEventKind.Processed, DossierEventKind.Returned],
        [DossierStage.Refused] = [DossierEventKind.Rejected],
        [DossierStage.Withdrawn] = [DossierEventKind.Withdrawn],
        [DossierStage.Stopped] = [DossierEventKind.Stopped],
    };

    public static TheoryData<DossierStage, DossierEventKind> EveryStageAndEvent()
    {
        var data = new TheoryData<DossierStage, DossierEventKind>();
        foreach (var stage in Enum.GetValues<DossierStage>())
        {
            foreach (var kind in Enum.GetValues<DossierEventKind>())
            {
                data.Add(stage, kind);
            }
        }

        return data;
    }

    internal static Dossier NewDossier()
    {
        var d = new Dossier { Code = "TN-260302-0001", ReceivedAt = Received, AppointmentDate = new DateOnly(2026, 3, 9), Channel = DossierChannel.Counter, Visits = 1 };
        d.Receive(By);
        return d;
    }

    private static DossierEventDetails DetailsFor(DossierEventKind kind) =>
        new("Lý do ghi kèm", kind == DossierEventKind.Transferred ? Guid.NewGuid() : null, kind == DossierEventKind.ApologyIssued ? new DateOnly(2026, 3, 20) : null);

    [Theory]
    [MemberData(nameof(EveryStageAndEvent))]
    public void Every_stage_and_event_is_allowed_or_refused_as_the_table_says(DossierStage stage, DossierEventKind kind)
    {
        var expected = Expected[stage].TryGetValue(kind, out var to) ? to : (DossierStage?)null;
        Assert.Equal(expected, DossierTransitions.Next(stage, kind));

        // The same through the entity: bring a dossier to the stage, then try the event.
        var dossier = NewDossier();
        var at = Received;
        foreach (var step in PathTo[stage])
        {
            at = at.AddHours(1);
            Assert.True(dossier.Apply(step, at, DetailsFor(step), By).Succeeded, $"{step} on the way to {stage}");
        }

        Assert.Equal(stage, dossier.Stage);
        var result = dossier.Apply(kind, at.AddHours(1), DetailsFor(kind), By);
        Assert.Equal(expected is not null, result.Succeeded);
        Assert.Equal(expected ?? stage, dossier.Stage);
        if (!result.Succeeded)
        {
            Assert.StartsWith("Hồ sơ TN-260302-0001: ", Assert.Single(result.Errors).Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Each_stage_offers_exactly_its_allowed_events()
    {
        foreach (var stage in Enum.GetValues<DossierStage>())
        {
            Assert.Equal(Expected[stage].Keys.OrderBy(k => k), DossierTransitions.Allowed(stage).OrderBy(k => k));
        }
    }

    [Fact]
    public void Moments_are_kept_in_step_and_times_are_guarded()
    {
        var d = NewDossier();
        Assert.Contains("trước thời điểm tiếp nhận", d.MarkProcessed(Received.AddHours(-1), By).Errors["At"], StringComparison.Ordinal);
        Assert.Contains("ở tương lai", d.MarkProcessed(By.Now.AddMinutes(1), By).Errors["At"], StringComparison.Ordinal);
        Assert.True(d.RequestSupplement(new DateTime(2026, 3, 2, 10, 0, 0), "Thiếu bản sao giấy khai sinh", By).Succeeded);
        Assert.Contains("trước sự kiện đã ghi gần nhất", d.ReceiveSupplement(new DateTime(2026, 3, 2, 9, 30, 0), By).Errors["At"], StringComparison.Ordinal);
        Assert.True(d.ReceiveSupplement(new DateTime(2026, 3, 2, 16, 0, 0), By).Succeeded);
        var supplement = Assert.Single(d.Supplements);
        Assert.Equal((new DateTime(2026, 3, 2, 10, 0, 0), (DateTime?)new DateTime(2026, 3, 2, 16, 0, 0)), (supplement.RequestedAt, supplement.SuppliedAt));
        Assert.Equal(2, d.Visits);
        Assert.Contains("lý do từ chối", d.Refuse(new DateTime(2026, 3, 3, 9, 0, 0), " ", By).Errors["Reason"], StringComparison.Ordinal);
        Assert.True(d.MarkProcessed(new DateTime(2026, 3, 5, 9, 0, 0), By).Succeeded);
        Assert.True(d.ReturnResult(new DateTime(2026, 3, 5, 14, 0, 0), By).Succeeded);
        Assert.Equal((new DateTime(2026, 3, 5, 9, 0, 0), new DateTime(2026, 3, 5, 14, 0, 0)), (d.ProcessedAt!.Value, d.ReturnedAt!.Value));
        Assert.Null(d.RejectedAt);
    }

    [Fact]
    public void A_transfer_moves_the_dossier_and_names_both_units()
    {
        var d = NewDossier();
        var from = Guid.NewGuid();
        var to = Guid.NewGuid();
        d.UnitId = from;
        Assert.Contains("hãy chọn đơn vị", d.Apply(DossierEventKind.Transferred, Received.AddHours(1), new(), By).Errors["ToUnitId"], StringComparison.Ordinal);
        Assert.Contains("chính đơn vị này", d.Transfer(Received.AddHours(1), from, null, By).Errors["ToUnitId"], StringComparison.Ordinal);
        var moved = d.Transfer(Received.AddHours(1), to, "Chuyển Tư pháp", By);
        Assert.True(moved.Succeeded);
        Assert.Equal((from, to, to), (moved.Value!.FromUnitId!.Value, moved.Value.ToUnitId!.Value, d.UnitId!.Value));

        // Voiding the transfer puts the dossier back where it was.
        Assert.True(d.Correct(moved.Value.Id, "Chuyển nhầm đơn vị", By).Succeeded);
        Assert.Equal(from, d.UnitId);
    }

    [Fact]
    public void The_apology_letter_is_stored_once_with_a_later_date()
    {
        var d = NewDossier();
        var at = new DateTime(2026, 3, 10, 9, 0, 0);
        Assert.Contains("lý do chậm trễ", d.IssueApology(at, null, new DateOnly(2026, 3, 16), By).Errors["Reason"], StringComparison.Ordinal);
        Assert.Contains("sau ngày hẹn ban đầu", d.IssueApology(at, "Chờ xác minh", new DateOnly(2026, 3, 9), By).Errors["NewAppointment"], StringComparison.Ordinal);
        Assert.True(d.IssueApology(at, "Chờ xác minh", new DateOnly(2026, 3, 16), By).Succeeded);
        Assert.Equal(new DateOnly(2026, 3, 16), d.ApologyAppointment);
        var again = d.IssueApology(at.AddHours(1), "Chờ thêm", new DateOnly(2026, 3, 20), By);
        Assert.Contains("chỉ được đặt một lần", again.Errors["Kind"], StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 3, 16), d.ApologyAppointment);
    }

    [Fact]
    public void A_wrong_event_is_voided_with_a_reason_only_when_the_rest_still_holds()
    {
        var d = NewDossier();
        var processed = d.MarkProcessed(new DateTime(2026, 3, 4, 9, 0, 0), By).Value!;
        var returned = d.ReturnResult(new DateTime(2026, 3, 4, 10, 0, 0), By).Value!;
        var receipt = d.Events.Single(e => e.Kind == DossierEventKind.Received);

        Assert.Contains("lý do hủy", d.Correct(returned.Id, "  ", By).Errors["CorrectionReason"], StringComparison.Ordinal);
        Assert.Contains("không hủy được sự kiện tiếp nhận", d.Correct(receipt.Id, "Nhầm", By).Errors["EventId"], StringComparison.Ordinal);
        Assert.Contains("các sự kiện sau phụ thuộc", d.Correct(processed.Id, "Ghi nhầm hồ sơ", By).Errors["EventId"], StringComparison.Ordinal);

        Assert.True(d.Correct(returned.Id, "Công dân chưa đến nhận", By).Succeeded);
        Assert.Null(d.ReturnedAt);
        Assert.Equal(DossierStage.Processed, d.Stage);
        Assert.True(d.Correct(processed.Id, "Ghi nhầm hồ sơ", By).Succeeded);
        Assert.Null(d.ProcessedAt);
        Assert.Equal(DossierStage.Processing, d.Stage);
        Assert.Equal(("Ghi nhầm hồ sơ", "motcua.thu"), (processed.VoidReason, processed.VoidedBy));
        Assert.Equal(3, d.Events.Count);
        Assert.Contains("đã hủy", d.Correct(processed.Id, "Lần nữa", By).Errors["EventId"], StringComparison.Ordinal);
    }

    [Fact]
    public void Voiding_a_supplement_request_removes_its_pause()
    {
        var d = NewDossier();
        var request = d.RequestSupplement(new DateTime(2026, 3, 3, 9, 0, 0), null, By).Value!;
        Assert.Single(d.Supplements);
        Assert.True(d.Correct(request.Id, "Yêu cầu ghi nhầm hồ sơ", By).Succeeded);
        Assert.Empty(d.Supplements);
        Assert.Equal(DossierStage.Processing, d.Stage);
    }

    [Fact]
    public void An_imported_dossier_gets_its_events_from_its_moments_and_goes_on_from_there()
    {
        var imported = new Dossier
        {
            Code = "HS-001", ReceivedAt = Received, Channel = DossierChannel.Online, SourceName = "Cổng DVC tỉnh",
            ProcessedAt = new DateTime(2026, 3, 6, 10, 0, 0),
        };
        Assert.True(imported.EnsureEvents(By.NowUtc));
        Assert.False(imported.EnsureEvents(By.NowUtc));
        Assert.Equal([DossierEventKind.Received, DossierEventKind.Processed], imported.Events.Select(e => e.Kind));
        Assert.All(imported.Events, e => Assert.True(e.Derived));
        Assert.Equal(DossierStage.Processed, imported.Stage);
        Assert.True(imported.ReturnResult(new DateTime(2026, 3, 9, 8, 0, 0), By).Succeeded);
        Assert.Equal(new DateTime(2026, 3, 6, 10, 0, 0), imported.ProcessedAt);
        Assert.Equal(DossierStage.Returned, imported.Stage);

        // A withdrawn one is final.
        var withdrawn = new Dossier { Code = "HS-002", ReceivedAt = Received, WithdrawnAt = Received.AddDays(1) };
        withdrawn.EnsureEvents(By.NowUtc);
        Assert.Equal(DossierStage.Withdrawn, withdrawn.Stage);
        Assert.Empty(DossierTransitions.Allowed(withdrawn.Stage));
    }

    [Fact]
    public void A_suspension_and_a_financial_obligation_stop_the_clock()
    {
        var rules = new DossierStatusRules(WorkingDayCalendar.CreateDefault(2025, 2027));
        var procedure = new Procedure { Code = "P", Name = "P", ProcessingDays = 3 };
        var d = NewDossier();
        d.AppointmentDate = new DateOnly(2026, 3, 5);
        Assert.True(d.Suspend(new DateTime(2026, 3, 3, 9, 0, 0), "Chờ ý kiến cơ quan thuế", By).Succeeded);
        Assert.True(d.Resume(new DateTime(2026, 3, 4, 9, 0, 0), By).Succeeded);
        Assert.True(d.AwaitFinancialObligation(new DateTime(2026, 3, 4, 10, 0, 0), "Lệ phí trước bạ", By).Succeeded);
        Assert.True(d.FulfilFinancialObligation(new DateTime(2026, 3, 5, 9, 0, 0), By).Succeeded);
        Assert.True(d.MarkProcessed(new DateTime(2026, 3, 6, 15, 0, 0), By).Succeeded);

        // Due Thu 05/03; paused working days 04/03 and 05/03 → due Mon 09/03; processed Fri 06/03 is early.
        var e = DossierService.Evaluate(rules, d, procedure, d.Supplements, new DateTime(2026, 3, 31, 12, 0, 0))!;
        Assert.Equal(2, e.PausedWorkingDays);
        Assert.Equal(new DateOnly(2026, 3, 9), e.DueDate);
        Assert.Equal(DossierStatus.ResolvedEarly, e.Status);
    }

    [Theory]
    [InlineData("2026-03-06 10:00", "2026-03-06 15:00")] // Fri: 10–12, 13–15
    [InlineData("2026-03-06 15:30", "2026-03-09 10:30")] // Fri 15:30–17:00, then Mon 08:00–10:30
    [InlineData("2026-02-13 16:00", "2026-02-23 11:00")] // before Tết: 1 hour on Fri 13/02, then Mon 23/02 08:00–11:00
    [InlineData("2026-03-07 09:00", "2026-03-09 12:00")] // online on a Saturday: from Monday 08:00
    public void An_hour_based_procedure_is_due_within_office_hours_of_working_days(string received, string due)
    {
        var procedure = new Procedure { Code = "P.H", Name = "Chứng thực chữ ký", ProcessingHours = 4 };
        Assert.Equal(ProcessingTime.Hours(4), procedure.ProcessingTime);
        var calculator = new DueDateCalculator(WorkingDayCalendar.CreateDefault(2025, 2027));
        var result = calculator.Compute(DateTime.Parse(received, System.Globalization.CultureInfo.InvariantCulture), procedure.ProcessingTime);
        Assert.Equal(DateTime.Parse(due, System.Globalization.CultureInfo.InvariantCulture), result.Moment);
        Assert.Equal(DateOnly.FromDateTime(result.Moment!.Value), result.Date);
    }

    [Fact]
    public void A_same_day_procedure_is_due_the_day_it_counts_as_received()
    {
        var procedure = new Procedure { Code = "P.S", Name = "Chứng thực bản sao", SameDay = true };
        var calculator = new DueDateCalculator(WorkingDayCalendar.CreateDefault(2025, 2027));
        Assert.Equal(new DateOnly(2026, 3, 6), calculator.Compute(new DateTime(2026, 3, 6, 14, 0, 0), procedure.ProcessingTime).Date);
        Assert.Equal(new DateOnly(2026, 3, 9), calculator.Compute(new DateTime(2026, 3, 6, 15, 30, 0), procedure.ProcessingTime).Date);
    }

    [Theory]
    [InlineData("Nguyễn Văn Đức", "nguyen van duc")]
    [InlineData("  TRẦN THỊ HỒNG NHUNG ", "tran thi hong nhung")]
    [InlineData("Lê Hữu Ước", "le huu uoc")]
    [InlineData("Hoàng  Thùy", "hoang  thuy")]
    public void Names_are_searched_without_diacritics(string name, string key)
    {
        Assert.Equal(key, CounterSearch.Name(name));
        Assert.Equal(key, new Dossier { ApplicantName = name }.ApplicantSearch);
    }

    [Fact]
    public void Phones_are_searched_by_their_digits()
    {
        var d = new Dossier { ApplicantPhone = "0912 345.678" };
        Assert.Equal("0912345678", d.PhoneDigits);
        d.ApplicantPhone = null;
        Assert.Null(d.PhoneDigits);
    }
}
