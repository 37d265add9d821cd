using Microsoft.Playwright;
using ReformDesk.Core.Documents;

namespace ReformDesk.Web.Features.Documents;

/// <summary>Where the headless Chromium used for PDF printing lives (configuration section "Pdf").</summary>
public sealed class PdfOptions
{
    [System.ComponentModel.DataAnnotations.Required(AllowEmptyStrings = false, ErrorMessage = "Pdf:ChromiumPath phải chỉ đến tệp chạy Chromium, ví dụ /usr/bin/chromium.")]
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";
}

/// <summary>
/// Prints <see cref="HtmlDocumentRenderer"/>'s HTML to an A4 PDF with headless Chromium through Playwright.
/// One browser is started on first use and shared; each document gets its own context. A missing or broken
/// Chromium gives <see cref="PdfUnavailableException"/> with a Vietnamese message, never a crash.
/// </summary>
public sealed class ChromiumPdfRenderer(Microsoft.Extensions.Options.IOptions<PdfOptions> pdfOptions, ILogger<ChromiumPdfRenderer> logger) : IPdfRenderer, IAsyncDisposable
{
    private readonly PdfOptions options = pdfOptions.Value;

    private const string Unavailable = "Không tạo được tệp PDF vì máy chủ chưa cài đặt hoặc không khởi động được trình in Chromium. Vui lòng tải bản DOCX hoặc báo quản trị hệ thống.";

    private readonly SemaphoreSlim gate = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task<byte[]> RenderAsync(AdministrativeDocument document, CancellationToken ct = default)
    {
        var html = HtmlDocumentRenderer.Render(document);
        var chromium = await BrowserAsync(ct);
        try
        {
            await using var context = await chromium.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN", JavaScriptEnabled = false });
            var page = await context.NewPageAsync();
            await page.SetContentAsync(html);
            return await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        }
        catch (PlaywrightException e)
        {
            logger.LogError(e, "PDF printing failed");
            throw new PdfUnavailableException(Unavailable, e);
        }
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (browser is { IsConnected: true })
            {
                return browser;
            }

            if (!File.Exists(options.ChromiumPath))
            {
                logger.LogWarning("Chromium not found at {Path}; PDF printing is unavailable", options.ChromiumPath);
                throw new PdfUnavailableException(Unavailable);
            }

            try
            {
                playwright ??= await Playwright.CreateAsync();
                browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = options.ChromiumPath,
                    Headless = true,
                    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
                });
                return browser;
            }
            catch (Exception e) when (e is PlaywrightException or InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
            {
                logger.LogError(e, "Chromium at {Path} did not start", options.ChromiumPath);
                throw new PdfUnavailableException(Unavailable, e);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        gate.Dispose();
    }
}
