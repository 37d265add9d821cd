using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.Dossiers.Import;

/// <summary>Columns of a procedure catalogue list.</summary>
public enum ProcedureColumn
{
    Code,
    Name,
    Field,
    ProcessingTime,
    Fee,
    FullyOnline,
}

/// <summary>Outcome of a catalogue preview or import. <see cref="Saved"/> only when every row was valid (all-or-nothing).</summary>
public sealed record ProcedureImportResult(int Total, int Added, int Updated, int Unchanged, IReadOnlyList<ImportProblem> Problems, string? Fatal, bool Saved)
{
    public bool Succeeded => Fatal is null;

    public int ErrorRows => Problems.Where(p => p.Severity == ProblemSeverity.Error && p.Row is not null).Select(p => p.Row).Distinct().Count();

    public bool HasErrors => Fatal is not null || Problems.Any(p => p.Severity == ProblemSeverity.Error);
}

/// <summary>What an edit of one procedure submits (texts parsed like the import's cells).</summary>
public sealed record ProcedureInput(string? Name, string? Field, string? ProcessingTime, string? Fee, bool FullyOnline);

/// <summary>
/// Imports the commune's procedure catalogue from an Excel list (XLSX, first sheet) or CSV with the columns
/// Mã thủ tục | Tên thủ tục | Lĩnh vực | Thời hạn giải quyết | Phí, lệ phí | Trực tuyến toàn trình (headers matched
/// case-, diacritic- and punctuation-insensitively). All-or-nothing: any row error saves nothing. Existing codes are
/// updated in place (their dossiers keep pointing at them), new codes added; nothing is deleted.
/// </summary>
public sealed class ProcedureCatalogueImporter(ReformDeskDbContext db)
{
    public static readonly IReadOnlyList<ProcedureColumn> Required = [ProcedureColumn.Code, ProcedureColumn.Name, ProcedureColumn.ProcessingTime];

    public static readonly IReadOnlyDictionary<ProcedureColumn, string[]> Synonyms = new Dictionary<ProcedureColumn, string[]>
    {
        [ProcedureColumn.Code] = ["Mã thủ tục", "Mã TTHC", "Mã số thủ tục", "Mã số"],
        [ProcedureColumn.Name] = ["Tên thủ tục", "Tên TTHC", "Tên thủ tục hành chính"],
        [ProcedureColumn.Field] = ["Lĩnh vực"],
        [ProcedureColumn.ProcessingTime] = ["Thời hạn giải quyết", "Thời hạn", "Thời gian giải quyết"],
        [ProcedureColumn.Fee] = ["Phí, lệ phí", "Phí lệ phí", "Lệ phí", "Phí", "Phí/lệ phí"],
        [ProcedureColumn.FullyOnline] = ["Trực tuyến toàn trình", "DVC trực tuyến toàn trình", "Toàn trình", "Dịch vụ công trực tuyến toàn trình"],
    };

    private static readonly Dictionary<string, ProcedureColumn> ByKey = Synonyms
        .SelectMany(kv => kv.Value.Select(v => (Key: VietnameseText.Key(v), kv.Key)))
        .DistinctBy(x => x.Key)
        .ToDictionary(x => x.Key, x => x.Item2);

    public static string Label(ProcedureColumn column) => Synonyms[column][0];

    /// <summary>A commune has a few hundred procedures; a longer list is refused before it is read whole.</summary>
    public const int MaxProcedures = 20_000;

    public Task<ProcedureImportResult> PreviewAsync(SafeUpload upload, CancellationToken ct = default) => RunAsync(upload, save: false, ct);

    public Task<ProcedureImportResult> ImportAsync(SafeUpload upload, CancellationToken ct = default) => RunAsync(upload, save: true, ct);

    private sealed record ParsedProcedure(int Row, string Code, string Name, string? Field, ProcedureTime Time, decimal? Fee, bool FullyOnline);

    private async Task<ProcedureImportResult> RunAsync(SafeUpload upload, bool save, CancellationToken ct)
    {
        _ = db.Tenant.TenantId ?? throw new InvalidOperationException("Importing procedures needs a commune (tenant) context.");
        var table = DossierLogReader.Open(upload);
        if (table.Error is not null)
        {
            return Fail(table.Error);
        }

        var columns = new Dictionary<ProcedureColumn, int>();
        for (var i = 0; i < table.Headers.Count; i++)
        {
            if (ByKey.TryGetValue(VietnameseText.Key(table.Headers[i] ?? ""), out var column))
            {
                columns.TryAdd(column, i);
            }
        }

        var missing = Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return Fail("Thiếu cột bắt buộc: " + string.Join(", ", missing.Select(c => $"'{Label(c)}'")) + ".");
        }

        var problems = new List<ImportProblem>();
        var parsed = new List<ParsedProcedure>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        try
        {
            foreach (var row in table.Rows)
            {
                if (row.Cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (++total > MaxProcedures)
                {
                    return Fail($"Danh mục có hơn {UploadText.Number(MaxProcedures)} thủ tục (giới hạn); hãy kiểm tra lại tệp.");
                }

                Collect(row);
            }
        }
        catch (UploadRefusedException ex)
        {
            return Fail(ex.Message);
        }

        void Collect(LogRow row)
        {

            var p = Parse(row, columns, problems);
            if (p is null)
            {
                return;
            }

            if (seen.TryGetValue(p.Code, out var first))
            {
                problems.Add(Error(row.Number, ProcedureColumn.Code, $"Dòng {row.Number}: mã thủ tục '{p.Code}' trùng với dòng {first}."));
                return;
            }

            seen[p.Code] = row.Number;
            parsed.Add(p);
        }

        if (parsed.Count == 0 && problems.Count == 0)
        {
            return Fail("Tệp không có dòng thủ tục nào.");
        }

        var existing = await db.Procedures.ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, ct);
        int added = 0, updated = 0, unchanged = 0;
        var canSave = save && problems.Count == 0;
        foreach (var p in parsed)
        {
            if (!existing.TryGetValue(p.Code, out var procedure))
            {
                added++;
                if (canSave)
                {
                    procedure = new Procedure { Code = p.Code };
                    Apply(procedure, p);
                    db.Procedures.Add(procedure);
                }

                continue;
            }

            var copy = new Procedure { Code = procedure.Code, Name = procedure.Name, Field = procedure.Field, ProcessingDays = procedure.ProcessingDays, ProcessingHours = procedure.ProcessingHours, SameDay = procedure.SameDay, Fee = procedure.Fee, FullyOnlineAllowed = procedure.FullyOnlineAllowed };
            Apply(copy, p);
            if (Same(copy, procedure))
            {
                unchanged++;
                continue;
            }

            updated++;
            if (canSave)
            {
                Apply(procedure, p);
            }
        }

        if (canSave)
        {
            // One SaveChanges: one transaction, so the catalogue is imported whole or not at all.
            await db.SaveChangesAsync(ct);
        }
        else if (save)
        {
            problems.Insert(0, new ImportProblem(null, null, "Tệp còn dòng lỗi nên chưa lưu thủ tục nào; hãy sửa các dòng dưới đây rồi nhập lại.", ProblemSeverity.Error));
        }

        return new ProcedureImportResult(total, added, updated, unchanged, problems, null, canSave);
    }

    /// <summary>One procedure of the current commune's catalogue, read only (null when it is not there).</summary>
    public Task<Procedure?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Procedures.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>Edits one procedure of the commune; the texts are parsed as in the import.</summary>
    public async Task<OperationResult<Procedure>> UpdateAsync(Guid id, ProcedureInput input, CancellationToken ct = default)
    {
        var procedure = await db.Procedures.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (procedure is null)
        {
            return OperationResult<Procedure>.Invalid("Id", "Không tìm thấy thủ tục.");
        }

        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 500)
        {
            return OperationResult<Procedure>.Invalid("Name", "'Tên thủ tục' không được để trống (tối đa 500 ký tự).");
        }

        var field = string.IsNullOrWhiteSpace(input.Field) ? null : input.Field.Trim();
        if (field is { Length: > 200 })
        {
            return OperationResult<Procedure>.Invalid("Field", "'Lĩnh vực' tối đa 200 ký tự.");
        }

        if (!ProcedureValues.TryParseTime(input.ProcessingTime, out var time, out var timeError))
        {
            return OperationResult<Procedure>.Invalid("ProcessingTime", "'Thời hạn giải quyết' " + timeError);
        }

        if (!ProcedureValues.TryParseFee(input.Fee, out var fee, out var feeError))
        {
            return OperationResult<Procedure>.Invalid("Fee", "'Phí, lệ phí' " + feeError);
        }

        Apply(procedure, new ParsedProcedure(0, procedure.Code, name, field, time, fee, input.FullyOnline));
        await db.SaveChangesAsync(ct);
        return OperationResult<Procedure>.Ok(procedure);
    }

    private static void Apply(Procedure target, ParsedProcedure p)
    {
        target.Name = p.Name;
        target.Field = p.Field;
        target.SameDay = p.Time.SameDay;
        target.ProcessingDays = p.Time.SameDay ? null : p.Time.Days;
        target.ProcessingHours = p.Time.Hours;
        target.Fee = p.Fee;
        target.FullyOnlineAllowed = p.FullyOnline;
    }

    private static bool Same(Procedure a, Procedure b) =>
        a.Name == b.Name && a.Field == b.Field && a.SameDay == b.SameDay && a.ProcessingDays == b.ProcessingDays && a.ProcessingHours == b.ProcessingHours && a.Fee == b.Fee && a.FullyOnlineAllowed == b.FullyOnlineAllowed;

    private static ParsedProcedure? Parse(LogRow row, Dictionary<ProcedureColumn, int> columns, List<ImportProblem> problems)
    {
        var before = problems.Count;
        string Cell(ProcedureColumn c) => columns.TryGetValue(c, out var i) && i < row.Cells.Length ? (row.Cells[i] ?? "").Trim() : "";
        void Fail(ProcedureColumn c, string message) => problems.Add(Error(row.Number, c, $"Dòng {row.Number}: '{Label(c)}' {message}"));

        var code = Cell(ProcedureColumn.Code);
        if (code.Length == 0) Fail(ProcedureColumn.Code, "bị bỏ trống.");
        else if (code.Length > 60) Fail(ProcedureColumn.Code, "dài quá 60 ký tự.");

        var name = Cell(ProcedureColumn.Name);
        if (name.Length == 0) Fail(ProcedureColumn.Name, "bị bỏ trống.");
        else if (name.Length > 500) Fail(ProcedureColumn.Name, "dài quá 500 ký tự.");

        var field = Cell(ProcedureColumn.Field);
        if (field.Length > 200) Fail(ProcedureColumn.Field, "dài quá 200 ký tự.");

        if (!ProcedureValues.TryParseTime(Cell(ProcedureColumn.ProcessingTime), out var time, out var timeError)) Fail(ProcedureColumn.ProcessingTime, timeError);
        if (!ProcedureValues.TryParseFee(Cell(ProcedureColumn.Fee), out var fee, out var feeError)) Fail(ProcedureColumn.Fee, feeError);
        if (!ProcedureValues.TryParseOnline(Cell(ProcedureColumn.FullyOnline), out var online, out var onlineError)) Fail(ProcedureColumn.FullyOnline, onlineError);

        return problems.Count > before ? null : new ParsedProcedure(row.Number, code, name, field.Length == 0 ? null : field, time, fee, online);
    }

    private static ImportProblem Error(int row, ProcedureColumn column, string message) => new(row, Label(column), message, ProblemSeverity.Error);

    private static ProcedureImportResult Fail(string message) => new(0, 0, 0, 0, [], message, false);
}
