using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// The Decision 766 index service and its target source as the host wires them (the indicator buckets refresh through a scope
/// of their own), in one request scope of a <see cref="SqliteCommune"/>; and a weights version built from the Decision's values.
/// </summary>
public sealed class Index766Desk : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly AsyncServiceScope scope;

    public Index766Desk(SqliteCommune commune)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddReformDeskCore(commune.Options);
        services.AddSingleton<TimeProvider>(commune.Clock);
        provider = services.BuildServiceProvider();
        scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(commune.TenantId, false);
    }

    public Index766Service Index => scope.ServiceProvider.GetRequiredService<Index766Service>();

    public IndicatorService Indicators => scope.ServiceProvider.GetRequiredService<IndicatorService>();

    public Index766IndicatorSource Source => scope.ServiceProvider.GetServices<ReformDesk.Core.Targets.IIndicatorSource>().OfType<Index766IndicatorSource>().Single();

    /// <summary>The Decision's rows with some maximum points changed (the caller keeps the sum at 100 or not, as the test needs).</summary>
    public static List<IndexWeightInput> Official(params (string Code, decimal MaxPoints)[] changes) =>
        Index766Catalogue.Official.Select(i => new IndexWeightInput(i.Code, changes.FirstOrDefault(c => c.Code == i.Code) is { Code: not null } c ? c.MaxPoints : i.MaxPoints, i.Threshold))
            .ToList();

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await provider.DisposeAsync();
    }
}
