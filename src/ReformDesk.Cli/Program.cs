using System.CommandLine;

namespace ReformDesk.Cli;

public static class CliProgram
{
    public static async Task<int> Main(string[] args) => await RunAsync(args);

    /// <summary>Parses and runs one command; the tests call this directly.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("ReformDesk — công cụ quản trị (migrate, seed, backup, tenants)");
        foreach (var command in Commands.All())
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        return await AuditCommands.GuardAsync(parse) ?? await parse.InvokeAsync();
    }
}
