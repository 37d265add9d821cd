using System.Diagnostics;
using System.Globalization;
using System.Text;
using ReformDesk.Core.Dossiers;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Bench;

/// <summary>
/// 1,000,000-row dossier log → our importer vs the database's own bulk loader (sqlite3 .import, psql \copy) on the same
/// file, same run. The loaders only copy text into an untyped table; ours parses, validates, hashes, upserts, audits and
/// recomputes the indicators, so the ratio says what all that costs.
/// </summary>
public static class ImportBench
{
    public static async Task<int> RunAsync(int rows, string dir, string? postgres)
    {
        Directory.CreateDirectory(dir);
        var csv = Path.Combine(dir, $"log-{rows}.csv");
        if (!File.Exists(csv))
        {
            var watch = Stopwatch.StartNew();
            Write(csv, rows, "B");
            Console.WriteLine($"Generated {csv} ({new FileInfo(csv).Length / 1e6:0} MB) in {watch.Elapsed.TotalSeconds:0.0} s");
        }

        var results = new List<string>();
        await RunOneAsync(csv, rows, dir, null, results);
        if (postgres is not null) await RunOneAsync(csv, rows, dir, postgres, results);
        Console.WriteLine();
        Console.WriteLine($"| database | what | seconds | rows/s | ratio to the loader |");
        Console.WriteLine($"|---|---|---:|---:|---:|");
        foreach (var line in results) Console.WriteLine(line);
        Console.WriteLine($"Peak working set of the benchmark process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB");
        return 0;
    }

    /// <summary>Writes a log of <paramref name="rows"/> dossiers whose codes start with <paramref name="prefix"/> (load tests).</summary>
    public static int WriteCsv(string path, int rows, string prefix)
    {
        Write(path, rows, prefix);
        return 0;
    }

    private static void Write(string path, int rows, string prefix)
    {
        var tenant = Guid.CreateVersion7();
        var procedures = DemoDossierGenerator.Procedures(tenant);
        var byId = procedures.ToDictionary(p => p.Id);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        DossierLogCsv.WriteHeader(w);
        // In chunks, so a million dossiers are never all in memory at once.
        const int chunk = 200_000;
        for (var done = 0; done < rows; done += chunk)
        {
            var g = DemoDossierGenerator.Generate(tenant, $"{prefix}{done / chunk:00}", Math.Min(chunk, rows - done), seed: 11 + done / chunk, procedures);
            var supplements = g.Supplements.ToLookup(s => s.DossierId);
            foreach (var d in g.Dossiers) DossierLogCsv.WriteRow(w, d, byId[d.ProcedureId], supplements[d.Id].ToList());
        }
    }

    private static async Task RunOneAsync(string csv, int rows, string dir, string? postgres, List<string> results)
    {
        var db = await BenchDatabase.CreateAsync(dir, "import", postgres);
        Console.WriteLine($"{db.Label}: importing {rows:N0} rows …");
        // The whole million-row log is one file here; the web form's default limit (64 MB) is for people, not this run.
        var guard = new UploadGuard(Options.Create(new UploadOptions { DossierLogMegabytes = 1024 }));
        var content = guard.Check(await File.ReadAllBytesAsync(csv), Path.GetFileName(csv), UploadForm.DossierLog).Upload
            ?? throw new InvalidOperationException("The generated log was refused by the upload guard.");
        var stages = new Dictionary<ImportStage, TimeSpan>();
        var watch = Stopwatch.StartNew();
        DossierImportResult result;
        await using (var context = db.Context())
        {
            result = await new DossierLogImporter(context, TimeProvider.System, ReformDesk.Core.Dossiers.DossierRules.WithDefaults(context))
                .ImportAsync(content, "Hệ thống TTHC tỉnh", new StageClock(watch, stages));
        }

        var ours = watch.Elapsed;
        if (result.Added != rows) throw new InvalidOperationException($"Imported {result.Added} of {rows}: {result.Fatal} {string.Join(" | ", result.Problems.Take(5).Select(p => p.Message))}");
        var read = stages.GetValueOrDefault(ImportStage.Saving);
        var saved = stages.GetValueOrDefault(ImportStage.Indicators);
        Console.WriteLine($"  ours: {ours.TotalSeconds:0.0} s (read+validate {read.TotalSeconds:0.0} s, write {(saved - read).TotalSeconds:0.0} s, indicators {(ours - saved).TotalSeconds:0.0} s)");

        watch.Restart();
        await using (var context = db.Context())
        {
            result = await new DossierLogImporter(context, TimeProvider.System, ReformDesk.Core.Dossiers.DossierRules.WithDefaults(context)).ImportAsync(content, "Hệ thống TTHC tỉnh");
        }

        var again = watch.Elapsed;
        if (result.Unchanged != rows) throw new InvalidOperationException($"Re-import: {result.Unchanged} unchanged of {rows}");
        Console.WriteLine($"  ours, same file again (nothing to write): {again.TotalSeconds:0.0} s");

        var loader = postgres is null ? SqliteImport(csv, dir) : PsqlCopy(csv, postgres);
        Console.WriteLine($"  loader: {loader.TotalSeconds:0.0} s");
        string Row(string what, TimeSpan t) =>
            $"| {db.Label} | {what} | {t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} | {(rows / t.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture)} | {(loader / t).ToString("0.00", CultureInfo.InvariantCulture)} |";
        results.Add(Row(postgres is null ? "`sqlite3 .import` into a text table (baseline)" : "`psql \\copy` into a text table (baseline)", loader));
        results.Add(Row("ReformDesk import, first time (all rows new)", ours));
        results.Add(Row("ReformDesk import, same file again (all unchanged)", again));
    }

    private static TimeSpan SqliteImport(string csv, string dir)
    {
        var file = Path.Combine(dir, "loader.db");
        File.Delete(file);
        var columns = string.Join(", ", DossierLogCsv.Headers.Select((_, i) => $"c{i} TEXT"));
        Exec("sqlite3", [file], $"CREATE TABLE raw_log ({columns});\n");
        var watch = Stopwatch.StartNew();
        Exec("sqlite3", [file], $".import --csv --skip 1 '{csv}' raw_log\n");
        return watch.Elapsed;
    }

    private static TimeSpan PsqlCopy(string csv, string postgres)
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(postgres) { Database = "rd_bench_import" };
        string[] args = ["-h", b.Host!, "-p", b.Port.ToString(CultureInfo.InvariantCulture), "-U", b.Username!, "-d", b.Database, "-v", "ON_ERROR_STOP=1", "-q"];
        var columns = string.Join(", ", DossierLogCsv.Headers.Select((_, i) => $"c{i} text"));
        Exec("psql", args, $"DROP TABLE IF EXISTS raw_log; CREATE TABLE raw_log ({columns});\n");
        var watch = Stopwatch.StartNew();
        Exec("psql", args, $"\\copy raw_log FROM '{csv}' WITH (FORMAT csv, HEADER true)\n");
        return watch.Elapsed;
    }

    private static void Exec(string program, string[] args, string stdin)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardInput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || (program == "sqlite3" && error.Length > 0)) throw new InvalidOperationException($"{program} failed: {error}");
    }

    /// <summary>When each stage began, on the importer's thread.</summary>
    private sealed class StageClock(Stopwatch watch, Dictionary<ImportStage, TimeSpan> stages) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => stages.TryAdd(value.Stage, watch.Elapsed);
    }
}
