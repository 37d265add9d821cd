using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.Dossiers.Import;

public enum ImportStage
{
    Reading,
    Saving,
    Indicators,
    Done,
}

/// <summary>Progress of an import: while <see cref="ImportStage.Reading"/>, Processed counts rows read and Total is unknown (0).</summary>
public sealed record ImportProgress(int Processed, int Total, int Added, int Updated, int Unchanged, int ErrorRows, ImportStage Stage = ImportStage.Saving);

/// <summary>Outcome of an import (or of its preview, when nothing was saved).</summary>
public sealed record DossierImportResult(int Total, int Added, int Updated, int Unchanged, int ErrorRows, int ProceduresCreated, IReadOnlyList<ImportProblem> Problems, string? Fatal, bool Saved)
{
    public bool Succeeded => Fatal is null;
}

/// <summary>One parsed, valid row.</summary>
internal sealed record ParsedDossier(int Row, string Code, string ProcedureCode, string? ProcedureName, string? Field, int? ProcessingDays, decimal? Fee,
    DateTime ReceivedAt, DateOnly? AppointmentDate, DateTime? ProcessedAt, DateTime? ReturnedAt, DateTime? RejectedAt, DateTime? WithdrawnAt,
    DossierChannel Channel, bool Digitised, bool FullyOnline, bool PaidOnline, int SupplementCount, DateTime? SupplementRequestedAt, DateTime? SuppliedAt,
    int Visits, string? ApplicantName, string? ApplicantPhone, PortalExtras? Portal = null, int? ProcessingHours = null)
{
    /// <summary>Hash of the parsed values (not the raw text), so a re-export with another date format is still "unchanged".</summary>
    public string Hash() => hash ??= ComputeHash();

    private string? hash;

    private string ComputeHash()
    {
        var text = string.Join('\u001f', new object?[]
        {
            Code, ProcedureCode, ReceivedAt.Ticks, AppointmentDate?.DayNumber, ProcessedAt?.Ticks, ReturnedAt?.Ticks, RejectedAt?.Ticks, WithdrawnAt?.Ticks,
            Channel, Digitised, FullyOnline, PaidOnline, SupplementCount, SupplementRequestedAt?.Ticks, SuppliedAt?.Ticks, Visits, ApplicantName, ApplicantPhone,
        }.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
        if (Portal is not null) text += '\u001f' + Fee?.ToString(CultureInfo.InvariantCulture) + '\u001f' + Portal.HashText();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

/// <summary>
/// Imports dossier logs exported by the provincial TTHC system. Rows are validated one by one: a row with an error is
/// reported ("Dòng 12: …") and skipped, the others are saved. Upsert by dossier code: an unchanged row (same hash) is
/// not written, a changed one is updated, so importing the same file twice adds nothing — which also makes an
/// interrupted import resumable: run it again. The file is read and checked whole before anything is written; valid
/// rows are then saved in batches of <see cref="BatchSize"/>, each in its own transaction, with progress reported.
/// Indicator buckets touched are marked stale in each batch's transaction and recomputed once at the end.
/// </summary>
public sealed class DossierLogImporter(ReformDeskDbContext db, TimeProvider clock, DossierRules rules)
{
    public const int BatchSize = 5000;
    public const int MaxProblems = 1000;
    private const int ReadProgressEvery = 20_000;

    private static readonly JsonSerializerOptions MappingJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads, validates and compares with the database without writing anything.</summary>
    public Task<DossierImportResult> PreviewAsync(SafeUpload upload, string sourceName, CancellationToken ct = default) =>
        RunAsync(upload, sourceName, save: false, null, ct);

    public Task<DossierImportResult> ImportAsync(SafeUpload upload, string sourceName, IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        RunAsync(upload, sourceName, save: true, progress, ct);

    public async Task<IReadOnlyDictionary<DossierField, string>?> SavedMappingAsync(string sourceName, CancellationToken ct = default)
    {
        var row = await db.ImportMappings.AsNoTracking().FirstOrDefaultAsync(m => m.SourceName == sourceName, ct);
        return row is null ? null : ParseMapping(row.ColumnsJson);
    }

    /// <summary>Saves (or replaces) the mapping of a source: field → the header text its files use.</summary>
    public async Task SaveMappingAsync(string sourceName, IReadOnlyDictionary<DossierField, string> columns, CancellationToken ct = default)
    {
        var json = JsonSerializer.Serialize(columns.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value), MappingJson);
        var row = await db.ImportMappings.FirstOrDefaultAsync(m => m.SourceName == sourceName, ct);
        if (row is null)
        {
            db.ImportMappings.Add(new ImportMapping { TenantId = TenantId, SourceName = sourceName, ColumnsJson = json, UpdatedAtUtc = clock.GetUtcNow().UtcDateTime });
        }
        else if (row.ColumnsJson != json)
        {
            row.ColumnsJson = json;
            row.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(ct);
    }

    private static Dictionary<DossierField, string> ParseMapping(string json)
    {
        var result = new Dictionary<DossierField, string>();
        foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [])
        {
            if (Enum.TryParse<DossierField>(key, out var f) && !string.IsNullOrWhiteSpace(value)) result[f] = value;
        }

        return result;
    }

    private Guid TenantId => db.Tenant.TenantId ?? throw new InvalidOperationException("Importing dossiers needs a commune (tenant) context.");

    private async Task<DossierImportResult> RunAsync(SafeUpload upload, string sourceName, bool save, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var tenantId = TenantId;
        var communeRules = await rules.ForAsync(tenantId, ct);
        if (save && db.Tenant.IsReadOnly)
        {
            throw new TenantViolationException("Tài khoản chỉ có quyền xem dữ liệu của xã/phường này.");
        }

        var run = new ImportRun(tenantId, SourceNameOf(sourceName), upload.FileName, save, upload.Kind == UploadKind.Json, communeRules, progress);
        if (!run.Portal && await MapColumnsAsync(run, upload, ct) is { } mappingError) return Fail(mappingError);
        if (ReadCodes(run, upload) is { } readError) return Fail(readError);
        if (save && run.Mapping is not null) await SaveMappingAsync(run.SourceName, run.Mapping.Columns.ToDictionary(kv => kv.Key, kv => run.Headers[kv.Value]), ct);

        await LoadCommuneAsync(run, ct);
        // Opened here rather than in ImportRowsAsync: the indicator recompute runs in the same session (open connection, SQLite pragmas).
        await using var session = save ? await BulkInsert.SessionAsync(db, ct) : null;
        if (await ImportRowsAsync(run, upload, ct) is { } rowsError) return Fail(rowsError);
        if (save) await RecomputeIndicatorsAsync(run, ct);

        run.Report(ImportStage.Done);
        return run.Result();
    }

    private static string SourceNameOf(string sourceName)
    {
        sourceName = string.IsNullOrWhiteSpace(sourceName) ? "Hệ thống TTHC tỉnh" : sourceName.Trim();
        return sourceName.Length > 100 ? sourceName[..100] : sourceName;
    }

    /// <summary>Maps a spreadsheet/CSV log's header row to the fields (the source's saved mapping first); the error when the file cannot be read or a required column is missing.</summary>
    private async Task<string?> MapColumnsAsync(ImportRun run, SafeUpload upload, CancellationToken ct)
    {
        var log = DossierLogReader.Open(upload);
        if (log.Error is not null) return log.Error;
        (log.Rows as IDisposable)?.Dispose();
        run.Headers = log.Headers;
        run.Mapping = DossierLogColumns.Map(log.Headers, await SavedMappingAsync(run.SourceName, ct));
        return run.Mapping.IsComplete
            ? null
            : "Thiếu cột bắt buộc: " + string.Join(", ", run.Mapping.Missing.Select(f => $"'{DossierLogColumns.Label(f)}'")) + ".";
    }

    /// <summary>
    /// Pass 1: the whole file is read before anything is written, so an unreadable file writes nothing. Only each row's code
    /// is kept: the first row with a code is the one imported, a later one is a duplicate.
    /// </summary>
    private static string? ReadCodes(ImportRun run, SafeUpload upload)
    {
        var total = 0;
        try
        {
            foreach (var (number, code) in Codes(upload, run.Mapping))
            {
                total++;
                if (code.Length > 0) run.FirstRowOf.TryAdd(code, number);
                if (total % ReadProgressEvery == 0) run.Progress?.Report(new ImportProgress(total, 0, 0, 0, 0, 0, ImportStage.Reading));
            }
        }
        catch (UploadRefusedException ex)
        {
            return ex.Message;
        }

        run.Total = total;
        return null;
    }

    /// <summary>The commune's procedures and every dossier code with its row hash, read once (one indexed scan) instead of a lookup per batch.</summary>
    private async Task LoadCommuneAsync(ImportRun run, CancellationToken ct)
    {
        run.Procedures = await db.Procedures.ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, ct);
        await foreach (var k in db.Dossiers.AsNoTracking().Select(d => new { d.Code, d.Id, d.RowHash }).AsAsyncEnumerable().WithCancellation(ct))
        {
            run.Known[k.Code] = (k.Id, ShortHash(k.RowHash));
        }

        // A commune's first import (no dossier yet, no stale bucket) counts its buckets in memory as it writes (ADR 0062).
        run.Tally = run.Save && run.Known.Count == 0 && !await db.DossierAggregateMarks.AnyAsync(ct)
            ? new DossierBucketTally(run.Rules, VietnamTime.Now(clock))
            : null;
    }

    /// <summary>
    /// Pass 2: every row parsed and validated (a row with an error is reported and skipped), valid rows saved in batches of
    /// <see cref="BatchSize"/>, with progress reported after each; the error when the upload changed since pass 1.
    /// </summary>
    private async Task<string?> ImportRowsAsync(ImportRun run, SafeUpload upload, CancellationToken ct)
    {
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var batch = new List<ParsedDossier>(BatchSize);
            foreach (var (number, p) in Rows(upload, run.Mapping, run.Problems.Add))
            {
                run.Processed++;
                if (Accept(run, number, p)) batch.Add(p);
                if (batch.Count == BatchSize)
                {
                    await SaveBatchAsync(run, batch, ct);
                    batch.Clear();
                    run.Report(ImportStage.Saving);
                }
            }

            if (batch.Count > 0) await SaveBatchAsync(run, batch, ct);
            run.Report(ImportStage.Saving);
        }
        catch (UploadRefusedException ex)
        {
            // Read whole in pass 1, the file cannot break here; a changed upload would.
            return ex.Message;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        return null;
    }

    /// <summary>Whether a row goes into a batch: not when it had an error (already reported), nor when an earlier row has its code.</summary>
    private static bool Accept(ImportRun run, int number, [NotNullWhen(true)] ParsedDossier? p)
    {
        if (p is null)
        {
            run.ErrorRows++;
            return false;
        }

        if (run.FirstRowOf.TryGetValue(p.Code, out var first) && first != number)
        {
            run.ErrorRows++;
            run.Problems.Add(new ImportProblem(number, run.Portal ? "MaHoSo" : DossierLogColumns.Label(DossierField.Code),
                run.Portal ? $"Bản ghi {number}: mã hồ sơ '{p.Code}' trùng với bản ghi {first}; bản ghi này bị bỏ qua."
                    : $"Dòng {number}: mã hồ sơ '{p.Code}' trùng với dòng {first}; dòng này bị bỏ qua.", ProblemSeverity.Error));
            return false;
        }

        return true;
    }

    /// <summary>
    /// One batch, each in its own transaction. New rows go in bulk (one audit entry per batch listing their codes); changed
    /// rows go through the change tracker, so each is audited with its before and after values.
    /// </summary>
    private async Task SaveBatchAsync(ImportRun run, List<ParsedDossier> batch, CancellationToken ct)
    {
        var changes = Compare(run, batch, await LoadChangedAsync(run, batch, ct));
        if (run.Save && (changes.NewDossiers.Count > 0 || changes.ChangedIds.Count > 0))
        {
            await WriteBatchAsync(run, changes, ct);
        }
        else if (run.Save && changes.NewProcedures.Count > 0)
        {
            await SaveProceduresAsync(changes.NewProcedures, ct);
        }

        if (run.Save) db.ChangeTracker.Clear();
    }

    /// <summary>Only the rows that changed are loaded (tracked when saving, so their update is audited field by field).</summary>
    private async Task<Dictionary<string, Dossier>> LoadChangedAsync(ImportRun run, List<ParsedDossier> batch, CancellationToken ct)
    {
        var changedKeys = batch.Where(b => run.Known.TryGetValue(b.Code, out var k) && k.Hash != ShortHash(b.Hash())).Select(b => run.Known[b.Code].Id).ToList();
        if (changedKeys.Count == 0) return new Dictionary<string, Dossier>(StringComparer.Ordinal);
        var dossiers = run.Save ? db.Dossiers : db.Dossiers.AsNoTracking();
        return await dossiers.Where(d => changedKeys.Contains(d.Id)).ToDictionaryAsync(d => d.Code, StringComparer.Ordinal, ct);
    }

    /// <summary>
    /// Sets a batch against the commune's dossiers: an unchanged row is only counted; a new or changed one is applied, with
    /// its procedure, supplements, outcome (when saving) and the buckets it touches before and after.
    /// </summary>
    private BatchChanges Compare(ImportRun run, List<ParsedDossier> batch, Dictionary<string, Dossier> existing)
    {
        var changes = new BatchChanges();
        var now = run.Tally?.Now ?? VietnamTime.Now(clock);
        foreach (var row in batch)
        {
            var hash = row.Hash();
            var isNew = false;
            if (run.Known.TryGetValue(row.Code, out var k) && k.Hash == ShortHash(hash))
            {
                run.Unchanged++;
                continue;
            }

            if (existing.TryGetValue(row.Code, out var dossier))
            {
                run.Updated++;
                changes.ChangedIds.Add(dossier.Id);
                DossierAggregates.Touch(changes.Buckets, dossier, now); // where the old values counted
            }
            else
            {
                run.Added++;
                isNew = true;
                dossier = new Dossier { TenantId = run.TenantId, Id = Guid.CreateVersion7(), Code = row.Code, LookupKey = LookupKeys.New() };
                changes.NewDossiers.Add(dossier);
            }

            var procedure = ProcedureFor(run, row, changes.NewProcedures);
            Apply(dossier, row, procedure.Id, run.SourceName, hash);
            DossierAggregates.Touch(changes.Buckets, dossier, now);
            var supplements = Supplements(run.TenantId, dossier.Id, row).ToList();
            (isNew ? changes.NewSupplements : changes.ChangedSupplements).AddRange(supplements);
            if (run.Save)
            {
                var outcome = DossierOutcome.Compute(run.Rules, dossier, procedure, supplements);
                changes.Outcomes.Add(outcome);
                run.Tally?.Add(outcome, dossier, procedure, supplements);
            }
        }

        run.Tally?.Touch(changes.Buckets);
        return changes;
    }

    /// <summary>
    /// A row's procedure. Unknown procedure codes are created (a warning, not an error) so that their dossiers are kept;
    /// their processing time is unknown until someone enters it.
    /// </summary>
    private static Procedure ProcedureFor(ImportRun run, ParsedDossier sample, List<Procedure> newProcedures)
    {
        if (run.Procedures.TryGetValue(sample.ProcedureCode, out var known)) return known;
        var procedure = new Procedure
        {
            TenantId = run.TenantId,
            Code = sample.ProcedureCode,
            Name = sample.ProcedureName ?? sample.ProcedureCode,
            Field = sample.Field,
            FieldCode = sample.Portal?.FieldCode,
            ProcessingDays = sample.ProcessingDays is > 0 ? sample.ProcessingDays : null,
            ProcessingHours = sample.ProcessingHours,
            SameDay = sample.ProcessingDays is 0,
            Fee = sample.Fee,
        };
        run.Procedures[procedure.Code] = procedure;
        newProcedures.Add(procedure);
        run.Created++;
        var where = run.Portal ? $"Bản ghi {sample.Row}" : $"Dòng {sample.Row}";
        run.Problems.Add(new ImportProblem(sample.Row, run.Portal ? "MaTTHC" : DossierLogColumns.Label(DossierField.ProcedureCode),
            $"{where}: thủ tục mã '{procedure.Code}' chưa có trong danh mục; {(run.Save ? "đã tạo mới" : "sẽ được tạo mới")} \"{procedure.Name}\"{(procedure.NeedsProcessingTime ? ", " + Procedure.NeedsProcessingTimeText : "")} — hãy nhập thời hạn giải quyết trong danh mục thủ tục.",
            ProblemSeverity.Warning));
        return procedure;
    }

    /// <summary>Writes a batch in one transaction: its new procedures, dossiers and supplements, the audit entry, the outcomes and the bucket marks.</summary>
    private async Task WriteBatchAsync(ImportRun run, BatchChanges changes, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (changes.NewProcedures.Count > 0) await SaveProceduresAsync(changes.NewProcedures, ct);
        if (changes.ChangedIds.Count > 0)
        {
            // A changed row replaces its supplement requests; removals go through the change tracker so they are audited.
            db.DossierSupplements.RemoveRange(await db.DossierSupplements.Where(s => changes.ChangedIds.Contains(s.DossierId)).ToListAsync(ct));
            db.DossierSupplements.AddRange(changes.ChangedSupplements);
        }

        await BulkInsert.InsertAsync(db, changes.NewDossiers, ct);
        await BulkInsert.InsertAsync(db, changes.NewSupplements, ct);
        if (changes.NewDossiers.Count > 0) db.AuditEntries.Add(BatchAudit(run.TenantId, run.SourceName, run.FileName, changes.NewDossiers));
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        // Outcomes of the rows just written, computed from the values in hand (no reload); a changed row's old one goes first.
        await DossierOutcome.InvalidateAsync(db, (changes.ChangedIds, []), ct);
        await BulkInsert.InsertAsync(db, changes.Outcomes, ct);
        // The buckets are recomputed once at the end; the mark, in this transaction, survives a crash until then.
        await DossierAggregates.MarkAsync(db, run.TenantId, changes.Buckets, ct);
        await tx.CommitAsync(ct);
    }

    private async Task SaveProceduresAsync(List<Procedure> procedures, CancellationToken ct)
    {
        db.Procedures.AddRange(procedures);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The indicator buckets after a save: the first import's tally written, or the marked buckets recomputed.</summary>
    private async Task RecomputeIndicatorsAsync(ImportRun run, CancellationToken ct)
    {
        run.Report(ImportStage.Indicators);
        if (run.Tally is null || !await WriteTallyAsync(run.Tally, run.TenantId, ct))
        {
            await DossierAggregates.RecomputeMarkedAsync(db, run.TenantId, run.Rules, VietnamTime.Now(clock), ct);
        }
    }

    /// <summary>What one import (or preview) carries from step to step: its settings, the commune's data read up front, and the counts.</summary>
    private sealed class ImportRun(Guid tenantId, string sourceName, string? fileName, bool save, bool portal, DossierStatusRules rules, IProgress<ImportProgress>? progress)
    {
        public Guid TenantId => tenantId;
        public string SourceName => sourceName;
        public string? FileName => fileName;
        public bool Save => save;
        public bool Portal => portal;
        public DossierStatusRules Rules => rules;
        public IProgress<ImportProgress>? Progress => progress;

        /// <summary>The log's column mapping and headers; none for the portal's JSON records.</summary>
        public HeaderMapping? Mapping { get; set; }
        public IReadOnlyList<string> Headers { get; set; } = [];

        public Dictionary<string, int> FirstRowOf { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Procedure> Procedures { get; set; } = new(StringComparer.Ordinal);
        public Dictionary<string, (Guid Id, UInt128 Hash)> Known { get; } = new(StringComparer.Ordinal);
        public DossierBucketTally? Tally { get; set; }
        public ProblemList Problems { get; } = new();

        public int Total { get; set; }
        public int Processed { get; set; }
        public int Added { get; set; }
        public int Updated { get; set; }
        public int Unchanged { get; set; }
        public int ErrorRows { get; set; }
        public int Created { get; set; }

        public void Report(ImportStage stage) => progress?.Report(new ImportProgress(Processed, Total, Added, Updated, Unchanged, ErrorRows, stage));

        public DossierImportResult Result() => new(Total, Added, Updated, Unchanged, ErrorRows, Created, Problems.ToList(), null, Save);
    }

    /// <summary>A batch's new and changed rows, ready to write.</summary>
    private sealed class BatchChanges
    {
        public List<Guid> ChangedIds { get; } = [];
        public HashSet<AggregateBucket> Buckets { get; } = [];
        public List<Procedure> NewProcedures { get; } = [];
        public List<Dossier> NewDossiers { get; } = [];
        public List<DossierSupplement> NewSupplements { get; } = [];
        public List<DossierSupplement> ChangedSupplements { get; } = [];
        public List<DossierOutcome> Outcomes { get; } = [];
    }

    /// <summary>
    /// Writes the buckets counted during a first import and clears the marks, unless someone else wrote a dossier of the
    /// commune meanwhile (then the tally is not the whole commune and the caller recomputes with GROUP BY).
    /// </summary>
    private async Task<bool> WriteTallyAsync(DossierBucketTally tally, Guid tenantId, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.Dossiers.IgnoreQueryFilters().CountAsync(d => d.TenantId == tenantId, ct) != tally.Dossiers) return false;
        await tally.WriteAsync(db, tenantId, ct);
        await db.DossierAggregateMarks.IgnoreQueryFilters().Where(m => m.TenantId == tenantId).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>Each row's dossier code as the full parse will read it, without parsing the rest (pass 1).</summary>
    private static IEnumerable<(int Number, string Code)> Codes(SafeUpload upload, HeaderMapping? mapping)
    {
        if (mapping is null)
        {
            foreach (var r in PortalRecords.ReadCodes(upload)) yield return r;
            yield break;
        }

        var log = DossierLogReader.Open(upload);
        if (log.Error is not null) throw new UploadRefusedException(log.Error);
        var column = mapping.Columns[DossierField.Code];
        foreach (var row in log.Rows)
        {
            yield return (row.Number, column < row.Cells.Length ? row.Cells[column].Trim() : "");
        }
    }

    /// <summary>The file's rows, parsed one by one: a spreadsheet/CSV log through its column mapping, or the portal's JSON records.</summary>
    private static IEnumerable<(int Number, ParsedDossier? Parsed)> Rows(SafeUpload upload, HeaderMapping? mapping, Action<ImportProblem> problems)
    {
        if (mapping is null)
        {
            foreach (var (number, record) in PortalRecords.Read(upload))
            {
                var parsed = PortalRecords.Parse(number, record, problems, out _);
                yield return (number, parsed);
            }

            yield break;
        }

        var log = DossierLogReader.Open(upload);
        if (log.Error is not null) throw new UploadRefusedException(log.Error);
        foreach (var row in log.Rows)
        {
            yield return (row.Number, Parse(row, mapping, problems));
        }
    }

    /// <summary>The first 128 bits of a row hash: enough to tell rows apart, a fraction of the memory of the hex text.</summary>
    private static UInt128 ShortHash(string? hex) =>
        hex is { Length: >= 32 } && UInt128.TryParse(hex.AsSpan(0, 32), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v) ? v : UInt128.Zero;

    /// <summary>One audit entry for a batch of new dossiers: who, when, from which file, and every code added.</summary>
    private AuditEntry BatchAudit(Guid tenantId, string sourceName, string? fileName, List<Dossier> added)
    {
        var after = JsonSerializer.Serialize(new
        {
            Nguon = sourceName,
            Tep = fileName,
            SoHoSo = added.Count,
            MaHoSo = added.Select(d => d.Code),
        }, MappingJson);
        return new AuditEntry
        {
            TenantId = tenantId,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = db.Tenant.UserId,
            UserName = db.Tenant.UserName,
            Entity = nameof(Dossier),
            EntityId = $"nhập {added.Count} hồ sơ: {added[0].Code}…{added[^1].Code}" is var id && id.Length > 100 ? id[..100] : id,
            Action = AuditAction.Create,
            After = after,
        };
    }

    /// <summary>Problems in row order, at most <see cref="MaxProblems"/> kept; the rest only counted.</summary>
    private sealed class ProblemList
    {
        private readonly List<ImportProblem> kept = [];
        private int dropped;

        public void Add(ImportProblem p)
        {
            if (kept.Count < MaxProblems) kept.Add(p);
            else dropped++;
        }

        public int Count => kept.Count + dropped;

        public List<ImportProblem> ToList()
        {
            var list = kept.OrderBy(p => p.Row ?? 0).ThenByDescending(p => p.Severity).ToList();
            if (dropped > 0) list.Add(new ImportProblem(null, null, $"Còn {dropped:N0} vấn đề khác không hiển thị; hãy sửa các dòng trên rồi nhập lại.", ProblemSeverity.Warning));
            return list;
        }
    }

    private static DossierImportResult Fail(string message) =>
        new(0, 0, 0, 0, 0, 0, [new ImportProblem(null, null, message, ProblemSeverity.Error)], message, false);

    private static void Apply(Dossier d, ParsedDossier r, Guid procedureId, string sourceName, string hash)
    {
        d.ProcedureId = procedureId;
        d.ReceivedAt = r.ReceivedAt;
        d.Channel = r.Channel;
        d.ApplicantName = r.ApplicantName;
        d.ApplicantPhone = r.ApplicantPhone;
        d.AppointmentDate = r.AppointmentDate;
        d.ProcessedAt = r.ProcessedAt;
        d.ReturnedAt = r.ReturnedAt;
        d.RejectedAt = r.RejectedAt;
        d.WithdrawnAt = r.WithdrawnAt;
        d.Digitised = r.Digitised;
        d.FullyOnline = r.FullyOnline;
        d.PaidOnline = r.PaidOnline;
        d.Visits = r.Visits;
        d.SourceName = sourceName;
        d.RowHash = hash;
        if (r.Portal is { } x)
        {
            d.RefusedAtIntake = x.RefusedAtIntake;
            d.VneidVerified = x.VneidVerified;
            d.ElectronicResult = x.ElectronicResult;
            d.AppointmentTime = x.AppointmentTime;
            d.OnlinePaymentVia = x.OnlinePaymentVia;
            d.ApplicantKind = x.ApplicantKind;
            d.ApplicantEmail = x.Email;
            d.Summary = x.Summary;
            d.HandlingUnitName = x.HandlingUnit;
            d.PortalListsJson = x.ListsJson;
        }
    }

    /// <summary>
    /// The log gives a count and at most one pair of dates. With dates, every request shares them (the pause counts once;
    /// the count still makes "more than once" late). Without dates the requests are recorded at receipt with no pause.
    /// </summary>
    private static IEnumerable<DossierSupplement> Supplements(Guid tenantId, Guid dossierId, ParsedDossier r)
    {
        if (r.Portal is { } portal)
        {
            foreach (var s in portal.Supplements)
            {
                yield return new DossierSupplement
                {
                    TenantId = tenantId, DossierId = dossierId, RequestedAt = s.RequestedAt, SuppliedAt = s.SuppliedAt, Content = s.Content,
                    AppointmentBefore = s.AppointmentBefore, AppointmentAfter = s.AppointmentAfter,
                };
            }

            yield break;
        }

        var count = Math.Max(r.SupplementCount, r.SupplementRequestedAt is null ? 0 : 1);
        for (var i = 0; i < count; i++)
        {
            yield return new DossierSupplement
            {
                TenantId = tenantId,
                DossierId = dossierId,
                RequestedAt = r.SupplementRequestedAt ?? r.ReceivedAt,
                SuppliedAt = r.SupplementRequestedAt is null ? r.ReceivedAt : r.SuppliedAt,
            };
        }
    }

    private static ImportProblem Error(int row, DossierField field, string message) =>
        new(row, DossierLogColumns.Label(field), message, ProblemSeverity.Error);

    private static ParsedDossier? Parse(LogRow row, HeaderMapping mapping, Action<ImportProblem> problems)
    {
        var errors = 0;
        string Cell(DossierField f) => mapping.Columns.TryGetValue(f, out var i) && i < row.Cells.Length ? row.Cells[i].Trim() : "";
        void Fail(DossierField f, string what)
        {
            errors++;
            problems(Error(row.Number, f, $"Dòng {row.Number}: '{DossierLogColumns.Label(f)}' {what}"));
        }

        var code = Cell(DossierField.Code);
        if (code.Length == 0) Fail(DossierField.Code, "bị bỏ trống.");
        else if (code.Length > 60) Fail(DossierField.Code, "dài quá 60 ký tự.");
        var procedureCode = Cell(DossierField.ProcedureCode);
        if (procedureCode.Length == 0) Fail(DossierField.ProcedureCode, "bị bỏ trống.");
        else if (procedureCode.Length > 60) Fail(DossierField.ProcedureCode, "dài quá 60 ký tự.");

        DateTime? Moment(DossierField f, bool required = false)
        {
            var text = Cell(f);
            if (text.Length == 0)
            {
                if (required) Fail(f, "bị bỏ trống.");
                return null;
            }

            if (DossierValues.TryParseDateTime(text, out var value)) return value;
            Fail(f, $"không đúng dạng dd/MM/yyyy HH:mm (giá trị \"{Shorten(text)}\").");
            return null;
        }

        var received = Moment(DossierField.ReceivedAt, required: true);
        var appointmentText = Cell(DossierField.AppointmentDate);
        DateOnly? appointment = null;
        if (appointmentText.Length > 0)
        {
            if (DossierValues.TryParseDate(appointmentText, out var a)) appointment = a;
            else Fail(DossierField.AppointmentDate, $"không đúng dạng dd/MM/yyyy (giá trị \"{Shorten(appointmentText)}\").");
        }

        var processed = Moment(DossierField.ProcessedAt);
        var returned = Moment(DossierField.ReturnedAt);
        var rejected = Moment(DossierField.RejectedAt);
        var withdrawn = Moment(DossierField.WithdrawnAt);
        var supplementRequested = Moment(DossierField.SupplementRequestedAt);
        var supplied = Moment(DossierField.SuppliedAt);

        if (!DossierValues.TryParseChannel(Cell(DossierField.Channel), out var channel))
            Fail(DossierField.Channel, $"không rõ (\"{Shorten(Cell(DossierField.Channel))}\"); dùng Trực tiếp, Trực tuyến hoặc Bưu chính.");
        bool Flag(DossierField f)
        {
            if (DossierValues.TryParseFlag(Cell(f), out var v)) return v;
            Fail(f, $"phải là Có/Không (giá trị \"{Shorten(Cell(f))}\").");
            return false;
        }

        var digitised = Flag(DossierField.Digitised);
        var fullyOnline = Flag(DossierField.FullyOnline);
        var paidOnline = Flag(DossierField.PaidOnline);
        int Count(DossierField f)
        {
            if (DossierValues.TryParseCount(Cell(f), out var v) && v <= 100) return v;
            Fail(f, $"phải là số nguyên từ 0 đến 100 (giá trị \"{Shorten(Cell(f))}\").");
            return 0;
        }

        var supplementCount = Count(DossierField.SupplementCount);
        var visitsText = Cell(DossierField.Visits);
        var visits = visitsText.Length == 0 ? (channel == DossierChannel.Counter ? 1 : 0) : Count(DossierField.Visits);
        int? processingDays = null, processingHours = null;
        if (Cell(DossierField.ProcessingDays) is { Length: > 0 } pd)
        {
            // Read as the catalogue reads it: "08 giờ làm việc" is 8 working hours, "Trong ngày" same-day (0), "Trong 05 ngày" 5 days.
            // Otherwise a bare leading number ("5") is days; months or weeks are left unknown (the procedure is then marked as
            // needing its processing time) rather than read as days.
            if (ProcedureValues.TryParseTime(pd, out var time, out _))
            {
                processingHours = time.Hours;
                processingDays = time.Hours is null ? (time.SameDay ? 0 : time.Days) : null;
            }
            else if (!ProcedureValues.InMonthsOrWeeks(pd) && int.TryParse(new string(VietnameseText.Key(pd).TakeWhile(char.IsDigit).ToArray()), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                processingDays = n;
            }
        }

        if (!DossierValues.TryParseFee(Cell(DossierField.Fee), out var fee))
            Fail(DossierField.Fee, $"không phải số tiền (giá trị \"{Shorten(Cell(DossierField.Fee))}\").");

        var phone = Cell(DossierField.ApplicantPhone);
        if (phone.Length > 20) Fail(DossierField.ApplicantPhone, "dài quá 20 ký tự.");
        var name = Cell(DossierField.ApplicantName);
        if (name.Length > 200) name = name[..200];

        if (received is { } r)
        {
            void NotBefore(DateTime? t, DossierField f)
            {
                if (t is { } v && v < r) Fail(f, $"({MomentText(v)}) sớm hơn 'Ngày tiếp nhận' ({MomentText(r)}).");
            }

            NotBefore(processed, DossierField.ProcessedAt);
            NotBefore(returned, DossierField.ReturnedAt);
            NotBefore(rejected, DossierField.RejectedAt);
            NotBefore(withdrawn, DossierField.WithdrawnAt);
            NotBefore(supplementRequested, DossierField.SupplementRequestedAt);
            if (supplied is { } s && supplementRequested is { } q && s < q)
                Fail(DossierField.SuppliedAt, "sớm hơn 'Ngày yêu cầu bổ sung'.");
            if (appointment is { } ap && ap < DateOnly.FromDateTime(r))
                Fail(DossierField.AppointmentDate, "sớm hơn 'Ngày tiếp nhận'.");
        }

        if (errors > 0 || received is null)
        {
            return null;
        }

        return new ParsedDossier(row.Number, code, procedureCode, NullIfEmpty(Limit(Cell(DossierField.ProcedureName), 500)), NullIfEmpty(Limit(Cell(DossierField.Field), 200)), processingDays, fee,
            received.Value, appointment, processed, returned, rejected, withdrawn, channel, digitised, fullyOnline, paidOnline, supplementCount,
            supplementRequested, supplied, visits, NullIfEmpty(name), NullIfEmpty(phone), ProcessingHours: processingHours);
    }

    private static string Limit(string s, int max) => s.Length <= max ? s : s[..max];

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static string MomentText(DateTime at) => at.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..39] + "…";
}
