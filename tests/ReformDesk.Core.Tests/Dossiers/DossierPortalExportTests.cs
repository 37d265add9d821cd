using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Core.Tests.Platform;
using ReformDesk.Core.Tests.Uploads;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// The national-sync (DongBoHoSoMC) JSON export on SQLite: the period's bounds and refusals, each stored end moment written as
/// its portal status, and the round trip — exported, imported into another Commune, exported again byte for byte, and a
/// second import that changes nothing.
/// </summary>
public sealed class DossierPortalExportTests() : DossierCommuneTest(Now)
{
    private static readonly DateTimeOffset Now = new(2026, 4, 2, 10, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateOnly From = new(2026, 3, 1);
    private static readonly DateOnly To = new(2026, 3, 31);

    private static async Task<(int Count, byte[] Json)> ExportAsync(SqliteCommune from)
    {
        using var output = new MemoryStream();
        var count = await new DossierPortalExporter(from.Open()).ExportAsync(output, From, To);
        return (count, output.ToArray());
    }

    /// <summary>One dossier of each portal status 3, 4, 5, 7, 8, 9 and 10.</summary>
    private async Task SeedEveryStatusAsync()
    {
        await Received("HS-03", 2).Rejected(new DateTime(2026, 3, 2, 10, 0, 0), atIntake: true).SaveAsync(Commune);
        await Received("HS-04", 3).Applicant("Nguyễn Văn Đức", "0912 345 678").Appointment(new DateOnly(2026, 3, 6)).SaveAsync(Commune);
        await Received("HS-05", 4).Supplement(new DateTime(2026, 3, 5, 9, 0, 0), null, "Bổ sung bản sao CCCD của người đi khai").SaveAsync(Commune);
        await Received("HS-07", 5).Withdrawn(new DateTime(2026, 3, 6, 14, 0, 0)).SaveAsync(Commune);
        await Received("HS-08", 9).Rejected(new DateTime(2026, 3, 11, 9, 0, 0)).SaveAsync(Commune);
        await Received("HS-09", 10).Online().With(d => (d.PaidOnline, d.OnlinePaymentVia, d.VneidVerified, d.ApplicantKind) = (true, 2, true, 1))
            .Processed(new DateTime(2026, 3, 12, 9, 0, 0)).SaveAsync(Commune);
        await Received("HS-10", 16).Supplement(new DateTime(2026, 3, 17, 9, 0, 0), new DateTime(2026, 3, 18, 8, 0, 0))
            .With(d => (d.Digitised, d.Summary, d.ApplicantEmail) = (true, "Khai sinh cho con thứ hai", "an.nguyen@example.vn"))
            .Processed(new DateTime(2026, 3, 19, 9, 0, 0), returned: new DateTime(2026, 3, 20, 10, 0, 0)).SaveAsync(Commune);
    }

    [Fact]
    public async Task Each_dossier_is_written_with_its_portal_status_and_end_moment_in_code_order()
    {
        await SeedEveryStatusAsync();
        var (count, json) = await ExportAsync(Commune);

        using var doc = JsonDocument.Parse(json);
        Assert.Equal("DongBoHoSoMC", doc.RootElement.GetProperty("service").GetString());
        var records = doc.RootElement.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(7, count);
        string S(int i, string name) => records[i].GetProperty(name).ValueKind == JsonValueKind.Number ? records[i].GetProperty(name).GetRawText() : records[i].GetProperty(name).GetString()!;
        Assert.Equal(["3", "4", "5", "7", "8", "9", "10"], records.Select((_, i) => S(i, "TrangThaiHoSo")));
        Assert.Equal(["HS-03", "HS-04", "HS-05", "HS-07", "HS-08", "HS-09", "HS-10"], records.Select((_, i) => S(i, "MaHoSo")));
        Assert.Equal(["20260302100000", "", "", "20260306140000", "20260311090000", "20260312090000", "20260319090000"], records.Select((_, i) => S(i, "NgayKetThucXuLy")));
        Assert.Equal(("20260320100000", ""), (S(6, "NgayTra"), S(5, "NgayTra")));
        Assert.Equal(("Nguyễn Văn Đức", "0912 345 678", "20260306000000", "1"), (S(1, "ChuHoSo"), S(1, "SoDienThoai"), S(1, "NgayHenTra"), S(1, "KenhThucHien")));
        Assert.Equal(("2", "2", "1", "1"), (S(5, "KenhThucHien"), S(5, "DuocThanhToanTrucTuyen"), S(5, "TaiKhoanDuocXacThucVoiVNeID"), S(5, "LoaiDoiTuong")));
        var supplement = Assert.Single(records[2].GetProperty("DanhSachHoSoBoSung").EnumerateArray());
        Assert.Equal(("Bổ sung bản sao CCCD của người đi khai", "20260305090000", ""),
            (supplement.GetProperty("NoiDungBoSung").GetString(), supplement.GetProperty("NgayBoSung").GetString(), supplement.GetProperty("NgayTiepNhanBoSung").GetString()));
        Assert.Contains("\"TenTTHC\":\"Đăng ký khai sinh\"", Encoding.UTF8.GetString(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_export_imported_into_another_commune_exports_back_identical_and_a_second_import_changes_nothing()
    {
        await SeedEveryStatusAsync();
        var (_, exported) = await ExportAsync(Commune);

        await using var other = await SqliteCommune.CreateAsync(Now);
        await DossierBuilder.ProcedureAsync(other, "1.001193", "Đăng ký khai sinh", days: 3, field: "Hộ tịch");
        var upload = TestUploads.Safe(exported, DossierPortalExporter.FileName(From, To), UploadForm.DossierLog);
        var first = await DossierBuilder.Importer(other).ImportAsync(upload, "Xã cũ");
        Assert.Equal((7, 7, 0, 0), (first.Total, first.Added, first.ErrorRows, first.ProceduresCreated));
        Assert.Empty(first.Problems);

        var (count, again) = await ExportAsync(other);
        Assert.Equal(7, count);
        Assert.Equal(Encoding.UTF8.GetString(exported), Encoding.UTF8.GetString(again));
        var second = await DossierBuilder.Importer(other).ImportAsync(TestUploads.Safe(again, "hoso.json", UploadForm.DossierLog), "Xã cũ");
        Assert.Equal((0, 0, 7), (second.Added, second.Updated, second.Unchanged));

        var refused = other.Open().Dossiers.Single(d => d.Code == "HS-03");
        Assert.Equal((true, (DateTime?)new DateTime(2026, 3, 2, 10, 0, 0)), (refused.RefusedAtIntake, refused.RejectedAt));
        Assert.Equal((new DateTime(2026, 3, 17, 9, 0, 0), (DateTime?)new DateTime(2026, 3, 18, 8, 0, 0)),
            other.Open().DossierSupplements.Where(s => s.SuppliedAt != null).Select(s => new { s.RequestedAt, s.SuppliedAt }).AsEnumerable().Select(s => (s.RequestedAt, s.SuppliedAt)).Single());
    }

    [Fact]
    public async Task The_period_takes_whole_days_from_the_first_to_the_last()
    {
        await new DossierBuilder("HS-TRUOC", Birth, new DateTime(2026, 2, 28, 23, 59, 0)).SaveAsync(Commune);
        await new DossierBuilder("HS-DAU", Birth, new DateTime(2026, 3, 1, 0, 0, 0)).SaveAsync(Commune);
        await new DossierBuilder("HS-CUOI", Birth, new DateTime(2026, 3, 31, 23, 59, 0)).SaveAsync(Commune);
        await new DossierBuilder("HS-SAU", Birth, new DateTime(2026, 4, 1, 0, 0, 0)).SaveAsync(Commune);

        var (count, json) = await ExportAsync(Commune);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(2, count);
        Assert.Equal(["HS-CUOI", "HS-DAU"], doc.RootElement.GetProperty("data").EnumerateArray().Select(r => r.GetProperty("MaHoSo").GetString()));
        Assert.Equal("hoso-20260301-20260331.json", DossierPortalExporter.FileName(From, To));
    }

    [Fact]
    public async Task A_period_left_empty_reversed_or_too_long_is_refused_naming_the_field()
    {
        Assert.Equal("'Từ ngày' bị bỏ trống.", DossierPortalExporter.CheckPeriod(null, To));
        Assert.Equal("'Đến ngày' bị bỏ trống.", DossierPortalExporter.CheckPeriod(From, null));
        Assert.Equal("'Đến ngày' phải từ 'Từ ngày' trở đi.", DossierPortalExporter.CheckPeriod(To, From));
        Assert.Null(DossierPortalExporter.CheckPeriod(From, From.AddDays(DossierPortalExporter.MaxDays)));
        Assert.Equal("Mỗi lần xuất tối đa 3.700 ngày.", DossierPortalExporter.CheckPeriod(From, From.AddDays(DossierPortalExporter.MaxDays + 1)));
        var error = await Assert.ThrowsAsync<ArgumentException>(() => new DossierPortalExporter(Commune.Open()).ExportAsync(Stream.Null, To, From));
        Assert.Equal("'Đến ngày' phải từ 'Từ ngày' trở đi.", error.Message);
    }

    [Fact]
    public async Task The_log_reader_reads_an_export_back_as_the_same_dossiers_under_the_usual_columns()
    {
        await SeedEveryStatusAsync();
        var (_, json) = await ExportAsync(Commune);

        var table = DossierLogReader.Read(TestUploads.Safe(json, "hoso.json", UploadForm.DossierLog));
        Assert.Null(table.Error);
        var mapping = DossierLogColumns.Map(table.Headers);
        Assert.True(mapping.IsComplete);
        string Cell(LogRow row, DossierField f) => mapping.Columns.TryGetValue(f, out var i) && i < row.Cells.Length ? row.Cells[i] : "";
        DateTime? Moment(LogRow row, DossierField f) => DossierValues.TryParseDateTime(Cell(row, f), out var v) ? v : null;

        var stored = await Commune.Open().Dossiers.AsNoTracking().OrderBy(d => d.Code).ToListAsync();
        Assert.Equal(stored.Select(d => (d.Code, "1.001193", (DateTime?)d.ReceivedAt, d.ReturnedAt, d.ApplicantName ?? "")),
            table.Rows.Select(r => (Cell(r, DossierField.Code), Cell(r, DossierField.ProcedureCode), Moment(r, DossierField.ReceivedAt), Moment(r, DossierField.ReturnedAt), Cell(r, DossierField.ApplicantName))));
        // The portal's end of processing is the first of processed, refused, withdrawn.
        Assert.Equal(stored.Select(d => d.ProcessedAt ?? d.RejectedAt ?? d.WithdrawnAt), table.Rows.Select(r => Moment(r, DossierField.ProcessedAt)));
        Assert.Equal(stored.Select(d => d.AppointmentDate), table.Rows.Select(r => DossierValues.TryParseDate(Cell(r, DossierField.AppointmentDate), out var a) ? a : (DateOnly?)null));
    }

    [Fact]
    public async Task An_export_larger_than_one_page_has_every_dossier_once_in_code_order()
    {
        // 2,000 dossiers are read per page: 4,001 need three pages, and the last page holds one.
        await using (var db = Commune.Open())
        {
            var day = new DateTime(2026, 3, 2, 8, 0, 0);
            db.Dossiers.AddRange(Enumerable.Range(1, 4001).Select(i => new Dossier
            {
                Code = $"HS-{i:00000}", ProcedureId = Birth.Id, ReceivedAt = day.AddMinutes(i), Channel = DossierChannel.Counter, Visits = 1, LookupKey = LookupKeys.New(),
            }));
            await db.SaveChangesAsync();
        }

        var (count, json) = await ExportAsync(Commune);

        var codes = PortalRecords.ReadCodes(TestUploads.Safe(json, "hoso.json", UploadForm.DossierLog)).Select(r => r.Code).ToList();
        Assert.Equal(4001, count);
        Assert.Equal(Enumerable.Range(1, 4001).Select(i => $"HS-{i:00000}"), codes);
    }

    [Fact]
    public async Task A_neighbouring_communes_dossiers_are_never_in_our_export()
    {
        await Received("HS-01", 2).SaveAsync(Commune);
        var (_, neighbour, birth) = await NeighbourAsync();
        await new DossierBuilder("NQ-01", birth, new DateTime(2026, 3, 3, 9, 0, 0)).SaveAsync(neighbour);
        await new DossierBuilder("HS-00", birth, new DateTime(2026, 3, 3, 9, 0, 0)).SaveAsync(neighbour);

        var (count, json) = await ExportAsync(Commune);

        Assert.Equal(1, count);
        Assert.Equal(["HS-01"], PortalRecords.ReadCodes(TestUploads.Safe(json, "hoso.json", UploadForm.DossierLog)).Select(r => r.Code));
    }

    [Fact]
    public async Task Exporting_outside_a_communes_context_is_refused()
    {
        await Received("HS-01", 2).SaveAsync(Commune);

        await Assert.ThrowsAsync<InvalidOperationException>(() => new DossierPortalExporter(Commune.OpenSystem()).ExportAsync(Stream.Null, From, To));
    }
}
