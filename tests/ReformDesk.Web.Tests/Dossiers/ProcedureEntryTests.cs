using ReformDesk.Core.Platform.Uploads;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Cli;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Calendar;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Dossiers;

/// <summary>Procedure catalogue import and editing, manual receipt with guarded events, the province calendar in the rules.</summary>
public abstract class ProcedureEntryTests(AppFixture fixture)
{
    private const string Header = "Mã thủ tục,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết,\"Phí, lệ phí\",Trực tuyến toàn trình";

    private AppFactory App => fixture.App;

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    /// <summary>An XLSX with inline strings, as a spreadsheet program would save the published list.</summary>
    internal static byte[] Xlsx(params string[][] rows)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    row.Append(new Cell
                    {
                        CellReference = $"{(char)('A' + c)}{r + 1}",
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(rows[r][c])),
                    });
                }

                data.Append(row);
            }

            ws.Worksheet = new Worksheet(data);
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "Danh mục" }));
        }

        return ms.ToArray();
    }

    private async Task<ProcedureImportResult> ImportAsync(Guid tenant, byte[] content, string fileName, bool save = true)
    {
        await using var scope = App.TenantScope(tenant);
        var importer = scope.ServiceProvider.GetRequiredService<ProcedureCatalogueImporter>();
        var upload = scope.ServiceProvider.Upload(content, fileName, UploadForm.ProcedureCatalogue);
        return save ? await importer.ImportAsync(upload) : await importer.PreviewAsync(upload);
    }

    [Fact]
    public async Task A_good_Excel_list_is_imported_and_a_re_import_updates_the_same_codes()
    {
        var tenant = App.TwoCommunesOfOneProvince().Mine.Id;
        var a = Unique("P.A-");
        var b = Unique("P.B-");
        var c = Unique("P.C-");
        // Headers without diacritics and in another case still match.
        string[] header = ["MA THU TUC", "Tên thủ tục", "linh vuc", "Thời hạn giải quyết", "Phí, lệ phí", "Trực tuyến toàn trình"];
        var file = Xlsx(header,
            [a, "Chứng thực bản sao (thử)", "Chứng thực", "Trong ngày", "2.000 đồng/bản", "x"],
            [b, "Đăng ký tạm trú (thử)", "Cư trú", "05 ngày làm việc", "Không", "Có"],
            [c, "Cấp phép xây dựng (thử)", "Xây dựng", "Không quá 10 ngày", "50.000đ", ""]);

        var preview = await ImportAsync(tenant, file, "danh-muc.xlsx", save: false);
        Assert.True(preview.Succeeded, preview.Fatal);
        Assert.False(preview.Saved);
        Assert.Equal((3, 3, 0, 0), (preview.Total, preview.Added, preview.Updated, preview.Unchanged));
        await using (var scope = App.TenantScope(tenant))
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Procedures.AnyAsync(p => p.Code == a));
        }

        var saved = await ImportAsync(tenant, file, "danh-muc.xlsx");
        Assert.True(saved.Saved);
        Assert.Equal(3, saved.Added);

        var edited = Xlsx(header,
            [a, "Chứng thực bản sao (thử)", "Chứng thực", "Trong ngày", "2.000 đồng/bản", "x"],
            [b, "Đăng ký tạm trú (thử, sửa)", "Cư trú", "3 ngày", "15.000 đồng", "Có"],
            [c, "Cấp phép xây dựng (thử)", "Xây dựng", "Không quá 10 ngày", "50.000đ", ""]);
        var again = await ImportAsync(tenant, edited, "danh-muc.xlsx");
        Assert.True(again.Saved);
        Assert.Equal((0, 1, 2), (again.Added, again.Updated, again.Unchanged));

        await using var check = App.TenantScope(tenant);
        var db = check.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var rows = await db.Procedures.Where(p => p.Code == a || p.Code == b || p.Code == c).ToDictionaryAsync(p => p.Code);
        Assert.Equal(3, rows.Count);
        Assert.True(rows[a].SameDay);
        Assert.Equal(2000m, rows[a].Fee);
        Assert.True(rows[a].FullyOnlineAllowed);
        Assert.Equal((false, 3, 15000m, "Đăng ký tạm trú (thử, sửa)"), (rows[b].SameDay, rows[b].ProcessingDays, rows[b].Fee, rows[b].Name));
        Assert.Equal((10, 50000m, false), (rows[c].ProcessingDays, rows[c].Fee, rows[c].FullyOnlineAllowed));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Entity == nameof(Procedure) && e.Action == AuditAction.Update));
    }

    [Fact]
    public async Task Bad_rows_are_named_and_nothing_is_saved()
    {
        var tenant = App.TwoCommunesOfOneProvince().Mine.Id;
        var good = Unique("P.G-");
        var csv = string.Join("\n",
            Header,
            $"{good},Thủ tục tốt,Hộ tịch,3 ngày,Không,Không",
            $"{Unique("P.X-")},Thủ tục tháng,Hộ tịch,Trong 02 tháng,Không,Không",
            $"{Unique("P.Y-")},Thủ tục phí,Hộ tịch,5 ngày,Theo quy định,Không",
            $",Không mã,Hộ tịch,5 ngày,Không,Không",
            $"{Unique("P.Z-")},Thủ tục cờ,Hộ tịch,5 ngày,Không,Tùy",
            $"{good},Trùng mã,Hộ tịch,3 ngày,Không,Không");
        var result = await ImportAsync(tenant, Encoding.UTF8.GetBytes(csv), "danh-muc.csv");
        Assert.True(result.Succeeded, result.Fatal);
        Assert.False(result.Saved);
        Assert.True(result.HasErrors);
        Assert.Equal(5, result.ErrorRows);
        var messages = result.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.Message).ToList();
        Assert.Contains(messages, m => m.StartsWith("Dòng 3: 'Thời hạn giải quyết'", StringComparison.Ordinal) && m.Contains("theo tháng", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Dòng 4: 'Phí, lệ phí' không tìm thấy số tiền trong \"Theo quy định\"", StringComparison.Ordinal));
        Assert.Contains("Dòng 5: 'Mã thủ tục' bị bỏ trống.", messages);
        Assert.Contains(messages, m => m.StartsWith("Dòng 6: 'Trực tuyến toàn trình' không hiểu \"Tùy\"", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Dòng 7: mã thủ tục", StringComparison.Ordinal) && m.Contains("trùng với dòng 2", StringComparison.Ordinal));

        await using var scope = App.TenantScope(tenant);
        Assert.False(await scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Procedures.AnyAsync(p => p.Code == good));

        var missing = await ImportAsync(tenant, Encoding.UTF8.GetBytes("Mã thủ tục,Tên\nX,Y\n"), "danh-muc.csv");
        Assert.False(missing.Succeeded);
        Assert.Contains("'Thời hạn giải quyết'", missing.Fatal, StringComparison.Ordinal);
    }

    private async Task<Procedure> ProcedureAsync(Guid tenant, string time)
    {
        var code = Unique("P.E-");
        var result = await ImportAsync(tenant, Encoding.UTF8.GetBytes($"{Header}\n{code},Thủ tục nhập tay (thử),Hộ tịch,{time},Không,Có\n"), "p.csv");
        Assert.True(result.Saved, string.Join(" ", result.Problems.Select(p => p.Message)));
        await using var scope = App.TenantScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Procedures.AsNoTracking().SingleAsync(p => p.Code == code);
    }

    [Theory]
    [InlineData("13/02/2026 10:00", "27/02/2026")] // Fri before the Tết break 14–22/02: counts that day, then 23, 24, 25, 26, 27
    [InlineData("13/02/2026 15:00", "27/02/2026")] // exactly at the cut-off still counts that day
    [InlineData("13/02/2026 15:30", "02/03/2026")] // after the cut-off: counts from Mon 23/02 → 24, 25, 26, 27/02, 02/03
    [InlineData("17/02/2026 09:00", "02/03/2026")] // received on mùng 1 Tết (online): from 23/02 as well
    public async Task Manual_entry_computes_the_appointment_across_Tet_2026_and_the_cut_off(string received, string expected)
    {
        var tenant = App.TwoCommunesOfOneProvince().Mine.Id;
        var procedure = await ProcedureAsync(tenant, "05 ngày làm việc");
        await using var scope = App.TenantScope(tenant);
        var entry = scope.ServiceProvider.GetRequiredService<DossierEntryService>();
        var preview = await entry.AppointmentAsync(procedure.Id, received);
        Assert.True(preview.Succeeded, string.Join(" ", preview.Errors.Values));
        Assert.Equal(expected, preview.Value!.Date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));

        var created = await entry.CreateAsync(new NewDossierInput(procedure.Id, received, DossierChannel.Online, "Trần Thị Hoa", "0987 654 321", Digitised: true));
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Values));
        Assert.Equal(preview.Value.Date, created.Value!.AppointmentDate);
        Assert.StartsWith("TN-260", created.Value.Code, StringComparison.Ordinal);
        Assert.Equal(DossierEntryService.ManualSource, created.Value.SourceName);
    }

    [Fact]
    public async Task An_hour_based_procedure_is_due_at_a_time_within_office_hours_and_shows_it()
    {
        var tenant = App.TwoCommunesOfOneProvince().Mine.Id;
        var procedure = await ProcedureAsync(tenant, "Trong 04 giờ làm việc");
        Assert.Equal((4, (int?)null, false), (procedure.ProcessingHours!.Value, procedure.ProcessingDays, procedure.SameDay));
        await using var scope = App.TenantScope(tenant);
        var entry = scope.ServiceProvider.GetRequiredService<DossierEntryService>();
        // Fri 06/03/2026 15:30: 1½ hours that day, 2½ on Monday from 08:00 → Mon 09/03 10:30.
        var preview = await entry.AppointmentAsync(procedure.Id, "06/03/2026 15:30");
        Assert.Equal(new DateTime(2026, 3, 9, 10, 30, 0), preview.Value!.Moment);
        var dossier = (await entry.CreateAsync(new NewDossierInput(procedure.Id, "06/03/2026 15:30", DossierChannel.Counter, "Mai Anh", null))).Value!;
        Assert.Equal(new DateOnly(2026, 3, 9), dossier.AppointmentDate);

        var staff = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, tenant));
        Assert.Contains("09/03/2026 lúc 10:30", await staff.GetStringAsync($"/Dossiers/{dossier.Id}"), StringComparison.Ordinal);
        Assert.Contains("10:30 09/03/2026", await staff.GetStringAsync($"/Dossiers/{dossier.Id}/Receipt"), StringComparison.Ordinal);
        Assert.Contains("Trong 04 giờ làm việc", await staff.GetStringAsync("/Dossiers/Procedures"), StringComparison.Ordinal);

        // Processed at 10:45 the same Monday: past the due moment, so late although on the due date.
        Assert.True((await entry.RecordAsync(dossier.Id, new DossierEventInput(DossierEventKind.Processed, "09/03/2026 10:45"))).Succeeded);
        Assert.Equal(DossierStatus.ResolvedLate, (await entry.DetailAsync(dossier.Id))!.Evaluation!.Status);
    }

    [Fact]
    public async Task Events_are_guarded_audited_and_the_status_is_derived()
    {
        var tenant = App.TwoCommunesOfOneProvince().Mine.Id;
        var procedure = await ProcedureAsync(tenant, "3 ngày");
        await using var scope = App.TenantScope(tenant);
        var entry = scope.ServiceProvider.GetRequiredService<DossierEntryService>();
        Assert.False((await entry.CreateAsync(new NewDossierInput(procedure.Id, "2026-03-02 09:00", DossierChannel.Counter, "A", null))).Succeeded);
        Assert.Contains("ở tương lai", (await entry.CreateAsync(new NewDossierInput(procedure.Id, "02/03/2099 09:00", DossierChannel.Counter, "A", null))).Errors["ReceivedAt"], StringComparison.Ordinal);
        Assert.True((await entry.CreateAsync(new NewDossierInput(procedure.Id, "02/03/2026 09:00", DossierChannel.Counter, "", null))).Errors.ContainsKey("ApplicantName"));

        var dossier = (await entry.CreateAsync(new NewDossierInput(procedure.Id, "02/03/2026 09:00", DossierChannel.Counter, "Lê Văn Nam", "0912 000 111"))).Value!;
        Assert.Equal(new DateOnly(2026, 3, 5), dossier.AppointmentDate);
        var id = dossier.Id;

        async Task<string?> Refused(DossierEventKind kind, string at, string? reason = null)
        {
            var r = await entry.RecordAsync(id, new DossierEventInput(kind, at, reason));
            return r.Succeeded ? null : string.Join(" ", r.Errors.Values);
        }

        Assert.Contains("không thể ghi \"Đã trả kết quả\"", await Refused(DossierEventKind.Returned, "03/03/2026 10:00"), StringComparison.Ordinal);
        Assert.Contains("trước thời điểm tiếp nhận", await Refused(DossierEventKind.Processed, "01/03/2026 10:00"), StringComparison.Ordinal);
        Assert.Contains("không thể ghi \"Công dân đã bổ sung hồ sơ\"", await Refused(DossierEventKind.SupplementSupplied, "03/03/2026 10:00"), StringComparison.Ordinal);
        Assert.Contains("dd/MM/yyyy HH:mm", await Refused(DossierEventKind.Processed, "ngày mai"), StringComparison.Ordinal);
        Assert.Null(await Refused(DossierEventKind.SupplementRequested, "02/03/2026 14:00"));
        Assert.Contains("đang ở bước \"Chờ công dân bổ sung\"", await Refused(DossierEventKind.Processed, "03/03/2026 10:00"), StringComparison.Ordinal);
        Assert.Contains("trước sự kiện đã ghi gần nhất", await Refused(DossierEventKind.SupplementSupplied, "02/03/2026 13:00"), StringComparison.Ordinal);
        Assert.Null(await Refused(DossierEventKind.SupplementSupplied, "04/03/2026 09:00"));
        Assert.Contains("trước sự kiện đã ghi gần nhất", await Refused(DossierEventKind.Processed, "03/03/2026 16:00"), StringComparison.Ordinal);
        Assert.Contains("lý do từ chối", await Refused(DossierEventKind.Rejected, "04/03/2026 10:00"), StringComparison.Ordinal);
        Assert.Null(await Refused(DossierEventKind.Processed, "06/03/2026 10:00"));
        Assert.Contains("trước sự kiện đã ghi gần nhất", await Refused(DossierEventKind.Returned, "05/03/2026 10:00"), StringComparison.Ordinal);
        Assert.Contains("không thể ghi \"Từ chối giải quyết\"", await Refused(DossierEventKind.Rejected, "06/03/2026 11:00", "Thiếu giấy tờ"), StringComparison.Ordinal);
        Assert.Null(await Refused(DossierEventKind.Returned, "06/03/2026 14:00"));
        Assert.Contains("đang ở bước \"Đã trả kết quả\"", await Refused(DossierEventKind.Withdrawn, "07/03/2026 10:00"), StringComparison.Ordinal);

        // Due 05/03, the pause 02/03 14:00 → 04/03 09:00 stops the clock for 03/03 and 04/03: due 09/03, processed 06/03 is early.
        var detail = await entry.DetailAsync(id);
        Assert.Equal(new DateOnly(2026, 3, 9), detail!.Evaluation!.DueDate);
        Assert.Equal(DossierStatus.ResolvedEarly, detail.Evaluation.Status);
        Assert.Equal([DossierEventKind.Received, DossierEventKind.SupplementRequested, DossierEventKind.SupplementSupplied, DossierEventKind.Processed, DossierEventKind.Returned],
            detail.Events.Select(e => e.Kind));
        Assert.Equal(DossierStage.Returned, detail.Stage);
        Assert.Empty(detail.Allowed);

        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var key = id.ToString();
        Assert.Equal(5, await db.DossierEvents.CountAsync(e => e.DossierId == id));
        Assert.Equal(5, await db.AuditEntries.CountAsync(a => a.Entity == nameof(DossierEvent) && a.Action == AuditAction.Create && a.After!.Contains(key)));
        Assert.True(await db.AuditEntries.CountAsync(a => a.Entity == nameof(Dossier) && a.EntityId.Contains(key)) >= 3);

        // A refusal carries its reason into the events.
        var other = (await entry.CreateAsync(new NewDossierInput(procedure.Id, "02/03/2026 09:00", DossierChannel.Counter, "Lê Văn Nam", null))).Value!;
        Assert.True((await entry.RecordAsync(other.Id, new DossierEventInput(DossierEventKind.Rejected, "03/03/2026 10:00", "Không thuộc thẩm quyền"))).Succeeded);
        var refused = await entry.DetailAsync(other.Id);
        Assert.Equal(DossierStatus.Rejected, refused!.Evaluation!.Status);
        Assert.Equal("Không thuộc thẩm quyền", Assert.Single(refused.Events, e => e.Kind == DossierEventKind.Rejected).Reason);
        Assert.Contains("đang ở bước \"Đã từ chối\"", string.Join(" ", (await entry.RecordAsync(other.Id, new DossierEventInput(DossierEventKind.Processed, "04/03/2026 10:00"))).Errors.Values), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_province_day_off_pushes_the_computed_due_date_and_leaves_another_province_alone()
    {
        var registry = App.Registry();
        var mine = App.TwoCommunesOfOneProvince().Mine;
        var province = TenantAccess.ProvinceOf(mine.Id, registry)!.Value;
        var foreign = App.Communes().First(c => TenantAccess.ProvinceOf(c.Id, registry) is { } p && p != province);

        async Task<(Guid Dossier, string Code)> DossierWithoutAppointmentAsync(Guid tenant)
        {
            var procedure = await ProcedureAsync(tenant, "3 ngày làm việc");
            await using var scope = App.TenantScope(tenant);
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            var dossier = new Dossier { Code = Unique("OVR-"), ProcedureId = procedure.Id, ReceivedAt = new DateTime(2025, 3, 3, 9, 0, 0), ProcessedAt = new DateTime(2025, 3, 7, 10, 0, 0) };
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync();
            return (dossier.Id, dossier.Code);
        }

        async Task<DossierEvaluation> EvaluateAsync(Guid tenant, string code)
        {
            await using var scope = App.TenantScope(tenant);
            var row = Assert.Single((await scope.ServiceProvider.GetRequiredService<DossierService>().ListAsync(new DossierFilter(Code: code))).Rows);
            return row.Evaluation!;
        }

        var here = await DossierWithoutAppointmentAsync(mine.Id);
        var there = await DossierWithoutAppointmentAsync(foreign.Id);
        // Received Mon 03/03/2025: 4, 5, 6 → due Thu 06/03; processed Fri 07/03 is late.
        Assert.Equal(new DateOnly(2025, 3, 6), (await EvaluateAsync(mine.Id, here.Code)).DueDate);
        Assert.Equal(DossierStatus.ResolvedLate, (await EvaluateAsync(mine.Id, here.Code)).Status);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem("test");
            var saved = await scope.ServiceProvider.GetRequiredService<CalendarService>().SetAsync(province, new DateOnly(2025, 3, 5), DayOffKind.CompensatoryDayOff, "Nghỉ theo thông báo của tỉnh (thử)", null);
            Assert.True(saved.Succeeded);
        }

        var moved = await EvaluateAsync(mine.Id, here.Code);
        Assert.Equal(new DateOnly(2025, 3, 7), moved.DueDate);
        Assert.Equal(DossierStatus.ResolvedOnTime, moved.Status);
        Assert.Equal(new DateOnly(2025, 3, 6), (await EvaluateAsync(foreign.Id, there.Code)).DueDate);

        await using (var scope = App.TenantScope(mine.Id))
        {
            var procedure = await ProcedureAsync(mine.Id, "3 ngày");
            var due = await scope.ServiceProvider.GetRequiredService<DossierEntryService>().AppointmentAsync(procedure.Id, "03/03/2025 09:00");
            Assert.Equal(new DateOnly(2025, 3, 7), due.Value!.Date);
        }

        await using (var scope = App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem("test");
            Assert.True(await scope.ServiceProvider.GetRequiredService<CalendarService>().RemoveAsync(province, new DateOnly(2025, 3, 5)));
        }

        Assert.Equal(new DateOnly(2025, 3, 6), (await EvaluateAsync(mine.Id, here.Code)).DueDate);
    }

    [Fact]
    public async Task New_pages_check_roles_and_the_forms_work_end_to_end()
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var staff = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, mine.Id));
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, mine.Id));
        var officer = await App.SignInAsync(App.UserName(Roles.Officer, mine.Id));

        static bool Denied(HttpResponseMessage r) => r.StatusCode == HttpStatusCode.Forbidden
            || (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.OriginalString.Contains("AccessDenied", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/Dossiers/New")).StatusCode);
        Assert.True(Denied(await chairman.GetAsync("/Dossiers/New")));
        Assert.True(Denied(await officer.GetAsync("/Dossiers/New")));
        Assert.True(Denied(await officer.GetAsync("/Dossiers/Procedures")));
        Assert.Contains("procedure-import-form", await chairman.GetStringAsync("/Dossiers/Procedures"), StringComparison.Ordinal);

        // Catalogue upload through the page: preview, then save.
        var code = Unique("P.W-");
        var page = await staff.GetStringAsync("/Dossiers/Procedures");
        Assert.Contains("procedure-import-form", page, StringComparison.Ordinal);
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(AppFactory.FormToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(Xlsx(["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết", "Phí, lệ phí", "Trực tuyến toàn trình"], [code, "Thủ tục qua web (thử)", "Hộ tịch", "02 ngày làm việc", "8.000 đồng", "Có"])), "upload", "danh-muc.xlsx" },
        };
        var preview = await (await staff.PostAsync("/Dossiers/Procedures?handler=Preview", upload)).Content.ReadAsStringAsync();
        Assert.Contains("sẽ thêm <strong>1</strong>", preview, StringComparison.Ordinal);
        var payload = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(preview, "name=\"Payload\" value=\"([^\"]+)\"").Groups[1].Value);
        var saved = await staff.PostAsync("/Dossiers/Procedures?handler=Import", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(preview), ["FileName"] = "danh-muc.xlsx", ["Payload"] = payload,
        }));
        Assert.Contains("đã thêm <strong>1</strong>", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Guid procedureId;
        await using (var scope = App.TenantScope(mine.Id))
        {
            procedureId = (await scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Procedures.SingleAsync(p => p.Code == code)).Id;
        }

        // Edit form: a bad time is refused with its field named, a good one saved.
        var edit = await chairman.GetStringAsync($"/Dossiers/Procedures/{procedureId}");
        async Task<HttpResponseMessage> PostEdit(string time) => await chairman.PostAsync($"/Dossiers/Procedures/{procedureId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(edit), ["Name"] = "Thủ tục qua web (sửa)", ["Field"] = "Hộ tịch", ["ProcessingTime"] = time, ["Fee"] = "Không",
        }));
        Assert.Contains("&#x27;Thời hạn giải quyết&#x27;", await (await PostEdit("hai tuần")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostEdit("Trong ngày")).StatusCode);
        Assert.True(Denied(await officer.GetAsync($"/Dossiers/Procedures/{procedureId}")));

        // Receipt form: after the cut-off on Fri 13/02/2026, a same-day procedure is due on the next working day (23/02).
        var form = await staff.GetStringAsync("/Dossiers/New");
        var created = await staff.PostAsync("/Dossiers/New", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(form), ["ProcedureId"] = procedureId.ToString(), ["ReceivedAt"] = "13/02/2026 16:10",
            ["Channel"] = "Counter", ["ApplicantName"] = "Phạm Thu Hà", ["ApplicantPhone"] = "0903 111 222", ["Digitised"] = "true",
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var detailUrl = created.Headers.Location!.OriginalString;
        var detail = await staff.GetStringAsync(detailUrl);
        Assert.Contains("23/02/2026", detail, StringComparison.Ordinal);
        Assert.Contains("dossier-event-form", detail, StringComparison.Ordinal);

        // The chairman reads the dossier but may not record events.
        var chairmanView = await chairman.GetStringAsync(detailUrl);
        Assert.DoesNotContain("dossier-event-form", chairmanView, StringComparison.Ordinal);
        Assert.True(Denied(await chairman.PostAsync(detailUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(chairmanView), ["Kind"] = "Processed", ["At"] = "23/02/2026 10:00",
        }))));

        var returnedFirst = await staff.PostAsync(detailUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(detail), ["Kind"] = "Returned", ["At"] = "23/02/2026 10:00",
        }));
        Assert.Contains("không thể ghi", await returnedFirst.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var processed = await staff.PostAsync(detailUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(detail), ["Kind"] = "Processed", ["At"] = "23/02/2026 10:00",
        }));
        Assert.Equal(HttpStatusCode.Redirect, processed.StatusCode);
        Assert.Contains("Đã giải quyết đúng hạn", await staff.GetStringAsync(detailUrl), StringComparison.Ordinal);
    }
}

public sealed class SqliteProcedureEntryTests(SqliteApp fixture) : ProcedureEntryTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresProcedureEntryTests(PostgresApp fixture) : ProcedureEntryTests(fixture), IClassFixture<PostgresApp>;

/// <summary>procedures import from the command line: dry run, errors, save, re-import.</summary>
public sealed class ProcedureCliTests
{
    [Fact]
    public async Task Procedures_import_previews_refuses_bad_files_and_updates_on_re_import()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var cs = database.Options.ConnectionString;
        string[] db = ["--provider", "Sqlite", "--connection", cs];
        Assert.Equal(0, await CliProgram.RunAsync(["migrate", .. db]));
        await using (var services = CliHost.Build(cs, "Sqlite"))
        {
            await using var scope = services.SystemScope("test");
            var context = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            context.Tenants.Add(new Tenant { Code = "T-PROC", Name = "Xã Thử Nghiệm", Kind = TenantKind.Commune, Type = LocalityType.Commune });
            await context.SaveChangesAsync();
        }

        long Count(string sql)
        {
            using var connection = new SqliteConnection(cs);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)command.ExecuteScalar()!;
        }

        var folder = Path.Combine(Path.GetTempPath(), "reformdesk-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var good = Path.Combine(folder, "danh-muc.xlsx");
        await File.WriteAllBytesAsync(good, ProcedureEntryTests.Xlsx(["Mã thủ tục", "Tên thủ tục", "Thời hạn giải quyết", "Phí, lệ phí"], ["CLI.1", "Thủ tục một", "Trong ngày", "10.000 đồng/bản"], ["CLI.2", "Thủ tục hai", "05 ngày làm việc", "Không"]));
        var bad = Path.Combine(folder, "loi.csv");
        await File.WriteAllTextAsync(bad, "Mã thủ tục,Tên thủ tục,Thời hạn giải quyết\nCLI.3,Thủ tục ba,hai tuần\n", new UTF8Encoding(true));

        Assert.Equal(2, await CliProgram.RunAsync(["procedures", "import", good, "--commune", "KHONG-CO", .. db]));
        Assert.Equal(0, await CliProgram.RunAsync(["procedures", "import", good, "--commune", "T-PROC", "--dry-run", .. db]));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM Procedures"));
        Assert.Equal(3, await CliProgram.RunAsync(["procedures", "import", bad, "--commune", "T-PROC", .. db]));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM Procedures"));
        Assert.Equal(0, await CliProgram.RunAsync(["procedures", "import", good, "--commune", "T-PROC", .. db]));
        Assert.Equal(0, await CliProgram.RunAsync(["procedures", "import", good, "--commune", "T-PROC", .. db]));
        Assert.Equal(2, Count("SELECT COUNT(*) FROM Procedures"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM Procedures WHERE Code = 'CLI.1' AND SameDay = 1 AND CAST(Fee AS REAL) = 10000"));
        Directory.Delete(folder, recursive: true);
        SqliteConnection.ClearAllPools();
    }
}
