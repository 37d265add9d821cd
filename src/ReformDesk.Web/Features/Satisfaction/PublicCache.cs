using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace ReformDesk.Web.Features.Satisfaction;

/// <summary>
/// Output cache of the anonymous public pages of a commune (portal home, published results): a short lifetime
/// (<c>PublicPortal:CacheSeconds</c>), one tag per commune, dropped at once when the commune publishes results. Signed-in
/// requests and responses that set a cookie (forms with antiforgery tokens) are never cached.
/// </summary>
public sealed class PublicCache(IOutputCacheStore store)
{
    public const string Policy = "public-portal";

    public static string Tag(string code) => "portal:" + code.ToUpperInvariant();

    public async Task EvictAsync(string? code, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(code)) await store.EvictByTagAsync(Tag(code), ct);
    }

    public static void Add(IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<PublicPortalOptions>().Bind(config.GetSection(PublicPortalOptions.Section))
            .Validate(o => o.CacheSeconds is >= 0 and <= 3600, "PublicPortal:CacheSeconds phải từ 0 đến 3600 giây (0: không lưu đệm).")
            .ValidateOnStart();
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<Microsoft.Extensions.Options.IOptions<PublicPortalOptions>>((o, portal) =>
            o.AddPolicy(Policy, new CommunePolicy(TimeSpan.FromSeconds(portal.Value.CacheSeconds))));
        services.AddScoped<PublicCache>();
    }

    private sealed class CommunePolicy(TimeSpan lifetime) : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var request = context.HttpContext.Request;
            var cacheable = lifetime > TimeSpan.Zero && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && context.HttpContext.User.Identity?.IsAuthenticated != true && !request.Headers.ContainsKey("Authorization");
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            context.CacheVaryByRules.QueryKeys = "*";
            context.ResponseExpirationTimeSpan = lifetime;
            if (request.RouteValues["code"] is string code) context.Tags.Add(Tag(code));
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>Bound from "PublicPortal": how long the anonymous public pages are kept in the output cache.</summary>
public sealed class PublicPortalOptions
{
    public const string Section = "PublicPortal";

    public int CacheSeconds { get; set; } = 60;
}
