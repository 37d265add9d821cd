using ReformDesk.Core.Platform;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReformDesk.Core.Plans;

/// <summary>
/// Xuất tình hình thực hiện một kế hoạch ra tệp Excel (.xlsx): trang "Kế hoạch" liệt kê từng mục và
/// nhiệm vụ, trang "Tổng hợp" đếm nhiệm vụ, số đã hoàn thành, quá hạn và tiến độ của từng mục.
/// </summary>
public static partial class PlanExcelExporter
{
    public const string PlanSheetName = "Kế hoạch";
    public const string SummarySheetName = "Tổng hợp";

    /// <summary>Row of the column headers on the plan sheet; rows above it are the title block.</summary>
    public const int HeaderRow = 4;

    public static readonly IReadOnlyList<string> Headers =
    [
        "TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
        "Sản phẩm", "Trạng thái", "Tiến độ (%)", "Tình trạng hạn", "Hạn gần nhất",
    ];

    public static readonly IReadOnlyList<string> SummaryHeaders =
        ["TT", "Mục", "Số nhiệm vụ", "Đã hoàn thành", "Quá hạn", "Tiến độ (%)"];

    private static readonly double[] PlanWidths = [7, 50, 22, 28, 24, 28, 16, 11, 16, 14];
    private static readonly double[] SummaryWidths = [7, 60, 13, 15, 11, 12];

    private const int MaxCellText = 32767;

    // Indexes into CellFormats, in the order BuildStylesheet() builds them.
    private const uint StyleTitle = 1;
    private const uint StyleSubtitle = 2;
    private const uint StyleHeader = 3;
    private const uint StyleText = 4;
    private const uint StyleCenter = 5;
    private const uint StyleNumber = 6;
    private const uint StyleSection = 7;
    private const uint StyleSectionNumber = 8;
    private const uint StyleOverdue = 9;

    /// <summary>Writes the workbook to <paramref name="output"/> (left open, positioned after the file).</summary>
    public static void Write(PlanOverview overview, DateOnly today, Stream output)
    {
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(output);

        // The package is built in memory: System.IO.Packaging needs a readable, seekable stream,
        // which an HTTP response body is not.
        using var buffer = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            doc.PackageProperties.Title = Clean(overview.Plan.Title);
            doc.PackageProperties.Creator = "ReformDesk";

            var workbookPart = doc.AddWorkbookPart();
            var strings = new SharedStrings();

            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = BuildStylesheet();

            var planPart = workbookPart.AddNewPart<WorksheetPart>();
            planPart.Worksheet = PlanSheet(overview, today, strings);

            var summaryPart = workbookPart.AddNewPart<WorksheetPart>();
            summaryPart.Worksheet = SummarySheet(overview, today, strings);

            var stringsPart = workbookPart.AddNewPart<SharedStringTablePart>();
            stringsPart.SharedStringTable = strings.ToTable();

            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                new Sheets(
                    new Sheet { Name = PlanSheetName, SheetId = 1, Id = workbookPart.GetIdOfPart(planPart) },
                    new Sheet { Name = SummarySheetName, SheetId = 2, Id = workbookPart.GetIdOfPart(summaryPart) }),
                new DefinedNames(
                    // Repeat the header row on every printed page.
                    new DefinedName($"'{PlanSheetName}'!${HeaderRow}:${HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Worksheet PlanSheet(PlanOverview overview, DateOnly today, SharedStrings strings)
    {
        var lastColumn = ColumnName(Headers.Count);
        var data = new SheetData();
        var merges = new List<string>();

        data.Append(TitleRow(1, overview.Plan.Title, StyleTitle, strings));
        merges.Add($"A1:{lastColumn}1");
        var number = overview.Plan.Number?.Trim();
        data.Append(TitleRow(2, string.IsNullOrEmpty(number) ? "" : $"Số: {number}", StyleSubtitle, strings));
        merges.Add($"A2:{lastColumn}2");
        data.Append(TitleRow(3, $"Tình hình đến ngày {VietnamTime.Date(today)}", StyleSubtitle, strings));
        merges.Add($"A3:{lastColumn}3");

        data.Append(HeaderCells(HeaderRow, Headers, strings));

        var rowIndex = (uint)HeaderRow;
        foreach (var section in overview.Sections)
        {
            rowIndex++;
            var row = new Row { RowIndex = rowIndex };
            row.Append(TextCell("A", rowIndex, SectionHeading(section.Section), StyleSection, strings));
            for (var c = 2; c <= 7; c++)
            {
                row.Append(EmptyCell(ColumnName(c), rowIndex, StyleSection));
            }

            row.Append(NumberCell("H", rowIndex, section.Progress, StyleSectionNumber));
            row.Append(EmptyCell("I", rowIndex, StyleSection));
            row.Append(EmptyCell("J", rowIndex, StyleSection));
            data.Append(row);
            merges.Add($"A{rowIndex}:G{rowIndex}");

            foreach (var task in section.Tasks)
            {
                rowIndex++;
                data.Append(TaskRowCells(task, rowIndex, strings));
            }
        }

        var mergeCells = new MergeCells(merges.Select(m => new MergeCell { Reference = m }));
        mergeCells.Count = (uint)merges.Count;

        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetDimension { Reference = $"A1:{lastColumn}{rowIndex}" },
            FrozenView(HeaderRow, tabSelected: true),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            ColumnWidths(PlanWidths),
            data,
            mergeCells,
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 },
            // A4 landscape, all columns on one page wide, as many pages tall as needed.
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
    }

    private static Row TaskRowCells(TaskRow task, uint rowIndex, SharedStrings strings)
    {
        var row = new Row { RowIndex = rowIndex };
        row.Append(
            TextCell("A", rowIndex, task.Number, StyleCenter, strings),
            TextCell("B", rowIndex, task.Content, StyleText, strings),
            TextCell("C", rowIndex, task.LeadUnit, StyleText, strings),
            TextCell("D", rowIndex, string.Join("; ", task.Coordinators.Where(c => !string.IsNullOrWhiteSpace(c))), StyleText, strings),
            TextCell("E", rowIndex, task.ScheduleText, StyleText, strings),
            TextCell("F", rowIndex, task.Deliverable, StyleText, strings),
            TextCell("G", rowIndex, TaskTracking.StatusText(task.Status), StyleText, strings),
            NumberCell("H", rowIndex, task.Percent, StyleNumber),
            TextCell("I", rowIndex, task.Deadline.Vietnamese, task.Deadline.State == DeadlineState.Overdue ? StyleOverdue : StyleText, strings),
            TextCell("J", rowIndex, task.Deadline.NextDue is { } due ? VietnamTime.Date(due) : "", StyleCenter, strings));
        return row;
    }

    private static Worksheet SummarySheet(PlanOverview overview, DateOnly today, SharedStrings strings)
    {
        var lastColumn = ColumnName(SummaryHeaders.Count);
        var data = new SheetData();
        data.Append(TitleRow(1, overview.Plan.Title, StyleTitle, strings));
        data.Append(TitleRow(2, $"Tổng hợp tình hình đến ngày {VietnamTime.Date(today)}", StyleSubtitle, strings));
        const int headerRow = 3;
        data.Append(HeaderCells(headerRow, SummaryHeaders, strings));

        var rowIndex = (uint)headerRow;
        int totalTasks = 0, totalDone = 0, totalOverdue = 0;
        foreach (var section in overview.Sections)
        {
            var tasks = section.Tasks.Count;
            var done = section.Tasks.Count(t => t.Status == PlanTaskStatus.Done);
            var overdue = section.Tasks.Count(t => t.Deadline.State == DeadlineState.Overdue);
            totalTasks += tasks;
            totalDone += done;
            totalOverdue += overdue;

            rowIndex++;
            var row = new Row { RowIndex = rowIndex };
            row.Append(
                TextCell("A", rowIndex, section.Section.Code, StyleCenter, strings),
                TextCell("B", rowIndex, section.Section.Title, StyleText, strings),
                NumberCell("C", rowIndex, tasks, StyleNumber),
                NumberCell("D", rowIndex, done, StyleNumber),
                NumberCell("E", rowIndex, overdue, StyleNumber),
                NumberCell("F", rowIndex, section.Progress, StyleNumber));
            data.Append(row);
        }

        rowIndex++;
        var total = new Row { RowIndex = rowIndex };
        total.Append(
            EmptyCell("A", rowIndex, StyleSection),
            TextCell("B", rowIndex, "Tổng cộng", StyleSection, strings),
            NumberCell("C", rowIndex, totalTasks, StyleSectionNumber),
            NumberCell("D", rowIndex, totalDone, StyleSectionNumber),
            NumberCell("E", rowIndex, totalOverdue, StyleSectionNumber),
            NumberCell("F", rowIndex, overview.Progress, StyleSectionNumber));
        data.Append(total);

        var merges = new MergeCells(new MergeCell { Reference = $"A1:{lastColumn}1" }, new MergeCell { Reference = $"A2:{lastColumn}2" }) { Count = 2 };
        return new Worksheet(
            new SheetDimension { Reference = $"A1:{lastColumn}{rowIndex}" },
            FrozenView(headerRow, tabSelected: false),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            ColumnWidths(SummaryWidths),
            data,
            merges,
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Portrait });
    }

    private static string SectionHeading(PlanSection section)
    {
        var code = section.Code.Trim().TrimEnd('.');
        return code.Length == 0 ? section.Title : $"{code}. {section.Title}";
    }

    private static SheetViews FrozenView(int headerRow, bool tabSelected)
    {
        var topLeft = $"A{headerRow + 1}";
        return new SheetViews(new SheetView(
            new Pane { VerticalSplit = headerRow, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
        {
            WorkbookViewId = 0,
            TabSelected = tabSelected,
        });
    }

    private static Columns ColumnWidths(double[] widths) =>
        new(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));

    private static Row TitleRow(uint rowIndex, string text, uint style, SharedStrings strings)
    {
        var row = new Row { RowIndex = rowIndex };
        row.Append(TextCell("A", rowIndex, text, style, strings));
        if (style == StyleTitle)
        {
            // Merged cells do not auto-fit their height: leave room for a long title.
            var lines = Math.Clamp((int)Math.Ceiling(text.Length / 150.0), 1, 4);
            row.Height = 21 * lines;
            row.CustomHeight = true;
        }

        return row;
    }

    private static Row HeaderCells(uint rowIndex, IReadOnlyList<string> headers, SharedStrings strings)
    {
        var row = new Row { RowIndex = rowIndex };
        for (var i = 0; i < headers.Count; i++)
        {
            row.Append(TextCell(ColumnName(i + 1), rowIndex, headers[i], StyleHeader, strings));
        }

        return row;
    }

    private static Cell TextCell(string column, uint row, string? text, uint style, SharedStrings strings)
    {
        var cell = EmptyCell(column, row, style);
        var value = Clean(text);
        if (value.Length > 0)
        {
            cell.DataType = CellValues.SharedString;
            cell.CellValue = new CellValue(strings.Index(value));
        }

        return cell;
    }

    private static Cell NumberCell(string column, uint row, int value, uint style)
    {
        var cell = EmptyCell(column, row, style);
        cell.CellValue = new CellValue(value);
        return cell;
    }

    private static Cell EmptyCell(string column, uint row, uint style) =>
        new() { CellReference = column + row.ToString(CultureInfo.InvariantCulture), StyleIndex = style };

    private static string ColumnName(int oneBased)
    {
        var name = "";
        for (var n = oneBased; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }

        return name;
    }

    /// <summary>
    /// Text Excel can hold: XML-legal characters only, "\n" line breaks, literal "_xHHHH_" escaped so
    /// Excel does not decode it, and at most 32,767 characters.
    /// </summary>
    internal static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(ch).Append(text[++i]);
            }
            else if (ch == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (ch is '\t' or '\n' || (ch >= 0x20 && ch <= 0xFFFD && !char.IsSurrogate(ch)))
            {
                sb.Append(ch);
            }
        }

        var cleaned = EscapedCharacter().Replace(sb.ToString(), "_x005F$1");
        if (cleaned.Length > MaxCellText)
        {
            var cut = char.IsHighSurrogate(cleaned[MaxCellText - 1]) ? MaxCellText - 1 : MaxCellText;
            cleaned = cleaned[..cut];
        }

        return cleaned;
    }

    [GeneratedRegex("(_x[0-9A-Fa-f]{4}_)")]
    private static partial Regex EscapedCharacter();

    private static Stylesheet BuildStylesheet()
    {
        var fonts = new Fonts(
            MakeFont(11, bold: false, color: null),
            MakeFont(14, bold: true, color: null),
            MakeFont(11, bold: true, color: null),
            MakeFont(12, bold: false, color: null),
            MakeFont(11, bold: true, color: "FFC00000"))
        { Count = 5 };

        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F2F2" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 4 };

        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 };

        var formats = new CellFormats(
            /* 0 default */ new CellFormat { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            /* 1 title */ Format(font: 1, fill: 0, border: 0, numFmt: 0, HorizontalAlignmentValues.Center, wrap: true),
            /* 2 subtitle */ Format(font: 3, fill: 0, border: 0, numFmt: 0, HorizontalAlignmentValues.Center, wrap: false),
            /* 3 header */ Format(font: 2, fill: 2, border: 1, numFmt: 0, HorizontalAlignmentValues.Center, wrap: true, vertical: VerticalAlignmentValues.Center),
            /* 4 text */ Format(font: 0, fill: 0, border: 1, numFmt: 0, HorizontalAlignmentValues.Left, wrap: true),
            /* 5 centred text */ Format(font: 0, fill: 0, border: 1, numFmt: 0, HorizontalAlignmentValues.Center, wrap: true),
            /* 6 number "0" */ Format(font: 0, fill: 0, border: 1, numFmt: 1, HorizontalAlignmentValues.Center, wrap: false),
            /* 7 section */ Format(font: 2, fill: 3, border: 1, numFmt: 0, HorizontalAlignmentValues.Left, wrap: true),
            /* 8 section number */ Format(font: 2, fill: 3, border: 1, numFmt: 1, HorizontalAlignmentValues.Center, wrap: false),
            /* 9 overdue */ Format(font: 4, fill: 0, border: 1, numFmt: 0, HorizontalAlignmentValues.Left, wrap: true))
        { Count = 10 };

        return new Stylesheet(
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font MakeFont(double size, bool bold, string? color)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size });
        font.Append(color is null ? new Color { Theme = 1 } : new Color { Rgb = color });
        font.Append(new FontName { Val = "Times New Roman" });
        font.Append(new FontFamilyNumbering { Val = 1 });
        font.Append(new FontCharSet { Val = 163 }); // Vietnamese
        return font;
    }

    private static CellFormat Format(uint font, uint fill, uint border, uint numFmt, HorizontalAlignmentValues horizontal, bool wrap, VerticalAlignmentValues? vertical = null) =>
        new(new Alignment { Horizontal = horizontal, Vertical = vertical ?? VerticalAlignmentValues.Top, WrapText = wrap })
        {
            FontId = font,
            FillId = fill,
            BorderId = border,
            NumberFormatId = numFmt,
            FormatId = 0,
            ApplyFont = font != 0,
            ApplyFill = fill != 0,
            ApplyBorder = border != 0,
            ApplyNumberFormat = numFmt != 0,
            ApplyAlignment = true,
        };

    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _items = [];
        private int _references;

        public int Index(string text)
        {
            _references++;
            if (!_index.TryGetValue(text, out var i))
            {
                i = _items.Count;
                _items.Add(text);
                _index.Add(text, i);
            }

            return i;
        }

        public SharedStringTable ToTable()
        {
            var table = new SharedStringTable { Count = (uint)_references, UniqueCount = (uint)_items.Count };
            foreach (var item in _items)
            {
                var text = new Text(item);
                if (item.Length > 0 && (char.IsWhiteSpace(item[0]) || char.IsWhiteSpace(item[^1]) || item.Contains('\n')))
                {
                    text.Space = SpaceProcessingModeValues.Preserve;
                }

                table.Append(new SharedStringItem(text));
            }

            return table;
        }
    }
}
