using System.Diagnostics;
using System.Globalization;
using System.Text;
using ReformDesk.Core.Dossiers;
using Microsoft.EntityFrameworkCore;
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
    public static async Task<int> RunAsync(int rows, string dir, string? postgres, string formats = "csv,json", bool sqlite = true)
    {
        Directory.CreateDirectory(dir);
        var csv = Path.Combine(dir, $"log-{rows}.csv");
        var json = Path.Combine(dir, $"log-{rows}.json");
        if (!File.Exists(csv) || !File.Exists(json))
        {
            var watch = Stopwatch.StartNew();
            Write(csv, json, rows, "B");
            Console.WriteLine($"Generated {csv} ({new FileInfo(csv).Length / 1e6:0} MB) and {json} ({new FileInfo(json).Length / 1e6:0} MB) in {watch.Elapsed.TotalSeconds:0.0} s");
        }

        var results = new List<string>();
        // One run after the other, never at once: each has the machine's cores to itself. The loaders first (the baseline of
        // their database), then each format on each database.
        var targets = new List<string?>();
        if (sqlite) targets.Add(null);
        if (postgres is not null) targets.Add(postgres);
        var loaders = new Dictionary<string, TimeSpan>();
        foreach (var target in targets)
        {
            var label = target is null ? "SQLite" : "PostgreSQL";
            if (target is not null) await BenchDatabase.CreateAsync(dir, "import", target); // psql copies into the benchmark's database
            var loader = loaders[label] = target is null ? SqliteImport(csv, dir) : PsqlCopy(csv, target);
            Console.WriteLine($"{label} loader: {loader.TotalSeconds:0.0} s");
            results.Add(Row(label, target is null ? "`sqlite3 .import` of the CSV into a text table (baseline)" : "`psql \\copy` of the CSV into a text table (baseline)", loader, loader, rows, null));
        }

        foreach (var format in formats.Split(','))
        {
            foreach (var target in targets)
            {
                await RunOneAsync(format == "json" ? json : csv, format, rows, dir, target, loaders[target is null ? "SQLite" : "PostgreSQL"], results);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"| database | what | seconds | rows/s | ratio to the loader | peak RSS |");
        Console.WriteLine($"|---|---|---:|---:|---:|---:|");
        foreach (var line in results) Console.WriteLine(line);
        return 0;
    }

    private static string Row(string label, string what, TimeSpan t, TimeSpan loader, int rows, long? peak) =>
        $"| {label} | {what} | {t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} | {(rows / t.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture)} | {(loader / t).ToString("0.00", CultureInfo.InvariantCulture)} | {(peak is { } p ? (p / 1e6).ToString("0", CultureInfo.InvariantCulture) + " MB" : "")} |";

    /// <summary>Resets the kernel's peak-RSS mark of this process (Linux: clear_refs 5), so each run measures its own peak.</summary>
    private static void ResetPeak()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
            // Not Linux: the peak is then the process's since start.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Peak resident set size since <see cref="ResetPeak"/> (VmHWM), in bytes.</summary>
    private static long PeakRss()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null) return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
        }

        return Process.GetCurrentProcess().PeakWorkingSet64;
    }

    /// <summary>Writes a log of <paramref name="rows"/> dossiers whose codes start with <paramref name="prefix"/> (load tests).</summary>
    public static int WriteCsv(string path, int rows, string prefix)
    {
        Write(path, null, rows, prefix);
        return 0;
    }

    /// <summary>The same dossiers as the provincial CSV layout and as the national portal's sync body (DongBoHoSoMC).</summary>
    private static void Write(string path, string? jsonPath, int rows, string prefix)
    {
        var tenant = Guid.CreateVersion7();
        var procedures = DemoDossierGenerator.Procedures(tenant);
        var byId = procedures.ToDictionary(p => p.Id);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        using var jsonFile = jsonPath is null ? null : new FileStream(jsonPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var j = jsonFile is null ? null : new System.Text.Json.Utf8JsonWriter(jsonFile, new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        DossierLogCsv.WriteHeader(w);
        j?.WriteStartObject();
        j?.WriteString("service", PortalRecords.Service);
        j?.WriteStartArray("data");
        // In chunks, so a million dossiers are never all in memory at once.
        const int chunk = 200_000;
        for (var done = 0; done < rows; done += chunk)
        {
            var g = DemoDossierGenerator.Generate(tenant, $"{prefix}{done / chunk:00}", Math.Min(chunk, rows - done), seed: 11 + done / chunk, procedures);
            var supplements = g.Supplements.ToLookup(s => s.DossierId);
            foreach (var d in g.Dossiers)
            {
                var list = supplements[d.Id].ToList();
                DossierLogCsv.WriteRow(w, d, byId[d.ProcedureId], list);
                if (j is not null)
                {
                    PortalRecords.Write(j, d, byId[d.ProcedureId], list);
                    if (j.BytesPending > 1 << 20) j.Flush();
                }
            }
        }

        j?.WriteEndArray();
        j?.WriteEndObject();
    }

    private static async Task RunOneAsync(string file, string format, int rows, string dir, string? postgres, TimeSpan loader, List<string> results)
    {
        var db = await BenchDatabase.CreateAsync(dir, "import", postgres);
        Console.WriteLine($"{db.Label}: importing {rows:N0} rows from {Path.GetFileName(file)} …");
        ResetPeak();
        var stages = new Dictionary<ImportStage, TimeSpan>();
        var watch = Stopwatch.StartNew();
        DossierImportResult result;
        // As the CLI does: the file copied through the upload guard into a temporary file (the web form's 64 MB limit is for people, not this run).
        var guard = new UploadGuard(Options.Create(new UploadOptions { DossierLogMegabytes = 1024 }));
        UploadCheck check;
        await using (var source = File.OpenRead(file)) check = await guard.CheckAsync(source, Path.GetFileName(file), UploadForm.DossierLog);
        using var content = check.Upload ?? throw new InvalidOperationException("The generated log was refused by the upload guard: " + check.Error);
        await using (var context = db.Context())
        {
            result = await new DossierLogImporter(context, TimeProvider.System, ReformDesk.Core.Dossiers.DossierRules.WithDefaults(context))
                .ImportAsync(content, "Hệ thống TTHC tỉnh", new StageClock(watch, stages));
        }

        var ours = watch.Elapsed;
        var peak = PeakRss();
        if (result.Added != rows) throw new InvalidOperationException($"Imported {result.Added} of {rows}: {result.Fatal} {string.Join(" | ", result.Problems.Take(5).Select(p => p.Message))}");
        var read = stages.GetValueOrDefault(ImportStage.Saving);
        var saved = stages.GetValueOrDefault(ImportStage.Indicators);
        Console.WriteLine($"  ours ({format}): {ours.TotalSeconds:0.0} s (read+validate {read.TotalSeconds:0.0} s, write {(saved - read).TotalSeconds:0.0} s, indicators {(ours - saved).TotalSeconds:0.0} s), peak RSS {peak / 1e6:0} MB");

        ResetPeak();
        watch.Restart();
        await using (var context = db.Context())
        {
            result = await new DossierLogImporter(context, TimeProvider.System, ReformDesk.Core.Dossiers.DossierRules.WithDefaults(context)).ImportAsync(content, "Hệ thống TTHC tỉnh");
        }

        var again = watch.Elapsed;
        var peakAgain = PeakRss();
        if (result.Unchanged != rows) throw new InvalidOperationException($"Re-import: {result.Unchanged} unchanged of {rows}");
        Console.WriteLine($"  ours ({format}), same file again (nothing to write): {again.TotalSeconds:0.0} s, peak RSS {peakAgain / 1e6:0} MB");
        var what = format == "json" ? "JSON (DongBoHoSoMC)" : "CSV";
        results.Add(Row(db.Label, $"ReformDesk import of the {what}, first time (all rows new)", ours, loader, rows, peak));
        results.Add(Row(db.Label, $"ReformDesk import of the {what}, same file again (all unchanged)", again, loader, rows, peakAgain));
        if (format == "csv")
        {
            var floor = await EngineFloorAsync(db);
            Console.WriteLine($"  the engine's own INSERT … SELECT of the same dossier and outcome rows: {floor.TotalSeconds:0.0} s");
            results.Add(Row(db.Label, "the database engine's own `INSERT … SELECT` of the rows that import wrote, into the same tables and indexes (no client, constraints unchecked): the best any importer can do", floor, loader, rows, null));
        }
    }

    /// <summary>
    /// The floor of a first import on this schema: the engine copies the dossier and outcome rows the import just wrote
    /// back into the same (emptied) tables with all their indexes, with no client, parsing or checks at all, inside a
    /// transaction that is rolled back. An importer can approach this figure, never beat it; its ratio to the loader is the
    /// best ratio any importer could reach with these tables.
    /// </summary>
    private static async Task<TimeSpan> EngineFloorAsync(BenchDatabase db)
    {
        await using var context = db.Context();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        var sqlite = connection is Microsoft.Data.Sqlite.SqliteConnection;
        string[] before = sqlite
            ? ["PRAGMA foreign_keys = OFF", "PRAGMA cache_size = -131072", "PRAGMA temp_store = 2", "PRAGMA synchronous = 1", "BEGIN",
                "CREATE TEMP TABLE floor_d AS SELECT * FROM \"Dossiers\"", "CREATE TEMP TABLE floor_o AS SELECT * FROM \"DossierOutcomes\"",
                "DELETE FROM \"DossierOutcomes\"", "DELETE FROM \"Dossiers\""]
            : ["BEGIN", "SET LOCAL session_replication_role = replica",
                "CREATE TEMP TABLE floor_d AS SELECT * FROM \"Dossiers\"", "CREATE TEMP TABLE floor_o AS SELECT * FROM \"DossierOutcomes\"",
                "TRUNCATE \"Dossiers\" CASCADE"];
        foreach (var sql in before) await ExecAsync(connection, sql);
        var watch = Stopwatch.StartNew();
        await ExecAsync(connection, "INSERT INTO \"Dossiers\" SELECT * FROM floor_d");
        await ExecAsync(connection, "INSERT INTO \"DossierOutcomes\" SELECT * FROM floor_o");
        var floor = watch.Elapsed;
        await ExecAsync(connection, "ROLLBACK");
        return floor;
    }

    private static async Task ExecAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
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
