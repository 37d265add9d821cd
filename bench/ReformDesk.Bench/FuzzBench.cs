using System.Globalization;
using ReformDesk.Fuzz;

namespace ReformDesk.Bench;

/// <summary>The full fuzz run (docs/reliability.md): N mutated files per format through every importer of that format, on SQLite.</summary>
public static class FuzzBench
{
    /// <summary>All formats, or the ones named (e.g. <c>fuzz 10000 Csv Json</c>: one process per format runs them side by side).</summary>
    public static async Task<int> RunAsync(int cases, string dir, IReadOnlyList<string> formatNames)
    {
        Directory.CreateDirectory(dir);
        var formats = formatNames.Count == 0 ? Enum.GetValues<FuzzFormat>() : formatNames.Select(n => Enum.Parse<FuzzFormat>(n, ignoreCase: true)).ToArray();
        var db = await BenchDatabase.CreateAsync(dir, "fuzz_" + string.Join("_", formats).ToLowerInvariant(), null);
        await using var services = db.Services();
        var report = await new FuzzRunner(() => db.TenantScope(services)).RunAsync(cases, formats, Console.Out);
        Console.WriteLine($"{"format",-6} {"cases",8} {"runs",8} {"refused",8} {"accepted",9} {"largest input",14}");
        foreach (var f in report.Formats)
        {
            Console.WriteLine($"{f.Format,-6} {f.Cases,8:N0} {f.ImporterRuns,8:N0} {f.Refused,8:N0} {f.Accepted,9:N0} {f.LargestInput,14:N0}");
        }

        var failed = Path.Combine(dir, "fuzz-failures");
        Directory.CreateDirectory(failed);
        foreach (var f in report.Failures.Take(50))
        {
            var file = Path.Combine(failed, $"{f.Format}-{f.Case}-{f.Importer}.bin");
            await File.WriteAllBytesAsync(file, f.Input);
            Console.WriteLine($"FAIL {f.Format} #{f.Case} {f.Importer} [{f.Mutation}]: {f.What} → {file}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"failures {report.Failures.Count}, peak memory of one case {report.PeakWorkingSetBytes / 1048576.0:0} MB, {report.Elapsed.TotalMinutes:0.0} min"));
        return report.Failures.Count == 0 ? 0 : 1;
    }

    /// <summary>Writes the regression bombs kept in tests/ReformDesk.Core.Tests/Uploads/Bombs.</summary>
    public static int WriteBombs(string dir)
    {
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, "column-bomb.xlsx"), Bombs.ColumnBomb());
        File.WriteAllBytes(Path.Combine(dir, "inflation-bomb.xlsx"), Bombs.InflationBomb());
        File.WriteAllBytes(Path.Combine(dir, "many-entries.xlsx"), Bombs.ManyEntries());
        File.WriteAllBytes(Path.Combine(dir, "shared-strings.xlsx"), Bombs.SharedStrings());
        File.WriteAllBytes(Path.Combine(dir, "deep.json"), Bombs.DeepJson());
        File.WriteAllBytes(Path.Combine(dir, "deep-xml.xlsx"), Bombs.DeepXml());
        File.WriteAllBytes(Path.Combine(dir, "unclosed-quote.csv"), Bombs.UnclosedQuoteCsv());
        File.WriteAllBytes(Path.Combine(dir, "huge-field.csv"), Bombs.HugeFieldCsv());
        return 0;
    }
}
