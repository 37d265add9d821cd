using System.Globalization;
using BenchmarkDotNet.Running;
using ReformDesk.Bench;

// Micro benchmarks:  dotnet run -c Release --project bench/ReformDesk.Bench -- --filter '*' --job short
// Macro benchmarks:  dotnet run -c Release --project bench/ReformDesk.Bench -- import [rows] [--postgres "<connection>"] [--formats csv,json] [--no-sqlite]
//                    dotnet run -c Release --project bench/ReformDesk.Bench -- dashboard [dossiers] [--postgres "<connection>"]
//                    dotnet run -c Release --project bench/ReformDesk.Bench -- province [communes] --postgres "<connection>" [--per-commune 50000] [--runs 50] [--reuse]
// Fuzzing:           dotnet run -c Release --project bench/ReformDesk.Bench -- fuzz [cases per format] [Csv|Xlsx|Docx|Json …]
// Suggestion:        dotnet run -c Release --project bench/ReformDesk.Bench -- suggest [examples per unit]   (feedback unit suggestion, top-1 precision)
// Test files:        dotnet run -c Release --project bench/ReformDesk.Bench -- csv ROWS PREFIX FILE   (a provincial-layout log)
var postgresAt = Array.IndexOf(args, "--postgres");
var postgres = postgresAt >= 0 && postgresAt + 1 < args.Length ? args[postgresAt + 1] : null;
int Count(int fallback) => args.Length > 1 && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : fallback;
string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
var dir = Environment.GetEnvironmentVariable("RD_BENCH_DIR") ?? "/tmp/rd-bench";
return args.FirstOrDefault() switch
{
    "import" => await ImportBench.RunAsync(Count(1_000_000), dir, postgres, Option("--formats") ?? "csv,json", !args.Contains("--no-sqlite")),
    "dashboard" => await DashboardBench.RunAsync(Count(5_000_000), dir, postgres),
    "province" when postgres is not null => await ProvinceBench.RunAsync(Count(150), int.Parse(Option("--per-commune") ?? "50000", CultureInfo.InvariantCulture),
        int.Parse(Option("--runs") ?? "50", CultureInfo.InvariantCulture), postgres, args.Contains("--reuse")),
    "fuzz" => await FuzzBench.RunAsync(Count(10_000), dir, args.Skip(2).ToArray()),
    "suggest" => SuggestionBench.Run(Count(200)),
    "bombs" => FuzzBench.WriteBombs(args.Length > 1 ? args[1] : "tests/ReformDesk.Core.Tests/Uploads/Bombs"),
    "csv" when args.Length == 4 => ImportBench.WriteCsv(args[3], Count(20_000), args[2]),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    return 0;
}
