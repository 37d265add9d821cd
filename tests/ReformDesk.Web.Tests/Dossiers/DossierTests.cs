using ReformDesk.Core.Platform.Uploads;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Dossiers;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Dossiers;

/// <summary>Dossier logs on each real database: idempotent import, row errors, encodings, tenancy, the citizen lookup.</summary>
public abstract class DossierTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Header = "STT,Mã hồ sơ,Mã thủ tục,Tên thủ tục,Thời hạn giải quyết,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Ngày trả kết quả,Kênh nộp,Số hóa,Thanh toán trực tuyến,Số lần yêu cầu bổ sung,Người nộp,Số điện thoại";

    private TestDatabase? database;

    protected AppFactory App { get; private set; } = null!;

    static DossierTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

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

    private (Tenant Mine, Tenant Other) Communes => App.TwoCommunesOfOneProvince();

    private static string Row(int n, string code, string processed = "06/03/2026 10:00", string phone = "0912 345 678") =>
        $"{n},{code},T.KS-01,Đăng ký khai sinh (thử),5,02/03/2026 09:00,09/03/2026,{processed},{processed},Trực tiếp,Có,Không,0,Nguyễn Văn Bình,{phone}";

    private static byte[] Utf8Bom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    private async Task<DossierImportResult> ImportAsync(Guid tenantId, byte[] content, string fileName = "log.csv", string source = "Cổng DVC tỉnh")
    {
        await using var scope = App.TenantScope(tenantId);
        return await scope.ServiceProvider.GetRequiredService<DossierLogImporter>().ImportAsync(scope.ServiceProvider.Upload(content, fileName, UploadForm.DossierLog), source);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_adds_nothing_and_an_edited_row_is_updated()
    {
        var tenant = Communes.Mine.Id;
        var prefix = "IDEM-" + Guid.NewGuid().ToString("N")[..6];
        var lines = new[] { Header, Row(1, prefix + "-1"), Row(2, prefix + "-2"), Row(3, prefix + "-3") };
        var progress = new List<ImportProgress>();
        ImportProgress? last = null;

        await using (var scope = App.TenantScope(tenant))
        {
            var first = await scope.ServiceProvider.GetRequiredService<DossierLogImporter>()
                .ImportAsync(scope.ServiceProvider.Upload(Utf8Bom(string.Join("\r\n", lines)), "log.csv", UploadForm.DossierLog), "Cổng DVC tỉnh", new InlineProgress(p => { progress.Add(p); last = p; }));
            Assert.True(first.Succeeded);
            Assert.Equal((3, 0, 0, 0), (first.Added, first.Updated, first.Unchanged, first.ErrorRows));
            Assert.Equal(1, first.ProceduresCreated);
            Assert.Contains(first.Problems, p => p.Severity == ProblemSeverity.Warning && p.Message.Contains("T.KS-01", StringComparison.Ordinal));
        }

        Assert.Equal(3, last!.Processed);

        var second = await ImportAsync(tenant, Utf8Bom(string.Join("\r\n", lines)));
        Assert.Equal((0, 0, 3), (second.Added, second.Updated, second.Unchanged));
        Assert.Equal(0, second.ProceduresCreated);

        lines[2] = Row(2, prefix + "-2", processed: "10/03/2026 10:00");
        var third = await ImportAsync(tenant, Utf8Bom(string.Join("\r\n", lines)));
        Assert.Equal((0, 1, 2), (third.Added, third.Updated, third.Unchanged));

        await using var check = App.TenantScope(tenant);
        var db = check.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        Assert.Equal(3, await db.Dossiers.CountAsync(d => d.Code.StartsWith(prefix)));
        var edited = await db.Dossiers.SingleAsync(d => d.Code == prefix + "-2");
        Assert.Equal(new DateTime(2026, 3, 10, 10, 0, 0), edited.ProcessedAt);
        Assert.Equal(DateTimeKind.Unspecified, edited.ReceivedAt.Kind);
        Assert.Equal(new DateTime(2026, 3, 2, 9, 0, 0), edited.ReceivedAt);

        // The status is derived: processed on 10/03 after the appointment of 09/03 is late; 06/03 is early.
        var list = await check.ServiceProvider.GetRequiredService<DossierService>().ListAsync(new DossierFilter(Code: prefix + "-2"));
        Assert.Equal(ReformDesk.Core.Dossiers.Rules.DossierStatus.ResolvedLate, Assert.Single(list.Rows).Status);
        var early = await check.ServiceProvider.GetRequiredService<DossierService>().ListAsync(new DossierFilter(Code: prefix + "-1"));
        Assert.Equal(ReformDesk.Core.Dossiers.Rules.DossierStatus.ResolvedEarly, Assert.Single(early.Rows).Status);
        Assert.Single(await db.ImportMappings.Where(m => m.SourceName == "Cổng DVC tỉnh").ToListAsync());
    }

    [Fact]
    public async Task A_bulk_imported_dossier_reads_back_field_for_field_with_one_audit_entry_per_batch_and_counted_indicators()
    {
        var tenant = Communes.Mine.Id;
        var prefix = "BULK-" + Guid.NewGuid().ToString("N")[..6];
        var procedure = "P-" + prefix;
        const string header = "Mã hồ sơ,Mã thủ tục,Tên thủ tục,Thời hạn giải quyết,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Ngày trả kết quả,Kênh nộp,Số hóa,Trực tuyến toàn trình,Thanh toán trực tuyến,Số lần yêu cầu bổ sung,Ngày yêu cầu bổ sung,Ngày bổ sung,Số lần đến,Người nộp,Số điện thoại";
        var csv = string.Join("\n", header,
            $"{prefix}-1,{procedure},Chứng thực bản sao,5,02/03/2026 09:00,09/03/2026,06/03/2026 10:00,06/03/2026 15:30,Trực tuyến,Có,Có,Có,2,03/03/2026 08:00,04/03/2026 14:00,0,Trần Thị Mai,0987 654 321",
            $"{prefix}-2,{procedure},Chứng thực bản sao,5,02/03/2026 09:30,09/03/2026,10/03/2026 10:00,,Trực tiếp,Không,Không,Không,0,,,3,,");
        var result = await ImportAsync(tenant, Encoding.UTF8.GetBytes(csv), "bulk.csv");
        Assert.True(result.Succeeded, result.Fatal);
        Assert.Equal(2, result.Added);

        await using var scope = App.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var first = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Code == prefix + "-1");
        Assert.Equal(tenant, first.TenantId);
        Assert.Equal(new DateTime(2026, 3, 2, 9, 0, 0), first.ReceivedAt);
        Assert.Equal(new DateOnly(2026, 3, 9), first.AppointmentDate);
        Assert.Equal(new DateTime(2026, 3, 6, 10, 0, 0), first.ProcessedAt);
        Assert.Equal(new DateTime(2026, 3, 6, 15, 30, 0), first.ReturnedAt);
        Assert.Null(first.RejectedAt);
        Assert.Equal(ReformDesk.Core.Dossiers.Rules.DossierChannel.Online, first.Channel);
        Assert.True(first.Digitised && first.FullyOnline && first.PaidOnline);
        Assert.Equal(("Trần Thị Mai", "0987 654 321", "Cổng DVC tỉnh"), (first.ApplicantName, first.ApplicantPhone, first.SourceName));
        Assert.Equal(64, first.RowHash!.Length);
        var supplements = await db.DossierSupplements.AsNoTracking().Where(x => x.DossierId == first.Id).ToListAsync();
        Assert.Equal(2, supplements.Count);
        Assert.All(supplements, x => Assert.Equal((new DateTime(2026, 3, 3, 8, 0, 0), (DateTime?)new DateTime(2026, 3, 4, 14, 0, 0)), (x.RequestedAt, x.SuppliedAt)));
        var second = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Code == prefix + "-2");
        Assert.Equal((ReformDesk.Core.Dossiers.Rules.DossierChannel.Counter, 3, false), (second.Channel, second.Visits, second.Digitised));
        Assert.Null(second.ApplicantName);

        // One audit entry for the batch, naming the file, the person and both codes.
        var audit = Assert.Single(await db.AuditEntries.AsNoTracking().Where(a => a.Entity == nameof(Dossier) && a.After!.Contains(prefix + "-1")).ToListAsync());
        Assert.Equal((AuditAction.Create, "test"), (audit.Action, audit.UserName));
        Assert.StartsWith("nhập 2 hồ sơ", audit.EntityId, StringComparison.Ordinal);
        Assert.Contains("bulk.csv", audit.After, StringComparison.Ordinal);
        Assert.Contains(prefix + "-2", audit.After, StringComparison.Ordinal);
        // The batch entry is a link of the commune's audit chain like any other.
        Assert.NotNull(audit.Sequence);
        var chain = Assert.Single(await AuditChain.VerifyAsync(db, tenant));
        Assert.True(chain.Intact, chain.Break?.Reason);
        Assert.True(chain.LastSequence >= audit.Sequence);

        // Indicators recomputed at the end of the import; no stale mark left. Both are late: the first was asked for
        // supplements twice (which counts as late whatever the dates), the second was processed after its appointment.
        Assert.False(await db.DossierAggregateMarks.AnyAsync());
        var procedureId = await db.Procedures.Where(p => p.Code == procedure).Select(p => p.Id).SingleAsync();
        var march = await db.DossierMonthlyCounts.AsNoTracking().Where(c => c.ProcedureId == procedureId && c.Month == new DateOnly(2026, 3, 1)).ToListAsync();
        Assert.Equal((2, 0, 2, 1, 1), (march.Sum(c => c.Received), march.Sum(c => c.ResolvedEarly), march.Sum(c => c.ResolvedLate), march.Sum(c => c.ClosedSupplementedMoreThanOnce), march.Sum(c => c.ClosedMultiVisit)));
    }

    [Fact]
    public async Task A_stale_mark_left_by_an_interrupted_import_is_recomputed_on_the_next_read()
    {
        var tenant = Communes.Mine.Id;
        var prefix = "MARK-" + Guid.NewGuid().ToString("N")[..6];
        var csv = Header + "\n" + Row(1, prefix + "-1").Replace("T.KS-01", "P-" + prefix, StringComparison.Ordinal);
        Assert.Equal(1, (await ImportAsync(tenant, Encoding.UTF8.GetBytes(csv))).Added);
        var march = new DateOnly(2026, 3, 1);
        Guid procedureId;
        await using (var scope = App.TenantScope(tenant))
        {
            // What a crash after a batch's commit and before the final recompute leaves: the mark, and counts without the batch.
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            procedureId = await db.Procedures.Where(p => p.Code == "P-" + prefix).Select(p => p.Id).SingleAsync();
            await db.DossierMonthlyCounts.Where(c => c.ProcedureId == procedureId).ExecuteDeleteAsync();
            db.DossierAggregateMarks.Add(new DossierAggregateMark { TenantId = tenant, Month = march, ProcedureId = procedureId });
            await db.SaveChangesAsync();
        }

        await using var read = App.TenantScope(tenant);
        var set = await read.ServiceProvider.GetRequiredService<IndicatorService>().ComputeAsync(ReformDesk.Core.Dossiers.Rules.ReportingPeriod.Month(2026, 3), procedureId: procedureId);
        Assert.Equal(1, set.Counts.Received);
        Assert.Equal(1, set.Counts.ResolvedEarly);
        Assert.False(await read.ServiceProvider.GetRequiredService<ReformDeskDbContext>().DossierAggregateMarks.AnyAsync());
    }

    [Fact]
    public async Task A_file_broken_part_way_writes_nothing_and_says_where()
    {
        var tenant = Communes.Mine.Id;
        var prefix = "BROKEN-" + Guid.NewGuid().ToString("N")[..6];
        var csv = string.Join("\n", Header, Row(1, prefix + "-1"), Row(2, prefix + "-2"), "3,\"x\"y\"z,T.KS-01", Row(4, prefix + "-4"));
        var result = await ImportAsync(tenant, Encoding.UTF8.GetBytes(csv));
        Assert.False(result.Succeeded);
        Assert.StartsWith("Dòng 4: sai định dạng CSV", result.Fatal, StringComparison.Ordinal);
        await using var scope = App.TenantScope(tenant);
        Assert.False(await scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Dossiers.AnyAsync(d => d.Code.StartsWith(prefix)));
    }

    [Fact]
    public async Task Bad_rows_are_reported_by_row_number_and_skipped_while_good_rows_are_saved()
    {
        var tenant = Communes.Mine.Id;
        var prefix = "BAD-" + Guid.NewGuid().ToString("N")[..6];
        var csv = string.Join("\n",
            Header,
            Row(1, prefix + "-1"),
            $"2,{prefix}-2,T.KS-01,Đăng ký khai sinh (thử),5,2026-13-45 9h,,,,Trực tiếp,Có,Không,0,,",
            $"3,,T.KS-01,Đăng ký khai sinh (thử),5,02/03/2026 09:00,,,,Trực tiếp,Có,Không,0,,",
            $"4,{prefix}-4,T.KS-01,Đăng ký khai sinh (thử),5,02/03/2026 09:00,,01/03/2026 08:00,,Qua mạng xã hội,Có,Không,0,,",
            Row(5, prefix + "-5"),
            Row(6, prefix + "-1"));
        var result = await ImportAsync(tenant, Encoding.UTF8.GetBytes(csv));

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Added);
        Assert.Equal(4, result.ErrorRows);
        var messages = result.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.Message).ToList();
        Assert.Contains("Dòng 3: 'Ngày tiếp nhận' không đúng dạng dd/MM/yyyy HH:mm (giá trị \"2026-13-45 9h\").", messages);
        Assert.Contains("Dòng 4: 'Mã hồ sơ' bị bỏ trống.", messages);
        Assert.Contains(messages, m => m.StartsWith("Dòng 5: 'Ngày có kết quả' (01/03/2026 08:00) sớm hơn 'Ngày tiếp nhận'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Dòng 5: 'Kênh nộp' không rõ", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Dòng 7: mã hồ sơ", StringComparison.Ordinal) && m.Contains("trùng với dòng 2", StringComparison.Ordinal));

        await using var scope = App.TenantScope(tenant);
        var codes = await scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Dossiers.Where(d => d.Code.StartsWith(prefix)).Select(d => d.Code).OrderBy(c => c).ToListAsync();
        Assert.Equal([prefix + "-1", prefix + "-5"], codes);
    }

    [Theory]
    [InlineData(1258)]
    [InlineData(1200)]
    public async Task Windows_1258_and_UTF_16_logs_read_with_their_Vietnamese_intact(int codePage)
    {
        var tenant = Communes.Mine.Id;
        var prefix = $"ENC{codePage}-" + Guid.NewGuid().ToString("N")[..6];
        var csv = "Mã hồ sơ;Mã thủ tục;Tên thủ tục;Ngày tiếp nhận;Kênh nộp;Số hóa\r\n"
                  + $"{prefix}-1;T.KH-{codePage};Đăng ký kết hôn;05/01/2026 08:30;Trực tuyến;Đã số hóa\r\n";
        var encoding = Encoding.GetEncoding(codePage);
        byte[] bytes = codePage == 1200 ? [.. encoding.GetPreamble(), .. encoding.GetBytes(csv)] : encoding.GetBytes(ToneMarksDecomposed(csv));
        var result = await ImportAsync(tenant, bytes);
        Assert.True(result.Succeeded, result.Fatal);
        Assert.Equal(1, result.Added);

        await using var scope = App.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var procedure = await db.Procedures.SingleAsync(p => p.Code == $"T.KH-{codePage}");
        Assert.Equal("Đăng ký kết hôn", procedure.Name);
        var dossier = await db.Dossiers.SingleAsync(d => d.Code == prefix + "-1");
        Assert.Equal(ReformDesk.Core.Dossiers.Rules.DossierChannel.Online, dossier.Channel);
        Assert.True(dossier.Digitised);
    }

    [Fact]
    public async Task A_saved_mapping_lets_a_source_use_its_own_headers()
    {
        var tenant = Communes.Mine.Id;
        var csv = "Số HS tỉnh,Mã thủ tục,Thời điểm nhận\nMAP-1,T.KS-01,02/03/2026\n";
        var refused = await ImportAsync(tenant, Encoding.UTF8.GetBytes(csv), source: "Hệ thống cũ");
        Assert.False(refused.Succeeded);
        Assert.Contains("'Mã hồ sơ'", refused.Fatal, StringComparison.Ordinal);
        Assert.Contains("'Ngày tiếp nhận'", refused.Fatal, StringComparison.Ordinal);

        await using (var scope = App.TenantScope(tenant))
        {
            await scope.ServiceProvider.GetRequiredService<DossierLogImporter>().SaveMappingAsync("Hệ thống cũ",
                new Dictionary<DossierField, string> { [DossierField.Code] = "so hs tinh", [DossierField.ReceivedAt] = "Thời điểm nhận" });
        }

        var accepted = await ImportAsync(tenant, Encoding.UTF8.GetBytes(csv), source: "Hệ thống cũ");
        Assert.True(accepted.Succeeded, accepted.Fatal);
        Assert.Equal(1, accepted.Added);
    }

    [Fact]
    public async Task Dossiers_stay_inside_their_commune()
    {
        var (mine, other) = Communes;
        var code = "TENANT-" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(1, (await ImportAsync(mine.Id, Encoding.UTF8.GetBytes(Header + "\n" + Row(1, code)))).Added);

        await using (var scope = App.TenantScope(other.Id))
        {
            var service = scope.ServiceProvider.GetRequiredService<DossierService>();
            Assert.Equal(0, (await service.ListAsync(new DossierFilter(Code: code))).Total);
            Assert.DoesNotContain(await service.ProceduresAsync(), p => p.Procedure.Code == "T.KS-01");
        }

        var otherChairman = await App.SignInAsync(App.UserName(Roles.Chairman, other.Id));
        var foreign = await otherChairman.GetFromJsonAsync<Dictionary<string, object>>($"/api/dossiers?code={code}");
        Assert.Equal("0", foreign!["total"].ToString());
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, mine.Id));
        var own = await chairman.GetFromJsonAsync<Dictionary<string, object>>($"/api/dossiers?code={code}");
        Assert.Equal("1", own!["total"].ToString());

        // The same code in another commune is a different dossier, not an update of this one.
        Assert.Equal(1, (await ImportAsync(other.Id, Encoding.UTF8.GetBytes(Header + "\n" + Row(1, code)))).Added);
    }

    [Fact]
    public async Task Staff_pages_open_for_one_stop_staff_and_stay_closed_to_officers()
    {
        var mine = Communes.Mine;
        var staff = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, mine.Id));
        foreach (var url in new[] { "/Dossiers", "/Dossiers?status=ResolvedLate", "/Dossiers/Procedures", "/Dossiers/Import", "/api/dossiers/procedures" })
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(url)).StatusCode);
        }

        var list = await staff.GetStringAsync("/Dossiers");
        Assert.Contains("hồ sơ · trang 1/", list, StringComparison.Ordinal);
        Assert.Contains("Chứng thực bản sao từ bản chính giấy tờ, văn bản", await staff.GetStringAsync("/Dossiers/Procedures"), StringComparison.Ordinal);

        var officer = await App.SignInAsync(App.UserName(Roles.Officer, mine.Id));
        var refused = await officer.GetAsync("/Dossiers");
        Assert.True(refused.StatusCode == HttpStatusCode.Redirect && refused.Headers.Location!.OriginalString.Contains("AccessDenied", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/dossiers")).StatusCode);
    }

    [Fact]
    public async Task An_import_from_the_page_runs_in_the_background_with_progress_only_its_commune_can_see()
    {
        var (mine, other) = Communes;
        var prefix = "JOB-" + Guid.NewGuid().ToString("N")[..6];
        var csv = string.Join("\n", new[] { Header }.Concat(Enumerable.Range(1, 12).Select(i => Row(i, $"{prefix}-{i}"))));
        var staff = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, mine.Id));
        var token = AppFactory.FormToken(await staff.GetStringAsync("/Dossiers/Import"));
        using var upload = new MultipartFormDataContent
        {
            { new StringContent("Cổng DVC tỉnh"), "SourceName" },
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "upload", "nhat-ky.csv" },
        };
        var preview = await (await staff.PostAsync("/Dossiers/Import?handler=Preview", upload)).Content.ReadAsStringAsync();
        Assert.Contains("sẽ thêm <strong>12</strong>", preview, StringComparison.Ordinal);
        var payload = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(preview, "name=\"Payload\" value=\"([^\"]+)\"").Groups[1].Value);

        var started = await staff.PostAsync("/Dossiers/Import?handler=Import", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["SourceName"] = "Cổng DVC tỉnh", ["FileName"] = "nhat-ky.csv", ["Payload"] = payload, ["__RequestVerificationToken"] = AppFactory.FormToken(preview),
        }));
        Assert.True(started.StatusCode == HttpStatusCode.Redirect, await started.Content.ReadAsStringAsync());
        var location = started.Headers.Location!.OriginalString;
        var jobId = System.Text.RegularExpressions.Regex.Match(location, "job=([0-9a-f-]{36})").Groups[1].Value;
        Assert.NotEmpty(jobId);

        System.Text.Json.JsonElement status = default;
        for (var i = 0; i < 100; i++)
        {
            status = System.Text.Json.JsonDocument.Parse(await staff.GetStringAsync($"/api/dossiers/import-jobs/{jobId}")).RootElement;
            if (status.GetProperty("finished").GetBoolean()) break;
            await Task.Delay(100);
        }

        Assert.True(status.GetProperty("finished").GetBoolean());
        Assert.Equal(100, status.GetProperty("percent").GetInt32());
        Assert.Equal(12, status.GetProperty("result").GetProperty("added").GetInt32());
        var page = await staff.GetStringAsync(location);
        Assert.Contains("Hoàn tất", page, StringComparison.Ordinal);
        Assert.Contains("đã thêm <strong>12</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", page, StringComparison.Ordinal);

        // The other commune's staff cannot see the job, through the page or the API.
        var stranger = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, other.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/dossiers/import-jobs/{jobId}")).StatusCode);
        await using var scope = App.TenantScope(mine.Id);
        Assert.Equal(12, await scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Dossiers.CountAsync(d => d.Code.StartsWith(prefix)));
    }

    [Fact]
    public async Task The_citizen_lookup_shows_status_without_personal_data_refuses_wrong_digits_and_is_rate_limited()
    {
        var code = "LOOKUP-" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(1, (await ImportAsync(Communes.Mine.Id, Encoding.UTF8.GetBytes(Header + "\n" + Row(1, code, phone: "0912 345 678")))).Added);

        var client = App.Anonymous();
        var form = await client.GetStringAsync("/tra-cuu");
        var token = AppFactory.FormToken(form);
        async Task<HttpResponseMessage> LookupAsync(string c, string digits) =>
            await client.PostAsync("/tra-cuu", new FormUrlEncodedContent(new Dictionary<string, string> { ["Code"] = c, ["Digits"] = digits, ["__RequestVerificationToken"] = token }));

        var found = await (await LookupAsync(code, "5678")).Content.ReadAsStringAsync();
        Assert.Contains("Đăng ký khai sinh (thử)", found, StringComparison.Ordinal);
        Assert.Contains("09/03/2026", found, StringComparison.Ordinal);
        Assert.Contains("Đã giải quyết trước hạn", found, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn Văn Bình", found, StringComparison.Ordinal);
        // The antiforgery token is random and may hold any digits: check what the page shows, without hidden fields.
        var shown = System.Text.RegularExpressions.Regex.Replace(found, "<input[^>]*type=\"hidden\"[^>]*>", "");
        Assert.DoesNotContain("345", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("5678", shown, StringComparison.Ordinal);

        var wrongDigits = await (await LookupAsync(code, "5679")).Content.ReadAsStringAsync();
        var wrongCode = await (await LookupAsync(code + "X", "5678")).Content.ReadAsStringAsync();
        Assert.Contains(LookupModel.NotFoundMessage, wrongDigits, StringComparison.Ordinal);
        Assert.Contains(LookupModel.NotFoundMessage, wrongCode, StringComparison.Ordinal);
        Assert.DoesNotContain("Đăng ký khai sinh (thử)", wrongDigits, StringComparison.Ordinal);
        Assert.Equal(Strip(wrongDigits, code), Strip(wrongCode, code + "X"));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            statuses.Add((await LookupAsync(code, "0000")).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    // The two "not found" pages differ only by the code echoed in the input box (and the fresh antiforgery token).
    private static string Strip(string html, string code) =>
        System.Text.RegularExpressions.Regex.Replace(html.Replace(code, "", StringComparison.Ordinal), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "");

    /// <summary>Vietnamese as Windows-1258 stores it: precomposed base letters (â, ơ, ư…) followed by combining tone marks.</summary>
    private static string ToneMarksDecomposed(string text)
    {
        const string tones = "\u0300\u0301\u0303\u0309\u0323";
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            sb.Append(new string(d.Where(x => !tones.Contains(x)).ToArray()).Normalize(NormalizationForm.FormC));
            sb.Append(d.Where(x => tones.Contains(x)).ToArray());
        }

        return sb.ToString();
    }

    private sealed class InlineProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

public sealed class SqliteDossierTests() : DossierTests(DatabaseProvider.Sqlite);

public sealed class PostgresDossierTests() : DossierTests(DatabaseProvider.Postgres);
