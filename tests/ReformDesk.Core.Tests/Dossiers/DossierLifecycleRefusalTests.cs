using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Platform;
using static ReformDesk.Core.Tests.Dossiers.DossierLifecycleTests;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// The exact Vietnamese refusals of the dossier's guarded methods, each under the field the page marks, and what a refused
/// move leaves behind (nothing); then the moments each end event sets and a counter visit per supplement supplied.
/// The dossier TN-260302-0001 was received Monday 02/03/2026 09:00 with an appointment on Monday 09/03.
/// </summary>
public sealed class DossierLifecycleRefusalTests
{
    private static readonly DateTime At = new(2026, 3, 3, 9, 0, 0);

    public static TheoryData<DossierEventKind, DateTime, string?, Guid?, DateOnly?, string, string> Refusals() => new()
    {
        { DossierEventKind.Received, At, null, null, null, "Kind", "Hồ sơ TN-260302-0001: hãy chọn sự kiện." },
        { (DossierEventKind)99, At, null, null, null, "Kind", "Hồ sơ TN-260302-0001: hãy chọn sự kiện." },
        { DossierEventKind.Processed, new DateTime(2026, 3, 2, 8, 59, 0), null, null, null, "At",
            "Hồ sơ TN-260302-0001: thời điểm 02/03/2026 08:59 trước thời điểm tiếp nhận 02/03/2026 09:00." },
        { DossierEventKind.Processed, new DateTime(2026, 11, 30, 10, 1, 0), null, null, null, "At", "Hồ sơ TN-260302-0001: thời điểm 30/11/2026 10:01 ở tương lai." },
        { DossierEventKind.Returned, At, null, null, null, "Kind", "Hồ sơ TN-260302-0001: đang ở bước \"Đang giải quyết\"; không thể ghi \"Đã trả kết quả\"." },
        { DossierEventKind.Resumed, At, null, null, null, "Kind", "Hồ sơ TN-260302-0001: đang ở bước \"Đang giải quyết\"; không thể ghi \"Tiếp tục giải quyết\"." },
        { DossierEventKind.Rejected, At, new string('x', 501), null, null, "Reason", "Hồ sơ TN-260302-0001: lý do, ghi chú tối đa 500 ký tự." },
        { DossierEventKind.Rejected, At, "  ", null, null, "Reason", "Hồ sơ TN-260302-0001: hãy ghi lý do từ chối." },
        { DossierEventKind.Stopped, At, null, null, null, "Reason", "Hồ sơ TN-260302-0001: hãy ghi lý do dừng giải quyết." },
        { DossierEventKind.Suspended, At, null, null, null, "Reason", "Hồ sơ TN-260302-0001: hãy ghi lý do tạm dừng." },
        { DossierEventKind.Transferred, At, null, Guid.Empty, null, "ToUnitId", "Hồ sơ TN-260302-0001: hãy chọn đơn vị nhận hồ sơ." },
        { DossierEventKind.ApologyIssued, At, "Chờ xác minh", null, null, "NewAppointment",
            "Hồ sơ TN-260302-0001: ngày hẹn trả mới phải sau ngày hẹn ban đầu và sau ngày lập phiếu." },
        { DossierEventKind.ApologyIssued, At, "Chờ xác minh", null, new DateOnly(2026, 3, 9), "NewAppointment",
            "Hồ sơ TN-260302-0001: ngày hẹn trả mới phải sau ngày hẹn ban đầu và sau ngày lập phiếu." },
        { DossierEventKind.ApologyIssued, At, "  ", null, new DateOnly(2026, 3, 10), "Reason", "Hồ sơ TN-260302-0001: hãy ghi lý do chậm trễ." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_refused_event_names_its_field_in_Vietnamese_and_changes_nothing(DossierEventKind kind, DateTime at, string? reason, Guid? unit, DateOnly? date,
        string field, string message)
    {
        var d = NewDossier();

        Refused(d.Apply(kind, at, new DossierEventDetails(reason, unit, date), By), FailureKind.Invalid, field, message);

        Assert.Equal((DossierStage.Processing, 1, (DateTime?)null, (DateTime?)null, (DateOnly?)null), (d.Stage, d.Events.Count, d.ProcessedAt, d.RejectedAt, d.ApologyAppointment));
    }

    [Fact]
    public void An_apology_dated_on_the_day_of_the_letter_is_refused_even_without_an_original_appointment()
    {
        var d = NewDossier();
        d.AppointmentDate = null;

        Refused(d.IssueApology(At, "Chờ xác minh", DateOnly.FromDateTime(At), By), FailureKind.Invalid, "NewAppointment",
            "Hồ sơ TN-260302-0001: ngày hẹn trả mới phải sau ngày hẹn ban đầu và sau ngày lập phiếu.");
        Assert.True(d.IssueApology(At, "Chờ xác minh", DateOnly.FromDateTime(At).AddDays(1), By).Succeeded);
        Assert.Equal(new DateOnly(2026, 3, 4), d.ApologyAppointment);
    }

    [Fact]
    public void A_second_apology_names_the_first_ones_moment_and_date()
    {
        var d = NewDossier();
        Assert.True(d.IssueApology(At, "Chờ xác minh", new DateOnly(2026, 3, 16), By).Succeeded);

        Refused(d.IssueApology(At.AddHours(2), "Chờ thêm", new DateOnly(2026, 3, 20), By), FailureKind.Invalid, "Kind",
            "Hồ sơ TN-260302-0001: đã có phiếu xin lỗi lúc 03/03/2026 09:00 hẹn lại ngày 16/03/2026; ngày hẹn mới chỉ được đặt một lần.");
    }

    [Fact]
    public void An_event_before_the_last_one_recorded_is_refused_with_both_moments()
    {
        var d = NewDossier();
        Assert.True(d.Suspend(new DateTime(2026, 3, 4, 9, 0, 0), "Chờ ý kiến cơ quan thuế", By).Succeeded);

        Refused(d.Resume(new DateTime(2026, 3, 4, 8, 0, 0), By), FailureKind.Invalid, "At",
            "Hồ sơ TN-260302-0001: thời điểm 04/03/2026 08:00 trước sự kiện đã ghi gần nhất (04/03/2026 09:00).");
        Assert.Equal(DossierStage.Suspended, d.Stage);
    }

    [Fact]
    public void A_correction_that_would_break_the_history_names_the_event_that_depends_on_it()
    {
        var d = NewDossier();
        var request = d.RequestSupplement(At, "Thiếu tờ khai", By).Value!;
        Assert.True(d.ReceiveSupplement(At.AddDays(1), By).Succeeded);

        Refused(d.Correct(request.Id, "Ghi nhầm", By), FailureKind.Invalid, "EventId",
            "Hồ sơ TN-260302-0001: không hủy được \"Yêu cầu bổ sung hồ sơ\" lúc 03/03/2026 09:00 vì các sự kiện sau phụ thuộc vào nó "
            + "(\"Công dân đã bổ sung hồ sơ\" lúc 04/03/2026 09:00 không thể theo sau bước \"Đang giải quyết\"). Hãy hủy các sự kiện sau trước.");
        Refused(d.Correct(Guid.NewGuid(), "Ghi nhầm", By), FailureKind.Invalid, "EventId", "Hồ sơ TN-260302-0001: không tìm thấy sự kiện cần hủy (hoặc đã hủy).");
        Refused(d.Correct(request.Id, new string('x', 501), By), FailureKind.Invalid, "CorrectionReason",
            "Hồ sơ TN-260302-0001: hãy ghi lý do hủy sự kiện ghi nhầm (tối đa 500 ký tự).");
        Assert.True(request.Active);
    }

    [Theory]
    [InlineData(DossierEventKind.Rejected, true, false)]
    [InlineData(DossierEventKind.Stopped, true, false)]
    [InlineData(DossierEventKind.Withdrawn, false, true)]
    public void An_end_event_sets_the_moment_the_rules_read_and_voiding_it_clears_it(DossierEventKind kind, bool rejected, bool withdrawn)
    {
        var d = NewDossier();
        var ended = d.Apply(kind, At, new DossierEventDetails("Hồ sơ không thuộc thẩm quyền"), By).Value!;

        Assert.Equal((rejected ? At : null, withdrawn ? At : (DateTime?)null), (d.RejectedAt, d.WithdrawnAt));
        Assert.True(DossierTransitions.IsFinal(d.Stage));
        Assert.Equal("Hồ sơ không thuộc thẩm quyền", ended.Reason);

        Assert.True(d.Correct(ended.Id, "Ghi nhầm hồ sơ", By).Succeeded);
        Assert.Equal(((DateTime?)null, (DateTime?)null, DossierStage.Processing), (d.RejectedAt, d.WithdrawnAt, d.Stage));
    }

    [Fact]
    public void Each_supplement_supplied_at_the_counter_is_one_more_visit_but_not_online()
    {
        var counter = NewDossier();
        var online = NewDossier();
        online.Channel = ReformDesk.Core.Dossiers.Rules.DossierChannel.Online;
        online.Visits = 0;
        foreach (var d in new[] { counter, online })
        {
            for (var i = 0; i < 2; i++)
            {
                Assert.True(d.RequestSupplement(At.AddDays(2 * i), null, By).Succeeded);
                Assert.True(d.ReceiveSupplement(At.AddDays(2 * i + 1), By).Succeeded);
            }
        }

        Assert.Equal((3, 0), (counter.Visits, online.Visits));
        Assert.Equal([At, At.AddDays(2)], counter.Supplements.Select(s => s.RequestedAt));
    }

    [Fact]
    public void A_returned_moment_earlier_than_the_result_is_derived_as_returned_when_processed()
    {
        var imported = new Dossier { Code = "HS-001", ReceivedAt = Received, ProcessedAt = At.AddDays(2), ReturnedAt = At.AddDays(1), SourceName = "Cổng DVC tỉnh" };

        var events = imported.DeriveEvents(By.NowUtc);

        Assert.Equal([(DossierEventKind.Received, Received), (DossierEventKind.Processed, At.AddDays(2)), (DossierEventKind.Returned, At.AddDays(2))],
            events.Select(e => (e.Kind, e.At)));
        Assert.All(events, e => Assert.Equal(("Cổng DVC tỉnh", true), (e.RecordedBy, e.Derived)));
    }

    [Fact]
    public void Receiving_twice_is_a_programming_error()
    {
        var d = NewDossier();
        Assert.Throws<InvalidOperationException>(() => d.Receive(By));
        Assert.Single(d.Events);
    }
}
