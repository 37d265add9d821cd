using System.Text;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Core.Tests.Platform;
using ReformDesk.Core.Tests.Uploads;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// The provincial TTHC export layout written by <see cref="DossierLogCsv"/> (demo files, the import benchmark): each cell as a
/// commune official reads it (dd/MM/yyyy HH:mm, "03 ngày làm việc", Có/Không), names with commas and quotes kept whole, and the
/// round trip — written here, imported into another commune with no saved mapping, every stored value the same.
/// </summary>
public sealed class DossierLogCsvTests() : DossierCommuneTest(new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(7)))
{
    private Procedure copy = null!;
    private Procedure marriage = null!;

    private static DateTime T(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0);

    /// <summary>Four dossiers of three procedures: one of each channel and end, with a supplement, a fee, an 8-hour procedure.</summary>
    private async Task<List<(Dossier Dossier, Procedure Procedure, List<DossierSupplement> Supplements)>> SeedAsync()
    {
        copy = await DossierBuilder.ProcedureAsync(Commune, "2.000908", "Chứng thực bản sao từ bản chính", days: null, sameDay: true, field: "Chứng thực");
        marriage = await DossierBuilder.ProcedureAsync(Commune, "1.000894", "Xác nhận tình trạng hôn nhân", days: null, hours: 8, field: "Hộ tịch");
        await using (var db = Commune.Open())
        {
            db.Attach(copy).Entity.Fee = 50000;
            await db.SaveChangesAsync();
        }

        var first = await Received("HS-01", 2).Applicant("Nguyễn Văn An, con ông Ba", "0912 345 678").Appointment(new DateOnly(2026, 3, 5))
            .With(d => (d.Digitised, d.Visits) = (true, 2)).Supplement(T(3, 9), T(3, 14))
            .Processed(T(4, 10), returned: T(5, 8, 30)).SaveAsync(Commune);
        var second = await new DossierBuilder("HS-02", copy, T(3, 20)).Online().Applicant("Trần \"Bé\" Thị")
            .With(d => (d.FullyOnline, d.PaidOnline) = (true, true)).Processed(T(4, 9)).SaveAsync(Commune);
        var third = await new DossierBuilder("HS-03", Birth, T(5, 9)).With(d => (d.Channel, d.Visits) = (DossierChannel.Postal, 0))
            .Rejected(T(6, 10)).SaveAsync(Commune);
        var fourth = await new DossierBuilder("HS-04", marriage, T(9, 10)).Withdrawn(T(10, 16)).SaveAsync(Commune);
        var supplements = await Commune.Open().DossierSupplements.AsNoTracking().ToListAsync();
        return [(first, Birth, supplements), (second, copy, []), (third, Birth, []), (fourth, marriage, [])];
    }

    private static string Write(IEnumerable<(Dossier Dossier, Procedure Procedure, List<DossierSupplement> Supplements)> rows)
    {
        using var w = new StringWriter { NewLine = "\n" };
        DossierLogCsv.WriteHeader(w);
        foreach (var (d, p, s) in rows) DossierLogCsv.WriteRow(w, d, p, s);
        return w.ToString();
    }

    [Fact]
    public async Task Each_cell_is_written_as_the_provincial_export_prints_it()
    {
        var lines = Write(await SeedAsync()).Split('\n');

        Assert.Equal("Mã hồ sơ,Mã thủ tục,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,\"Phí, lệ phí\",Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,"
            + "Ngày trả kết quả,Ngày từ chối,Ngày rút hồ sơ,Kênh nộp,Số hóa,Trực tuyến toàn trình,Thanh toán trực tuyến,Số lần yêu cầu bổ sung,"
            + "Ngày yêu cầu bổ sung,Ngày bổ sung,Số lần đến,Người nộp,Số điện thoại", lines[0]);
        Assert.Equal(
            "HS-01,1.001193,Đăng ký khai sinh,Hộ tịch,03 ngày làm việc,,02/03/2026 09:00,05/03/2026,04/03/2026 10:00,05/03/2026 08:30,,,"
            + "Trực tiếp,Có,Không,Không,1,03/03/2026 09:00,03/03/2026 14:00,2,\"Nguyễn Văn An, con ông Ba\",0912 345 678", lines[1]);
        Assert.Equal(
            "HS-02,2.000908,Chứng thực bản sao từ bản chính,Chứng thực,Trong ngày,50000,03/03/2026 20:00,,04/03/2026 09:00,,,,"
            + "Trực tuyến,Không,Có,Có,0,,,0,\"Trần \"\"Bé\"\" Thị\",", lines[2]);
        Assert.Equal("HS-03,1.001193,Đăng ký khai sinh,Hộ tịch,03 ngày làm việc,,05/03/2026 09:00,,,,06/03/2026 10:00,,Bưu chính,Không,Không,Không,0,,,0,,",
            lines[3]);
        // An hour-based procedure is written in hours, so that an import does not read it as days.
        Assert.StartsWith("HS-04,1.000894,Xác nhận tình trạng hôn nhân,Hộ tịch,08 giờ làm việc,,09/03/2026 10:00,", lines[4], StringComparison.Ordinal);
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public async Task A_written_log_imports_into_another_commune_with_every_value_kept()
    {
        var rows = await SeedAsync();
        var csv = Encoding.UTF8.GetBytes(Write(rows));
        await using var other = await SqliteCommune.CreateAsync(Commune.Clock.GetUtcNow());

        var result = await DossierBuilder.Importer(other).ImportAsync(TestUploads.Safe(csv, "so-theo-doi.csv", UploadForm.DossierLog), "Hệ thống TTHC tỉnh");

        Assert.Equal((4, 4, 0, 3), (result.Total, result.Added, result.ErrorRows, result.ProceduresCreated));
        var db = other.Open();
        var stored = await db.Dossiers.AsNoTracking().OrderBy(d => d.Code).ToListAsync();
        static object Values(Dossier d) => (d.Code, d.ReceivedAt, d.AppointmentDate, d.ProcessedAt, d.ReturnedAt, d.RejectedAt, d.WithdrawnAt, d.Channel,
            d.Digitised, d.FullyOnline, d.PaidOnline, d.Visits, d.ApplicantName, d.ApplicantPhone);
        Assert.Equal(rows.Select(r => Values(r.Dossier)), stored.Select(Values));
        var supplement = Assert.Single(await db.DossierSupplements.AsNoTracking().ToListAsync());
        Assert.Equal((stored[0].Id, T(3, 9), (DateTime?)T(3, 14)), (supplement.DossierId, supplement.RequestedAt, supplement.SuppliedAt));

        // The catalogue is rebuilt from the log: code, name, field, fee and processing time of each procedure.
        var procedures = await db.Procedures.AsNoTracking().OrderBy(p => p.Code).ToListAsync();
        Assert.Equal(
            [
                ("1.000894", "Xác nhận tình trạng hôn nhân", "Hộ tịch", (decimal?)null, ProcessingTime.Hours(8)),
                ("1.001193", "Đăng ký khai sinh", "Hộ tịch", null, ProcessingTime.Days(3)),
                ("2.000908", "Chứng thực bản sao từ bản chính", "Chứng thực", 50000m, ProcessingTime.SameDay),
            ],
            procedures.Select(p => (p.Code, p.Name, p.Field, p.Fee, p.ProcessingTime)));
    }

    [Fact]
    public async Task The_same_log_imported_again_changes_nothing()
    {
        var csv = Encoding.UTF8.GetBytes(Write(await SeedAsync()));
        await using var other = await SqliteCommune.CreateAsync(Commune.Clock.GetUtcNow());
        await DossierBuilder.Importer(other).ImportAsync(TestUploads.Safe(csv, "so-theo-doi.csv", UploadForm.DossierLog), "Hệ thống TTHC tỉnh");

        var again = await DossierBuilder.Importer(other).ImportAsync(TestUploads.Safe(csv, "so-theo-doi.csv", UploadForm.DossierLog), "Hệ thống TTHC tỉnh");

        Assert.Equal((4, 0, 0, 4, 0), (again.Total, again.Added, again.Updated, again.Unchanged, again.ProceduresCreated));
        Assert.Equal(4, await other.Open().Dossiers.CountAsync());
    }
}
