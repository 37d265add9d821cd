using Microsoft.EntityFrameworkCore.Design;
using ReformDesk.Core.Platform;

namespace ReformDesk.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider; never used at run time.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ReformDeskDbContext>
{
    public ReformDeskDbContext CreateDbContext(string[] args) =>
        Storage.CreateContext(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design-time.db" }, TenantContext.System("design-time"));
}
