using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Calendar;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// Receipt at the one-stop desk and the events after it, stored on SQLite: the form's refusals, the computed appointment
/// (cut-off, hour-based and same-day procedures, a province's own day off), the code numbering, and an event recorded then
/// voided with a reason. Today is Wednesday 11/03/2026 10:00; Thursday 12/03 is a working day unless the province says not.
/// </summary>
public sealed class DossierEntryServiceTests() : DossierCommuneTest(new(2026, 3, 11, 10, 0, 0, TimeSpan.FromHours(7)))
{

    private static NewDossierInput Input(Procedure p, string received, DossierChannel channel = DossierChannel.Counter, string? name = "Nguyễn Thị Mai",
        string? phone = "0912 345 678", bool fullyOnline = false) => new(p.Id, received, channel, name, phone, FullyOnline: fullyOnline);

    private static Dossier Created(OperationResult<Dossier> result)
    {
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        return result.Value!;
    }

    [Theory]
    [InlineData("2026-03-10 09:00", null, null, "ReceivedAt", "'Thời điểm tiếp nhận' phải có dạng dd/MM/yyyy HH:mm (ví dụ 02/03/2026 09:30).")]
    [InlineData("11/03/2026 10:01", null, null, "ReceivedAt", "'Thời điểm tiếp nhận' 11/03/2026 10:01 ở tương lai.")]
    [InlineData("31/12/2014 09:00", null, null, "ReceivedAt", "'Thời điểm tiếp nhận' phải trong khoảng năm 2015–2034.")]
    [InlineData("10/03/2026 09:00", "   ", null, "ApplicantName", "'Người nộp' không được để trống (tối đa 200 ký tự).")]
    [InlineData("10/03/2026 09:00", "Trần Văn Bình", "0912 34", "ApplicantPhone", "'Số điện thoại' phải gồm 9–12 chữ số (ví dụ 0912 345 678).")]
    [InlineData("10/03/2026 09:00", "Trần Văn Bình", "0912/345/678", "ApplicantPhone", "'Số điện thoại' phải gồm 9–12 chữ số (ví dụ 0912 345 678).")]
    public async Task A_receipt_is_refused_naming_the_field(string received, string? name, string? phone, string field, string message)
    {
        var result = await DossierBuilder.Entry(Commune).CreateAsync(Input(Birth, received, name: name ?? "Trần Văn Bình", phone: phone));
        Assert.Equal(message, Assert.Single(result.Errors, e => e.Key == field).Value);
        Assert.Empty(Commune.Open().Dossiers);
    }

    [Fact]
    public async Task Unknown_procedures_channels_and_fully_online_at_the_counter_are_refused()
    {
        var entry = DossierBuilder.Entry(Commune);
        Assert.Equal("Hãy chọn thủ tục trong danh mục.", (await entry.CreateAsync(Input(new Procedure(), "10/03/2026 09:00"))).Errors["ProcedureId"]);
        Assert.Equal("Hãy chọn kênh tiếp nhận.", (await entry.CreateAsync(Input(Birth, "10/03/2026 09:00", (DossierChannel)9))).Errors["Channel"]);
        Assert.StartsWith("'Trực tuyến toàn trình' chỉ áp dụng", (await entry.CreateAsync(Input(Birth, "10/03/2026 09:00", DossierChannel.Online, fullyOnline: true))).Errors["FullyOnline"], StringComparison.Ordinal);
        var online = await DossierBuilder.ProcedureAsync(Commune, "2.000986", "Cấp bản sao trích lục hộ tịch", days: 1, fullyOnline: true);
        Assert.True((await entry.CreateAsync(Input(online, "10/03/2026 09:00", DossierChannel.Online, fullyOnline: true))).Succeeded);
    }

    [Fact]
    public async Task A_receipt_after_the_cut_off_counts_from_the_next_working_day_and_codes_are_numbered_per_day()
    {
        var entry = DossierBuilder.Entry(Commune);
        // Tue 10/03 16:30 counts from Wed 11/03: 3 working days → Mon 16/03.
        var first = Created(await entry.CreateAsync(Input(Birth, "10/03/2026 16:30")));
        Assert.Equal(("TN-260310-0001", new DateOnly(2026, 3, 16), (TimeOnly?)null), (first.Code, first.AppointmentDate!.Value, first.AppointmentTime));
        Assert.Equal((1, DossierEntryService.ManualSource, "0912345678", "nguyen thi mai"), (first.Visits, first.SourceName, first.PhoneDigits, first.ApplicantSearch));
        Assert.NotNull(first.LookupKey);
        Assert.Equal(DossierEventKind.Received, Assert.Single(first.Events).Kind);
        // Tue 10/03 14:59 counts that day → Fri 13/03; the next code of the day.
        var second = Created(await entry.CreateAsync(Input(Birth, "10/3/2026 14:59", DossierChannel.Online, phone: null)));
        Assert.Equal(("TN-260310-0002", new DateOnly(2026, 3, 13), 0), (second.Code, second.AppointmentDate!.Value, second.Visits));
        Assert.Equal(new DateOnly(2026, 3, 13), (await entry.AppointmentAsync(Birth.Id, "10/03/2026 14:59")).Value!.Date);
        Assert.Equal("TN-260311-0001", Created(await entry.CreateAsync(Input(Birth, "11/03/2026 08:00"))).Code);
    }

    [Fact]
    public async Task A_later_configured_cut_off_keeps_a_receipt_at_half_past_three_on_its_day()
    {
        var sameDay = await DossierBuilder.ProcedureAsync(Commune, "2.000908", "Chứng thực bản sao từ bản chính", days: null, sameDay: true);
        Assert.Equal(new DateOnly(2026, 3, 11), (await DossierBuilder.Entry(Commune).AppointmentAsync(sameDay.Id, "10/03/2026 15:30")).Value!.Date);
        var late = await DossierBuilder.Entry(Commune, cutOff: "16:00").AppointmentAsync(sameDay.Id, "10/03/2026 15:30");
        Assert.Equal((new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 10)), (late.Value!.EffectiveReceivedDate, late.Value.Date));
        Assert.Equal("Hãy chọn thủ tục trong danh mục.", (await DossierBuilder.Entry(Commune).AppointmentAsync(Guid.NewGuid(), "10/03/2026 15:30")).Errors["ProcedureId"]);
    }

    [Fact]
    public async Task An_hour_based_procedure_stores_the_due_time_within_office_hours()
    {
        var signature = await DossierBuilder.ProcedureAsync(Commune, "2.000815", "Chứng thực chữ ký", days: 1, hours: 4);
        // Tue 10/03 15:30–17:00 is 1h30, then Wed 08:00–10:30: the cut-off does not apply to hours.
        var d = Created(await DossierBuilder.Entry(Commune).CreateAsync(Input(signature, "10/03/2026 15:30")));
        Assert.Equal((new DateOnly(2026, 3, 11), (TimeOnly?)new TimeOnly(10, 30)), (d.AppointmentDate!.Value, d.AppointmentTime));
    }

    [Fact]
    public async Task A_day_off_of_the_province_pushes_the_appointment()
    {
        var entry = DossierBuilder.Entry(Commune);
        Assert.Equal(new DateOnly(2026, 3, 13), (await entry.AppointmentAsync(Birth.Id, "10/03/2026 09:00")).Value!.Date);

        await using (var system = Commune.OpenSystem())
        {
            var calendars = new CalendarService(system, new CalendarCache(), Commune.Clock);
            var province = (await calendars.ProvinceOfAsync(Commune.TenantId))!.Value;
            Assert.True((await calendars.SetAsync(province, new DateOnly(2026, 3, 12), DayOffKind.SwappedDayOff, "Nghỉ hoán đổi của tỉnh", null)).Succeeded);
        }

        // Tue 10/03 → Wed 11, (Thu 12 off), Fri 13, Mon 16.
        Assert.Equal(new DateOnly(2026, 3, 16), (await DossierBuilder.Entry(Commune).AppointmentAsync(Birth.Id, "10/03/2026 09:00")).Value!.Date);
    }

    [Fact]
    public async Task An_event_recorded_then_voided_with_a_reason_is_kept_voided_in_the_database()
    {
        var d = Created(await DossierBuilder.Entry(Commune).CreateAsync(Input(Birth, "09/03/2026 09:00")));
        var entry = DossierBuilder.Entry(Commune);
        var request = await entry.RecordAsync(d.Id, new DossierEventInput(DossierEventKind.SupplementRequested, "10/03/2026 08:30", "Thiếu bản sao giấy chứng sinh"));
        Assert.True(request.Succeeded, string.Join(" ", request.Errors.Values));

        var waiting = (await DossierBuilder.Entry(Commune).DetailAsync(d.Id))!;
        Assert.Equal((DossierStage.AwaitingSupplement, true), (waiting.Stage, waiting.Evaluation!.IsPaused));
        Assert.Equal("Thiếu bản sao giấy chứng sinh", Assert.Single(waiting.Supplements).Content);
        Assert.Contains(DossierEventKind.SupplementSupplied, waiting.Allowed);
        Assert.DoesNotContain(DossierEventKind.Processed, waiting.Allowed);

        Assert.Equal("Hồ sơ TN-260309-0001: hãy ghi lý do hủy sự kiện ghi nhầm (tối đa 500 ký tự).",
            (await DossierBuilder.Entry(Commune).CorrectAsync(d.Id, request.Value!.Id, " ")).Errors["CorrectionReason"]);
        Assert.True((await DossierBuilder.Entry(Commune).CorrectAsync(d.Id, request.Value.Id, "Ghi nhầm sang hồ sơ khác")).Succeeded);

        var after = (await DossierBuilder.Entry(Commune).DetailAsync(d.Id))!;
        Assert.Equal(DossierStage.Processing, after.Stage);
        Assert.Empty(after.Supplements);
        var voided = Assert.Single(after.Events, e => e.Kind == DossierEventKind.SupplementRequested);
        Assert.Equal((false, "Ghi nhầm sang hồ sơ khác", "test"), (voided.Active, voided.VoidReason, voided.VoidedBy));
        Assert.Equal(new DateOnly(2026, 3, 12), after.Evaluation!.DueDate);
    }

    [Fact]
    public async Task Recording_refuses_a_mistyped_moment_or_date_an_unknown_unit_and_an_unknown_dossier()
    {
        var d = Created(await DossierBuilder.Entry(Commune).CreateAsync(Input(Birth, "09/03/2026 09:00")));
        var entry = DossierBuilder.Entry(Commune);
        Assert.Equal("Hồ sơ TN-260309-0001: 'Thời điểm' phải có dạng dd/MM/yyyy HH:mm (ví dụ 05/03/2026 10:30).",
            (await entry.RecordAsync(d.Id, new DossierEventInput(DossierEventKind.Processed, "10-03-2026 10:00"))).Errors["At"]);
        Assert.Equal("Hồ sơ TN-260309-0001: 'Ngày hẹn trả mới' phải có dạng dd/MM/yyyy.",
            (await entry.RecordAsync(d.Id, new DossierEventInput(DossierEventKind.ApologyIssued, "10/03/2026 10:00", "Chậm xác minh", NewAppointment: "16.03.2026"))).Errors["NewAppointment"]);
        Assert.Equal("Hồ sơ TN-260309-0001: hãy chọn đơn vị nhận hồ sơ trong danh sách.",
            (await entry.RecordAsync(d.Id, new DossierEventInput(DossierEventKind.Transferred, "10/03/2026 10:00", ToUnitId: Guid.NewGuid()))).Errors["ToUnitId"]);
        Refused(await entry.RecordAsync(Guid.NewGuid(), new DossierEventInput(DossierEventKind.Processed, "10/03/2026 10:00")), FailureKind.NotFound, "Không tìm thấy hồ sơ.");
        Refused(await entry.CorrectAsync(Guid.NewGuid(), Guid.NewGuid(), "Nhầm"), FailureKind.NotFound, "Không tìm thấy hồ sơ.");
        Assert.Single((await DossierBuilder.Entry(Commune).DetailAsync(d.Id))!.Events);
    }

    [Fact]
    public async Task An_imported_dossier_whose_supplement_was_supplied_takes_its_next_step()
    {
        // Stored by an import: moments and a supplement request answered, no events yet.
        var imported = await new DossierBuilder("HS-NHAP-01", Birth, new DateTime(2026, 3, 2, 9, 0, 0)).Online()
            .Supplement(new DateTime(2026, 3, 3, 9, 0, 0), new DateTime(2026, 3, 4, 9, 0, 0)).With(d => d.SourceName = "Cổng DVC tỉnh").SaveAsync(Commune);

        var detail = (await DossierBuilder.Entry(Commune).DetailAsync(imported.Id))!;
        Assert.Equal([DossierEventKind.Received, DossierEventKind.SupplementRequested, DossierEventKind.SupplementSupplied], detail.Events.Select(e => e.Kind));
        Assert.Equal(DossierStage.Processing, detail.Stage);
        Assert.Contains(DossierEventKind.Processed, detail.Allowed);

        var processed = await DossierBuilder.Entry(Commune).RecordAsync(imported.Id, new DossierEventInput(DossierEventKind.Processed, "10/03/2026 09:00"));
        Assert.True(processed.Succeeded, string.Join(" ", processed.Errors.Values));
        var after = (await DossierBuilder.Entry(Commune).DetailAsync(imported.Id))!;
        Assert.Equal((DossierStage.Processed, new DateTime(2026, 3, 10, 9, 0, 0)), (after.Stage, after.Dossier.ProcessedAt!.Value));
        Assert.Equal((new DateTime(2026, 3, 3, 9, 0, 0), (DateTime?)new DateTime(2026, 3, 4, 9, 0, 0)), (Assert.Single(after.Supplements).RequestedAt, after.Supplements[0].SuppliedAt));
    }

    [Fact]
    public async Task A_dossier_stored_before_lookup_keys_gets_one_with_its_first_receipt_audited_without_the_key_and_keeps_it()
    {
        var old = await Received("HS-CU-01", 2).With(d => d.LookupKey = null).SaveAsync(Commune);

        var (printed, procedure) = (await DossierBuilder.Entry(Commune).ReceiptAsync(old.Id))!.Value;
        var key = printed.LookupKey!;
        Assert.Equal((Birth.Id, key), (procedure.Id, LookupKeys.Normalize(LookupKeys.Display(key))));

        var again = (await DossierBuilder.Entry(Commune).ReceiptAsync(old.Id))!.Value.Dossier;
        Assert.Equal(key, again.LookupKey);
        await using var db = Commune.Open();
        Assert.Equal(key, (await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == old.Id)).LookupKey);
        var audit = Assert.Single(db.AuditEntries.Where(a => a.Entity == nameof(Dossier) && a.Action == AuditAction.Update));
        // Audited as changed, but the key itself is a secret: never written into the audit log.
        Assert.Equal("{\"LookupKey\":\"***\"}", audit.After);
        Assert.Null(await DossierBuilder.Entry(Commune).ReceiptAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task A_suspension_recorded_at_the_counter_pauses_the_dossier_in_the_list_until_it_resumes()
    {
        // Received Mon 09/03 09:00, 3 working days: due Thu 12/03 without the pause.
        var d = Created(await DossierBuilder.Entry(Commune).CreateAsync(Input(Birth, "09/03/2026 09:00")));
        Assert.True((await DossierBuilder.Entry(Commune).RecordAsync(d.Id, new DossierEventInput(DossierEventKind.Suspended, "10/03/2026 09:00", "Chờ ý kiến cơ quan thuế"))).Succeeded);

        var paused = Assert.Single((await DossierBuilder.Service(Commune).ListAsync(new DossierFilter())).Rows);
        Assert.Equal((DossierStatus.Pending, true), (paused.Status, paused.Evaluation!.IsPaused));

        Assert.True((await DossierBuilder.Entry(Commune).RecordAsync(d.Id, new DossierEventInput(DossierEventKind.Resumed, "11/03/2026 09:00"))).Succeeded);
        var resumed = Assert.Single((await DossierBuilder.Service(Commune).ListAsync(new DossierFilter())).Rows);
        Assert.Equal((false, new DateOnly(2026, 3, 13), 1), (resumed.Evaluation!.IsPaused, resumed.Evaluation.DueDate, resumed.Evaluation.PausedWorkingDays));
    }
}
