using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ReformDesk.Web.Tests.Infrastructure;

/// <summary>
/// The in-memory test server has no client address; this startup filter gives a request the address named in a test header,
/// so tests can play several clients against the per-address sign-in throttle.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public static void Use(IWebHostBuilder builder) => builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, TestClientAddress>());

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
