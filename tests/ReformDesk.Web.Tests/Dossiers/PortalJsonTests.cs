using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Cli;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Dossiers;

/// <summary>The national portal's sync records (DongBoHoSoMC, domain.md §8): import, errors, unknown procedures, export round trip.</summary>
public abstract class PortalJsonTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? database;

    protected AppFactory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        App = new AppFactory(database.Options);
        _ = App.Server;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await database!.DisposeAsync();
    }

    private async Task<DossierImportResult> ImportAsync(Guid tenantId, string json, string fileName = "dongbo.json")
    {
        await using var scope = App.TenantScope(tenantId);
        return await scope.ServiceProvider.GetRequiredService<DossierLogImporter>()
            .ImportAsync(scope.ServiceProvider.Upload(Encoding.UTF8.GetBytes(json), fileName, UploadForm.DossierLog), "Cổng DVC quốc gia");
    }

    private async Task<string> ExportAsync(Guid tenantId, DateOnly from, DateOnly to)
    {
        await using var scope = App.TenantScope(tenantId);
        using var output = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<DossierPortalExporter>().ExportAsync(output, from, to);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>A returned dossier with two supplements (hours apart), fees, an electronic result, payment through the province's gateway, VNeID.</summary>
    private static string Returned(string code, string procedure = "1.001193") => $$"""
        {"MaHoSo":"{{code}}","MaTTHC":"{{procedure}}","TenTTHC":"Đăng ký khai sinh","MaLinhVuc":"HT","TenLinhVuc":"Hộ tịch","ChuHoSo":"Nguyễn Thị Hoa",
         "LoaiDoiTuong":1,"SoDienThoai":"0912345678","Email":"hoa@example.vn","TrichYeuHoSo":"Khai sinh cho con","NgayTiepNhan":"20260302090000",
         "NgayHenTra":"20260305170000","TrangThaiHoSo":"10","NgayKetThucXuLy":"20260305160000","NgayTra":"20260306083000","KenhThucHien":2,
         "DonViXuLy":"Bộ phận một cửa","DuocThanhToanTrucTuyen":2,"HoSoCoThanhPhanSoHoa":1,"TaiKhoanDuocXacThucVoiVNeID":1,
         "TaiLieuNop":[{"TepDinhKemId":"a1","TenTepDinhKem":"Giấy chứng sinh","DuocSoHoa":1,"DuocLayTuKhoDMQG":0}],
         "DanhSachLePhi":[{"TenPhiLePhi":"Lệ phí hộ tịch","Gia":"8000"}],
         "DanhSachHoSoBoSung":[{"NoiDungBoSung":"Bổ sung giấy chứng sinh","NgayBoSung":"20260303100000","NgayTiepNhanBoSung":"20260303160000","NgayHenTraTruoc":"20260305170000","NgayHenTraMoi":"20260305170000"}],
         "DanhSachGiayToKetQua":[{"TenGiayTo":"Giấy khai sinh","DuongDanTepTinKetQua":"https://dvc.example.vn/kq/1.pdf"}]}
        """;

    private static string Open(string code, int status, string extra = "") => $$"""
        {"MaHoSo":"{{code}}","MaTTHC":"1.001193","TenTTHC":"Đăng ký khai sinh","TenLinhVuc":"Hộ tịch","ChuHoSo":"Trần Văn Nam","NgayTiepNhan":"20260310140000",
         "NgayHenTra":"20260313000000","TrangThaiHoSo":{{status}},"NgayKetThucXuLy":"","NgayTra":"","KenhThucHien":1,"DuocThanhToanTrucTuyen":0,
         "HoSoCoThanhPhanSoHoa":0,"TaiKhoanDuocXacThucVoiVNeID":0{{extra}}}
        """;

    [Fact]
    public async Task Sync_records_import_with_every_field_mapped_and_a_second_import_adds_nothing()
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var p = "PJ-" + Guid.NewGuid().ToString("N")[..6];
        var refused = $$"""{"MaHoSo":"{{p}}-3","MaTTHC":"1.001193","NgayTiepNhan":"20260304090000","NgayHenTra":"","TrangThaiHoSo":3,"NgayKetThucXuLy":"20260304093000","KenhThucHien":1}""";
        var waiting = Open(p + "-5", 5, ""","DanhSachHoSoBoSung":[{"NoiDungBoSung":"Thiếu tờ khai","NgayBoSung":"20260311090000","NgayTiepNhanBoSung":""}]""");
        var withdrawn = $$"""{"MaHoSo":"{{p}}-7","MaTTHC":"1.001193","NgayTiepNhan":"20260305090000","NgayHenTra":"20260310000000","TrangThaiHoSo":7,"NgayKetThucXuLy":"20260306110000","KenhThucHien":3}""";
        var body = $$"""{"service":"DongBoHoSoMC","data":[{{Returned(p + "-10")}},{{refused}},{{waiting}},{{withdrawn}}]}""";

        var first = await ImportAsync(mine.Id, body);
        Assert.True(first.Succeeded, first.Fatal);
        Assert.Equal((4, 4, 0, 0, 0), (first.Total, first.Added, first.Updated, first.Unchanged, first.ErrorRows));

        await using (var scope = App.TenantScope(mine.Id))
        {
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            var d = await db.Dossiers.SingleAsync(x => x.Code == p + "-10");
            Assert.Equal(new DateTime(2026, 3, 2, 9, 0, 0), d.ReceivedAt);
            Assert.Equal(new DateOnly(2026, 3, 5), d.AppointmentDate);
            Assert.Equal(new TimeOnly(17, 0), d.AppointmentTime);
            Assert.Equal(new DateTime(2026, 3, 5, 16, 0, 0), d.ProcessedAt);
            Assert.Equal(new DateTime(2026, 3, 6, 8, 30, 0), d.ReturnedAt);
            Assert.Equal(DossierChannel.Online, d.Channel);
            Assert.True(d.PaidOnline && d.OnlinePaymentVia == 2 && d.Digitised && d.VneidVerified && d.ElectronicResult && !d.RefusedAtIntake);
            Assert.Equal((1, "hoa@example.vn", "Khai sinh cho con", "Bộ phận một cửa"), (d.ApplicantKind!.Value, d.ApplicantEmail, d.Summary, d.HandlingUnitName));
            Assert.Contains("Giấy chứng sinh", d.PortalListsJson, StringComparison.Ordinal);
            var supplement = await db.DossierSupplements.SingleAsync(s => s.DossierId == d.Id);
            Assert.Equal((new DateTime(2026, 3, 3, 10, 0, 0), new DateTime(2026, 3, 3, 16, 0, 0)), (supplement.RequestedAt, supplement.SuppliedAt!.Value));
            Assert.Equal("Bổ sung giấy chứng sinh", supplement.Content);

            var r = await db.Dossiers.SingleAsync(x => x.Code == p + "-3");
            Assert.True(r.RefusedAtIntake);
            Assert.Equal(new DateTime(2026, 3, 4, 9, 30, 0), r.RejectedAt);
            var w = await db.Dossiers.SingleAsync(x => x.Code == p + "-7");
            Assert.Equal((new DateTime(2026, 3, 6, 11, 0, 0), DossierChannel.Postal), (w.WithdrawnAt!.Value, w.Channel));
            var open = await db.Dossiers.SingleAsync(x => x.Code == p + "-5");
            Assert.Null(DossierAggregates.EndMoment(open));
            Assert.Null((await db.DossierSupplements.SingleAsync(s => s.DossierId == open.Id)).SuppliedAt);

            // The rules see the refusal at intake (out of 2.1) and the supplement hours (6 hours, not a day).
            var service = scope.ServiceProvider.GetRequiredService<DossierService>();
            var refusedRow = Assert.Single((await service.ListAsync(new DossierFilter(Code: p + "-3"))).Rows);
            Assert.Equal(PortalVerdict.NotCounted, refusedRow.Evaluation!.Portal.Verdict);
            var returnedRow = Assert.Single((await service.ListAsync(new DossierFilter(Code: p + "-10"))).Rows);
            Assert.Equal(TimeSpan.FromHours(6), returnedRow.Evaluation!.Portal.SupplementTime);
            Assert.Equal(PortalVerdict.OnTime, returnedRow.Evaluation.Portal.Verdict);
        }

        var again = await ImportAsync(mine.Id, body);
        Assert.Equal((0, 0, 4), (again.Added, again.Updated, again.Unchanged));
        // The same records as a bare array are the same dossiers.
        var bare = await ImportAsync(mine.Id, $"[{Returned(p + "-10")}]");
        Assert.Equal((0, 0, 1), (bare.Added, bare.Updated, bare.Unchanged));
        var edited = await ImportAsync(mine.Id, $"[{Returned(p + "-10").Replace("\"TaiKhoanDuocXacThucVoiVNeID\":1", "\"TaiKhoanDuocXacThucVoiVNeID\":0", StringComparison.Ordinal)}]");
        Assert.Equal((0, 1, 0), (edited.Added, edited.Updated, edited.Unchanged));
    }

    [Fact]
    public async Task An_unknown_procedure_is_created_and_flagged_as_a_warning_not_an_error()
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var code = "9." + Guid.NewGuid().ToString("N")[..6];
        var result = await ImportAsync(mine.Id, $"[{Returned("UNK-" + code, procedure: code)}]");
        Assert.True(result.Succeeded);
        Assert.Equal((1, 0, 1), (result.Added, result.ErrorRows, result.ProceduresCreated));
        var warning = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Contains($"Bản ghi 1: thủ tục mã '{code}'", warning.Message, StringComparison.Ordinal);
        Assert.Contains(Procedure.NeedsProcessingTimeText, warning.Message, StringComparison.Ordinal);

        await using var scope = App.TenantScope(mine.Id);
        var procedure = await scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Procedures.SingleAsync(x => x.Code == code);
        Assert.Equal(("Đăng ký khai sinh", "Hộ tịch", "HT", 8000m), (procedure.Name, procedure.Field, procedure.FieldCode, procedure.Fee!.Value));
        Assert.True(procedure.NeedsProcessingTime);

        var staff = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, mine.Id));
        Assert.Contains(Procedure.NeedsProcessingTimeText, await staff.GetStringAsync("/Dossiers/Procedures"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_records_are_named_by_index_and_field_and_nothing_of_them_is_written()
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var p = "BAD-" + Guid.NewGuid().ToString("N")[..6];
        var records = new[]
        {
            Open(p + "-1", 4),
            Open(p + "-2", 4).Replace("\"NgayTiepNhan\":\"20260310140000\"", "\"NgayTiepNhan\":\"10/03/2026\"", StringComparison.Ordinal),
            Open(p + "-3", 9),
            Open(p + "-4", 12),
            Open(p + "-5", 10, ""","DanhSachHoSoBoSung":[{"NgayBoSung":"20260312090000","NgayTiepNhanBoSung":"20260311090000"}]"""),
            Open(p + "-1", 4),
        };
        var result = await ImportAsync(mine.Id, "[" + string.Join(",", records) + "]");
        Assert.True(result.Succeeded);
        Assert.Equal((6, 1, 5), (result.Total, result.Added, result.ErrorRows));
        var errors = result.Problems.Where(x => x.Severity == ProblemSeverity.Error).Select(x => x.Message).ToList();
        Assert.Contains(errors, m => m.StartsWith("Bản ghi 2: 'NgayTiepNhan' không đúng dạng yyyyMMddHHmmss", StringComparison.Ordinal));
        Assert.Contains(errors, m => m.StartsWith("Bản ghi 3: 'NgayKetThucXuLy' bị bỏ trống", StringComparison.Ordinal));
        Assert.Contains(errors, m => m.StartsWith("Bản ghi 4: 'TrangThaiHoSo' phải là một trong", StringComparison.Ordinal));
        Assert.Contains(errors, m => m.StartsWith("Bản ghi 5: 'DanhSachHoSoBoSung[1].NgayTiepNhanBoSung'", StringComparison.Ordinal));
        Assert.Contains(errors, m => m.StartsWith($"Bản ghi 6: mã hồ sơ '{p}-1' trùng với bản ghi 1", StringComparison.Ordinal));

        await using (var scope = App.TenantScope(mine.Id))
        {
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            Assert.Equal([p + "-1"], await db.Dossiers.Where(d => d.Code.StartsWith(p)).Select(d => d.Code).ToListAsync());
            Assert.Equal(0, await db.DossierSupplements.CountAsync(s => db.Dossiers.Any(d => d.Id == s.DossierId && d.Code.StartsWith(p))));
        }

        // A file cut short writes nothing at all, and says where.
        var cut = await ImportAsync(mine.Id, "{\"service\":\"DongBoHoSoMC\",\"data\":[" + Open(p + "-8", 4) + "," + Open(p + "-9", 4)[..60]);
        Assert.False(cut.Succeeded);
        Assert.Contains("bản ghi 2", cut.Fatal, StringComparison.OrdinalIgnoreCase);
        await using var check = App.TenantScope(mine.Id);
        Assert.False(await check.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Dossiers.AnyAsync(d => d.Code == p + "-8"));
    }

    [Fact]
    public async Task An_export_imports_into_another_commune_and_exports_back_identical_and_idempotent()
    {
        var (mine, other) = App.TwoCommunesOfOneProvince();
        var p = "RT-" + Guid.NewGuid().ToString("N")[..6];
        var body = $$"""{"service":"DongBoHoSoMC","data":[{{Returned(p + "-1")}},{{Open(p + "-2", 5, ""","DanhSachHoSoBoSung":[{"NoiDungBoSung":"Thiếu","NgayBoSung":"20260311090000"}]""")}},{{Open(p + "-3", 4)}}]}""";
        Assert.Equal(3, (await ImportAsync(mine.Id, body)).Added);
        // Dossiers entered another way (the demo generator) export too.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem("test");
            await DemoDossierGenerator.AddAsync(scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>(), scope.ServiceProvider.GetRequiredService<DossierRules>(), scope.ServiceProvider.GetRequiredService<TimeProvider>(), mine.Id, p + "-G", 60, seed: 3);
        }

        var from = new DateOnly(2024, 1, 1);
        var to = new DateOnly(2026, 12, 31);
        var exported = await ExportAsync(mine.Id, from, to);
        using (var doc = JsonDocument.Parse(exported))
        {
            Assert.Equal("DongBoHoSoMC", doc.RootElement.GetProperty("service").GetString());
            Assert.True(doc.RootElement.GetProperty("data").GetArrayLength() >= 63);
        }

        // Into a commune with no dossiers yet: exporting it gives back the same file.
        var fresh = new Tenant { Code = "T-" + p, Name = "Xã Nhận Dữ Liệu", Kind = TenantKind.Commune, Type = LocalityType.Commune, ParentId = other.ParentId };
        await using (var scope = App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem("test");
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            db.Tenants.Add(fresh);
            await db.SaveChangesAsync();
        }

        var imported = await ImportAsync(fresh.Id, exported);
        Assert.True(imported.Succeeded, imported.Fatal);
        Assert.Equal(0, imported.ErrorRows);
        Assert.Equal(exported, await ExportAsync(fresh.Id, from, to));
        var again = await ImportAsync(fresh.Id, exported);
        Assert.Equal((0, 0, imported.Added), (again.Added, again.Updated, again.Unchanged));

        // The page and the API give the same file to staff; a period the wrong way round is refused with the field named.
        var staff = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, mine.Id));
        var api = await staff.GetAsync("/api/dossiers/export?from=2024-01-01&to=2026-12-31");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(exported, await api.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/api/dossiers/export?from=2026-12-31&to=2024-01-01")).StatusCode);
        var form = await staff.GetStringAsync("/Dossiers/Export");
        var download = await staff.PostAsync("/Dossiers/Export", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["From"] = "2024-01-01", ["To"] = "2026-12-31", ["__RequestVerificationToken"] = AppFactory.FormToken(form),
        }));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains("attachment", download.Content.Headers.ContentDisposition?.ToString() ?? download.Headers.GetValues("Content-Disposition").First(), StringComparison.Ordinal);
        Assert.Equal(exported, await download.Content.ReadAsStringAsync());
        var refused = await staff.PostAsync("/Dossiers/Export", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["From"] = "2026-12-31", ["To"] = "2024-01-01", ["__RequestVerificationToken"] = AppFactory.FormToken(form),
        }));
        var refusedPage = await refused.Content.ReadAsStringAsync();
        Assert.Contains("&#x27;Đến ngày&#x27; phải từ &#x27;Từ ngày&#x27; trở đi.", refusedPage, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-12-31\"", refusedPage, StringComparison.Ordinal);
        var officer = await App.SignInAsync(App.UserName(Roles.Officer, mine.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/dossiers/export?from=2024-01-01&to=2026-12-31")).StatusCode);
    }
}

public sealed class SqlitePortalJsonTests() : PortalJsonTests(DatabaseProvider.Sqlite);

public sealed class PostgresPortalJsonTests() : PortalJsonTests(DatabaseProvider.Postgres);

/// <summary>dossiers import FILE.json / dossiers export from the command line.</summary>
public sealed class PortalJsonCliTests
{
    [Fact]
    public async Task Cli_exports_a_period_and_imports_it_with_the_unknown_procedure_warning_printed()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var cs = database.Options.ConnectionString;
        string[] db = ["--provider", "Sqlite", "--connection", cs];
        Assert.Equal(0, await CliProgram.RunAsync(["migrate", .. db]));
        await using (var services = CliHost.Build(cs, "Sqlite"))
        {
            await using var scope = services.SystemScope("test");
            var context = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            context.Tenants.Add(new Tenant { Code = "T-PJ1", Name = "Xã Một", Kind = TenantKind.Commune, Type = LocalityType.Commune });
            context.Tenants.Add(new Tenant { Code = "T-PJ2", Name = "Xã Hai", Kind = TenantKind.Commune, Type = LocalityType.Commune });
            await context.SaveChangesAsync();
        }

        var dir = Path.Combine(Path.GetTempPath(), "reformdesk-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var input = Path.Combine(dir, "vao.json");
        await File.WriteAllTextAsync(input, """
            [{"MaHoSo":"CLI-J1","MaTTHC":"9.999001","TenTTHC":"Thủ tục mới","MaLinhVuc":"X","TenLinhVuc":"Lĩnh vực X","NgayTiepNhan":"20260302090000","NgayHenTra":"20260305000000","TrangThaiHoSo":9,"NgayKetThucXuLy":"20260304100000","KenhThucHien":1}]
            """);
        var output = new StringWriter();
        var saved = Console.Out;
        Console.SetOut(output);
        try
        {
            Assert.Equal(0, await CliProgram.RunAsync(["dossiers", "import", input, "--commune", "T-PJ1", .. db]));
        }
        finally
        {
            Console.SetOut(saved);
        }

        Assert.Contains("Lưu ý: Bản ghi 1: thủ tục mã '9.999001' chưa có trong danh mục", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(Procedure.NeedsProcessingTimeText, output.ToString(), StringComparison.Ordinal);

        var exported = Path.Combine(dir, "ra.json");
        Assert.Equal(2, await CliProgram.RunAsync(["dossiers", "export", "--commune", "T-PJ1", "--from", "2026-03-31", "--to", "2026-03-01", exported, .. db]));
        Assert.Equal(0, await CliProgram.RunAsync(["dossiers", "export", "--commune", "T-PJ1", "--from", "2026-03-01", "--to", "2026-03-31", exported, .. db]));
        var text = await File.ReadAllTextAsync(exported);
        Assert.Contains("\"MaHoSo\":\"CLI-J1\"", text, StringComparison.Ordinal);
        Assert.Contains("\"TrangThaiHoSo\":9", text, StringComparison.Ordinal);
        Assert.Equal(0, await CliProgram.RunAsync(["dossiers", "import", exported, "--commune", "T-PJ2", .. db]));
        Assert.Equal(0, await CliProgram.RunAsync(["dossiers", "import", exported, "--commune", "T-PJ2", .. db]));
        Directory.Delete(dir, recursive: true);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
