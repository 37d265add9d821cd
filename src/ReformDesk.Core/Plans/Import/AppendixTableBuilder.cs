using System.Text.RegularExpressions;

namespace ReformDesk.Core.Plans.Import;

internal enum RawRowShape
{
    /// <summary>Dòng có phân cột (ô bảng, dòng có tab hoặc "|").</summary>
    Cells,

    /// <summary>Dòng văn bản không phân cột (chỉ có ở FromText).</summary>
    Plain,

    /// <summary>Dòng trống.</summary>
    Blank,
}

/// <summary>Một dòng thô từ nguồn. <see cref="Inherited"/>[i] = true khi ô i lấy giá trị từ ô gộp dọc phía trên.</summary>
internal sealed record RawRow(int SourceRow, string[] Cells, bool[]? Inherited = null, RawRowShape Shape = RawRowShape.Cells)
{
    public bool IsInherited(int index) => Inherited is not null && index < Inherited.Length && Inherited[index];
}

internal sealed record BuildOptions(
    bool AllowDefaultColumns,
    bool PlainLineAfterBlankEndsTable,
    int MaxRows);

/// <summary>Dựng <see cref="AppendixTable"/> từ các dòng thô – quy tắc chung cho văn bản, DOCX và XLSX.</summary>
internal sealed partial class AppendixTableBuilder
{
    private static readonly ColumnKind[] DefaultOrder =
        [ColumnKind.Number, ColumnKind.Content, ColumnKind.Lead, ColumnKind.Coordinating, ColumnKind.Schedule, ColumnKind.Deliverable];

    private readonly BuildOptions options;
    private readonly List<ImportProblem> problems = [];
    private readonly List<SectionAcc> sections = [];
    private Dictionary<ColumnKind, int> map = [];
    private int headerWidth;
    private SectionAcc? current;
    private TaskAcc? lastTask;

    private AppendixTableBuilder(BuildOptions options) => this.options = options;

    public static AppendixTable Build(IEnumerable<RawRow> rows, BuildOptions options) =>
        new AppendixTableBuilder(options).Run(rows);

    internal static string TooManyRowsMessage(int maxRows) =>
        $"Bảng có quá nhiều dòng: vượt giới hạn {maxRows} dòng. Hãy tách phụ lục thành nhiều tệp nhỏ hơn.";

    private AppendixTable Run(IEnumerable<RawRow> rows)
    {
        var counted = 0;
        var preHeader = new List<RawRow>();
        var headerRow = 0;
        Dictionary<ColumnKind, int>? header = null;

        using var e = rows.GetEnumerator();
        while (e.MoveNext())
        {
            var row = Clean(e.Current);
            if (row.Shape == RawRowShape.Blank)
            {
                continue;
            }

            if (++counted > options.MaxRows)
            {
                return AppendixTable.Fail(TooManyRowsMessage(options.MaxRows));
            }

            if (row.Shape == RawRowShape.Cells && AppendixColumns.IsHeaderRow(row.Cells, out var m))
            {
                header = m;
                headerRow = row.SourceRow;
                headerWidth = LastNonEmpty(row.Cells) + 1;
                break;
            }

            if (options.AllowDefaultColumns)
            {
                preHeader.Add(row);
            }
        }

        IEnumerable<RawRow> body;
        if (header is null)
        {
            var firstData = preHeader.FindIndex(r => r.Shape == RawRowShape.Cells && r.Cells.Length >= 3 && LooksLikeTaskOrSection(r.Cells[0]));
            if (!options.AllowDefaultColumns || firstData < 0)
            {
                return AppendixTable.Fail(
                    "Không tìm thấy dòng tiêu đề của bảng phụ lục (cần các cột 'TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì').");
            }

            map = DefaultOrder.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
            headerWidth = DefaultOrder.Length;
            problems.Add(new ImportProblem(preHeader[firstData].SourceRow, null,
                "Không tìm thấy dòng tiêu đề; các cột được hiểu theo thứ tự mặc định: TT, Nội dung nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian thực hiện, Sản phẩm.",
                ProblemSeverity.Warning));
            body = preHeader.Skip(firstData).Concat(Rest(e));
            counted = firstData;
        }
        else
        {
            map = header;
            var missing = AppendixColumns.Required.Where(k => !map.ContainsKey(k)).ToList();
            if (missing.Count > 0)
            {
                var errors = missing
                    .Select(k => new ImportProblem(headerRow, AppendixColumns.DisplayName(k),
                        $"Dòng {headerRow}: bảng thiếu cột '{AppendixColumns.DisplayName(k)}'.", ProblemSeverity.Error))
                    .ToList();
                return new AppendixTable([], errors);
            }

            body = Rest(e);
        }

        if (!ProcessBody(body, ref counted))
        {
            return AppendixTable.Fail(TooManyRowsMessage(options.MaxRows));
        }

        return Finish();
    }

    private static IEnumerable<RawRow> Rest(IEnumerator<RawRow> e)
    {
        while (e.MoveNext())
        {
            yield return Clean(e.Current);
        }
    }

    private bool ProcessBody(IEnumerable<RawRow> rows, ref int counted)
    {
        var prevBlank = false;
        foreach (var row in rows)
        {
            if (row.Shape == RawRowShape.Blank)
            {
                prevBlank = true;
                continue;
            }

            if (++counted > options.MaxRows)
            {
                return false;
            }

            if (row.Shape == RawRowShape.Plain)
            {
                if (!HandlePlain(row, prevBlank))
                {
                    break;
                }
            }
            else
            {
                HandleCells(row);
            }

            prevBlank = false;
        }

        return true;
    }

    /// <summary>Trả về false khi dòng này đánh dấu bảng đã kết thúc.</summary>
    private bool HandlePlain(RawRow row, bool prevBlank)
    {
        var text = row.Cells.Length > 0 ? row.Cells[0] : string.Empty;
        if (PageNumberRegex().IsMatch(text))
        {
            return true;
        }

        if (TryParseSectionTitle(text, out var code, out var title))
        {
            StartSection(row.SourceRow, code, title);
            return true;
        }

        if (lastTask is null)
        {
            return true; // chữ giữa tiêu đề bảng và nhiệm vụ đầu tiên – bỏ qua
        }

        if (prevBlank && options.PlainLineAfterBlankEndsTable)
        {
            return false;
        }

        lastTask.Append(ColumnKind.Content, text);
        return true;
    }

    private void HandleCells(RawRow row)
    {
        var cells = row.Cells;
        if (AppendixColumns.IsColumnNumberRow(cells))
        {
            return;
        }

        var numberIndex = map[ColumnKind.Number];
        if (numberIndex < cells.Length && AppendixColumns.Recognize(cells[numberIndex]) == ColumnKind.Number
            && AppendixColumns.IsHeaderRow(cells, out _))
        {
            return; // tiêu đề lặp lại ở đầu trang
        }

        string Get(ColumnKind kind, bool skipInherited)
        {
            if (!map.TryGetValue(kind, out var i) || i >= cells.Length)
            {
                return string.Empty;
            }

            return skipInherited && row.IsInherited(i) ? string.Empty : cells[i];
        }

        var number = Get(ColumnKind.Number, skipInherited: true);
        var content = Get(ColumnKind.Content, skipInherited: false);

        // Dòng mục: "I" ở cột TT, hoặc một ô duy nhất "I. Tên mục".
        var ownCells = Enumerable.Range(0, cells.Length).Where(i => cells[i].Length > 0 && !row.IsInherited(i)).ToList();
        if (ownCells.Count == 0)
        {
            return;
        }

        var trimmedNumber = number.TrimEnd('.', ')', ':').Trim();
        if (RomanRegex().IsMatch(trimmedNumber))
        {
            var title = content.Length > 0
                ? content
                : ownCells.Select(i => cells[i]).FirstOrDefault(c => c != number) ?? string.Empty;
            StartSection(row.SourceRow, trimmedNumber, title);
            return;
        }

        if (ownCells.Count == 1 && TryParseSectionTitle(cells[ownCells[0]], out var code, out var sectionTitle))
        {
            StartSection(row.SourceRow, code, sectionTitle);
            return;
        }

        if (cells.Length > headerWidth && cells.Skip(headerWidth).Any(c => c.Length > 0))
        {
            problems.Add(new ImportProblem(row.SourceRow, null,
                $"Dòng {row.SourceRow}: có dữ liệu nằm ngoài các cột của bảng, đã bỏ qua phần đó.", ProblemSeverity.Warning));
        }

        var isBullet = trimmedNumber.Length > 0 && trimmedNumber.All(c => c is '-' or '+' or '•' or '*' or '–' or '·');
        if (trimmedNumber.Length > 0 && !isBullet)
        {
            StartTask(row, trimmedNumber, Get);
            return;
        }

        // Dòng tiếp nối (TT trống): nối từng ô vào nhiệm vụ phía trên.
        if (lastTask is null)
        {
            problems.Add(new ImportProblem(row.SourceRow, null,
                $"Dòng {row.SourceRow}: dòng không có số TT và không có nhiệm vụ nào phía trên để nối vào, đã bỏ qua.",
                ProblemSeverity.Warning));
            return;
        }

        foreach (var kind in AppendixColumns.All)
        {
            if (kind == ColumnKind.Number)
            {
                continue;
            }

            var value = Get(kind, skipInherited: true);
            if (isBullet && kind == ColumnKind.Content && value.Length > 0)
            {
                value = "- " + value;
            }

            lastTask.Append(kind, value);
        }
    }

    private void StartTask(RawRow row, string number, Func<ColumnKind, bool, string> get)
    {
        current ??= AddSection(new SectionAcc(string.Empty, string.Empty));
        if (!current.Numbers.Add(number))
        {
            var where = current.Code.Length > 0 ? $"mục {current.Code}" : "bảng";
            problems.Add(new ImportProblem(row.SourceRow, AppendixColumns.DisplayName(ColumnKind.Number),
                $"Dòng {row.SourceRow}: số thứ tự '{number}' bị trùng trong {where}.", ProblemSeverity.Warning));
        }

        var task = new TaskAcc(row.SourceRow, number);
        foreach (var kind in AppendixColumns.All)
        {
            if (kind != ColumnKind.Number)
            {
                task.Append(kind, get(kind, false));
            }
        }

        current.Tasks.Add(task);
        lastTask = task;
    }

    private void StartSection(int sourceRow, string code, string title)
    {
        title = SectionTitleCleanup().Replace(title, string.Empty).Trim().TrimEnd(':').Trim();
        if (current is not null && current.Code == code)
        {
            return; // mục lặp lại sau ngắt trang ("II. … (tiếp)")
        }

        if (sections.Any(s => s.Code == code))
        {
            problems.Add(new ImportProblem(sourceRow, null,
                $"Dòng {sourceRow}: mục '{code}' xuất hiện nhiều lần.", ProblemSeverity.Warning));
        }

        current = AddSection(new SectionAcc(code, title));
        lastTask = null;
    }

    private SectionAcc AddSection(SectionAcc section)
    {
        sections.Add(section);
        return section;
    }

    private AppendixTable Finish()
    {
        var result = new List<AppendixSection>();
        foreach (var section in sections)
        {
            var tasks = new List<AppendixRow>();
            foreach (var t in section.Tasks)
            {
                var label = $"Dòng {t.SourceRow}: nhiệm vụ số {t.Number}";
                if (t.Get(ColumnKind.Content).Length == 0)
                {
                    problems.Add(new ImportProblem(t.SourceRow, AppendixColumns.DisplayName(ColumnKind.Content),
                        $"{label} có số TT nhưng thiếu cột 'Nội dung nhiệm vụ'.", ProblemSeverity.Error));
                }

                if (t.Get(ColumnKind.Lead).Length == 0)
                {
                    problems.Add(new ImportProblem(t.SourceRow, AppendixColumns.DisplayName(ColumnKind.Lead),
                        $"{label} thiếu cột 'Cơ quan chủ trì'.", ProblemSeverity.Error));
                }

                if (t.Get(ColumnKind.Schedule).Length == 0 && map.ContainsKey(ColumnKind.Schedule))
                {
                    problems.Add(new ImportProblem(t.SourceRow, AppendixColumns.DisplayName(ColumnKind.Schedule),
                        $"{label} chưa có 'Thời gian thực hiện/hoàn thành'.", ProblemSeverity.Warning));
                }

                tasks.Add(new AppendixRow(
                    t.SourceRow,
                    t.Number,
                    t.Get(ColumnKind.Content),
                    t.Get(ColumnKind.Lead),
                    UnitListSplitter.Split(t.Get(ColumnKind.Coordinating)),
                    t.Get(ColumnKind.Schedule),
                    t.Get(ColumnKind.Deliverable)));
            }

            if (tasks.Count > 0 || section.Code.Length > 0)
            {
                result.Add(new AppendixSection(section.Code, section.Title, tasks));
            }
        }

        if (!result.Any(s => s.Tasks.Count > 0))
        {
            problems.Add(new ImportProblem(null, null, "Không tìm thấy nhiệm vụ nào trong bảng phụ lục.", ProblemSeverity.Error));
        }

        var ordered = problems.OrderBy(p => p.Row ?? int.MaxValue).ToList();
        return new AppendixTable(result, ordered);
    }

    private static RawRow Clean(RawRow row)
    {
        if (row.Shape == RawRowShape.Blank)
        {
            return row;
        }

        var cells = row.Cells.Select(VietnameseText.CleanCell).ToArray();
        if (cells.All(c => c.Length == 0))
        {
            return row with { Cells = cells, Shape = RawRowShape.Blank };
        }

        return row with { Cells = cells };
    }

    private static int LastNonEmpty(string[] cells)
    {
        for (var i = cells.Length - 1; i >= 0; i--)
        {
            if (cells[i].Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool LooksLikeTaskOrSection(string cell)
    {
        var t = cell.Trim().TrimEnd('.', ')');
        return TaskNumberRegex().IsMatch(t) || RomanRegex().IsMatch(t) || TryParseSectionTitle(cell, out _, out _);
    }

    internal static bool TryParseSectionTitle(string text, out string code, out string title)
    {
        var m = SectionTitleRegex().Match(text.Trim());
        if (m.Success && RomanRegex().IsMatch(m.Groups["code"].Value))
        {
            code = m.Groups["code"].Value;
            title = m.Groups["title"].Value.Trim();
            return true;
        }

        code = string.Empty;
        title = string.Empty;
        return false;
    }

    [GeneratedRegex(@"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")]
    private static partial Regex RomanRegex();

    [GeneratedRegex(@"^(?:(?:Phần|PHẦN|Mục|MỤC)\s+)?(?<code>[IVX]{1,7})\s*[.):/\-–—]\s*(?<title>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex SectionTitleRegex();

    [GeneratedRegex(@"^\d{1,4}(?:\.\d{1,3})*$")]
    private static partial Regex TaskNumberRegex();

    [GeneratedRegex(@"^(?:(?:Trang|trang|TRANG)\s*\d{1,4}(?:\s*/\s*\d{1,4})?|\d{1,4}(?:\s*/\s*\d{1,4})?|[-–]\s*\d{1,4}\s*[-–])$")]
    private static partial Regex PageNumberRegex();

    [GeneratedRegex(@"\((?:tiếp|tiếp theo|TIẾP|TIẾP THEO)\)\s*$")]
    private static partial Regex SectionTitleCleanup();

    private sealed class SectionAcc(string code, string title)
    {
        public string Code { get; } = code;

        public string Title { get; } = title;

        public List<TaskAcc> Tasks { get; } = [];

        public HashSet<string> Numbers { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    private sealed class TaskAcc(int sourceRow, string number)
    {
        private readonly Dictionary<ColumnKind, string> values = [];

        public int SourceRow { get; } = sourceRow;

        public string Number { get; } = number;

        public void Append(ColumnKind kind, string value)
        {
            if (value.Length == 0)
            {
                return;
            }

            var existing = Get(kind);
            values[kind] = kind == ColumnKind.Coordinating && existing.Length > 0 && UnitListSplitter.StartsWithUnitHead(value)
                ? existing + "\n" + value // phần tiếp theo là một đơn vị mới
                : VietnameseText.JoinContinuation(existing, value);
        }

        public string Get(ColumnKind kind) => values.TryGetValue(kind, out var v) ? v : string.Empty;
    }
}
