using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Browser;

/// <summary>The real app on a Kestrel port and Debian's headless Chromium driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private TestDatabase? database;
    private IPlaywright? playwright;

    public AppFactory App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        App = new AppFactory(database.Options, kestrel: true);
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        // Assertions retry until this long; the default five seconds is short for a two-core machine under the full suite.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("RD_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            // This machine has no network beyond loopback; stop Chromium from trying.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
        await database!.DisposeAsync();
    }

    /// <summary>Runs a journey in a fresh page; on failure keeps a screenshot under TestResults/screenshots.</summary>
    public async Task RunAsync(string name, Func<IPage, Task> journey, ViewportSize? viewport = null)
    {
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "vi-VN", ViewportSize = viewport });
        // CI machines are slower than a desk: give navigation and actions room, so a test fails on behaviour, not on load.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();
        try
        {
            await journey(page);
        }
        catch
        {
            var folder = Path.Combine(FindResultsFolder(), "screenshots");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
            throw;
        }
    }

    /// <summary>Keeps a screenshot for a person to look at when RD_SCREENSHOTS names a folder; does nothing otherwise.</summary>
    public static async Task SnapshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("RD_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    public static async Task SignInAsync(IPage page, string userName)
    {
        if (!page.Url.Contains("/Account/Login", StringComparison.Ordinal))
        {
            await page.GotoAsync("/Account/Login");
        }

        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", Core.Demo.DemoSeeder.DemoPassword);
        await page.ClickAsync("button:has-text('Đăng nhập')");
    }

    private static string FindResultsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReformDesk.sln")))
            {
                return Path.Combine(dir.FullName, "TestResults");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "TestResults");
    }
}
