using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Dossiers;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Dossiers;

/// <summary>One seeded app whose per-address lookup limit is out of the way, so these tests see only the per-code limit.</summary>
public abstract class LookupApp(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? database;

    public AppFactory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        App = new AppFactory(database.Options);
        App.Settings["CitizenLookup:PermitsPerMinute"] = "10000";
        _ = App.Server;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await database!.DisposeAsync();
    }
}

public sealed class SqliteLookupApp() : LookupApp(DatabaseProvider.Sqlite);

public sealed class PostgresLookupApp() : LookupApp(DatabaseProvider.Postgres);

/// <summary>The citizen lookup: the receipt's random key and QR link, the phone fallback's per-code limit, no personal data.</summary>
public abstract partial class LookupTests(LookupApp fixture)
{
    private AppFactory App => fixture.App;

    private async Task<(HttpClient Staff, Guid Id, string Code)> ReceiveAsync(string phone)
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var staff = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, mine.Id));
        var procedureId = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Procedures.Where(p => p.TenantId == mine.Id).Select(p => p.Id).First());
        var form = await staff.GetStringAsync("/Dossiers/New");
        var created = await staff.PostAsync("/Dossiers/New", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(form), ["ProcedureId"] = procedureId.ToString(), ["ReceivedAt"] = "13/02/2026 09:10",
            ["Channel"] = "Counter", ["ApplicantName"] = "Phạm Thu Hà", ["ApplicantPhone"] = phone,
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);
        var code = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Dossiers.IgnoreQueryFilters().Single(d => d.Id == id).Code);
        return (staff, id, code);
    }

    private static async Task<HttpResponseMessage> PostLookupAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var form = await client.GetStringAsync("/tra-cuu");
        fields["__RequestVerificationToken"] = AppFactory.FormToken(form);
        return await client.PostAsync("/tra-cuu", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task A_received_dossier_has_a_printed_key_and_QR_link_that_show_its_status_without_personal_data()
    {
        var (staff, id, code) = await ReceiveAsync("0912 345 678");
        Assert.Contains("receipt-link", await staff.GetStringAsync($"/Dossiers/{id}"), StringComparison.Ordinal);

        var receipt = await staff.GetStringAsync($"/Dossiers/{id}/Receipt");
        Assert.Contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", receipt, StringComparison.Ordinal);
        Assert.Contains(code, receipt, StringComparison.Ordinal);
        var printed = KeyPattern().Match(receipt);
        Assert.True(printed.Success, "no lookup key on the receipt");
        var key = printed.Groups[1].Value.Replace("-", "", StringComparison.Ordinal);
        Assert.Equal(LookupKeys.Length, key.Length);
        Assert.All(key, c => Assert.Contains(c, LookupKeys.Alphabet));
        Assert.Contains("<svg", receipt, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", receipt, StringComparison.Ordinal);
        var stored = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Dossiers.IgnoreQueryFilters().Single(d => d.Id == id));
        Assert.Equal(stored.LookupKey, key);
        Assert.Contains($"/tra-cuu?ma={Uri.EscapeDataString(code)}&amp;khoa={key}", receipt, StringComparison.Ordinal);
        Assert.Contains(stored.AppointmentDate!.Value.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), receipt, StringComparison.Ordinal);

        // The QR code's link shows the status straight away, for anyone holding it, and nothing personal.
        var citizen = App.Anonymous();
        var shown = await citizen.GetStringAsync($"/tra-cuu?ma={Uri.EscapeDataString(code)}&khoa={key}");
        Assert.Contains("lookup-result", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Phạm Thu Hà", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("345", shown, StringComparison.Ordinal);

        // Typed with dashes and in lower case, it works too; a wrong key or another dossier's code does not.
        var typed = await (await PostLookupAsync(citizen, new() { ["Code"] = code, ["Key"] = LookupKeys.Display(key).ToLowerInvariant() })).Content.ReadAsStringAsync();
        Assert.Contains("lookup-result", typed, StringComparison.Ordinal);
        Assert.DoesNotContain(key, typed, StringComparison.Ordinal);
        var wrongKey = await citizen.GetStringAsync($"/tra-cuu?ma={Uri.EscapeDataString(code)}&khoa={LookupKeys.New()}");
        Assert.Contains(LookupModel.NotFoundMessage, wrongKey, StringComparison.Ordinal);
        Assert.DoesNotContain("lookup-result", wrongKey, StringComparison.Ordinal);
        var otherCode = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Dossiers.IgnoreQueryFilters().First(d => d.Id != id && d.LookupKey != null).Code);
        Assert.Contains(LookupModel.NotFoundMessage, await citizen.GetStringAsync($"/tra-cuu?ma={Uri.EscapeDataString(otherCode)}&khoa={key}"), StringComparison.Ordinal);

        // The key never reaches the audit log, which more people read than the desk.
        var audited = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().AuditEntries.IgnoreQueryFilters()
            .Where(a => a.EntityId == id.ToString()).Select(a => a.After ?? "").ToList());
        Assert.NotEmpty(audited);
        Assert.All(audited, a => Assert.DoesNotContain(key, a, StringComparison.Ordinal));

        // Staff who only read dossiers do not print receipts (nor see the key).
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, App.TwoCommunesOfOneProvince().Mine.Id));
        var denied = await chairman.GetAsync($"/Dossiers/{id}/Receipt");
        Assert.True(denied.StatusCode == HttpStatusCode.Forbidden || denied.Headers.Location?.OriginalString.Contains("AccessDenied", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Imported_and_demo_dossiers_have_distinct_keys_and_an_older_dossier_gets_one_when_its_receipt_is_printed()
    {
        var keys = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Dossiers.IgnoreQueryFilters().Select(d => d.LookupKey).ToList());
        Assert.True(keys.Count > 100);
        Assert.All(keys, k => Assert.NotNull(k));
        Assert.Equal(keys.Count, keys.Distinct().Count());

        var (staff, id, _) = await ReceiveAsync("0912 000 111");
        App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Dossiers.IgnoreQueryFilters().Where(d => d.Id == id)
            .ExecuteUpdate(s => s.SetProperty(d => d.LookupKey, (string?)null)));
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/Dossiers/{id}/Receipt")).StatusCode);
        var key = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Dossiers.IgnoreQueryFilters().Single(d => d.Id == id).LookupKey);
        Assert.NotNull(LookupKeys.Normalize(key));
        // Printed again, it keeps the same key.
        await staff.GetStringAsync($"/Dossiers/{id}/Receipt");
        Assert.Equal(key, App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Dossiers.IgnoreQueryFilters().Single(d => d.Id == id).LookupKey));
    }

    [Fact]
    public async Task The_phone_fallback_closes_for_a_code_after_five_failures_a_day_while_the_key_still_works()
    {
        var (staff, id, code) = await ReceiveAsync("0987 654 321");
        var citizen = App.Anonymous();
        var right = await (await PostLookupAsync(citizen, new() { ["Code"] = code, ["Digits"] = "4321" })).Content.ReadAsStringAsync();
        Assert.Contains("lookup-result", right, StringComparison.Ordinal);

        for (var i = 0; i < 5; i++)
        {
            var wrong = await PostLookupAsync(citizen, new() { ["Code"] = code, ["Digits"] = $"000{i}" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains(LookupModel.NotFoundMessage, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Now even the right digits are refused for this code, with a Vietnamese page and Retry-After until midnight in Vietnam.
        var closed = await PostLookupAsync(citizen, new() { ["Code"] = code, ["Digits"] = "4321" });
        Assert.Equal(HttpStatusCode.TooManyRequests, closed.StatusCode);
        var retry = closed.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retry, TimeSpan.FromSeconds(1), TimeSpan.FromHours(24));
        var page = await closed.Content.ReadAsStringAsync();
        Assert.Contains("tra cứu sai quá nhiều lần", page, StringComparison.Ordinal);
        Assert.DoesNotContain("lookup-result", page, StringComparison.Ordinal);

        // The count is stored, so a restarted or second instance (a fresh scope here) sees it.
        var failures = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().LookupAttempts.Single(a => a.Code == code.ToUpperInvariant()).Failures);
        Assert.Equal(5, failures);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<CitizenLookupService>().ByPhoneAsync(code, "4321");
            Assert.True(outcome.Limited);
        }

        // Other codes are unaffected, and the receipt's key still opens this one.
        var (_, _, otherCode) = await ReceiveAsync("0911 222 333");
        Assert.Contains("lookup-result", await (await PostLookupAsync(citizen, new() { ["Code"] = otherCode, ["Digits"] = "2333" })).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var key = KeyPattern().Match(await staff.GetStringAsync($"/Dossiers/{id}/Receipt")).Groups[1].Value;
        var byKey = await PostLookupAsync(citizen, new() { ["Code"] = code, ["Key"] = key });
        Assert.Equal(HttpStatusCode.OK, byKey.StatusCode);
        Assert.Contains("lookup-result", await byKey.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_without_key_or_digits_is_refused_in_Vietnamese_and_keeps_the_code()
    {
        var citizen = App.Anonymous();
        var response = await PostLookupAsync(citizen, new() { ["Code"] = "TN-000000-0001" });
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hãy nhập khóa tra cứu", page, StringComparison.Ordinal);
        Assert.Contains("value=\"TN-000000-0001\"", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("id=\"receipt-key\">([A-Z0-9-]+)<")]
    private static partial Regex KeyPattern();
}

public sealed class SqliteLookupTests(SqliteLookupApp fixture) : LookupTests(fixture), IClassFixture<SqliteLookupApp>;

public sealed class PostgresLookupTests(PostgresLookupApp fixture) : LookupTests(fixture), IClassFixture<PostgresLookupApp>;
