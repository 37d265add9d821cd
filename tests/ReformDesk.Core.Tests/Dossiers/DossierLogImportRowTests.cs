using System.Text;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Core.Tests.Uploads;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// The dossier log importer cell by cell, on SQLite with a CSV log carrying every column the provincial system exports: each
/// bad cell refused with its line, column and value while the other rows are saved; a file broken part-way storing nothing;
/// the commune on every row written; a read-only account; the source's column mapping; supplements replaced on re-import;
/// and what a new procedure takes from the log. Today is Wednesday 11/03/2026 10:00 in Hà Nội.
/// </summary>
public sealed class DossierLogImportRowTests() : DossierCommuneTest(new(2026, 3, 11, 10, 0, 0, TimeSpan.FromHours(7)))
{
    private static readonly DossierField[] Every = Enum.GetValues<DossierField>();

    /// <summary>A log row: the birth registration HS-01 received Monday 02/03 09:00 at the counter, with <paramref name="cells"/> ("Field=value|Field=value") over it.</summary>
    private static Dictionary<DossierField, string> Row(string cells = "")
    {
        var row = new Dictionary<DossierField, string>
        {
            [DossierField.Code] = "HS-01", [DossierField.ProcedureCode] = "1.001193", [DossierField.ReceivedAt] = "02/03/2026 09:00",
        };
        foreach (var cell in cells.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            var (field, value) = (cell[..cell.IndexOf('=')], cell[(cell.IndexOf('=') + 1)..]);
            row[Enum.Parse<DossierField>(field)] = value;
        }

        return row;
    }

    /// <summary>A CSV log with a column for every field (headed by its label) and these rows from line 2 on; every cell quoted.</summary>
    private static SafeUpload Log(params Dictionary<DossierField, string>[] rows)
    {
        static string Quote(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var lines = rows.Select(r => string.Join(",", Every.Select(f => Quote(r.GetValueOrDefault(f, "")))));
        var text = string.Join("\n", lines.Prepend(string.Join(",", Every.Select(f => Quote(DossierLogColumns.Label(f)))))) + "\n";
        return TestUploads.Safe(Encoding.UTF8.GetBytes(text), "so-theo-doi.csv", UploadForm.DossierLog);
    }

    private Task<DossierImportResult> ImportAsync(params Dictionary<DossierField, string>[] rows) =>
        DossierBuilder.Importer(Commune).ImportAsync(Log(rows), "Sổ theo dõi");

    private async Task<List<Dossier>> StoredAsync()
    {
        await using var db = Commune.Open();
        return await db.Dossiers.AsNoTracking().OrderBy(d => d.Code).ToListAsync();
    }

    public static TheoryData<string, string, string> BadCells() => new()
    {
        { "Code=" + new string('H', 61), "Mã hồ sơ", "Dòng 2: 'Mã hồ sơ' dài quá 60 ký tự." },
        { "ProcedureCode=", "Mã thủ tục", "Dòng 2: 'Mã thủ tục' bị bỏ trống." },
        { "ProcedureCode=" + new string('1', 61), "Mã thủ tục", "Dòng 2: 'Mã thủ tục' dài quá 60 ký tự." },
        { "ReceivedAt=", "Ngày tiếp nhận", "Dòng 2: 'Ngày tiếp nhận' bị bỏ trống." },
        { "ReceivedAt=02/03/1989 09:00", "Ngày tiếp nhận", "Dòng 2: 'Ngày tiếp nhận' không đúng dạng dd/MM/yyyy HH:mm (giá trị \"02/03/1989 09:00\")." },
        { "AppointmentDate=thứ Năm", "Ngày hẹn trả", "Dòng 2: 'Ngày hẹn trả' không đúng dạng dd/MM/yyyy (giá trị \"thứ Năm\")." },
        { "AppointmentDate=01/03/2026", "Ngày hẹn trả", "Dòng 2: 'Ngày hẹn trả' sớm hơn 'Ngày tiếp nhận'." },
        { "ProcessedAt=32/03/2026 08:00", "Ngày có kết quả", "Dòng 2: 'Ngày có kết quả' không đúng dạng dd/MM/yyyy HH:mm (giá trị \"32/03/2026 08:00\")." },
        { "ReturnedAt=02/03/2026 08:59", "Ngày trả kết quả", "Dòng 2: 'Ngày trả kết quả' (02/03/2026 08:59) sớm hơn 'Ngày tiếp nhận' (02/03/2026 09:00)." },
        { "RejectedAt=28/02/2026 16:00", "Ngày từ chối", "Dòng 2: 'Ngày từ chối' (28/02/2026 16:00) sớm hơn 'Ngày tiếp nhận' (02/03/2026 09:00)." },
        { "WithdrawnAt=01/03/2026", "Ngày rút hồ sơ", "Dòng 2: 'Ngày rút hồ sơ' (01/03/2026 00:00) sớm hơn 'Ngày tiếp nhận' (02/03/2026 09:00)." },
        { "SupplementRequestedAt=02/03/2026 08:00", "Ngày yêu cầu bổ sung", "Dòng 2: 'Ngày yêu cầu bổ sung' (02/03/2026 08:00) sớm hơn 'Ngày tiếp nhận' (02/03/2026 09:00)." },
        { "SupplementRequestedAt=04/03/2026 09:00|SuppliedAt=03/03/2026 09:00", "Ngày nhận bổ sung", "Dòng 2: 'Ngày nhận bổ sung' sớm hơn 'Ngày yêu cầu bổ sung'." },
        { "Channel=Gửi qua Zalo cho cán bộ một người quen ở xã bên", "Kênh nộp", "Dòng 2: 'Kênh nộp' không rõ (\"Gửi qua Zalo cho cán bộ một người quen …\"); dùng Trực tiếp, Trực tuyến hoặc Bưu chính." },
        { "FullyOnline=Chắc chắn", "Toàn trình", "Dòng 2: 'Toàn trình' phải là Có/Không (giá trị \"Chắc chắn\")." },
        { "PaidOnline=Một phần", "Thanh toán trực tuyến", "Dòng 2: 'Thanh toán trực tuyến' phải là Có/Không (giá trị \"Một phần\")." },
        { "SupplementCount=101", "Số lần yêu cầu bổ sung", "Dòng 2: 'Số lần yêu cầu bổ sung' phải là số nguyên từ 0 đến 100 (giá trị \"101\")." },
        { "Visits=-1", "Số lần đi lại", "Dòng 2: 'Số lần đi lại' phải là số nguyên từ 0 đến 100 (giá trị \"-1\")." },
        { "Fee=năm mươi nghìn", "Phí, lệ phí", "Dòng 2: 'Phí, lệ phí' không phải số tiền (giá trị \"năm mươi nghìn\")." },
        { "ApplicantPhone=0912 345 678 / 0987 654", "Số điện thoại", "Dòng 2: 'Số điện thoại' dài quá 20 ký tự." },
    };

    [Theory]
    [MemberData(nameof(BadCells))]
    public async Task A_bad_cell_is_refused_naming_its_line_column_and_value_and_the_next_row_is_still_saved(string cells, string column, string message)
    {
        var result = await ImportAsync(Row(cells), Row("Code=HS-02"));

        Assert.True(result.Succeeded);
        Assert.Equal((2, 1, 1, true), (result.Total, result.Added, result.ErrorRows, result.Saved));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((2, column, message, ProblemSeverity.Error), (problem.Row, problem.Field, problem.Message, problem.Severity));
        Assert.Equal(["HS-02"], (await StoredAsync()).Select(d => d.Code));
    }

    [Fact]
    public async Task A_row_with_several_bad_cells_names_each_and_counts_as_one_error_row()
    {
        var result = await ImportAsync(Row("Code=|ProcessedAt=hôm qua|Digitised=chắc có|Visits=nhiều"));

        Assert.Equal((1, 0, 1), (result.Total, result.Added, result.ErrorRows));
        Assert.Equal(
        [
            "Dòng 2: 'Mã hồ sơ' bị bỏ trống.",
            "Dòng 2: 'Ngày có kết quả' không đúng dạng dd/MM/yyyy HH:mm (giá trị \"hôm qua\").",
            "Dòng 2: 'Số hóa' phải là Có/Không (giá trị \"chắc có\").",
            "Dòng 2: 'Số lần đi lại' phải là số nguyên từ 0 đến 100 (giá trị \"nhiều\").",
        ], result.Problems.Select(p => p.Message));
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task A_log_broken_part_way_stores_nothing_not_even_its_good_rows_or_new_procedures()
    {
        var text = "Mã hồ sơ,Mã thủ tục,Tên thủ tục,Ngày tiếp nhận\n"
            + "HS-01,1.001193,Đăng ký khai sinh,02/03/2026 09:00\n"
            + "HS-02,2.000908,Chứng thực bản sao,03/03/2026 09:00\n"
            + "\"HS-03\"x\"y,1.001193,,04/03/2026 09:00\n"
            + "HS-04,1.001193,,05/03/2026 09:00\n";
        var upload = TestUploads.Safe(Encoding.UTF8.GetBytes(text), "hong.csv", UploadForm.DossierLog);

        var result = await DossierBuilder.Importer(Commune).ImportAsync(upload, "Sổ theo dõi");

        Assert.False(result.Succeeded);
        Assert.StartsWith("Dòng 4: sai định dạng CSV", result.Fatal, StringComparison.Ordinal);
        Assert.Equal((0, false), (result.Added, result.Saved));
        Assert.Equal(result.Fatal, Assert.Single(result.Problems).Message);
        await using var db = Commune.Open();
        Assert.Empty(db.Dossiers);
        Assert.Equal(["1.001193"], db.Procedures.Select(p => p.Code));
        Assert.Empty(db.ImportMappings);
        Assert.Empty(db.AuditEntries.Where(a => a.Entity == nameof(Dossier)));
    }

    [Fact]
    public async Task Every_row_written_belongs_to_the_commune_and_a_neighbours_dossier_of_the_same_code_is_left_alone()
    {
        var (neighbour, theirs, theirBirth) = await NeighbourAsync();
        var theirDossier = await new DossierBuilder("HS-01", theirBirth, new DateTime(2026, 2, 20, 8, 0, 0)).Applicant("Trần Thị Mai").SaveAsync(theirs);

        var result = await ImportAsync(
            Row("ApplicantName=Nguyễn Văn An|SupplementCount=1|ProcessedAt=04/03/2026 10:00"),
            Row("Code=HS-02|ProcedureCode=2.000908|ProcedureName=Chứng thực bản sao"));

        Assert.Equal((2, 0, 0, 1), (result.Added, result.Updated, result.Unchanged, result.ProceduresCreated));
        await using var system2 = Commune.OpenSystem();
        Assert.Equal([Commune.TenantId, Commune.TenantId], await system2.Dossiers.Where(d => d.Id != theirDossier.Id).Select(d => d.TenantId).ToListAsync());
        Assert.Equal([Commune.TenantId], await system2.DossierSupplements.Select(s => s.TenantId).ToListAsync());
        Assert.Equal(2, await system2.DossierOutcomes.CountAsync(o => o.TenantId == Commune.TenantId));
        Assert.Equal(Commune.TenantId, (await system2.Procedures.SingleAsync(p => p.Code == "2.000908")).TenantId);
        var untouched = await system2.Dossiers.SingleAsync(d => d.Id == theirDossier.Id);
        Assert.Equal((neighbour, "Trần Thị Mai", new DateTime(2026, 2, 20, 8, 0, 0), (DateTime?)null),
            (untouched.TenantId, untouched.ApplicantName, untouched.ReceivedAt, untouched.ProcessedAt));
        var ours = await system2.Dossiers.SingleAsync(d => d.TenantId == Commune.TenantId && d.Code == "HS-01");
        Assert.Equal(Birth.Id, ours.ProcedureId);
    }

    [Fact]
    public async Task A_read_only_account_may_preview_but_not_import()
    {
        await using var readOnly = Storage.CreateContext(Commune.Options, TenantContext.ForTenant(Commune.TenantId, "thanh tra", readOnly: true), Commune.Clock);
        var importer = new DossierLogImporter(readOnly, Commune.Clock, DossierBuilder.Rules(readOnly, Commune));

        var preview = await importer.PreviewAsync(Log(Row()), "Sổ theo dõi");
        Assert.Equal((1, false), (preview.Added, preview.Saved));

        var refused = await Assert.ThrowsAsync<TenantViolationException>(() => importer.ImportAsync(Log(Row()), "Sổ theo dõi"));
        Assert.Equal("Tài khoản chỉ có quyền xem dữ liệu của xã/phường này.", refused.Message);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task The_sources_column_names_are_remembered_on_import_and_read_a_later_file_with_the_same_headers()
    {
        const string header = "Số HS,Thủ tục số,Thời điểm nộp,Ghi chú";
        SafeUpload Own(params string[] rows) =>
            TestUploads.Safe(Encoding.UTF8.GetBytes(string.Join("\n", [header, .. rows]) + "\n"), "xuat.csv", UploadForm.DossierLog);
        var importer = DossierBuilder.Importer(Commune);

        var unmapped = await importer.ImportAsync(Own("HS-01,1.001193,02/03/2026 09:00,"), "Phần mềm một cửa cũ");
        Assert.Equal("Thiếu cột bắt buộc: 'Mã hồ sơ', 'Mã thủ tục', 'Ngày tiếp nhận'.", unmapped.Fatal);

        await importer.SaveMappingAsync("Phần mềm một cửa cũ", new Dictionary<DossierField, string>
        {
            [DossierField.Code] = "Số HS", [DossierField.ProcedureCode] = "Thủ tục số", [DossierField.ReceivedAt] = "Thời điểm nộp",
        });
        var preview = await DossierBuilder.Importer(Commune).PreviewAsync(Own("HS-01,1.001193,02/03/2026 09:00,"), "Phần mềm một cửa cũ");
        Assert.Equal((1, 1, false), (preview.Total, preview.Added, preview.Saved));
        var other = await DossierBuilder.Importer(Commune).PreviewAsync(Own("HS-01,1.001193,02/03/2026 09:00,"), "Hệ thống TTHC tỉnh");
        Assert.False(other.Succeeded);

        var imported = await DossierBuilder.Importer(Commune).ImportAsync(Own("HS-01,1.001193,02/03/2026 09:00,", "HS-02,1.001193,03/03/2026 14:00,gọi lại"), "  Phần mềm một cửa cũ ");
        Assert.Equal(2, imported.Added);
        var stored = await StoredAsync();
        Assert.Equal([("HS-01", "Phần mềm một cửa cũ"), ("HS-02", "Phần mềm một cửa cũ")], stored.Select(d => (d.Code, d.SourceName!)));
        var mapping = await DossierBuilder.Importer(Commune).SavedMappingAsync("Phần mềm một cửa cũ");
        Assert.Equal("Thời điểm nộp", mapping![DossierField.ReceivedAt]);
        Assert.Null(await DossierBuilder.Importer(Commune).SavedMappingAsync("Hệ thống TTHC tỉnh"));
    }

    [Fact]
    public async Task An_import_saves_the_mapping_its_file_used_and_a_preview_does_not()
    {
        var log = Log(Row());
        await DossierBuilder.Importer(Commune).PreviewAsync(log, "Cổng DVC tỉnh");
        Assert.Null(await DossierBuilder.Importer(Commune).SavedMappingAsync("Cổng DVC tỉnh"));

        await DossierBuilder.Importer(Commune).ImportAsync(Log(Row()), "Cổng DVC tỉnh");

        var mapping = await DossierBuilder.Importer(Commune).SavedMappingAsync("Cổng DVC tỉnh");
        Assert.Equal(Every.Select(f => (f, DossierLogColumns.Label(f))), mapping!.OrderBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value)));
        await using var db = Commune.Open();
        Assert.Equal(1, await db.ImportMappings.CountAsync());
    }

    [Fact]
    public async Task A_re_imported_row_with_other_supplement_requests_replaces_its_supplements()
    {
        var twice = "SupplementCount=2|SupplementRequestedAt=03/03/2026 09:00|SuppliedAt=05/03/2026 08:00";
        Assert.Equal(1, (await ImportAsync(Row(twice))).Added);
        var id = (await StoredAsync()).Single().Id;
        async Task<List<(DateTime, DateTime?)>> SupplementsAsync()
        {
            await using var db = Commune.Open();
            return (await db.DossierSupplements.Where(s => s.DossierId == id).ToListAsync()).Select(s => (s.RequestedAt, s.SuppliedAt)).ToList();
        }

        // Both requests share the log's one pair of dates.
        var shared = (new DateTime(2026, 3, 3, 9, 0, 0), (DateTime?)new DateTime(2026, 3, 5, 8, 0, 0));
        Assert.Equal([shared, shared], await SupplementsAsync());

        var same = await ImportAsync(Row(twice));
        Assert.Equal((0, 0, 1), (same.Added, same.Updated, same.Unchanged));
        Assert.Equal(2, (await SupplementsAsync()).Count);

        var once = await ImportAsync(Row("SupplementCount=1|SupplementRequestedAt=04/03/2026 09:00"));
        Assert.Equal((0, 1), (once.Added, once.Updated));
        Assert.Equal([(new DateTime(2026, 3, 4, 9, 0, 0), (DateTime?)null)], await SupplementsAsync());

        var none = await ImportAsync(Row());
        Assert.Equal(1, none.Updated);
        Assert.Empty(await SupplementsAsync());
        Assert.Equal(id, (await StoredAsync()).Single().Id);
    }

    [Fact]
    public async Task A_new_procedure_takes_its_name_field_time_and_fee_from_its_first_row_and_a_known_one_is_not_changed()
    {
        var result = await ImportAsync(
            Row("ProcedureName=Tên khác của khai sinh|ProcessingDays=10 ngày|Fee=99.000 đồng"),
            Row("Code=HS-02|ProcedureCode=1.004194|ProcedureName=Đăng ký thường trú|Field=Cư trú|ProcessingDays=07 ngày làm việc|Fee=Miễn"),
            Row("Code=HS-03|ProcedureCode=1.004194|ProcedureName=Tên ở dòng sau|ProcessingDays=20 ngày"),
            Row("Code=HS-04|ProcedureCode=2.000908|ProcessingDays=Giải quyết trong ngày|Fee=2.000đ/bản"),
            Row("Code=HS-05|ProcedureCode=9.000001|ProcessingDays=Theo quy định"));

        Assert.Equal((5, 3), (result.Added, result.ProceduresCreated));
        Assert.Equal([3, 5, 6], result.Problems.Select(p => p.Row!.Value));
        Assert.All(result.Problems, p => Assert.Equal((ProblemSeverity.Warning, "Mã thủ tục"), (p.Severity, p.Field)));
        await using var db = Commune.Open();
        var catalogue = await db.Procedures.AsNoTracking().ToDictionaryAsync(p => p.Code);
        Assert.Equal(("Đăng ký khai sinh", 3, (decimal?)null), (catalogue["1.001193"].Name, catalogue["1.001193"].ProcessingDays, catalogue["1.001193"].Fee));
        var residence = catalogue["1.004194"];
        Assert.Equal(("Đăng ký thường trú", "Cư trú", 7, false, (decimal?)0m), (residence.Name, residence.Field, residence.ProcessingDays, residence.SameDay, residence.Fee));
        var copies = catalogue["2.000908"];
        Assert.Equal(("2.000908", null, true, (decimal?)2000m, false), (copies.Name, copies.ProcessingDays, copies.SameDay, copies.Fee, copies.NeedsProcessingTime));
        Assert.True(catalogue["9.000001"].NeedsProcessingTime);
        Assert.Equal(2, await db.Dossiers.CountAsync(d => d.ProcedureId == residence.Id));
    }

    [Theory]
    [InlineData("08 giờ làm việc", null, 8, false)]
    [InlineData("Trong 04 giờ", null, 4, false)]
    [InlineData("Trong 05 ngày làm việc", 5, null, false)]
    [InlineData("Không quá 10 ngày", 10, null, false)]
    [InlineData("5", 5, null, false)]
    [InlineData("Giải quyết trong ngày", null, null, true)]
    [InlineData("3 tháng", null, null, false)]
    [InlineData("02 tuần", null, null, false)]
    public async Task A_new_procedures_time_is_read_as_the_catalogue_reads_it_and_months_are_left_to_be_filled_in(string written, int? days, int? hours, bool sameDay)
    {
        var result = await ImportAsync(Row($"Code=HS-T1|ProcedureCode=9.100001|ProcedureName=Thủ tục thử|ProcessingDays={written}"));

        Assert.Equal((1, 1), (result.Added, result.ProceduresCreated));
        await using var db = Commune.Open();
        var procedure = await db.Procedures.AsNoTracking().SingleAsync(p => p.Code == "9.100001");
        Assert.Equal((days, hours, sameDay), (procedure.ProcessingDays, procedure.ProcessingHours, procedure.SameDay));
        Assert.Equal(days is null && hours is null && !sameDay, procedure.NeedsProcessingTime);
    }

    [Theory]
    [InlineData("Channel=Trực tiếp", DossierChannel.Counter, 1)]
    [InlineData("Channel=Trực tuyến", DossierChannel.Online, 0)]
    [InlineData("Channel=Bưu chính công ích", DossierChannel.Postal, 0)]
    [InlineData("Channel=Trực tiếp|Visits=3", DossierChannel.Counter, 3)]
    [InlineData("Channel=Trực tuyến|Visits=1", DossierChannel.Online, 1)]
    public async Task Visits_left_blank_are_one_at_the_counter_and_none_otherwise(string cells, DossierChannel channel, int visits)
    {
        await ImportAsync(Row(cells));
        var d = Assert.Single(await StoredAsync());
        Assert.Equal((channel, visits), (d.Channel, d.Visits));
    }

    [Fact]
    public async Task Each_value_of_a_full_row_is_stored_as_read_and_a_long_name_is_cut_to_200_characters()
    {
        var longName = "Nguyễn " + new string('A', 250);
        await ImportAsync(Row("AppointmentDate=05/03/2026|ProcessedAt=04/03/2026 16:30|ReturnedAt=05/03/2026 08:15|Channel=Trực tuyến|Digitised=x"
            + "|FullyOnline=Có|PaidOnline=Đã thanh toán|ApplicantName=" + longName + "|ApplicantPhone=+84 912.345.678"));

        var d = Assert.Single(await StoredAsync());
        Assert.Equal((new DateOnly(2026, 3, 5), new DateTime(2026, 3, 4, 16, 30, 0), new DateTime(2026, 3, 5, 8, 15, 0)),
            (d.AppointmentDate!.Value, d.ProcessedAt!.Value, d.ReturnedAt!.Value));
        Assert.Equal((true, true, true, (DateTime?)null, (DateTime?)null), (d.Digitised, d.FullyOnline, d.PaidOnline, d.RejectedAt, d.WithdrawnAt));
        Assert.Equal((200, "84912345678"), (d.ApplicantName!.Length, d.PhoneDigits));
        Assert.Equal(longName[..200], d.ApplicantName);
        Assert.Equal(LookupKeys.Length, d.LookupKey!.Length);
    }

    [Fact]
    public async Task New_dossiers_are_audited_once_per_batch_with_the_source_file_and_codes()
    {
        await ImportAsync(Row(), Row("Code=HS-02"), Row("Code=HS-03"));

        await using var db = Commune.Open();
        var audit = await db.AuditEntries.SingleAsync(a => a.Entity == nameof(Dossier));
        Assert.Equal((AuditAction.Create, "nhập 3 hồ sơ: HS-01…HS-03"), (audit.Action, audit.EntityId));
        Assert.Contains("\"Nguon\":\"Sổ theo dõi\"", audit.After, StringComparison.Ordinal);
        Assert.Contains("\"Tep\":\"so-theo-doi.csv\"", audit.After, StringComparison.Ordinal);
        Assert.Contains("\"MaHoSo\":[\"HS-01\",\"HS-02\",\"HS-03\"]", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_goes_through_saving_and_indicators_to_done_with_the_final_counts()
    {
        var reports = new List<ImportProgress>();
        var progress = new SyncProgress(reports.Add);

        await DossierBuilder.Importer(Commune).ImportAsync(Log(Row(), Row("Code=HS-02|ReceivedAt=?"), Row("Code=HS-03")), "Sổ theo dõi", progress);

        Assert.Equal([ImportStage.Saving, ImportStage.Indicators, ImportStage.Done], reports.Select(r => r.Stage));
        Assert.Equal(new ImportProgress(3, 3, 2, 0, 0, 1, ImportStage.Done), reports[^1]);
    }

    /// <summary>Reports on the calling thread (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
