using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Accounts;

/// <summary>Builders and calls the account tests share: a person and unit of a commune, JSON calls with the antiforgery header.</summary>
public static class AccountTestSupport
{
    public const string NewPassword = "MatKhauMoi@2026x";

    /// <summary>A new official of the commune and one of its units, to link an account to.</summary>
    public static (Guid PersonId, string FullName, Guid UnitId, string UnitName) PersonAndUnit(this AppFactory app, Guid tenantId)
    {
        var name = "Nguyễn Văn Thử " + Guid.NewGuid().ToString("N")[..6];
        return app.WithSystemScope(sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            var person = new Person { TenantId = tenantId, FullName = name };
            db.People.Add(person);
            db.SaveChanges();
            var unit = db.Units.AsNoTracking().Where(u => u.TenantId == tenantId && u.IsActive).OrderBy(u => u.Name).First();
            return (person.Id, name, unit.Id, unit.Name);
        });
    }

    public static async Task<HttpResponseMessage> CallAsync(this HttpClient client, HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("X-CSRF-TOKEN", await AppFactory.ApiTokenAsync(client));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Creates an account through the API as <paramref name="admin"/>; returns its id and one-time password.</summary>
    public static async Task<(Guid Id, string UserName, string OneTimePassword)> CreateAccountAsync(
        this HttpClient admin, Guid? tenantId, Guid? personId, Guid? unitId, params string[] roles)
    {
        var userName = "tk." + Guid.NewGuid().ToString("N")[..10];
        var response = await admin.CallAsync(HttpMethod.Post, "/api/users", new { userName, tenantId, personId, unitId, roles, fullName = "Người dùng thử" });
        var json = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create answered {(int)response.StatusCode}: {json}");
        return (json.GetProperty("account").GetProperty("id").GetGuid(), userName, json.GetProperty("oneTimePassword").GetString()!);
    }

    /// <summary>The session cookies a response set, as a Cookie header a second client can replay.</summary>
    public static string SessionCookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => c.StartsWith("rd_auth", StringComparison.Ordinal)));

    /// <summary>Signs in and changes the one-time password, as a new user must before anything else.</summary>
    public static async Task<HttpClient> FirstSignInAsync(this AppFactory app, string userName, string oneTimePassword)
    {
        var client = app.Anonymous();
        var login = await AppFactory.PostLoginAsync(client, userName, oneTimePassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/Account/ChangePassword", login.Headers.Location!.OriginalString);
        var change = await ChangePasswordAsync(client, oneTimePassword, NewPassword);
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        Assert.Contains("Đã đổi mật khẩu", await change.Content.ReadAsStringAsync());
        return client;
    }

    public static async Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string current, string next, string? confirm = null)
    {
        var page = await client.GetStringAsync("/Account/ChangePassword");
        return await client.PostAsync("/Account/ChangePassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["CurrentPassword"] = current,
            ["NewPassword"] = next,
            ["ConfirmPassword"] = confirm ?? next,
            ["__RequestVerificationToken"] = AppFactory.FormToken(page),
        }));
    }

    public static bool IsLoginRedirect(this HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/Login", StringComparison.Ordinal);
}
