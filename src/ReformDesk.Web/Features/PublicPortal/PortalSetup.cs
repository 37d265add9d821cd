using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using ReformDesk.Core.CitizenVoice;

namespace ReformDesk.Web.Features.PublicPortal;

/// <summary>"PublicPortal" settings: how many requests one client address may make to the commune portal (/p/…).</summary>
public sealed class PublicPortalOptions
{
    public const string Section = "PublicPortal";

    /// <summary>Page views (GET) per client address per minute.</summary>
    [Range(1, 1_000_000, ErrorMessage = "PublicPortal:PagePermitsPerMinute phải từ 1 đến 1000000.")]
    public int PagePermitsPerMinute { get; set; } = 300;

    /// <summary>Form posts (feedback, lookup, rating) per client address per minute.</summary>
    [Range(1, 10_000, ErrorMessage = "PublicPortal:PostPermitsPerMinute phải từ 1 đến 10000.")]
    public int PostPermitsPerMinute { get; set; } = 10;
}

/// <summary>
/// The public commune portal: every page under Features/PublicPortal is anonymous, rate-limited per client address and
/// runs in a read-only scope of the commune named by its address (<see cref="PortalTenantFilter"/>). The folder is the
/// boundary: a page placed here gets all three, so no page can forget one.
/// </summary>
public static class PortalSetup
{
    public const string Folder = "/PublicPortal";
    public const string RateLimit = "public-portal";

    public static void AddPublicPortal(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<PublicCommunes>();
        services.AddScoped<PortalCommune>();
        services.AddScoped<PortalTenantFilter>();
        services.AddOptions<PublicPortalOptions>().BindConfiguration(PublicPortalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AllowAnonymousToFolder(Folder);
            o.Conventions.AddFolderApplicationModelConvention(Folder, model =>
            {
                model.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimit));
                model.Filters.Add(new ServiceFilterAttribute(typeof(PortalTenantFilter)));
            });
        });

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<Microsoft.Extensions.Options.IOptions<PublicPortalOptions>>((o, portal) => o.AddPolicy(RateLimit, ctx =>
        {
            var limits = portal.Value;
            var address = ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            var post = !HttpMethods.IsGet(ctx.Request.Method) && !HttpMethods.IsHead(ctx.Request.Method);
            return RateLimitPartition.GetFixedWindowLimiter(
                (post ? "post:" : "page:") + address,
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = post ? limits.PostPermitsPerMinute : limits.PagePermitsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
        }));
    }
}
