using System.Text.Json;
using System.Text.Json.Nodes;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Plans.Import;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// One record of the national portal's dossier sync (DongBoHoSoMC, domain.md §8) read into a dossier: the status codes and the
/// end dates they carry, channels, payment, digitisation, fees, electronic results and supplements, every refusal naming the
/// record and the field in Vietnamese, and a stored dossier written as a record and read back unchanged.
/// </summary>
public class PortalRecordsTests
{
    /// <summary>A birth registration received at the counter on Mon 2/3/2026 09:00, processed Wed 4/3 and returned Thu 5/3.</summary>
    private static JsonObject Record() => new()
    {
        ["MaHoSo"] = "000.00.20.H26-260302-0001", ["MaTTHC"] = "1.001193", ["TenTTHC"] = "Đăng ký khai sinh",
        ["MaLinhVuc"] = "HT", ["TenLinhVuc"] = "Hộ tịch", ["ChuHoSo"] = "Nguyễn Văn An", ["LoaiDoiTuong"] = 1, ["SoDienThoai"] = "0912 345 678",
        ["Email"] = "", ["TrichYeuHoSo"] = "Khai sinh cho con", ["NgayTiepNhan"] = "20260302090000", ["NgayHenTra"] = "20260305000000",
        ["TrangThaiHoSo"] = 10, ["NgayKetThucXuLy"] = "20260304100000", ["NgayTra"] = "20260305083000", ["KenhThucHien"] = 1,
        ["DonViXuLy"] = "Bộ phận một cửa", ["DuocThanhToanTrucTuyen"] = 0, ["HoSoCoThanhPhanSoHoa"] = 1, ["TaiKhoanDuocXacThucVoiVNeID"] = 0,
        ["TaiLieuNop"] = new JsonArray(), ["DanhSachLePhi"] = new JsonArray(), ["DanhSachGiayToKetQua"] = new JsonArray(), ["DanhSachHoSoBoSung"] = new JsonArray(),
    };

    private static (ParsedDossier? Dossier, List<ImportProblem> Problems, bool NotReceived) Parse(JsonNode record, int number = 3)
    {
        var problems = new List<ImportProblem>();
        using var doc = JsonDocument.Parse(record.ToJsonString());
        var parsed = PortalRecords.Parse(number, doc.RootElement, problems.Add, out var notReceived);
        return (parsed, problems, notReceived);
    }

    private static JsonObject With(params (string Field, JsonNode? Value)[] changes)
    {
        var r = Record();
        foreach (var (field, value) in changes) r[field] = value?.DeepClone();
        return r;
    }

    private static DateTime T(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0);

    [Fact]
    public void A_returned_counter_dossier_keeps_its_dates_applicant_and_digitisation()
    {
        var (d, problems, _) = Parse(Record());

        Assert.Empty(problems);
        Assert.NotNull(d);
        Assert.Equal(("000.00.20.H26-260302-0001", "1.001193", "Đăng ký khai sinh", "Hộ tịch"), (d.Code, d.ProcedureCode, d.ProcedureName, d.Field));
        // Status 10: processed at NgayKetThucXuLy, returned at NgayTra; the appointment at midnight is a date without a time.
        Assert.Equal((T(3, 2, 9), new DateOnly(2026, 3, 5), T(3, 4, 10), T(3, 5, 8, 30)), (d.ReceivedAt, d.AppointmentDate, d.ProcessedAt, d.ReturnedAt));
        Assert.Equal(((DateTime?)null, (DateTime?)null, (TimeOnly?)null), (d.RejectedAt, d.WithdrawnAt, d.Portal!.AppointmentTime));
        // At the counter: one visit, not online, not paid online; digitised, not checked on VNeID.
        Assert.Equal((DossierChannel.Counter, 1, false, false, true, false), (d.Channel, d.Visits, d.FullyOnline, d.PaidOnline, d.Digitised, d.Portal.VneidVerified));
        Assert.Equal(("Nguyễn Văn An", "0912 345 678", 1, null), (d.ApplicantName, d.ApplicantPhone, d.Portal.ApplicantKind, d.Portal.Email));
        Assert.Equal(("Khai sinh cho con", "Bộ phận một cửa", "HT"), (d.Portal.Summary, d.Portal.HandlingUnit, d.Portal.FieldCode));
    }

    [Fact]
    public void An_online_dossier_paid_through_the_provincial_gateway_with_fees_a_supplement_and_an_electronic_result()
    {
        var record = With(
            ("KenhThucHien", 2), ("DuocThanhToanTrucTuyen", 2), ("TaiKhoanDuocXacThucVoiVNeID", 1), ("NgayHenTra", "20260306143000"),
            ("DanhSachLePhi", new JsonArray(new JsonObject { ["TenPhiLePhi"] = "Lệ phí", ["Gia"] = 8000 }, new JsonObject { ["TenPhiLePhi"] = "Bản sao", ["Gia"] = "4000" })),
            ("DanhSachGiayToKetQua", new JsonArray(new JsonObject { ["DuongDanTepTinKetQua"] = "" }, new JsonObject { ["DuongDanTepTinKetQua"] = "https://dvc.example/kq.pdf" })),
            ("DanhSachHoSoBoSung", new JsonArray(new JsonObject
            {
                ["NoiDungBoSung"] = "Bổ sung giấy chứng sinh", ["NgayBoSung"] = "20260303100000", ["NgayTiepNhanBoSung"] = "20260303150000",
                ["NgayHenTraTruoc"] = "20260305000000", ["NgayHenTraMoi"] = "20260306000000",
            })));

        var (d, problems, _) = Parse(record);

        Assert.Empty(problems);
        Assert.NotNull(d);
        // Online: no visit, filed fully online; paid through the province's gateway (2); fees 8 000 + 4 000.
        Assert.Equal((DossierChannel.Online, 0, true, true, 2, 12000m), (d.Channel, d.Visits, d.FullyOnline, d.PaidOnline, d.Portal!.OnlinePaymentVia, d.Fee));
        // One of the two results links an electronic file; the appointment carries its time 14:30.
        Assert.Equal((true, true, new TimeOnly(14, 30)), (d.Portal.ElectronicResult, d.Portal.VneidVerified, d.Portal.AppointmentTime));
        var s = Assert.Single(d.Portal.Supplements);
        Assert.Equal(new ParsedSupplement(T(3, 3, 10), T(3, 3, 15), "Bổ sung giấy chứng sinh", T(3, 5, 0), T(3, 6, 0)), s);
        Assert.Equal(1, d.SupplementCount);
        // The non-empty lists are kept for the export.
        Assert.Contains("DanhSachLePhi", d.Portal.ListsJson);
        Assert.DoesNotContain("TaiLieuNop", d.Portal.ListsJson);
    }

    public static TheoryData<int, DateTime?, DateTime?, DateTime?, DateTime?, bool> EndsByStatus => new()
    {
        // status, processed, returned, rejected, withdrawn, refused at intake — NgayKetThucXuLy is 4/3 10:00.
        { 2, null, null, null, null, false },
        { 4, null, null, null, null, false },
        { 5, null, null, null, null, false },
        { 7, null, null, null, T(3, 4, 10), false },
        { 8, null, null, T(3, 4, 10), null, false },
        { 9, T(3, 4, 10), null, null, null, false },
        { 10, T(3, 4, 10), T(3, 5, 8, 30), null, null, false },
        { 3, null, null, T(3, 4, 10), null, true },
    };

    [Theory]
    [MemberData(nameof(EndsByStatus))]
    public void Each_portal_status_sets_only_its_own_end_date(int status, DateTime? processed, DateTime? returned, DateTime? rejected, DateTime? withdrawn, bool refusedAtIntake)
    {
        var (d, problems, _) = Parse(With(("TrangThaiHoSo", status)));

        Assert.Empty(problems);
        Assert.Equal((processed, returned, rejected, withdrawn, refusedAtIntake), (d!.ProcessedAt, d.ReturnedAt, d.RejectedAt, d.WithdrawnAt, d.Portal!.RefusedAtIntake));
    }

    [Fact]
    public void A_dossier_refused_at_intake_without_an_end_date_is_refused_at_its_receipt()
    {
        var (d, _, _) = Parse(With(("TrangThaiHoSo", 3), ("NgayKetThucXuLy", ""), ("NgayTra", "")));
        Assert.Equal((T(3, 2, 9), true), (d!.RejectedAt, d.Portal!.RefusedAtIntake));
    }

    [Fact]
    public void A_returned_dossier_without_a_return_date_is_returned_when_processing_ended()
    {
        var (d, _, _) = Parse(With(("NgayTra", "")));
        Assert.Equal((T(3, 4, 10), T(3, 4, 10)), (d!.ProcessedAt, d.ReturnedAt));
    }

    [Fact]
    public void A_dossier_registered_online_but_not_received_is_skipped_with_a_warning()
    {
        var (d, problems, notReceived) = Parse(With(("TrangThaiHoSo", 1)), number: 7);

        Assert.Null(d);
        Assert.True(notReceived);
        var p = Assert.Single(problems);
        Assert.Equal((7, "TrangThaiHoSo", ProblemSeverity.Warning), (p.Row, p.Field, p.Severity));
        Assert.Equal("Bản ghi 7: hồ sơ '000.00.20.H26-260302-0001' mới đăng ký trực tuyến, chưa được tiếp nhận (trạng thái 1); bỏ qua.", p.Message);
    }

    public static TheoryData<string, JsonNode?, string, string> Refusals => new()
    {
        { "MaHoSo", "", "MaHoSo", "Bản ghi 3: 'MaHoSo' bị bỏ trống." },
        { "MaHoSo", new string('X', 61), "MaHoSo", "Bản ghi 3: 'MaHoSo' dài quá 60 ký tự." },
        { "ChuHoSo", new JsonArray("Nguyễn Văn An"), "ChuHoSo", "Bản ghi 3: 'ChuHoSo' phải là chuỗi hoặc số." },
        { "TrichYeuHoSo", new JsonObject { ["NoiDung"] = "Khai sinh" }, "TrichYeuHoSo", "Bản ghi 3: 'TrichYeuHoSo' phải là chuỗi hoặc số." },
        // A required field of the wrong type is said once, not also "bị bỏ trống" (nor twice when read twice).
        { "MaHoSo", new JsonObject { ["Ma"] = "H26-0001" }, "MaHoSo", "Bản ghi 3: 'MaHoSo' phải là chuỗi hoặc số." },
        { "MaTTHC", new JsonArray("1.001193"), "MaTTHC", "Bản ghi 3: 'MaTTHC' phải là chuỗi hoặc số." },
        { "TrangThaiHoSo", new JsonArray(4), "TrangThaiHoSo", "Bản ghi 3: 'TrangThaiHoSo' phải là chuỗi hoặc số." },
        { "KenhThucHien", true, "KenhThucHien", "Bản ghi 3: 'KenhThucHien' phải là chuỗi hoặc số." },
        { "NgayTiepNhan", new JsonObject(), "NgayTiepNhan", "Bản ghi 3: 'NgayTiepNhan' phải là chuỗi hoặc số." },
        { "MaTTHC", " ", "MaTTHC", "Bản ghi 3: 'MaTTHC' bị bỏ trống." },
        { "TrangThaiHoSo", 11, "TrangThaiHoSo", "Bản ghi 3: 'TrangThaiHoSo' phải là một trong 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 (giá trị \"11\")." },
        { "TrangThaiHoSo", "", "TrangThaiHoSo", "Bản ghi 3: 'TrangThaiHoSo' bị bỏ trống." },
        { "NgayTiepNhan", "", "NgayTiepNhan", "Bản ghi 3: 'NgayTiepNhan' bị bỏ trống." },
        { "NgayTiepNhan", "02/03/2026 09:00", "NgayTiepNhan", "Bản ghi 3: 'NgayTiepNhan' không đúng dạng yyyyMMddHHmmss (giá trị \"02/03/2026 09:00\")." },
        { "NgayTiepNhan", "19890302090000", "NgayTiepNhan", "Bản ghi 3: 'NgayTiepNhan' không đúng dạng yyyyMMddHHmmss (giá trị \"19890302090000\")." },
        { "NgayKetThucXuLy", "20260301080000", "NgayKetThucXuLy", "Bản ghi 3: 'NgayKetThucXuLy' (01/03/2026 08:00) sớm hơn 'NgayTiepNhan' (02/03/2026 09:00)." },
        { "NgayHenTra", "20260301000000", "NgayHenTra", "Bản ghi 3: 'NgayHenTra' sớm hơn 'NgayTiepNhan'." },
        { "KenhThucHien", 4, "KenhThucHien", "Bản ghi 3: 'KenhThucHien' phải là một trong 1, 2, 3 (giá trị \"4\")." },
        { "KenhThucHien", "", "KenhThucHien", "Bản ghi 3: 'KenhThucHien' bị bỏ trống." },
        { "DuocThanhToanTrucTuyen", 3, "DuocThanhToanTrucTuyen", "Bản ghi 3: 'DuocThanhToanTrucTuyen' phải là một trong 0, 1, 2 (giá trị \"3\")." },
        { "SoDienThoai", "0912 345 678 / 0987 654 321", "SoDienThoai", "Bản ghi 3: 'SoDienThoai' dài quá 20 ký tự." },
        { "DanhSachLePhi", new JsonObject { ["Gia"] = 8000 }, "DanhSachLePhi", "Bản ghi 3: 'DanhSachLePhi' phải là một mảng." },
        { "DanhSachLePhi", new JsonArray(new JsonObject { ["Gia"] = "tám nghìn" }), "DanhSachLePhi[1].Gia", "Bản ghi 3: 'DanhSachLePhi[1].Gia' không phải số tiền (giá trị \"tám nghìn\")." },
        { "DanhSachLePhi", new JsonArray(new JsonObject { ["Gia"] = -8000 }), "DanhSachLePhi[1].Gia", "Bản ghi 3: 'DanhSachLePhi[1].Gia' không phải số tiền (giá trị \"-8000\")." },
        { "DanhSachGiayToKetQua", new JsonArray("kq.pdf"), "DanhSachGiayToKetQua[1]", "Bản ghi 3: 'DanhSachGiayToKetQua[1]' phải là một đối tượng." },
        {
            "DanhSachHoSoBoSung", new JsonArray(new JsonObject { ["NgayBoSung"] = "" }),
            "DanhSachHoSoBoSung[1].NgayBoSung", "Bản ghi 3: 'DanhSachHoSoBoSung[1].NgayBoSung' bị bỏ trống."
        },
        {
            "DanhSachHoSoBoSung", new JsonArray(new JsonObject { ["NgayBoSung"] = "20260301100000" }),
            "DanhSachHoSoBoSung[1].NgayBoSung", "Bản ghi 3: 'DanhSachHoSoBoSung[1].NgayBoSung' (01/03/2026 10:00) sớm hơn 'NgayTiepNhan' (02/03/2026 09:00)."
        },
        {
            "DanhSachHoSoBoSung", new JsonArray(new JsonObject { ["NgayBoSung"] = "20260303100000", ["NgayTiepNhanBoSung"] = "20260303090000" }),
            "DanhSachHoSoBoSung[1].NgayTiepNhanBoSung", "Bản ghi 3: 'DanhSachHoSoBoSung[1].NgayTiepNhanBoSung' (03/03/2026 09:00) sớm hơn 'NgayBoSung' (03/03/2026 10:00)."
        },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_record_with_a_bad_field_is_refused_naming_the_record_and_the_field(string field, JsonNode? value, string named, string message)
    {
        var (d, problems, notReceived) = Parse(With((field, value)));

        Assert.Null(d);
        Assert.False(notReceived);
        var p = Assert.Single(problems);
        Assert.Equal((3, named, message, ProblemSeverity.Error), (p.Row, p.Field, p.Message, p.Severity));
    }

    public static TheoryData<int, string> EndsRequired => new()
    {
        { 7, "Bản ghi 3: 'NgayKetThucXuLy' bị bỏ trống nhưng hồ sơ đã rút (trạng thái 7) cần ngày kết thúc." },
        { 8, "Bản ghi 3: 'NgayKetThucXuLy' bị bỏ trống nhưng hồ sơ dừng xử lý (trạng thái 8) cần ngày kết thúc." },
        { 9, "Bản ghi 3: 'NgayKetThucXuLy' bị bỏ trống nhưng hồ sơ đã xử lý xong (trạng thái 9) cần ngày kết thúc xử lý." },
        { 10, "Bản ghi 3: 'NgayTra' bị bỏ trống nhưng hồ sơ đã trả kết quả (trạng thái 10) cần ngày trả." },
    };

    [Theory]
    [MemberData(nameof(EndsRequired))]
    public void An_ended_status_without_its_end_date_is_refused(int status, string message)
    {
        var (d, problems, _) = Parse(With(("TrangThaiHoSo", status), ("NgayKetThucXuLy", ""), ("NgayTra", "")));

        Assert.Null(d);
        Assert.Equal([message], problems.Select(p => p.Message));
    }

    [Fact]
    public void Every_problem_of_a_record_is_reported_not_only_the_first()
    {
        var (d, problems, _) = Parse(With(("MaHoSo", ""), ("MaTTHC", ""), ("KenhThucHien", 9)));

        Assert.Null(d);
        Assert.Equal(["MaHoSo", "MaTTHC", "KenhThucHien"], problems.Select(p => p.Field));
    }

    [Fact]
    public void A_record_that_is_not_an_object_is_refused()
    {
        var (d, problems, _) = Parse(JsonValue.Create("HS-01")!, number: 12);

        Assert.Null(d);
        Assert.Equal(["Bản ghi 12: 'MaHoSo' — bản ghi không phải một đối tượng JSON."], problems.Select(p => p.Message));
    }

    [Fact]
    public void Numbers_stand_for_text_and_decomposed_vietnamese_is_stored_composed()
    {
        // "Nguyễn" typed with combining marks (NFD) is stored as the composed form a search compares with.
        var (d, problems, _) = Parse(With(("MaHoSo", 260302001), ("ChuHoSo", "  Nguyễn Văn An  ".Normalize(System.Text.NormalizationForm.FormD))));

        Assert.Empty(problems);
        Assert.Equal(("260302001", "Nguyễn Văn An"), (d!.Code, d.ApplicantName));
    }

    [Theory]
    [InlineData("20260302090000", 9, 0)]
    [InlineData("202603020930", 9, 30)]
    [InlineData("20260302", 0, 0)]
    public void A_portal_moment_may_omit_its_seconds_or_its_time(string text, int hour, int minute)
    {
        Assert.True(PortalRecords.TryParseMoment(text, out var value));
        Assert.Equal(new DateTime(2026, 3, 2, hour, minute, 0), value);
    }

    [Theory]
    [InlineData("2026-03-02")]
    [InlineData("21010101000000")]
    [InlineData("20260230090000")]
    public void A_portal_moment_outside_the_format_or_the_years_1990_to_2100_is_not_a_date(string text)
    {
        Assert.False(PortalRecords.TryParseMoment(text, out _));
    }

    private static Dossier Stored(Action<Dossier> change)
    {
        var d = new Dossier { Code = "HS-01", ReceivedAt = T(3, 2, 9), Channel = DossierChannel.Counter, Visits = 1, LookupKey = "K" };
        change(d);
        return d;
    }

    public static TheoryData<string, int> StoredStatuses => new()
    {
        { "open", 4 },
        { "waiting", 5 },
        { "processed", 9 },
        { "returned", 10 },
        { "stopped", 8 },
        { "refused at intake", 3 },
        { "withdrawn", 7 },
    };

    private static (Dossier, List<DossierSupplement>) Case(string name)
    {
        var supplements = new List<DossierSupplement>();
        var d = Stored(x =>
        {
            switch (name)
            {
                case "waiting": supplements.Add(new DossierSupplement { RequestedAt = T(3, 3, 10) }); break;
                case "processed": x.ProcessedAt = T(3, 4, 10); break;
                case "returned": (x.ProcessedAt, x.ReturnedAt) = (T(3, 4, 10), T(3, 5, 8)); break;
                case "stopped": x.RejectedAt = T(3, 4, 10); break;
                case "refused at intake": (x.RejectedAt, x.RefusedAtIntake) = (T(3, 2, 10), true); break;
                // A withdrawal wins over a later processing date.
                case "withdrawn": (x.WithdrawnAt, x.ProcessedAt) = (T(3, 3, 10), T(3, 4, 10)); break;
            }
        });
        return (d, supplements);
    }

    [Theory]
    [MemberData(nameof(StoredStatuses))]
    public void A_stored_dossier_is_sent_with_the_portal_status_of_its_state(string name, int status)
    {
        var (d, supplements) = Case(name);
        Assert.Equal(status, PortalRecords.StatusOf(d, supplements));
    }

    [Theory]
    [MemberData(nameof(StoredStatuses))]
    public void A_dossier_written_as_a_portal_record_reads_back_with_the_same_dates(string name, int status)
    {
        var (d, supplements) = Case(name);
        var procedure = new Procedure { Code = "1.001193", Name = "Đăng ký khai sinh", Field = "Hộ tịch" };
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream)) PortalRecords.Write(w, d, procedure, supplements);

        var (back, problems, _) = Parse(JsonNode.Parse(stream.ToArray())!);

        Assert.Empty(problems);
        Assert.Equal(("HS-01", "1.001193", d.ReceivedAt, status == 3), (back!.Code, back.ProcedureCode, back.ReceivedAt, back.Portal!.RefusedAtIntake));
        // The end the record carries is the one its status names: a withdrawn dossier's later processing is not sent.
        var ends = (back.ProcessedAt, back.ReturnedAt, back.RejectedAt, back.WithdrawnAt);
        Assert.Equal(status == 7 ? ((DateTime?)null, (DateTime?)null, (DateTime?)null, d.WithdrawnAt) : (d.ProcessedAt, d.ReturnedAt, d.RejectedAt, d.WithdrawnAt), ends);
        Assert.Equal(supplements.Select(s => s.RequestedAt), back.Portal.Supplements.Select(s => s.RequestedAt));
    }
}
