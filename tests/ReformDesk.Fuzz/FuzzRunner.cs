using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Fuzz;

public sealed record FuzzFailure(FuzzFormat Format, int Case, string Importer, string Mutation, string What, byte[] Input);

public sealed record FormatFigures(FuzzFormat Format, int Cases, int ImporterRuns, int Refused, int Accepted, long LargestInput);

public sealed record FuzzReport(IReadOnlyList<FormatFigures> Formats, IReadOnlyList<FuzzFailure> Failures, long PeakWorkingSetBytes, TimeSpan Elapsed);

/// <summary>
/// The process's peak resident memory during one case: Linux resets the high-water mark (VmHWM) when "5" is written to
/// /proc/self/clear_refs. The heap is compacted and returned to the system first, so one case does not inherit another's.
/// </summary>
public static class PeakMemory
{
    public static bool Reset()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static long Read()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }
}

/// <summary>
/// Mutates valid samples and runs each through every importer of its format via the upload guard, checking: no exception
/// escapes, nothing is stored when the file is refused, and the process's peak memory during each case stays under
/// <see cref="MemoryCeiling"/> (or the ceiling given) for inputs under 10 MB. The scope factory gives a scope whose <see cref="TenantContext"/> is a commune.
/// </summary>
public sealed class FuzzRunner(Func<AsyncServiceScope> tenantScope, int seed = 2026)
{
    public const long MemoryCeiling = 512L * 1024 * 1024;
    private const long SmallInput = 10L * 1024 * 1024;

    public async Task<FuzzReport> RunAsync(int casesPerFormat, IEnumerable<FuzzFormat>? formats = null, TextWriter? log = null, bool quick = false, long? memoryCeiling = null, CancellationToken ct = default)
    {
        var ceiling = memoryCeiling ?? MemoryCeiling;
        var watch = Stopwatch.StartNew();
        var failures = new List<FuzzFailure>();
        var figures = new List<FormatFigures>();
        var peak = 0L;
        var maxCase = 0L;
        using var sampling = new CancellationTokenSource();
        var caseInput = 0L;
        var overCeiling = false;
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                var ws = Environment.WorkingSet;
                peak = Math.Max(peak, ws);
                if (ws > ceiling && Interlocked.Read(ref caseInput) < SmallInput) overCeiling = true;
                try
                {
                    await Task.Delay(5, sampling.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }, CancellationToken.None);

        foreach (var format in formats ?? Enum.GetValues<FuzzFormat>())
        {
            var random = new Random(seed + (int)format);
            var mutator = new Mutator(random, quick);
            var samples = SamplesOf(format);
            int runs = 0, refused = 0, accepted = 0;
            long largest = 0;
            for (var n = 1; n <= casesPerFormat; n++)
            {
                ct.ThrowIfCancellationRequested();
                var (sample, name) = samples[random.Next(samples.Count)];
                var (input, mutation) = mutator.Mutate(sample, format);
                largest = Math.Max(largest, input.LongLength);
                Interlocked.Exchange(ref caseInput, input.LongLength);
                foreach (var (importer, form) in ImportersOf(format))
                {
                    runs++;
                    overCeiling = false;
                    var measured = PeakMemory.Reset();
                    try
                    {
                        var (ok, stored) = await RunOneAsync(importer, form, input, name, ct);
                        if (ok) accepted++;
                        else refused++;
                        if (!ok && stored is not null) failures.Add(new(format, n, importer, mutation, "stored when refused: " + stored, input));
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        failures.Add(new(format, n, importer, mutation, ex.GetType().Name + ": " + ex.Message, input));
                    }

                    var casePeak = measured ? PeakMemory.Read() : (overCeiling ? ceiling + 1 : 0);
                    maxCase = Math.Max(maxCase, casePeak);
                    if (casePeak > ceiling && input.LongLength < SmallInput)
                    {
                        failures.Add(new(format, n, importer, mutation, $"peak memory {casePeak >> 20} MB for a {input.Length:N0}-byte input", input));
                    }
                }

                if (log is not null && n % 250 == 0) log.WriteLine($"{format}: {n:N0} cases, {runs:N0} importer runs, {refused:N0} refused, {failures.Count} failures, peak of one case {maxCase >> 20} MB, {watch.Elapsed:hh\\:mm\\:ss}");
            }

            figures.Add(new(format, casesPerFormat, runs, refused, accepted, largest));
        }

        sampling.Cancel();
        await sampler;
        peak = maxCase > 0 ? maxCase : Math.Max(peak, Process.GetCurrentProcess().PeakWorkingSet64);
        return new FuzzReport(figures, failures, peak, watch.Elapsed);
    }

    private static List<(byte[], string)> SamplesOf(FuzzFormat format) => format switch
    {
        FuzzFormat.Csv => [(Samples.DossierCsv(), "so-theo-doi.csv"), (Samples.ProcedureCsv(), "danh-muc.csv")],
        FuzzFormat.Xlsx => [(Samples.DossierXlsx(), "so-theo-doi.xlsx"), (Samples.ProcedureXlsx(), "danh-muc.xlsx"), (Samples.AppendixXlsx(), "phu-luc.xlsx")],
        FuzzFormat.Docx => [(Samples.AppendixDocx(), "phu-luc.docx")],
        _ => [(Samples.DossierJson(), "dong-bo.json")],
    };

    public static IReadOnlyList<(string Importer, UploadForm Form)> ImportersOf(FuzzFormat format) => format switch
    {
        FuzzFormat.Csv => [("dossier-log", UploadForm.DossierLog), ("procedures", UploadForm.ProcedureCatalogue)],
        FuzzFormat.Xlsx => [("dossier-log", UploadForm.DossierLog), ("procedures", UploadForm.ProcedureCatalogue), ("plan-appendix", UploadForm.PlanAppendix)],
        FuzzFormat.Docx => [("plan-appendix", UploadForm.PlanAppendix)],
        _ => [("dossier-log", UploadForm.DossierLog)],
    };

    /// <summary>True when accepted; when refused, what was stored anyway (null when nothing).</summary>
    private async Task<(bool Ok, string? Stored)> RunOneAsync(string importer, UploadForm form, byte[] input, string name, CancellationToken ct)
    {
        await using var scope = tenantScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ReformDeskDbContext>();
        var before = await CountsAsync(db, ct);
        var check = services.GetRequiredService<UploadGuard>().Check(input, name, form);
        bool ok;
        if (check.Upload is not { } upload)
        {
            ok = false;
        }
        else if (importer == "dossier-log")
        {
            ok = (await services.GetRequiredService<DossierLogImporter>().ImportAsync(upload, "Fuzz", ct: ct)).Succeeded;
        }
        else if (importer == "procedures")
        {
            ok = (await services.GetRequiredService<ProcedureCatalogueImporter>().ImportAsync(upload, ct)).Saved;
        }
        else
        {
            var plans = services.GetRequiredService<PlanImportService>();
            var table = PlanImportService.Read(upload);
            ok = (await plans.PreviewAsync(table, 2026, ct)).CanSave;
            // A refused appendix is offered to the save anyway: it must refuse too and store nothing.
            if (!ok && (await plans.SaveAsync(new PlanHeader("Kế hoạch thử", null, 2026, 2026), table, ct)).Succeeded) return (false, "plan saved");
        }

        if (ok) return (true, null);
        var after = await CountsAsync(db, ct);
        return (false, after == before ? null : $"{before} → {after}");
    }

    private static async Task<(int, int, int, int)> CountsAsync(ReformDeskDbContext db, CancellationToken ct) =>
        (await db.Dossiers.CountAsync(ct), await db.Procedures.CountAsync(ct), await db.Plans.CountAsync(ct), await db.AuditEntries.CountAsync(ct));
}
