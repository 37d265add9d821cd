using System.Text.RegularExpressions;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.ParIndex;

/// <summary>A problem of the criteria workbook, in Vietnamese, naming the sheet, row and column.</summary>
public sealed record ParImportError(string Sheet, int? Row, string? Column, string Message);

/// <summary>The parsed set (not yet stored) or the problems that keep it from being stored.</summary>
public sealed record ParParseResult(ParCriteriaSet? Set, IReadOnlyList<ParImportError> Errors)
{
    public bool Succeeded => Set is not null && Errors.Count == 0;
}

/// <summary>
/// Reads a province's criteria workbook (<see cref="ParWorkbook"/>) into a <see cref="ParCriteriaSet"/>: hierarchical codes,
/// points that add up (a parent's maximum is its children's sum), a scoring method per scored criterion, grade bands and
/// blocks. Any problem rejects the whole file; each names its row and column.
/// </summary>
public static partial class ParCriteriaImporter
{
    public const int MaxCriteria = 2_000;

    private enum Col
    {
        Code,
        Name,
        Kind,
        MaxPoints,
        Method,
        Levels,
        Evidence,
        Measure,
        Guidance,
    }

    private static readonly Dictionary<Col, string[]> Synonyms = new()
    {
        [Col.Code] = ["Mã", "Mã tiêu chí", "STT", "Số thứ tự"],
        [Col.Name] = [ParWorkbook.CriteriaHeaders[1], "Lĩnh vực, tiêu chí, tiêu chí thành phần", "Tên tiêu chí", "Tiêu chí", "Nội dung"],
        [Col.Kind] = ["Loại", "Loại điểm"],
        [Col.MaxPoints] = ["Điểm tối đa", "Điểm chuẩn", "Điểm"],
        [Col.Method] = ["Cách chấm", "Phương pháp chấm", "Cách tính điểm"],
        [Col.Levels] = ["Mức điểm", "Các mức điểm"],
        [Col.Evidence] = ["Cần tài liệu kiểm chứng", "Tài liệu kiểm chứng", "Cần minh chứng", "Minh chứng"],
        [Col.Measure] = ["Nguồn số liệu", "Số liệu từ ReformDesk"],
        [Col.Guidance] = ["Hướng dẫn", "Ghi chú", "Hướng dẫn chấm"],
    };

    private static readonly Col[] Required = [Col.Code, Col.Name, Col.MaxPoints, Col.Method];

    public static ParParseResult Parse(SafeUpload upload, Guid provinceId, int year)
    {
        Dictionary<string, List<ParSheetRow>> sheets;
        try
        {
            sheets = ParWorkbook.Read(upload);
        }
        catch (UploadRefusedException ex)
        {
            return new ParParseResult(null, [new ParImportError("", null, null, ex.Message)]);
        }

        var errors = new List<ParImportError>();
        var set = new ParCriteriaSet { ProvinceId = provinceId, Year = year, FileName = upload.FileName };
        ReadInfo(Sheet(sheets, ParWorkbook.InfoSheet, errors), set, errors);
        ReadCriteria(Sheet(sheets, ParWorkbook.CriteriaSheet, errors), set, errors);
        ReadBands(Sheet(sheets, ParWorkbook.BandsSheet, errors), set, errors);
        ReadBlocks(Sheet(sheets, ParWorkbook.BlocksSheet, errors), set, errors);
        if (errors.Count == 0 && set.MaxTotal <= 0)
        {
            errors.Add(new ParImportError(ParWorkbook.CriteriaSheet, null, null, "Tổng điểm tối đa (các tiêu chí và điều tra xã hội học) phải lớn hơn 0."));
        }

        return errors.Count == 0 ? new ParParseResult(set, []) : new ParParseResult(null, errors);
    }

    private static List<ParSheetRow>? Sheet(Dictionary<string, List<ParSheetRow>> sheets, string name, List<ParImportError> errors)
    {
        if (sheets.TryGetValue(ParWorkbook.Key(name), out var rows)) return rows;
        errors.Add(new ParImportError(name, null, null, $"Thiếu trang tính “{name}” (tải mẫu để xem cấu trúc)."));
        return null;
    }

    private static void ReadInfo(List<ParSheetRow>? rows, ParCriteriaSet set, List<ParImportError> errors)
    {
        if (rows is null) return;
        const string sheet = ParWorkbook.InfoSheet;
        var values = new Dictionary<string, (ParSheetRow Row, string Value)>();
        foreach (var row in rows)
        {
            var label = ParWorkbook.Key(row.Cell(0));
            if (ParWorkbook.InfoLabels.Any(l => ParWorkbook.Key(l) == label)) values[label] = (row, row.Cell(1));
        }

        (ParSheetRow Row, string Value)? Get(int i) => values.TryGetValue(ParWorkbook.Key(ParWorkbook.InfoLabels[i]), out var v) ? v : null;
        if (Get(0) is { Value.Length: > 0 } name) set.Name = name.Value.Length <= 300 ? name.Value : name.Value[..300];
        else errors.Add(new ParImportError(sheet, Get(0)?.Row.Number, "B", $"Trang “{sheet}”: thiếu “{ParWorkbook.InfoLabels[0]}”."));

        if (Get(1) is { } year && year.Value.Length > 0 && (!int.TryParse(year.Value, out var y) || y != set.Year))
        {
            errors.Add(new ParImportError(sheet, year.Row.Number, "B", $"Trang “{sheet}”, dòng {year.Row.Number}, cột B: năm “{year.Value}” khác năm đang nhập ({set.Year})."));
        }

        if (Get(2) is { } survey && survey.Value.Length > 0)
        {
            if (!ParNumbers.TryParse(survey.Value, out var points) || points < 0 || points > 100)
            {
                errors.Add(new ParImportError(sheet, survey.Row.Number, "B", $"Trang “{sheet}”, dòng {survey.Row.Number}, cột B: điểm điều tra xã hội học “{survey.Value}” phải là số từ 0 đến 100."));
            }
            else
            {
                set.SurveyMaxPoints = points;
            }
        }

        if (Get(3) is { Value.Length: > 0 } source) set.Source = source.Value.Length <= 300 ? source.Value : source.Value[..300];
    }

    private static void ReadCriteria(List<ParSheetRow>? rows, ParCriteriaSet set, List<ParImportError> errors)
    {
        if (rows is null) return;
        const string sheet = ParWorkbook.CriteriaSheet;
        if (rows.Count == 0)
        {
            errors.Add(new ParImportError(sheet, null, null, $"Trang “{sheet}” trống."));
            return;
        }

        var header = rows[0];
        var columns = new Dictionary<Col, int>();
        for (var i = 0; i < header.Cells.Length; i++)
        {
            var key = ParWorkbook.Key(header.Cells[i]);
            foreach (var (col, names) in Synonyms)
            {
                if (!columns.ContainsKey(col) && names.Any(n => ParWorkbook.Key(n) == key)) columns[col] = i;
            }
        }

        var missing = Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new ParImportError(sheet, header.Number, null, $"Trang “{sheet}”, dòng {header.Number}: thiếu cột {string.Join(", ", missing.Select(c => $"“{Synonyms[c][0]}”"))}."));
            return;
        }

        var byCode = new Dictionary<string, (ParCriterion Criterion, int Row)>(StringComparer.Ordinal);
        foreach (var row in rows.Skip(1))
        {
            if (byCode.Count >= MaxCriteria)
            {
                errors.Add(new ParImportError(sheet, row.Number, null, $"Trang “{sheet}” có hơn {UploadText.Number(MaxCriteria)} tiêu chí (giới hạn)."));
                return;
            }

            string Where(Col col) => $"Trang “{sheet}”, dòng {row.Number}, cột {ParWorkbook.ColumnName(columns[col])} “{Synonyms[col][0]}”";
            void Error(Col col, string message) => errors.Add(new ParImportError(sheet, row.Number, ParWorkbook.ColumnName(columns[col]), $"{Where(col)}: {message}"));
            string Cell(Col col) => columns.TryGetValue(col, out var i) ? row.Cell(i) : "";

            var code = Cell(Col.Code).TrimEnd('.');
            if (!CodePattern().IsMatch(code))
            {
                Error(Col.Code, $"mã “{Cell(Col.Code)}” không đúng dạng 1, 1.1, 1.1.1.");
                continue;
            }

            if (byCode.TryGetValue(code, out var first))
            {
                Error(Col.Code, $"mã {code} trùng với dòng {first.Row}.");
                continue;
            }

            var parentCode = code.Contains('.') ? code[..code.LastIndexOf('.')] : null;
            ParCriterion? parent = null;
            if (parentCode is not null)
            {
                if (!byCode.TryGetValue(parentCode, out var p))
                {
                    Error(Col.Code, $"tiêu chí {code} không có dòng cha {parentCode} ở trên nó.");
                    continue;
                }

                parent = p.Criterion;
            }

            var criterion = new ParCriterion
            {
                SetId = set.Id,
                ProvinceId = set.ProvinceId,
                Order = byCode.Count,
                Code = code,
                ParentCode = parentCode,
                Level = code.Count(ch => ch == '.') + 1,
                Name = Cell(Col.Name),
                Guidance = Cell(Col.Guidance) is { Length: > 0 } g ? g[..Math.Min(g.Length, 2000)] : null,
            };
            if (criterion.Name.Length is 0 or > 1000) Error(Col.Name, "tên không được để trống (tối đa 1.000 ký tự).");

            var kindText = ParWorkbook.Key(Cell(Col.Kind));
            ParCriterionKind? kind = kindText switch
            {
                "" => parent?.Kind ?? ParCriterionKind.Regular,
                "thuong" or "diem thuong" or "cong" => ParCriterionKind.Bonus,
                "tru" or "diem tru" => ParCriterionKind.Penalty,
                "chinh" or "thuong xuyen" or "diem chinh" => ParCriterionKind.Regular,
                _ => null,
            };
            if (kind is null) Error(Col.Kind, $"loại “{Cell(Col.Kind)}” không hợp lệ (để trống, “Thưởng” hoặc “Trừ”).");
            else if (parent is not null && parent.Kind != kind) Error(Col.Kind, $"loại điểm khác với dòng cha {parentCode}.");
            else criterion.Kind = kind.Value;

            if (!ParNumbers.TryParse(Cell(Col.MaxPoints), out var max) || max <= 0 || max > 100 || decimal.Round(max, 2) != max)
            {
                Error(Col.MaxPoints, $"điểm tối đa “{Cell(Col.MaxPoints)}” phải là số lớn hơn 0, không quá 100, tối đa hai chữ số thập phân.");
            }
            else
            {
                criterion.MaxPoints = max;
            }

            var methodText = ParWorkbook.Key(Cell(Col.Method));
            criterion.Method = MethodOf(methodText) ?? ParScoringMethod.YesNo;
            criterion.Levels = Cell(Col.Levels) is { Length: > 0 } levels ? levels : null;
            criterion.EvidenceRequired = ParWorkbook.Key(Cell(Col.Evidence)) is "co" or "x" or "can" or "bat buoc";
            criterion.Measure = Cell(Col.Measure) is { Length: > 0 } m ? m.Trim().ToUpperInvariant() : null;
            // The method and measure are checked once the row is known to be a leaf (later rows may make it a parent).
            byCode[code] = (criterion, row.Number);
            set.Criteria.Add(criterion);
        }

        if (byCode.Count == 0)
        {
            errors.Add(new ParImportError(sheet, null, null, $"Trang “{sheet}” không có tiêu chí nào."));
            return;
        }

        var parents = set.Criteria.Where(c => c.ParentCode is not null).Select(c => c.ParentCode!).ToHashSet(StringComparer.Ordinal);
        foreach (var criterion in set.Criteria)
        {
            criterion.IsLeaf = !parents.Contains(criterion.Code);
            var row = rows.First(r => r.Number == byCode[criterion.Code].Row);
            if (criterion.IsLeaf)
            {
                CheckLeafColumns(criterion, ParWorkbook.Key(row.Cell(columns[Col.Method])), row.Cell(columns[Col.Method]), row, columns, errors);
                continue;
            }

            var children = set.Criteria.Where(c => c.ParentCode == criterion.Code).ToList();
            var sum = children.Sum(c => c.MaxPoints);
            if (criterion.MaxPoints > 0 && children.All(c => c.MaxPoints > 0) && sum != criterion.MaxPoints)
            {
                errors.Add(new ParImportError(sheet, row.Number, ParWorkbook.ColumnName(columns[Col.MaxPoints]),
                    $"Trang “{sheet}”, dòng {row.Number}, cột {ParWorkbook.ColumnName(columns[Col.MaxPoints])} “Điểm tối đa”: {criterion.Code} có {ParNumbers.Text(criterion.MaxPoints)} điểm nhưng các tiêu chí con cộng lại {ParNumbers.Text(sum)} điểm."));
            }
        }
    }

    private static void CheckLeafColumns(ParCriterion criterion, string methodKey, string methodText, ParSheetRow row, Dictionary<Col, int> columns, List<ParImportError> errors)
    {
        const string sheet = ParWorkbook.CriteriaSheet;
        void Error(Col col, string message) => errors.Add(new ParImportError(sheet, row.Number, ParWorkbook.ColumnName(columns[col]),
            $"Trang “{sheet}”, dòng {row.Number}, cột {ParWorkbook.ColumnName(columns[col])} “{Synonyms[col][0]}”: {message}"));

        if (MethodOf(methodKey) is null)
        {
            Error(Col.Method, methodText.Length == 0
                ? $"tiêu chí {criterion.Code} được chấm điểm nên cần cách chấm (“Có/Không”, “Tỷ lệ” hoặc “Theo mức”)."
                : $"cách chấm “{methodText}” không hợp lệ (“Có/Không”, “Tỷ lệ” hoặc “Theo mức”).");
            return;
        }

        if (criterion.Method == ParScoringMethod.Bands)
        {
            if (!columns.ContainsKey(Col.Levels) || !ParLevel.TryParseAll(criterion.Levels, out var levels))
            {
                Error(columns.ContainsKey(Col.Levels) ? Col.Levels : Col.Method, $"tiêu chí {criterion.Code} chấm theo mức cần “Mức điểm” dạng “≥95%: 2; ≥80%: 1,5; ≥0%: 0”.");
            }
            else if (levels.Any(l => l.Points < 0 || l.Points > criterion.MaxPoints || l.MinRate is < 0 or > 100))
            {
                Error(Col.Levels, $"mỗi mức phải có tỷ lệ từ 0 đến 100% và điểm từ 0 đến {ParNumbers.Text(criterion.MaxPoints)}.");
            }
        }

        if (criterion.Measure is { } measure && !ParMeasures.Known(measure))
        {
            Error(Col.Measure, $"nguồn số liệu “{measure}” không có trong danh mục ({string.Join(", ", ParMeasures.Catalogue.Select(m => m.Code))}).");
        }
    }

    private static void ReadBands(List<ParSheetRow>? rows, ParCriteriaSet set, List<ParImportError> errors)
    {
        if (rows is null) return;
        const string sheet = ParWorkbook.BandsSheet;
        foreach (var row in rows.Skip(1))
        {
            var name = row.Cell(0);
            if (name.Length is 0 or > 60)
            {
                errors.Add(new ParImportError(sheet, row.Number, "A", $"Trang “{sheet}”, dòng {row.Number}, cột A “Xếp loại”: tên xếp loại không được để trống (tối đa 60 ký tự)."));
                continue;
            }

            if (!ParNumbers.TryParse(row.Cell(1).Replace("%", "").Replace("≥", ""), out var from) || from is < 0 or > 100)
            {
                errors.Add(new ParImportError(sheet, row.Number, "B", $"Trang “{sheet}”, dòng {row.Number}, cột B “Từ (%)”: “{row.Cell(1)}” phải là tỷ lệ từ 0 đến 100."));
                continue;
            }

            if (set.Bands.Any(b => b.Name == name || b.MinPercent == from))
            {
                errors.Add(new ParImportError(sheet, row.Number, "A", $"Trang “{sheet}”, dòng {row.Number}: xếp loại “{name}” hoặc ngưỡng {ParNumbers.Text(from)}% trùng với một dòng trên."));
                continue;
            }

            set.Bands.Add(new ParGradeBand { SetId = set.Id, ProvinceId = set.ProvinceId, Order = set.Bands.Count, Name = name, MinPercent = from });
        }

        if (set.Bands.Count == 0) errors.Add(new ParImportError(sheet, null, null, $"Trang “{sheet}” chưa có xếp loại nào."));
    }

    private static void ReadBlocks(List<ParSheetRow>? rows, ParCriteriaSet set, List<ParImportError> errors)
    {
        if (rows is null) return;
        const string sheet = ParWorkbook.BlocksSheet;
        foreach (var row in rows.Skip(1))
        {
            var name = row.Cell(0);
            if (name.Length is 0 or > 100)
            {
                errors.Add(new ParImportError(sheet, row.Number, "A", $"Trang “{sheet}”, dòng {row.Number}, cột A “Khối”: tên khối không được để trống (tối đa 100 ký tự)."));
                continue;
            }

            var types = new List<LocalityType>();
            foreach (var word in row.Cell(1).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                LocalityType? type = ParWorkbook.Key(word) switch
                {
                    "phuong" => LocalityType.Ward,
                    "xa" => LocalityType.Commune,
                    "dac khu" => LocalityType.SpecialZone,
                    "thi tran" => LocalityType.Town,
                    _ => null,
                };
                if (type is null)
                {
                    errors.Add(new ParImportError(sheet, row.Number, "B", $"Trang “{sheet}”, dòng {row.Number}, cột B “Loại đơn vị”: “{word}” không phải phường, xã, đặc khu hay thị trấn."));
                }
                else if (set.Blocks.FirstOrDefault(b => b.Contains(type.Value)) is { } other)
                {
                    errors.Add(new ParImportError(sheet, row.Number, "B", $"Trang “{sheet}”, dòng {row.Number}, cột B “Loại đơn vị”: “{word}” đã thuộc khối “{other.Name}”."));
                }
                else
                {
                    types.Add(type.Value);
                }
            }

            if (types.Count == 0) continue;
            set.Blocks.Add(new ParBlock { SetId = set.Id, ProvinceId = set.ProvinceId, Order = set.Blocks.Count, Name = name, LocalityTypes = string.Join(",", types) });
        }

        if (set.Blocks.Count == 0 && errors.All(e => e.Sheet != sheet)) errors.Add(new ParImportError(sheet, null, null, $"Trang “{sheet}” chưa có khối xếp hạng nào."));
    }

    private static ParScoringMethod? MethodOf(string key) => key switch
    {
        "co khong" or "co hoac khong" or "dat khong dat" => ParScoringMethod.YesNo,
        "ty le" or "ti le" or "theo ty le" or "theo ti le" => ParScoringMethod.Proportional,
        "theo muc" or "muc" or "theo khoang" => ParScoringMethod.Bands,
        _ => null,
    };

    [GeneratedRegex(@"^[1-9][0-9]{0,2}(\.[1-9][0-9]{0,2}){0,4}$")]
    private static partial Regex CodePattern();
}
