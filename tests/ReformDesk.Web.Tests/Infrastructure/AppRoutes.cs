using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ReformDesk.Web.Tests.Infrastructure;

/// <summary>Every route the application exposes, read from its routing table so a new route is covered the day it is added.</summary>
public static class AppRoutes
{
    public sealed record Route(string Pattern, string Method, bool Anonymous)
    {
        public bool IsApi => Pattern.StartsWith("api/", StringComparison.Ordinal);
        public bool HasParameters => Pattern.Contains('{', StringComparison.Ordinal);
        public override string ToString() => $"{Method} /{Pattern}";
    }

    public static IReadOnlyList<Route> All(AppFactory app)
    {
        var routes = new List<Route>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText!.Trim('/');
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            // Razor Pages answer GET and POST on one endpoint; minimal APIs declare their methods.
            IEnumerable<string> methods = endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null
                ? ["GET", "POST"]
                : endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];

            routes.AddRange(methods.Select(m => new Route(pattern, m, anonymous)));
        }

        return routes.Distinct().ToList();
    }

    /// <summary>Route parameters get <paramref name="id"/>; a new kind of parameter must be added here deliberately.</summary>
    public static string Fill(string pattern, Guid id) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(?<name>[^}:?]+)[^}]*\}", m => m.Groups["name"].Value switch
        {
            "id" or "attachmentId" => id.ToString(),
            "documentName" => "v1",
            "key" => "chi-dao",
            var name => throw new InvalidOperationException($"Route /{pattern} has a parameter '{name}' the route tests do not know how to fill."),
        });
}
