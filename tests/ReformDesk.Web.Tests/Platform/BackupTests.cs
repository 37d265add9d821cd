using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Platform;

/// <summary>A backup carries what a restore needs: a session signed in before the backup still works on the restored copy.</summary>
public sealed class BackupTests
{
    private static HttpClient CookielessClient(AppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);

    /// <summary>Signs in through the real form without a cookie jar and returns the sign-in cookie as a browser would keep it.</summary>
    private static async Task<string> SessionCookieAsync(AppFactory app, string userName)
    {
        var client = CookielessClient(app);
        var page = await client.GetAsync("/Account/Login");
        var antiforgery = Cookies(page);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = userName,
                ["Password"] = ReformDesk.Core.Demo.DemoSeeder.DemoPassword,
                ["__RequestVerificationToken"] = AppFactory.FormToken(await page.Content.ReadAsStringAsync()),
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var response = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = response.Headers.GetValues("Set-Cookie").Select(v => v.Split(';')[0]).Single(c => c.StartsWith("rd_auth=", StringComparison.Ordinal));
        return session;
    }

    private static async Task<HttpResponseMessage> HomeAsync(AppFactory app, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Admin/Audit");
        request.Headers.Add("Cookie", cookie);
        return await CookielessClient(app).SendAsync(request);
    }

    [Fact]
    public async Task A_restored_backup_in_a_fresh_folder_accepts_a_session_cookie_issued_before_the_backup()
    {
        var root = Path.Combine(Path.GetTempPath(), "reformdesk-tests", "restore-" + Guid.NewGuid().ToString("N"));
        await using var original = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var zip = Path.Combine(root, "backup", "reformdesk.zip");
        string cookie;
        await using (var app = new AppFactory(original.Options, keysFolder: Path.Combine(root, "keys-original")))
        {
            cookie = await SessionCookieAsync(app, "chutich.tranhungdao");
            Assert.Equal(HttpStatusCode.OK, (await HomeAsync(app, cookie)).StatusCode);
            var (code, output) = await AuditChainTests<SqliteApp>.RunCliAsync(
                ["backup", zip, "--provider", "Sqlite", "--connection", original.Options.ConnectionString, "--keys-folder", app.KeysFolder]);
            Assert.True(code == 0, output);
            Assert.Contains("khóa vào", output, StringComparison.Ordinal);
        }

        var fresh = Path.Combine(root, "fresh");
        var restored = new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(fresh, "data", "reformdesk.db"), Pooling = false }.ToString(),
        };
        var keys = Path.Combine(fresh, "data", "keys");
        var restore = await AuditChainTests<SqliteApp>.RunCliAsync(["restore", zip, "--provider", "Sqlite", "--connection", restored.ConnectionString, "--keys-folder", keys]);
        Assert.True(restore.Code == 0, restore.Output);
        // Restoring over an existing database is refused.
        Assert.Equal(1, (await AuditChainTests<SqliteApp>.RunCliAsync(["restore", zip, "--provider", "Sqlite", "--connection", restored.ConnectionString, "--keys-folder", keys])).Code);

        await using (var app = new AppFactory(restored, keysFolder: keys))
        {
            var response = await HomeAsync(app, cookie);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Nhật ký thay đổi", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The same database without the keys: the old cookie no longer opens anything, which is why the backup carries them.
        await using (var app = new AppFactory(restored, keysFolder: Path.Combine(root, "keys-empty")))
        {
            var response = await HomeAsync(app, cookie);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }
}
