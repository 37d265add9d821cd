using System.CommandLine;
using System.Data.Common;

namespace ReformDesk.Cli;

public static class CliProgram
{
    public static async Task<int> Main(string[] args) => await RunAsync(args);

    /// <summary>Parses and runs one command; the tests call this directly.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, null);

    /// <summary>Runs one command writing to <paramref name="output"/> (tests read what it printed, e.g. a one-time password).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output)
    {
        var root = new RootCommand("ReformDesk — công cụ quản trị: cơ sở dữ liệu, dữ liệu minh họa, sao lưu, nhập kế hoạch và hồ sơ, lịch");
        foreach (var command in Commands.All())
        {
            root.Subcommands.Add(command);
        }

        VietnameseCli.Localise(root);
        var parse = root.Parse(args);
        var stderr = output ?? Console.Error;
        if (parse.Errors.Count > 0 && !VietnameseCli.IsHelp(parse))
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine(VietnameseCli.Translate(error, parse));
            }

            stderr.WriteLine($"Xem hướng dẫn: {VietnameseCli.CommandPath(parse.CommandResult.Command)} --help");
            return 1;
        }

        try
        {
            return await AuditCommands.GuardAsync(parse) ?? await parse.InvokeAsync(output is null
                ? new InvocationConfiguration { EnableDefaultExceptionHandler = false }
                : new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output, Error = output });
        }
        catch (CliException e)
        {
            stderr.WriteLine(e.Message);
            return e.ExitCode;
        }
        catch (Exception e) when (Inner<DbException>(e) is { } db)
        {
            // A database that is missing, locked or unreachable is an operating problem, not a bug: no stack trace.
            stderr.WriteLine($"Không làm việc được với cơ sở dữ liệu: {db.Message}");
            stderr.WriteLine("Kiểm tra --connection / --provider (hoặc Database__ConnectionString) và quyền truy cập.");
            return 1;
        }
    }

    /// <summary>EF wraps provider errors (retry strategies, updates); the provider's own message is the useful one.</summary>
    private static T? Inner<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found) return found;
        }

        return null;
    }
}
