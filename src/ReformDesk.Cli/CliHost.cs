using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Platform;

namespace ReformDesk.Cli;

/// <summary>
/// The CLI's services: the same core registrations as the web host, configured from
/// appsettings.json in the working directory and Database__Provider / Database__ConnectionString.
/// </summary>
public static class CliHost
{
    public static ServiceProvider Build(string? connectionOverride = null, string? providerOverride = null)
    {
        var config = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var database = config.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (connectionOverride is not null)
        {
            database.ConnectionString = connectionOverride;
        }

        if (providerOverride is not null)
        {
            database.Provider = Enum.Parse<DatabaseProvider>(providerOverride, ignoreCase: true);
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddReformDeskCore(database, config.GetSection("Demo").Get<ReformDesk.Core.Demo.DemoOptions>());
        services.AddIdentityCore<AppUser>(CoreServices.ConfigureIdentity)
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<ReformDeskDbContext>();
        return services.BuildServiceProvider();
    }

    /// <summary>A scope whose unit of work is maintenance across tenants, written to the audit log as the CLI.</summary>
    public static AsyncServiceScope SystemScope(this ServiceProvider provider, string command)
    {
        var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem($"cli:{command}");
        return scope;
    }

    /// <summary>A file read through the upload guard, as the web forms do; null (the reason printed) when refused.</summary>
    public static async Task<ReformDesk.Core.Platform.Uploads.SafeUpload?> ReadUploadAsync(this IServiceProvider services, FileInfo file, ReformDesk.Core.Platform.Uploads.UploadForm form, CancellationToken ct)
    {
        var guard = services.GetRequiredService<ReformDesk.Core.Platform.Uploads.UploadGuard>();
        var max = guard.Limits.MaxBytes(form);
        var check = file.Length > max
            ? ReformDesk.Core.Platform.Uploads.UploadCheck.Refuse($"Tệp quá lớn: {ReformDesk.Core.Platform.Uploads.UploadText.Megabytes(file.Length)}, vượt giới hạn {ReformDesk.Core.Platform.Uploads.UploadText.Megabytes(max)} (đặt Uploads__{form}Megabytes để đổi).")
            : guard.Check(await File.ReadAllBytesAsync(file.FullName, ct), file.Name, form);
        if (check.Error is not null) Console.Error.WriteLine(check.Error);
        return check.Upload;
    }
}
