using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Platform;

/// <summary>The Core services as the web registers them, on the database and clock of a <see cref="SqliteCommune"/>.</summary>
public static class CommuneServices
{
    public static ServiceProvider Build(SqliteCommune commune)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddReformDeskCore(commune.Options);
        services.AddSingleton<TimeProvider>(commune.Clock);
        return services.BuildServiceProvider();
    }
}
