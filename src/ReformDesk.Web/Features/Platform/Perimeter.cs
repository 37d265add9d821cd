using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace ReformDesk.Web.Features.Platform;

/// <summary>
/// "ReverseProxy" settings: the addresses whose X-Forwarded-For / X-Forwarded-Proto are believed. Empty (the default)
/// believes nobody, so a client cannot pick its own address for the rate limits by sending the header itself.
/// Example: ReverseProxy__KnownProxies__0=10.0.0.5.
/// </summary>
public sealed class ReverseProxyOptions : IValidatableObject
{
    /// <summary>Proxy addresses, e.g. "10.0.0.5" or "::1".</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR form, e.g. "10.0.0.0/24".</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row may be trusted (hops read from the right of X-Forwarded-For).</summary>
    [Range(1, 10, ErrorMessage = "ReverseProxy:ForwardLimit phải từ 1 đến 10.")]
    public int ForwardLimit { get; set; } = 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"ReverseProxy:KnownProxies: \"{proxy}\" không phải địa chỉ IP (ví dụ 10.0.0.5).");
        }

        foreach (var network in KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"ReverseProxy:KnownNetworks: \"{network}\" không phải dải mạng CIDR (ví dụ 10.0.0.0/24).");
        }
    }
}

/// <summary>
/// The perimeter every response passes: security headers (CSP without inline script, no framing, nosniff, referrer),
/// forwarded headers from configured proxies only, HSTS and HTTPS redirection when HTTPS is in use, Secure cookies on
/// HTTPS requests, and Vietnamese status pages (HTML for people, ProblemDetails for /api).
/// </summary>
public static class Perimeter
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void AddPerimeter(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

        services.AddOptions<ReverseProxyOptions>().BindConfiguration("ReverseProxy").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((o, proxies) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = proxies.Value.ForwardLimit;
            // The framework trusts loopback by default; only what the administrator lists is trusted here.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.Value.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
        });
        // Cookies written by any feature (sign-in, antiforgery, the commune switcher) are Secure on HTTPS requests.
        services.Configure<CookiePolicyOptions>(o =>
        {
            o.Secure = CookieSecurePolicy.SameAsRequest;
            o.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.None;
            o.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
    }

    /// <summary>True when the host is told of an HTTPS port; on plain http://localhost no redirect is attempted.</summary>
    public static bool HttpsConfigured(IConfiguration config) =>
        !string.IsNullOrEmpty(config["https_port"]) || !string.IsNullOrEmpty(config["HTTPS_PORTS"])
        || (config["Urls"] ?? "").Contains("https://", StringComparison.OrdinalIgnoreCase)
        || config.GetSection("Kestrel:Endpoints").GetChildren().Any(e => (e["Url"] ?? "").StartsWith("https://", StringComparison.OrdinalIgnoreCase));

    /// <summary>The front of the pipeline, before static files so that they carry the headers too.</summary>
    public static void UsePerimeter(this WebApplication app)
    {
        // With no proxy listed the middleware would believe every sender, so it runs only when proxies are configured.
        var proxies = app.Services.GetRequiredService<IOptions<ReverseProxyOptions>>().Value;
        if (proxies.KnownProxies.Count > 0 || proxies.KnownNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        // OnStarting, because the exception handler clears the headers of a failed response before writing the error page.
        app.Use(static (context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        });
        app.UseHsts();
        if (HttpsConfigured(app.Configuration))
        {
            app.UseHttpsRedirection();
        }

        app.UseCookiePolicy();
        app.UseStatusCodePages(WriteStatusPageAsync);
    }

    public static (string Title, string Detail) StatusText(int status, string? retryAfter = null) => status switch
    {
        StatusCodes.Status400BadRequest => ("Yêu cầu không hợp lệ", "Yêu cầu gửi lên không đúng định dạng hoặc đã hết hạn. Vui lòng tải lại trang rồi thử lại."),
        StatusCodes.Status401Unauthorized => ("Chưa đăng nhập", "Vui lòng đăng nhập để tiếp tục."),
        StatusCodes.Status403Forbidden => ("Không có quyền truy cập", "Tài khoản của bạn không được phép thực hiện thao tác này."),
        StatusCodes.Status404NotFound => ("Không tìm thấy trang", "Địa chỉ không tồn tại hoặc dữ liệu đã bị xóa."),
        StatusCodes.Status405MethodNotAllowed => ("Thao tác không được hỗ trợ", "Trang này không nhận thao tác vừa gửi."),
        StatusCodes.Status413PayloadTooLarge => ("Tệp hoặc biểu mẫu quá lớn", "Dữ liệu gửi lên vượt quá giới hạn cho phép."),
        StatusCodes.Status429TooManyRequests => ("Quá nhiều lượt truy cập",
            retryAfter is null ? "Bạn đã thử quá nhiều lần. Vui lòng thử lại sau." : $"Bạn đã thử quá nhiều lần. Vui lòng thử lại sau {RetryText(retryAfter)}."),
        StatusCodes.Status503ServiceUnavailable => ("Dịch vụ tạm thời không sẵn sàng", "Vui lòng thử lại sau ít phút."),
        >= 500 => ("Có lỗi xảy ra", "Hệ thống gặp lỗi khi xử lý yêu cầu. Vui lòng thử lại hoặc báo quản trị viên."),
        _ => ("Không thực hiện được yêu cầu", "Vui lòng thử lại hoặc báo quản trị viên."),
    };

    /// <summary>"Retry-After" seconds as Vietnamese words ("45 giây", "3 phút", "2 giờ 5 phút").</summary>
    public static string RetryText(string retryAfter)
    {
        if (!int.TryParse(retryAfter, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
        {
            return "ít phút";
        }

        if (seconds < 60) return $"{Math.Max(seconds, 1)} giây";
        var minutes = (seconds + 59) / 60;
        return minutes < 60 ? $"{minutes} phút" : minutes % 60 == 0 ? $"{minutes / 60} giờ" : $"{minutes / 60} giờ {minutes % 60} phút";
    }

    private static async Task WriteStatusPageAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var (title, detail) = StatusText(status, http.Response.Headers.RetryAfter.FirstOrDefault());
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await http.Response.WriteAsJsonAsync(new { title, detail, status }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        var encoder = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        await http.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{encoder.Encode(title)} — ReformDesk</title><link rel="stylesheet" href="/css/site.css" /></head>
            <body><main><h1>{encoder.Encode(title)}</h1><p>{encoder.Encode(detail)}</p><p><a href="/">Về trang chủ</a></p></main></body></html>
            """);
    }
}
