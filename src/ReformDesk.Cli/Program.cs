using System.CommandLine;

namespace ReformDesk.Cli;

public static class CliProgram
{
    public static async Task<int> Main(string[] args) => await RunAsync(args);

    /// <summary>Parses and runs one command; the tests call this directly.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, null);

    /// <summary>Runs one command writing to <paramref name="output"/> (tests read what it printed, e.g. a one-time password).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter? output)
    {
        var root = new RootCommand("ReformDesk — công cụ quản trị (migrate, seed, backup, tenants)");
        foreach (var command in Commands.All())
        {
            root.Subcommands.Add(command);
        }

        return output is null
            ? root.Parse(args).InvokeAsync()
            : root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
    }
}
