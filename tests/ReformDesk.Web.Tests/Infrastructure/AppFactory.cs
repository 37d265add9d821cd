using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Demo;
using ReformDesk.Core.Platform;

namespace ReformDesk.Web.Tests.Infrastructure;

/// <summary>The real application on a real database, demo data loaded, as the README command runs it.</summary>
public sealed partial class AppFactory(
    DatabaseOptions database, bool kestrel = false, int? smtpPort = null, string? keysFolder = null, Action<IWebHostBuilder>? configure = null, bool demo = true)
    : WebApplicationFactory<Program>
{
    private readonly string keysFolder = keysFolder ?? Path.Combine(Path.GetTempPath(), "reformdesk-tests", "keys-" + Guid.NewGuid().ToString("N"));

    public DatabaseOptions Database { get; } = database;

    /// <summary>Extra settings for one test class, applied last (set before the server starts).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>Where this instance keeps its data-protection keys (what the backup must carry).</summary>
    public string KeysFolder => keysFolder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        if (demo)
        {
            builder.UseSetting("Demo:Enabled", "true");
        }

        // A few hundred demo dossiers per commune keep every test class's startup short.
        builder.UseSetting("Demo:DossiersPerCommune", "150");
        builder.UseSetting("DataProtection:KeysFolder", keysFolder);
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        // Tests run reminders explicitly; the timer would race them.
        builder.UseSetting("Reminders:Enabled", "false");
        if (smtpPort is { } port)
        {
            builder.UseSetting("Smtp:Host", "127.0.0.1");
            builder.UseSetting("Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // Hashing cost is a production concern; tests seed dozens of accounts per database.
        builder.ConfigureServices(s => s.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (kestrel)
        {
            UseKestrel(0);
        }

        TestClientAddress.Use(builder);
        configure?.Invoke(builder);
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client whose requests come from <paramref name="address"/> (see <see cref="TestClientAddress"/>), for the sign-in throttle.</summary>
    public HttpClient AnonymousFrom(string address)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return client;
    }

    /// <summary>A client signed in through the real login form.</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password = DemoSeeder.DemoPassword)
    {
        var client = Anonymous();
        var response = await PostLoginAsync(client, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {userName} failed: {response.StatusCode}");
        }

        return client;
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password)
    {
        var page = await client.GetStringAsync("/Account/Login");
        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = FormToken(page),
        }));
    }

    public static string FormToken(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No antiforgery token in the page.");

    /// <summary>The token JSON callers put in X-CSRF-TOKEN.</summary>
    public static async Task<string> ApiTokenAsync(HttpClient client)
    {
        var json = await client.GetFromJsonAsync<Dictionary<string, string>>("/api/antiforgery");
        return json!["token"];
    }

    /// <summary>A scope as a request of <paramref name="tenantId"/> would see it (user "test"); the caller disposes it.</summary>
    public AsyncServiceScope TenantScope(Guid tenantId, bool readOnly = false)
    {
        var scope = Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
        context.SetUser(null, "test");
        context.SetTenant(tenantId, readOnly);
        return scope;
    }

    public T WithSystemScope<T>(Func<IServiceProvider, T> action)
    {
        using var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem("test");
        return action(scope.ServiceProvider);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(keysFolder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>One seeded application per test class.</summary>
public abstract class AppFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? database;

    public AppFactory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        App = new AppFactory(database.Options);
        Configure(App);
        _ = App.Server; // starts the host: migrations and demo seeding run here
    }

    /// <summary>Settings of a fixture that needs them before the host starts.</summary>
    protected virtual void Configure(AppFactory app)
    {
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await database!.DisposeAsync();
    }
}

public sealed class SqliteApp() : AppFixture(DatabaseProvider.Sqlite);

public sealed class PostgresApp() : AppFixture(DatabaseProvider.Postgres);
