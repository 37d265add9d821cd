using Microsoft.EntityFrameworkCore.Design;
using ReformDesk.Core.Platform;

namespace ReformDesk.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider; never used at run time.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ReformDeskDbContext>
{
    public ReformDeskDbContext CreateDbContext(string[] args) =>
        Storage.CreateContext(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=127.0.0.1;Database=reformdesk_design;Username=postgres" }, TenantContext.System("design-time"));
}
