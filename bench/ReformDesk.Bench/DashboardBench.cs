using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Platform;

namespace ReformDesk.Bench;

/// <summary>
/// 5,000,000 dossiers in one commune; the dashboard's query (<see cref="IndicatorService.DashboardAsync"/>, what
/// /Dossiers/Dashboard and /api/dossiers/indicators run, without HTTP) against a plain SQL GROUP BY over the dossier table
/// computing the same year's monthly counts, same run, warm, median of several calls.
/// </summary>
public static class DashboardBench
{
    private const int Year = 2026;

    public static async Task<int> RunAsync(int dossiers, string dir, string? postgres)
    {
        Directory.CreateDirectory(dir);
        var lines = new List<string>();
        await RunOneAsync(dossiers, dir, null, lines);
        if (postgres is not null) await RunOneAsync(dossiers, dir, postgres, lines);
        Console.WriteLine();
        Console.WriteLine("| database | what | median ms | ratio to GROUP BY |");
        Console.WriteLine("|---|---|---:|---:|");
        foreach (var l in lines) Console.WriteLine(l);
        return 0;
    }

    private static async Task RunOneAsync(int count, string dir, string? postgres, List<string> lines)
    {
        var db = await BenchDatabase.CreateAsync(dir, "dashboard", postgres);
        var watch = Stopwatch.StartNew();
        List<Procedure> procedures;
        await using (var context = db.Context())
        {
            procedures = DemoDossierGenerator.Procedures(db.CommuneId);
            context.Procedures.AddRange(procedures);
            await context.SaveChangesAsync();
        }

        const int chunk = 250_000;
        for (var done = 0; done < count; done += chunk)
        {
            var g = DemoDossierGenerator.Generate(db.CommuneId, $"D{done / chunk:00}", Math.Min(chunk, count - done), seed: 100 + done / chunk, procedures);
            await using var context = db.Context();
            await using var tx = await context.Database.BeginTransactionAsync();
            await BulkInsert.InsertAsync(context, g.Dossiers);
            await BulkInsert.InsertAsync(context, g.Supplements);
            await tx.CommitAsync();
            Console.Write($"\r{db.Label}: {done + g.Dossiers.Count:N0} dossiers inserted ({watch.Elapsed.TotalSeconds:0} s)");
        }

        Console.WriteLine();
        watch.Restart();
        await using (var context = db.Context())
        {
            var now = ReformDesk.Core.Platform.VietnamTime.Now(TimeProvider.System);
            var buckets = new List<AggregateBucket>();
            for (var m = new DateOnly(2024, 1, 1); m <= DossierAggregates.MonthOf(now); m = m.AddMonths(1))
            {
                buckets.AddRange(procedures.Select(p => new AggregateBucket(m, p.Id)));
            }

            context.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            var rules = await ReformDesk.Core.Dossiers.DossierRules.WithDefaults(context).ForAsync(db.CommuneId);
            await DossierAggregates.RecomputeAsync(context, db.CommuneId, rules, buckets, now);
        }

        Console.WriteLine($"{db.Label}: monthly buckets built once in {watch.Elapsed.TotalSeconds:0} s");
        if (postgres is not null)
        {
            await using var context = db.Context();
            await context.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        await using var services = db.Services();
        var ours = await MedianAsync(async () =>
        {
            await using var scope = db.TenantScope(services); // a new scope per call, as per request
            var d = await scope.ServiceProvider.GetRequiredService<IndicatorService>().DashboardAsync(Year);
            return d.Current.Counts.Received;
        });
        var plain = await MedianAsync(async () =>
        {
            await using var context = db.Context();
            return await GroupByAsync(context, db.CommuneId, postgres is not null);
        });
        if (ours.Value != plain.Value) Console.WriteLine($"  note: received {ours.Value:N0} (ours) vs {plain.Value:N0} (GROUP BY)");
        var total = count.ToString("N0", CultureInfo.InvariantCulture);
        lines.Add($"| {db.Label} | plain `GROUP BY` month over the {total}-row dossier table (baseline) | {plain.Ms.ToString("0.0", CultureInfo.InvariantCulture)} | 1.00 |");
        lines.Add($"| {db.Label} | `IndicatorService.DashboardAsync` (year, last year, 12 months, units) | {ours.Ms.ToString("0.0", CultureInfo.InvariantCulture)} | {(ours.Ms / plain.Ms).ToString("0.000", CultureInfo.InvariantCulture)} |");
    }

    /// <summary>
    /// What a dashboard without aggregates would run: per month of the year, received, resolved, resolved by the
    /// appointment date, digitised, online — a scan of the year's dossiers (the status rules themselves are not even applied).
    /// </summary>
    private static async Task<long> GroupByAsync(ReformDeskDbContext context, Guid tenant, bool postgres)
    {
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        var month = postgres ? "date_trunc('month', \"ReceivedAt\")" : "substr(\"ReceivedAt\", 1, 7)";
        var doneBy = postgres ? "\"ProcessedAt\"::date <= \"AppointmentDate\"" : "date(\"ProcessedAt\") <= \"AppointmentDate\"";
        var online = postgres ? "(\"Channel\" = 'Online')::int" : "(\"Channel\" = 'Online')";
        var flag = (string c) => postgres ? $"\"{c}\"::int" : $"\"{c}\"";
        cmd.CommandText = $"""
            SELECT {month} AS m, COUNT(*), COUNT("ProcessedAt"), SUM(CASE WHEN {doneBy} THEN 1 ELSE 0 END),
                   SUM({flag("Digitised")}), SUM({online}), SUM({flag("PaidOnline")})
            FROM "Dossiers"
            WHERE "TenantId" = @t AND "ReceivedAt" >= @from AND "ReceivedAt" < @to
            GROUP BY m
            """;
        Add(cmd, "@t", postgres ? tenant : tenant.ToString().ToUpperInvariant());
        Add(cmd, "@from", postgres ? new DateTime(Year, 1, 1) : $"{Year}-01-01");
        Add(cmd, "@to", postgres ? new DateTime(Year + 1, 1, 1) : $"{Year + 1}-01-01");
        long received = 0;
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) received += reader.GetInt64(1);
        return received;
    }

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }

    private static async Task<(double Ms, long Value)> MedianAsync(Func<Task<long>> run)
    {
        var value = await run(); // warm-up (and the running month's daily refresh)
        var times = new List<double>();
        for (var i = 0; i < 15; i++)
        {
            var w = Stopwatch.StartNew();
            value = await run();
            times.Add(w.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (times[times.Count / 2], value);
    }
}
