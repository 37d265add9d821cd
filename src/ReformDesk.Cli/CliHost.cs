using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Platform;

namespace ReformDesk.Cli;

/// <summary>A failure the CLI explains in one Vietnamese message, without a stack trace.</summary>
public sealed class CliException(string message, int exitCode = 2) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

/// <summary>Where the CLI's database is and which settings said so (shown when the database cannot be found).</summary>
/// <remarks><see cref="BaseFolder"/>: where relative paths of the settings (SQLite file, keys folder) are taken from.</remarks>
public sealed record DatabaseLocation(DatabaseOptions Options, string Source, string? SqliteFile, IConfiguration Configuration, string BaseFolder);

/// <summary>
/// The CLI's services: the same core registrations as the web host. The database is, in order: --connection / --provider;
/// Database__* environment variables; appsettings.json in the working directory (an installed copy beside the app); the web
/// project's src/ReformDesk.Web/appsettings.json found from the working directory upwards (the repository), with a relative
/// SQLite path taken from that folder — where `dotnet run --project src/ReformDesk.Web` keeps its database.
/// </summary>
public static class CliHost
{
    public const string WebProjectFolder = "src/ReformDesk.Web";

    public static DatabaseLocation Locate(string? connectionOverride, string? providerOverride, string workingDirectory)
    {
        var builder = new ConfigurationBuilder();
        string source;
        string baseFolder = workingDirectory;
        var local = Path.Combine(workingDirectory, "appsettings.json");
        if (File.Exists(local))
        {
            builder.AddJsonFile(local, optional: false);
            source = local;
        }
        else if (FindWebSettings(workingDirectory) is { } web)
        {
            builder.AddJsonFile(web, optional: false);
            source = web;
            baseFolder = Path.GetDirectoryName(web)!;
        }
        else
        {
            source = "giá trị mặc định (không thấy appsettings.json trong thư mục hiện tại hay " + WebProjectFolder + ")";
        }

        var config = builder.AddEnvironmentVariables().Build();
        var database = config.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("Database__ConnectionString")))
        {
            source = "biến môi trường Database__ConnectionString";
            baseFolder = workingDirectory;
        }

        if (connectionOverride is not null)
        {
            database.ConnectionString = connectionOverride;
            source = "tùy chọn --connection";
            baseFolder = workingDirectory;
        }

        if (providerOverride is not null)
        {
            database.Provider = Enum.TryParse<DatabaseProvider>(providerOverride, ignoreCase: true, out var provider)
                ? provider
                : throw new CliException($"--provider \"{providerOverride}\" không hợp lệ: dùng Sqlite hoặc Postgres.");
        }

        string? file = null;
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnectionStringBuilder sqlite;
            try
            {
                sqlite = new SqliteConnectionStringBuilder(database.ConnectionString);
            }
            catch (ArgumentException e)
            {
                throw new CliException($"Chuỗi kết nối SQLite không hợp lệ ({source}): {e.Message}");
            }

            if (sqlite.DataSource is { Length: > 0 } dataSource && dataSource != ":memory:" && sqlite.Mode != SqliteOpenMode.Memory)
            {
                file = Path.GetFullPath(dataSource, baseFolder);
                sqlite.DataSource = file;
                database.ConnectionString = sqlite.ToString();
            }
        }

        return new DatabaseLocation(database, source, file, config, baseFolder);
    }

    private static string? FindWebSettings(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, WebProjectFolder, "appsettings.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The services over the located database. Unless <paramref name="create"/> (migrate, seed), a missing SQLite file is
    /// an explained error rather than an empty database created on the spot.
    /// </summary>
    public static ServiceProvider Build(string? connectionOverride = null, string? providerOverride = null, bool create = false)
    {
        var location = Locate(connectionOverride, providerOverride, Directory.GetCurrentDirectory());
        if (!create && location.SqliteFile is { } file && !File.Exists(file))
        {
            throw new CliException(string.Join(Environment.NewLine,
                $"Không tìm thấy cơ sở dữ liệu SQLite: {file}",
                $"(đường dẫn lấy từ {location.Source}).",
                "Hãy chạy ứng dụng một lần (dotnet run --project src/ReformDesk.Web) hoặc lệnh migrate để tạo nó,",
                "hoặc chỉ đến cơ sở dữ liệu khác: --connection \"Data Source=/đường/dẫn/reformdesk.db\" (hoặc biến môi trường Database__ConnectionString);",
                "với PostgreSQL: --provider Postgres --connection \"Host=…;Database=…;Username=…;Password=…\"."));
        }

        var services = new ServiceCollection();
        services.AddSingleton(location.Configuration);
        // EF's own error logs repeat, with stack traces, what the CLI then says in one Vietnamese line.
        services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Critical));
        services.AddReformDeskCore(location.Options);
        services.AddSingleton(location);
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

    private static async Task<ReformDesk.Core.Platform.Uploads.UploadCheck> CheckFileAsync(ReformDesk.Core.Platform.Uploads.UploadGuard guard, FileInfo file, ReformDesk.Core.Platform.Uploads.UploadForm form, CancellationToken ct)
    {
        await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return await guard.CheckAsync(stream, file.Name, form, ct);
    }

    /// <summary>A scope acting in the commune <paramref name="tenantId"/> as the command <paramref name="user"/> (audited under that name).</summary>
    public static AsyncServiceScope CommuneScope(this ServiceProvider services, Guid tenantId, string user, bool readOnly)
    {
        var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
        context.SetUser(null, user);
        context.SetTenant(tenantId, readOnly);
        return scope;
    }

    /// <summary>
    /// A file read through the upload guard, as the web forms do, copied into a temporary file rather than memory (a log
    /// can be hundreds of megabytes); null (the reason printed) when refused. The caller disposes it, which deletes the copy.
    /// </summary>
    public static async Task<ReformDesk.Core.Platform.Uploads.SafeUpload?> ReadUploadAsync(this IServiceProvider services, FileInfo file, ReformDesk.Core.Platform.Uploads.UploadForm form, TextWriter error, CancellationToken ct)
    {
        var guard = services.GetRequiredService<ReformDesk.Core.Platform.Uploads.UploadGuard>();
        var max = guard.Limits.MaxBytes(form);
        var check = file.Length > max
            ? ReformDesk.Core.Platform.Uploads.UploadCheck.Refuse($"Tệp quá lớn: {ReformDesk.Core.Platform.Uploads.UploadText.Megabytes(file.Length)}, vượt giới hạn {ReformDesk.Core.Platform.Uploads.UploadText.Megabytes(max)} (đặt Uploads__{form}Megabytes để đổi).")
            : await CheckFileAsync(guard, file, form, ct);
        if (check.Error is not null) await error.WriteLineAsync(check.Error);
        return check.Upload;
    }
}
