using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.ParIndex;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.Organisation;

public sealed record AppraisalImportResult(int Saved, IReadOnlyList<ParImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// A year's appraisal results from one workbook (sheet "Đánh giá"): one row per person or collective, with the deciding
/// document. Read through the upload guard; every row is checked first and nothing is stored unless all are valid.
/// A person is found by name, and by the unit column when two people share a name.
/// </summary>
public sealed class AppraisalImport(ReformDeskDbContext db, FactService facts)
{
    public const string Sheet = "Đánh giá";
    public static readonly string[] Headers = ["Loại", "Họ và tên hoặc tên tập thể", "Đơn vị", "Kết quả đánh giá, xếp loại", "Số quyết định", "Ngày quyết định"];

    public async Task<AppraisalImportResult> ImportAsync(Actor actor, int year, SafeUpload upload, CancellationToken ct = default)
    {
        if (!FactService.CanEdit(actor))
        {
            return new(0, [new ParImportError(Sheet, null, null, "Chỉ bộ phận quản lý tổ chức, cán bộ được nhập kết quả đánh giá.")]);
        }

        Dictionary<string, List<ParSheetRow>> sheets;
        try
        {
            sheets = ParWorkbook.Read(upload);
        }
        catch (UploadRefusedException ex)
        {
            return new(0, [new ParImportError(Sheet, null, null, ex.Message)]);
        }

        if (!sheets.TryGetValue(ParWorkbook.Key(Sheet), out var rows) || rows.Count == 0)
        {
            return new(0, [new ParImportError(Sheet, null, null, $"Tệp không có trang tính “{Sheet}” (tải mẫu để xem cách lập).")]);
        }

        var errors = new List<ParImportError>();
        var header = rows[0];
        var columns = new int[Headers.Length];
        for (var i = 0; i < Headers.Length; i++)
        {
            columns[i] = Array.FindIndex(header.Cells, c => ParWorkbook.Key(c) == ParWorkbook.Key(Headers[i]));
            if (columns[i] < 0)
            {
                errors.Add(new ParImportError(Sheet, header.Number, null, $"Thiếu cột “{Headers[i]}” ở dòng tiêu đề."));
            }
        }

        if (errors.Count > 0)
        {
            return new(0, errors);
        }

        var people = await db.People.AsNoTracking().Select(p => new { p.Id, p.FullName }).ToListAsync(ct);
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var tenures = await db.PositionTenures.AsNoTracking().Where(t => t.FromYear <= year && (t.ToYear == null || t.ToYear >= year))
            .Select(t => new { t.PersonId, t.UnitId }).ToListAsync(ct);
        var inputs = new List<AppraisalInput>();
        var seen = new Dictionary<Guid, int>();
        var today = facts.Today;
        foreach (var row in rows.Skip(1))
        {
            string Col(int i) => ParWorkbook.ColumnName(columns[i]);
            void Error(int i, string message) => errors.Add(new ParImportError(Sheet, row.Number, Col(i), message));

            var kind = ParWorkbook.Key(row.Cell(columns[0]));
            var name = row.Cell(columns[1]);
            var unitName = row.Cell(columns[2]);
            Guid? unitId = unitName.Length == 0 ? null : units.FirstOrDefault(u => ParWorkbook.Key(u.Name) == ParWorkbook.Key(unitName))?.Id;
            if (unitName.Length > 0 && unitId is null)
            {
                Error(2, $"Không có đơn vị “{unitName}” trong danh sách đơn vị của xã.");
                continue;
            }

            Guid? personId = null;
            if (kind is "ca nhan")
            {
                var matches = people.Where(p => ParWorkbook.Key(p.FullName) == ParWorkbook.Key(name)).Select(p => p.Id).ToList();
                if (matches.Count > 1 && unitId is { } u)
                {
                    matches = matches.Where(id => tenures.Any(t => t.PersonId == id && t.UnitId == u)).ToList();
                }

                if (matches.Count != 1)
                {
                    Error(1, matches.Count == 0
                        ? $"Không tìm thấy cán bộ “{name}”."
                        : $"Có {matches.Count} cán bộ tên “{name}”{(unitId is null ? "" : $" tại {unitName}")}; hãy ghi đúng đơn vị công tác năm {year}.");
                    continue;
                }

                personId = matches[0];
                unitId = null;
            }
            else if (kind is "tap the")
            {
                var unit = units.FirstOrDefault(u => ParWorkbook.Key(u.Name) == ParWorkbook.Key(name));
                if (unit is null)
                {
                    Error(1, $"Không có tập thể (đơn vị) “{name}” trong danh sách đơn vị của xã.");
                    continue;
                }

                unitId = unit.Id;
            }
            else
            {
                Error(0, $"Loại phải là “Cá nhân” hoặc “Tập thể”, không phải “{row.Cell(columns[0])}”.");
                continue;
            }

            AppraisalResult result;
            try
            {
                result = VietnameseLabels.ParseAppraisal(row.Cell(columns[3]));
            }
            catch (FormatException)
            {
                Error(3, $"Kết quả “{row.Cell(columns[3])}” không phải một mức: Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ.");
                continue;
            }

            var date = ParseDate(row.Cell(columns[5]));
            var number = row.Cell(columns[4]);
            if (date is null && row.Cell(columns[5]).Length > 0)
            {
                Error(5, $"Ngày quyết định “{row.Cell(columns[5])}” không đọc được; ghi theo dạng dd/MM/yyyy.");
                continue;
            }

            if (Appraisal.Problem(year, number, date, today) is { } problem)
            {
                Error(problem.Contains("ngày", StringComparison.OrdinalIgnoreCase) || problem.Contains("ban hành", StringComparison.Ordinal) ? 5 : 4, problem);
                continue;
            }

            var subject = personId ?? unitId!.Value;
            if (seen.TryGetValue(subject, out var first))
            {
                Error(1, $"“{name}” đã có ở dòng {first}; mỗi cá nhân, tập thể chỉ một kết quả trong năm.");
                continue;
            }

            seen[subject] = row.Number;
            inputs.Add(new AppraisalInput(personId, personId is null ? unitId : null, year, result, number, date));
        }

        if (errors.Count > 0)
        {
            return new(0, errors);
        }

        if (inputs.Count == 0)
        {
            return new(0, [new ParImportError(Sheet, null, null, "Trang tính không có dòng kết quả nào.")]);
        }

        // All or nothing: one transaction around every save.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var input in inputs)
        {
            var saved = await facts.SaveAppraisalAsync(actor, input, ct);
            if (!saved.Succeeded)
            {
                await transaction.RollbackAsync(ct);
                return new(0, [new ParImportError(Sheet, null, null, string.Join(" ", saved.Errors.Values))]);
            }
        }

        await transaction.CommitAsync(ct);
        return new(inputs.Count, []);
    }

    /// <summary>The empty workbook with its header and two example rows.</summary>
    public static byte[] Template(int year)
    {
        var rows = new List<Dictionary<string, object>>
        {
            Row("Cá nhân", "Nguyễn Văn A", "Văn phòng HĐND và UBND", "Hoàn thành tốt nhiệm vụ", $"15/QĐ-UBND", $"20/12/{year}"),
            Row("Tập thể", "Văn phòng HĐND và UBND", "", "Hoàn thành xuất sắc nhiệm vụ", $"16/QĐ-UBND", $"20/12/{year}"),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { [Sheet] = rows });
        return stream.ToArray();
    }

    private static Dictionary<string, object> Row(params string[] values) =>
        Headers.Zip(values).ToDictionary(p => p.First, p => (object)p.Second);

    private static DateOnly? ParseDate(string text)
    {
        if (DateOnly.TryParseExact(text, ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        // Excel stores a date cell as its serial number.
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958465
            ? DateOnly.FromDateTime(DateTime.FromOADate(serial))
            : null;
    }
}
