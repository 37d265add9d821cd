#:package DocumentFormat.OpenXml
// Run from the repository root: dotnet run tools/templates/plan-workbook.cs -- src/ReformDesk.Core/Plans/PlanWorkbook.xlsx
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

// Builds src/ReformDesk.Core/Plans/PlanWorkbook.xlsx: the MiniExcel template of the plan export (styles, merges, widths,
// frozen header, print titles, A4 landscape, conditional formats for section rows and overdue deadlines).
var path = args[0];
using (var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
{
    var wb = doc.AddWorkbookPart();
    var strings = new List<string>();
    int S(string t) { var i = strings.IndexOf(t); if (i < 0) { strings.Add(t); i = strings.Count - 1; } return i; }
    wb.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles.Build();

    Cell Text(string r, string t, uint s) => new() { CellReference = r, StyleIndex = s, DataType = CellValues.SharedString, CellValue = new CellValue(S(t)) };
    Cell Empty(string r, uint s) => new() { CellReference = r, StyleIndex = s };
    string Col(int i) => ((char)('A' + i)).ToString();

    string[] headers = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm", "Trạng thái", "Tiến độ (%)", "Tình trạng hạn", "Hạn gần nhất"];
    string[] rowFields = ["Number", "Content", "LeadUnit", "Coordinators", "Schedule", "Deliverable", "Status", "Percent", "Deadline", "NextDue"];
    uint[] rowStyles = [5, 4, 4, 4, 4, 4, 4, 6, 4, 5];
    var plan = new SheetData();
    Row TitleRow(uint i, string t, uint s, double? h = null)
    {
        var r = new Row { RowIndex = i };
        r.Append(Text($"A{i}", t, s));
        for (var c = 1; c < headers.Length; c++) r.Append(Empty($"{Col(c)}{i}", s));
        if (h is { } height) { r.Height = height; r.CustomHeight = true; }
        return r;
    }
    plan.Append(TitleRow(1, "{{Title}}", 1, 42), TitleRow(2, "{{NumberLine}}", 2), TitleRow(3, "{{AsOf}}", 2));
    var hr = new Row { RowIndex = 4 };
    for (var c = 0; c < headers.Length; c++) hr.Append(Text($"{Col(c)}4", headers[c], 3));
    plan.Append(hr);
    var tr = new Row { RowIndex = 5 };
    for (var c = 0; c < rowFields.Length; c++) tr.Append(Text($"{Col(c)}5", "{{Rows." + rowFields[c] + "}}", rowStyles[c]));
    plan.Append(tr);
    var planPart = wb.AddNewPart<WorksheetPart>();
    planPart.Worksheet = new Worksheet(
        new SheetProperties(new PageSetupProperties { FitToPage = true }),
        new SheetDimension { Reference = "A1:J5" },
        Frozen(4, true),
        new SheetFormatProperties { DefaultRowHeight = 15 },
        Widths([7, 50, 22, 28, 24, 28, 16, 11, 16, 14]),
        plan,
        new MergeCells(new MergeCell { Reference = "A1:J1" }, new MergeCell { Reference = "A2:J2" }, new MergeCell { Reference = "A3:J3" }) { Count = 3 },
        Rule("A5:J5", "$G5=\"\"", 0, 1),
        Rule("I5", "$I5=\"Quá hạn\"", 1, 2),
        new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 },
        new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });

    string[] sumHeaders = ["TT", "Mục", "Số nhiệm vụ", "Đã hoàn thành", "Quá hạn", "Tiến độ (%)"];
    string[] sumFields = ["Code", "Title", "Tasks", "Done", "Overdue", "Progress"];
    uint[] sumStyles = [5, 4, 6, 6, 6, 6];
    var sum = new SheetData();
    Row SumTitle(uint i, string t, uint s, double? h = null)
    {
        var r = new Row { RowIndex = i };
        r.Append(Text($"A{i}", t, s));
        for (var c = 1; c < sumHeaders.Length; c++) r.Append(Empty($"{Col(c)}{i}", s));
        if (h is { } height) { r.Height = height; r.CustomHeight = true; }
        return r;
    }
    sum.Append(SumTitle(1, "{{Title}}", 1, 42), SumTitle(2, "{{SummaryAsOf}}", 2));
    var sh = new Row { RowIndex = 3 };
    for (var c = 0; c < sumHeaders.Length; c++) sh.Append(Text($"{Col(c)}3", sumHeaders[c], 3));
    sum.Append(sh);
    var sr = new Row { RowIndex = 4 };
    for (var c = 0; c < sumFields.Length; c++) sr.Append(Text($"{Col(c)}4", "{{Sections." + sumFields[c] + "}}", sumStyles[c]));
    sum.Append(sr);
    var tot = new Row { RowIndex = 5 };
    tot.Append(Empty("A5", 7), Text("B5", "Tổng cộng", 7), Text("C5", "{{TotalTasks}}", 8), Text("D5", "{{TotalDone}}", 8), Text("E5", "{{TotalOverdue}}", 8), Text("F5", "{{TotalProgress}}", 8));
    sum.Append(tot);
    var sumPart = wb.AddNewPart<WorksheetPart>();
    sumPart.Worksheet = new Worksheet(
        new SheetDimension { Reference = "A1:F5" },
        Frozen(3, false),
        new SheetFormatProperties { DefaultRowHeight = 15 },
        Widths([7, 60, 13, 15, 11, 12]),
        sum,
        new MergeCells(new MergeCell { Reference = "A1:F1" }, new MergeCell { Reference = "A2:F2" }) { Count = 2 },
        new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
        new PageSetup { PaperSize = 9, Orientation = OrientationValues.Portrait });

    var sst = new SharedStringTable { Count = (uint)strings.Count, UniqueCount = (uint)strings.Count };
    foreach (var s in strings) sst.Append(new SharedStringItem(new Text(s)));
    wb.AddNewPart<SharedStringTablePart>().SharedStringTable = sst;
    wb.Workbook = new Workbook(
        new BookViews(new WorkbookView { ActiveTab = 0 }),
        new Sheets(
            new Sheet { Name = "Kế hoạch", SheetId = 1, Id = wb.GetIdOfPart(planPart) },
            new Sheet { Name = "Tổng hợp", SheetId = 2, Id = wb.GetIdOfPart(sumPart) }),
        new DefinedNames(new DefinedName("'Kế hoạch'!$4:$4") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
}

static SheetViews Frozen(int headerRow, bool selected)
{
    var topLeft = $"A{headerRow + 1}";
    return new SheetViews(new SheetView(
        new Pane { VerticalSplit = headerRow, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
    { WorkbookViewId = 0, TabSelected = selected });
}

static Columns Widths(double[] widths) => new(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));

static ConditionalFormatting Rule(string range, string formula, uint dxf, int priority) =>
    new(new ConditionalFormattingRule(new Formula(formula)) { Type = ConditionalFormatValues.Expression, FormatId = dxf, Priority = priority })
    { SequenceOfReferences = new ListValue<StringValue> { InnerText = range } };

static class Styles
{
    public static Stylesheet Build()
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
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 },
            new DifferentialFormats(
                /* 0 section row */ new DifferentialFormat(new Font(new Bold()), new Fill(new PatternFill(new BackgroundColor { Rgb = "FFF2F2F2" }) { PatternType = PatternValues.Solid })),
                /* 1 overdue */ new DifferentialFormat(new Font(new Bold(), new Color { Rgb = "FFC00000" })))
            { Count = 2 });
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

}
