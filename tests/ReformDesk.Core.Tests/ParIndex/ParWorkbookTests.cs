using ReformDesk.Core.Organisation;
using ReformDesk.Core.ParIndex;

namespace ReformDesk.Core.Tests.ParIndex;

/// <summary>The criteria workbook itself: the template a province downloads, its sheets as read back, and sheet names as people retype them.</summary>
public sealed class ParWorkbookTests
{
    private static byte[] Template(int year)
    {
        using var stream = new MemoryStream();
        ParWorkbook.WriteTemplate(stream, year);
        return stream.ToArray();
    }

    [Fact]
    public void The_template_has_the_four_sheets_with_their_headers_and_lists_the_measures_a_criterion_may_name()
    {
        using var upload = ParTestWorkbooks.Upload(Template(2027));
        var sheets = ParWorkbook.Read(upload);

        Assert.Equal(new[] { "Thông tin", "Tiêu chí", "Xếp loại", "Khối", "Nguồn số liệu" }.Select(ParWorkbook.Key), sheets.Keys);
        var criteria = sheets[ParWorkbook.Key("Tiêu chí")];
        Assert.Equal(ParWorkbook.CriteriaHeaders, criteria[0].Cells.Take(ParWorkbook.CriteriaHeaders.Length));
        Assert.Equal(Enumerable.Range(1, 9), criteria.Select(r => r.Number));   // the header and eight example rows
        Assert.Equal(["Năm", "2027"], sheets[ParWorkbook.Key("Thông tin")].Single(r => r.Cell(0) == "Năm").Cells.Take(2));
        var measures = sheets[ParWorkbook.Key("Nguồn số liệu")].Skip(1).Select(r => r.Cell(0));
        Assert.Equal(ParMeasures.Catalogue.Select(m => m.Code), measures);
    }

    [Fact]
    public void The_template_reads_back_as_a_set_of_ten_regular_points_plus_a_survey_of_thirty()
    {
        var set = ParTestWorkbooks.Parse(Template(2027), 2027).Set!;

        Assert.Equal(("Bộ tiêu chí đánh giá Chỉ số cải cách hành chính cấp xã năm 2027", 30m, 40m), (set.Name, set.SurveyMaxPoints, set.MaxTotal));
        Assert.Equal(["1.1", "1.2", "1.3", "2.1", "3.1"], set.Leaves.Select(c => c.Code));
        Assert.Equal((ParScoringMethod.Proportional, ParMeasures.DossierOnTime, true),
            (set.Criteria.Single(c => c.Code == "1.2").Method, set.Criteria.Single(c => c.Code == "1.2").Measure, set.Criteria.Single(c => c.Code == "1.2").EvidenceRequired));
        Assert.Equal([new ParLevel(95, 3), new ParLevel(80, 2), new ParLevel(50, 1), new ParLevel(0, 0)], set.Criteria.Single(c => c.Code == "1.3").ParsedLevels);
        Assert.Equal(["Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu"], set.Bands.Select(b => b.Name));
        Assert.Equal(("Khối phường", "Khối xã"), (set.BlockOf(LocalityType.Ward)!.Name, set.BlockOf(LocalityType.Town)!.Name));
        Assert.Equal("Số, ngày quyết định ban hành của UBND tỉnh", set.Source);
    }

    [Fact]
    public void Sheet_names_are_found_without_case_or_diacritics()
    {
        var renamed = new Dictionary<string, string> { ["Thông tin"] = "THONG TIN", ["Tiêu chí"] = "tieu chi", ["Xếp loại"] = "Xep-loai", ["Khối"] = "KHỐI" };

        var result = ParTestWorkbooks.Parse(ParTestWorkbooks.Build(ParTestWorkbooks.SmallCriteria(), sheetName: n => renamed[n]));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal(20m, result.Set!.MaxTotal);
        Assert.Equal(ParWorkbook.Key("Tiêu chí"), ParWorkbook.Key(" TIÊU  CHÍ "));
    }

    [Fact]
    public void Every_missing_sheet_is_named_at_once()
    {
        var renamed = new Dictionary<string, string> { ["Thông tin"] = "Sheet1", ["Tiêu chí"] = "Sheet2", ["Xếp loại"] = "Xếp loại", ["Khối"] = "Khối" };

        var result = ParTestWorkbooks.Parse(ParTestWorkbooks.Build(ParTestWorkbooks.SmallCriteria(), sheetName: n => renamed[n]));

        Assert.Null(result.Set);
        Assert.Equal(["Thiếu trang tính “Thông tin” (tải mẫu để xem cấu trúc).", "Thiếu trang tính “Tiêu chí” (tải mẫu để xem cấu trúc)."],
            result.Errors.Select(e => e.Message));
    }

    [Fact]
    public void A_row_reads_an_empty_text_for_a_cell_it_does_not_have()
    {
        var row = new ParSheetRow(7, ["1.1", "Tiêu chí"]);
        Assert.Equal(("1.1", "Tiêu chí", "", ""), (row.Cell(0), row.Cell(1), row.Cell(2), row.Cell(null)));
    }
}
