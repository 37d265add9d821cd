using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Home;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Home;

/// <summary>The home service as the web host builds it, in a request scope working in the commune of a <see cref="SqliteCommune"/>.</summary>
public static class HomeDesk
{
    public static async Task<HomePage> BuildAsync(SqliteCommune commune, HomeKind kind, Actor actor)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddReformDeskCore(commune.Options);
        services.AddSingleton<TimeProvider>(commune.Clock);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(commune.TenantId, false);
        return await scope.ServiceProvider.GetRequiredService<HomeService>().BuildAsync(kind, actor);
    }

    /// <summary>Each section as (id, title, count, link, empty text), for comparing a whole page at once.</summary>
    public static IEnumerable<(string Id, string Title, int Count, string Link, string? Empty)> Outline(HomePage page) =>
        page.Sections.Select(s => (s.Id, s.Title, s.Count, s.Link, s.Empty));
}
