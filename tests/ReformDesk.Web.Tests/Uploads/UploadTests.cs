using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Fuzz;
using ReformDesk.Web.Features.Dossiers;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Uploads;

/// <summary>Uploads through the real forms: the request-size limit, refused files, the import queue, and a short fuzz run per provider.</summary>
public abstract class UploadTests(AppFixture fixture)
{
    private AppFactory App => fixture.App;

    private async Task<int> DossierCountAsync(Guid tenantId)
    {
        await using var scope = App.TenantScope(tenantId);
        return await scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Dossiers.CountAsync();
    }

    [Fact]
    public async Task A_request_larger_than_the_forms_limit_gets_the_form_back_with_a_vietnamese_message()
    {
        var commune = App.Communes()[0];
        var staff = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, commune.Id));
        var token = AppFactory.FormToken(await staff.GetStringAsync("/Dossiers/Procedures"));
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[12 * 1024 * 1024]), "upload", "danh-muc.xlsx" }, // the form takes 8 MB
        };
        var response = await staff.PostAsync("/Dossiers/Procedures?handler=Preview", upload);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Dossiers/Procedures", response.Headers.Location!.OriginalString);
        var page = await staff.GetStringAsync("/Dossiers/Procedures");
        Assert.Contains("Tệp tải lên quá lớn: biểu mẫu danh mục thủ tục nhận tệp tối đa 8 MB. Hãy chia nhỏ tệp rồi tải lên lại.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Bad Request", page, StringComparison.Ordinal);
        // Shown once: the message does not stick to the page.
        Assert.DoesNotContain("Tệp tải lên quá lớn", await staff.GetStringAsync("/Dossiers/Procedures"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_column_bomb_posted_to_the_dossier_log_form_is_refused_in_vietnamese_and_nothing_is_stored()
    {
        var commune = App.Communes()[1];
        var before = await DossierCountAsync(commune.Id);
        var staff = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, commune.Id));
        foreach (var (form, handler) in new[] { ("/Dossiers/Import", "Preview"), ("/Dossiers/Procedures", "Preview") })
        {
            var token = AppFactory.FormToken(await staff.GetStringAsync(form));
            using var upload = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(Bombs.ColumnBomb()), "upload", "so-theo-doi.xlsx" },
            };
            var response = await staff.PostAsync($"{form}?handler={handler}", upload);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Dòng 2: có dữ liệu ở cột thứ 16.385, vượt giới hạn 100 cột.", html, StringComparison.Ordinal);
        }

        // A damaged payload posted to the import step is checked again and refused.
        var importToken = AppFactory.FormToken(await staff.GetStringAsync("/Dossiers/Import"));
        var import = await staff.PostAsync("/Dossiers/Import?handler=Import", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["FileName"] = "so-theo-doi.xlsx", ["Payload"] = Convert.ToBase64String(Bombs.DeepXml()), ["__RequestVerificationToken"] = importToken,
        }));
        Assert.Contains("lồng nhau quá 128 cấp", WebUtility.HtmlDecode(await import.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await DossierCountAsync(commune.Id));
    }

    [Fact]
    public async Task Background_imports_run_one_per_commune_under_a_global_limit_and_the_rest_wait_with_their_position()
    {
        var communes = App.Communes();
        var jobs = App.Services.GetRequiredService<ImportJobs>();
        var guard = App.Services.GetRequiredService<UploadGuard>();
        var release = new Dictionary<Guid, TaskCompletionSource>();
        var started = new List<string>();
        var original = jobs.Run;
        jobs.Run = async (_, job, _, _) =>
        {
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (release)
            {
                release[job.Id] = gate;
                started.Add(job.FileName);
            }

            await gate.Task;
            return new DossierImportResult(0, 0, 0, 0, 0, 0, [], null, true);
        };
        try
        {
            ImportJob Start(Guid tenant, string name)
            {
                var requester = new TenantContext();
                requester.SetUser(null, "test");
                requester.SetTenant(tenant, readOnly: false);
                return jobs.Start(requester, guard.Check(Samples.DossierCsv(2), name, UploadForm.DossierLog).Upload!, "Cổng DVC tỉnh", out _)!;
            }

            var a1 = Start(communes[0].Id, "a1.csv");
            var a2 = Start(communes[0].Id, "a2.csv");
            var b1 = Start(communes[1].Id, "b1.csv");
            var c1 = Start(communes[2].Id, "c1.csv");
            await WaitAsync(() => started.Count == 2);
            Assert.Equal(["a1.csv", "b1.csv"], started.Order());
            Assert.Equal((null, 1, null, 2), (jobs.QueuePosition(a1), jobs.QueuePosition(a2), jobs.QueuePosition(b1), jobs.QueuePosition(c1)));

            // The waiting job's commune sees its position on the page and in the JSON progress.
            var staff = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, communes[0].Id));
            Assert.Contains("Đang chờ đến lượt: vị trí thứ 1 trong hàng đợi", await staff.GetStringAsync($"/Dossiers/Import?job={a2.Id}"), StringComparison.Ordinal);
            using var json = System.Text.Json.JsonDocument.Parse(await staff.GetStringAsync($"/api/dossiers/import-jobs/{a2.Id}"));
            Assert.Equal(1, json.RootElement.GetProperty("queuePosition").GetInt32());
            Assert.Equal("Đang chờ đến lượt", json.RootElement.GetProperty("stage").GetString());

            // a1 ends: a2 (same commune, first in line) takes the free place; c1 moves up.
            Release(a1);
            await WaitAsync(() => started.Count == 3);
            Assert.Equal("a2.csv", started[2]);
            Assert.Equal(1, jobs.QueuePosition(c1));
            Release(b1);
            await WaitAsync(() => started.Count == 4);
            Release(a2);
            Release(c1);
            await WaitAsync(() => c1.Finished && a2.Finished);
            Assert.Null(jobs.QueuePosition(c1));
        }
        finally
        {
            jobs.Run = original;
        }

        void Release(ImportJob job)
        {
            lock (release) release[job.Id].SetResult();
        }
    }

    private static async Task WaitAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(25);
        Assert.True(condition());
    }

    /// <summary>A few hundred mutated files per format through every importer (the full run is the bench's `fuzz` command).</summary>
    [Fact]
    public async Task Fuzzed_uploads_never_throw_store_nothing_when_refused_and_stay_under_512_mb()
    {
        var commune = App.Communes()[3];
        // The test process also holds the app and its database, so a case may add 512 MB to what is resident at the start.
        var ceiling = Environment.WorkingSet + FuzzRunner.MemoryCeiling;
        var report = await new FuzzRunner(() => App.TenantScope(commune.Id), seed: 9).RunAsync(CasesPerFormat, quick: true, memoryCeiling: ceiling);
        Assert.All(report.Formats, f => Assert.Equal(CasesPerFormat, f.Cases));
        Assert.True(report.Failures.Count == 0, string.Join("\n", report.Failures.Take(10).Select(f => $"{f.Format} #{f.Case} {f.Importer} [{f.Mutation}]: {f.What}")));
    }

    protected abstract int CasesPerFormat { get; }
}

public sealed class SqliteUploadTests(SqliteApp fixture) : UploadTests(fixture), IClassFixture<SqliteApp>
{
    protected override int CasesPerFormat => 200;
}

public sealed class PostgresUploadTests(PostgresApp fixture) : UploadTests(fixture), IClassFixture<PostgresApp>
{
    protected override int CasesPerFormat => 50;
}
