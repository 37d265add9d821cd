using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Accounts;

/// <summary>Sessions end on sign-out and password change, on every copy of the cookie, on each real database.</summary>
public abstract class SessionTests(AppFixture fixture)
{
    private AppFactory App => fixture.App;

    [Fact]
    public async Task Signing_out_makes_a_copied_cookie_worthless()
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var client = App.Anonymous();
        var login = await AppFactory.PostLoginAsync(client, App.UserName(Roles.DepartmentHead, mine.Id), Core.Demo.DemoSeeder.DemoPassword);
        var copied = AccountTestSupport.SessionCookies(login);
        Assert.NotEmpty(copied);

        var thief = App.Anonymous();
        thief.DefaultRequestHeaders.Add("Cookie", copied);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/")).StatusCode);

        var home = await client.GetStringAsync("/");
        var logout = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = AppFactory.FormToken(home) }));
        Assert.Equal("/Account/Login", logout.Headers.Location!.OriginalString);

        Assert.True((await thief.GetAsync("/")).IsLoginRedirect());
        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_and_keeps_this_one()
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var admin = await App.SignInAsync(App.UserName(Roles.CommuneAdmin, mine.Id));
        var (personId, _, unitId, _) = App.PersonAndUnit(mine.Id);
        var (_, userName, password) = await admin.CreateAccountAsync(null, personId, unitId, Roles.Officer);
        var here = await App.FirstSignInAsync(userName, password);
        var elsewhere = await App.SignInAsync(userName, AccountTestSupport.NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/")).StatusCode);

        var wrong = await AccountTestSupport.ChangePasswordAsync(here, "SaiMatKhau@99", "MatKhauThuBa@2026");
        Assert.Contains("Mật khẩu hiện tại không đúng.", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/")).StatusCode);

        var changed = await AccountTestSupport.ChangePasswordAsync(here, AccountTestSupport.NewPassword, "MatKhauThuBa@2026");
        Assert.Contains("Đã đổi mật khẩu", await changed.Content.ReadAsStringAsync());
        Assert.True((await elsewhere.GetAsync("/")).IsLoginRedirect());
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/")).StatusCode);
    }
}

public sealed class SqliteSessionTests(SqliteApp fixture) : SessionTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresSessionTests(PostgresApp fixture) : SessionTests(fixture), IClassFixture<PostgresApp>;

/// <summary>The idle timeout and its validation, with a clock the test moves.</summary>
public sealed class SessionSettingTests
{
    private sealed class MovableClock : TimeProvider
    {
        public TimeSpan Offset { get; set; }

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
    }

    [Fact]
    public async Task A_session_idle_longer_than_the_setting_ends()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var clock = new MovableClock();
        await using var app = new AppFactory(database.Options, configure: b =>
        {
            b.UseSetting("Sessions:IdleTimeoutMinutes", "20");
            b.ConfigureServices(s => s.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o => o.TimeProvider = clock));
        });
        var (mine, _) = app.TwoCommunesOfOneProvince();
        var client = await app.SignInAsync(app.UserName(Roles.Officer, mine.Id));

        clock.Offset = TimeSpan.FromMinutes(15);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        // Working renewed the session: another 15 minutes later it is still alive.
        clock.Offset = TimeSpan.FromMinutes(30);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        clock.Offset = TimeSpan.FromMinutes(51);
        Assert.True((await client.GetAsync("/")).IsLoginRedirect());
    }

    [Theory]
    [InlineData("Sessions:IdleTimeoutMinutes", "0")]
    [InlineData("SignIn:AccountClientFreeFailures", "0")]
    [InlineData("PublicPortal:CacheSeconds", "-5")]
    [InlineData("Smtp:Port", "0")]
    [InlineData("Smtp:From", "khong-phai-dia-chi-thu")]
    [InlineData("Reminders:IntervalMinutes", "0")]
    [InlineData("Pdf:ChromiumPath", "")]
    [InlineData("Demo:DossiersPerCommune", "-1")]
    [InlineData("CitizenLookup:PermitsPerMinute", "0")]
    public async Task A_setting_out_of_range_stops_the_start_saying_which(string key, string value)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new AppFactory(database.Options, configure: b => b.UseSetting(key, value));
        var error = Assert.ThrowsAny<Exception>(() => app.Server);
        var messages = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains(nameof(OptionsValidationException), string.Join(" ", Chain(error).Select(e => e.GetType().Name)));
        Assert.Contains(key.Split(':')[1], messages);
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }
}
