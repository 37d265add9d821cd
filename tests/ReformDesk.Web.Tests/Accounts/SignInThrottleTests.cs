using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Demo;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Accounts;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Accounts;

/// <summary>The throttle's arithmetic, with a clock the test moves.</summary>
public sealed class SignInThrottleRuleTests
{
    private sealed class MovableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly MovableClock clock = new();

    private SignInThrottle Throttle(SignInThrottleOptions? options = null) => new(Options.Create(options ?? new SignInThrottleOptions()), clock);

    [Fact]
    public void After_the_free_failures_each_attempt_waits_twice_as_long_up_to_the_cap()
    {
        var throttle = Throttle(new SignInThrottleOptions { AccountClientFreeFailures = 5, MaxClientDelaySeconds = 60 });
        for (var i = 0; i < 4; i++)
        {
            throttle.RecordFailure("10.0.0.1", "chutich");
        }

        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("10.0.0.1", "chutich"));
        var waits = new List<double>();
        for (var i = 0; i < 8; i++)
        {
            throttle.RecordFailure("10.0.0.1", "chutich");
            waits.Add(throttle.WaitFor("10.0.0.1", "chutich").TotalSeconds);
            clock.Now += throttle.WaitFor("10.0.0.1", "chutich");
        }

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60], waits);
    }

    [Fact]
    public void A_strangers_failures_do_not_stop_the_owner_on_another_client()
    {
        var throttle = Throttle();
        for (var i = 0; i < 12; i++)
        {
            throttle.RecordFailure("203.0.113.9", "chutich");
        }

        Assert.True(throttle.WaitFor("203.0.113.9", "chutich") > TimeSpan.FromMinutes(1));
        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("10.0.0.7", "chutich"));
        Assert.True(throttle.IsAccountDelayed("chutich"));
    }

    [Fact]
    public void Many_clients_together_only_slow_the_account_by_the_account_cap()
    {
        var throttle = Throttle(new SignInThrottleOptions { AccountFreeFailures = 50, MaxAccountDelaySeconds = 60 });
        for (var i = 0; i < 80; i++)
        {
            throttle.RecordFailure($"198.51.100.{i}", "chutich");
        }

        var owner = throttle.WaitFor("10.0.0.7", "CHUTICH ");
        Assert.InRange(owner.TotalSeconds, 1, 60);
        clock.Now += TimeSpan.FromSeconds(61);
        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("10.0.0.7", "chutich"));
    }

    [Fact]
    public void One_client_guessing_many_names_is_slowed_and_unknown_names_count_alike()
    {
        var throttle = Throttle(new SignInThrottleOptions { ClientFreeFailures = 20 });
        for (var i = 0; i < 20; i++)
        {
            throttle.RecordFailure("203.0.113.5", "khongtontai" + i);
        }

        Assert.True(throttle.WaitFor("203.0.113.5", "ten-moi") > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("203.0.113.6", "ten-moi"));
    }

    [Fact]
    public void Success_and_an_administrators_unlock_clear_the_account_but_failures_are_forgotten_anyway()
    {
        var throttle = Throttle();
        for (var i = 0; i < 6; i++)
        {
            throttle.RecordFailure("10.0.0.1", "canbo");
            throttle.RecordFailure("10.0.0.2", "motcua");
        }

        throttle.RecordSuccess("10.0.0.1", "canbo");
        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("10.0.0.1", "canbo"));
        throttle.ForgetAccount("MOTCUA");
        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("10.0.0.2", "motcua"));

        throttle.RecordFailure("10.0.0.3", "x");
        for (var i = 0; i < 6; i++)
        {
            throttle.RecordFailure("10.0.0.3", "hoidong");
        }

        clock.Now += TimeSpan.FromMinutes(61);
        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("10.0.0.3", "hoidong"));
    }
}

/// <summary>The login page against the throttle: same answer for unknown users and wrong passwords, 429 with a Vietnamese wait.</summary>
public sealed class SignInAbuseTests(SignInAbuseTests.App fixture) : IClassFixture<SignInAbuseTests.App>
{
    /// <summary>Counts password verifications, to prove an unknown user name costs a hash like a known one.</summary>
    public sealed class CountingHasher(IOptions<PasswordHasherOptions> options) : IPasswordHasher<AppUser>
    {
        private static int verifications;
        private readonly PasswordHasher<AppUser> inner = new(options);

        public static int Verifications => Volatile.Read(ref verifications);

        public string HashPassword(AppUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    public sealed class App : IAsyncLifetime
    {
        private TestDatabase? database;

        public AppFactory Factory { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
            Factory = new AppFactory(database.Options, configure: b => b.ConfigureServices(s => s.AddScoped<IPasswordHasher<AppUser>, CountingHasher>()));
            _ = Factory.Server;
        }

        public async Task DisposeAsync()
        {
            await Factory.DisposeAsync();
            await database!.DisposeAsync();
        }
    }

    private AppFactory Factory => fixture.Factory;

    /// <summary>The page without its antiforgery token and the typed user name, which differ by design.</summary>
    private static string Visible(string html, string userName) =>
        Regex.Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "").Replace($"value=\"{userName}\"", "");

    [Fact]
    public async Task An_unknown_user_and_a_wrong_password_get_the_same_answer_and_the_same_work()
    {
        var (mine, _) = Factory.TwoCommunesOfOneProvince();
        var chairman = Factory.UserName(Roles.Chairman, mine.Id);

        var before = CountingHasher.Verifications;
        var unknown = await AppFactory.PostLoginAsync(Factory.AnonymousFrom("192.0.2.10"), "chutich.khongco", "SaiMatKhau@1");
        Assert.Equal(1, CountingHasher.Verifications - before);
        before = CountingHasher.Verifications;
        var wrong = await AppFactory.PostLoginAsync(Factory.AnonymousFrom("192.0.2.11"), chairman, "SaiMatKhau@1");
        Assert.Equal(1, CountingHasher.Verifications - before);

        Assert.Equal(unknown.StatusCode, wrong.StatusCode);
        var unknownBody = await unknown.Content.ReadAsStringAsync();
        Assert.Contains(LoginModel.WrongCredentials, unknownBody);
        Assert.Equal(Visible(unknownBody, "chutich.khongco"), Visible(await wrong.Content.ReadAsStringAsync(), chairman));
    }

    [Fact]
    public async Task A_stranger_hammering_the_chairman_waits_longer_each_time_while_the_chairman_signs_in()
    {
        var (_, other) = Factory.TwoCommunesOfOneProvince();
        var chairman = Factory.UserName(Roles.Chairman, other.Id);
        var stranger = Factory.AnonymousFrom("203.0.113.50");
        for (var i = 0; i < 5; i++)
        {
            var failed = await AppFactory.PostLoginAsync(stranger, chairman, "DoanMo@" + i);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var throttled = await AppFactory.PostLoginAsync(stranger, chairman, DemoSeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.True(int.Parse(throttled.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Matches("Đăng nhập sai nhiều lần. Vui lòng chờ \\d+ giây rồi thử lại.", await throttled.Content.ReadAsStringAsync());

        // The same wait for a name that does not exist: the throttle tells nothing about which names are real.
        var ghost = Factory.AnonymousFrom("203.0.113.51");
        for (var i = 0; i < 5; i++)
        {
            await AppFactory.PostLoginAsync(ghost, "khong.ton.tai", "DoanMo@" + i);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await AppFactory.PostLoginAsync(ghost, "khong.ton.tai", "DoanMo@9")).StatusCode);

        var owner = await AppFactory.PostLoginAsync(Factory.AnonymousFrom("10.1.1.1"), chairman, DemoSeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
    }

    [Fact]
    public async Task The_administrators_unlock_lifts_the_wait()
    {
        var (mine, _) = Factory.TwoCommunesOfOneProvince();
        var victimName = Factory.UserName(Roles.Supervisor, mine.Id);
        var stranger = Factory.AnonymousFrom("203.0.113.60");
        for (var i = 0; i < 6; i++)
        {
            await AppFactory.PostLoginAsync(stranger, victimName, "DoanMo@" + i);
        }

        var admin = await Factory.SignInAsync(Factory.UserName(Roles.CommuneAdmin, mine.Id));
        var list = await admin.GetStringAsync("/Admin/Users");
        Assert.Contains("Tạm chặn do đăng nhập sai", list);
        var victim = Factory.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Users.Single(u => u.UserName == victimName).Id);
        Assert.Equal(HttpStatusCode.OK, (await admin.CallAsync(HttpMethod.Post, $"/api/users/{victim}/unlock")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostLoginAsync(stranger, victimName, DemoSeeder.DemoPassword)).StatusCode);
    }
}
