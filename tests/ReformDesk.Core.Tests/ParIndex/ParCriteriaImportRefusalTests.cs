using ReformDesk.Core.Organisation;
using ReformDesk.Core.ParIndex;
using static ReformDesk.Core.Tests.ParIndex.ParTestWorkbooks;

namespace ReformDesk.Core.Tests.ParIndex;

/// <summary>
/// A province officer's criteria workbook with one mistake: the whole file is refused with exactly one Vietnamese message
/// naming the sheet, the row and the column, so the officer finds the cell. The small set's rows sit on rows 2–9
/// (the header is row 1): 1 (row 2), 1.1 (3), 1.2 (4), 1.3 (5), 2 (6), 2.1 (7), 3 (8), 3.1 (9).
/// </summary>
public sealed class ParCriteriaImportRefusalTests
{
    private const string Sheet = "Tiêu chí";

    private static (string Sheet, int? Row, string? Column, string Message) Single(ParParseResult result)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Set);
        var error = Assert.Single(result.Errors);
        return (error.Sheet, error.Row, error.Column, error.Message);
    }

    [Theory]
    // index in SmallCriteria, column, typed value → row, column letter, message after "Trang “Tiêu chí”, dòng R, cột C “…”: "
    [InlineData(2, 1, "", 4, "B", "Tên lĩnh vực, tiêu chí, tiêu chí thành phần", "tên không được để trống (tối đa 1.000 ký tự).")]
    [InlineData(5, 2, "Khác", 7, "C", "Loại", "loại “Khác” không hợp lệ (để trống, “Thưởng” hoặc “Trừ”).")]
    [InlineData(5, 2, "Trừ", 7, "C", "Loại", "loại điểm khác với dòng cha 2.")]
    [InlineData(1, 3, "0", 3, "D", "Điểm tối đa", "điểm tối đa “0” phải là số lớn hơn 0, không quá 100, tối đa hai chữ số thập phân.")]
    [InlineData(1, 3, "4,005", 3, "D", "Điểm tối đa", "điểm tối đa “4,005” phải là số lớn hơn 0, không quá 100, tối đa hai chữ số thập phân.")]
    [InlineData(0, 3, "101", 2, "D", "Điểm tối đa", "điểm tối đa “101” phải là số lớn hơn 0, không quá 100, tối đa hai chữ số thập phân.")]
    [InlineData(1, 4, "", 3, "E", "Cách chấm", "tiêu chí 1.1 được chấm điểm nên cần cách chấm (“Có/Không”, “Tỷ lệ” hoặc “Theo mức”).")]
    [InlineData(3, 5, "≥95%: 4; ≥0%: 0", 5, "F", "Mức điểm", "mỗi mức phải có tỷ lệ từ 0 đến 100% và điểm từ 0 đến 3.")]
    [InlineData(3, 5, "≥120%: 3; ≥0%: 0", 5, "F", "Mức điểm", "mỗi mức phải có tỷ lệ từ 0 đến 100% và điểm từ 0 đến 3.")]
    [InlineData(3, 5, "", 5, "F", "Mức điểm", "tiêu chí 1.3 chấm theo mức cần “Mức điểm” dạng “≥95%: 2; ≥80%: 1,5; ≥0%: 0”.")]
    [InlineData(2, 7, "SO_LIEU_KHAC", 4, "H", "Nguồn số liệu",
        "nguồn số liệu “SO_LIEU_KHAC” không có trong danh mục (HO_SO_DUNG_HAN, BAO_CAO_DUNG_HAN, NHIEM_VU_HOAN_THANH, KIEM_TRA_KE_HOACH, KIEM_TRA_XU_LY).")]
    [InlineData(0, 3, "9", 2, "D", "Điểm tối đa", "1 có 9 điểm nhưng các tiêu chí con cộng lại 10 điểm.")]
    [InlineData(6, 3, "1,5", 8, "D", "Điểm tối đa", "3 có 1,5 điểm nhưng các tiêu chí con cộng lại 1 điểm.")]
    public void One_bad_cell_is_named_by_row_and_column_and_nothing_is_kept(int index, int column, string value, int row, string letter, string header, string message)
    {
        var criteria = SmallCriteria();
        criteria[index][column] = value;
        var expectedMessage = $"Trang “{Sheet}”, dòng {row}, cột {letter} “{header}”: {message}";

        var error = Single(Parse(Build(criteria)));

        Assert.Equal((Sheet, (int?)row, (string?)letter, expectedMessage), error);
    }

    [Theory]
    [InlineData("3.0", "mã “3.0” không đúng dạng 1, 1.1, 1.1.1.")]
    [InlineData("1000", "mã “1000” không đúng dạng 1, 1.1, 1.1.1.")]
    [InlineData("1.1.1.1.1.1", "mã “1.1.1.1.1.1” không đúng dạng 1, 1.1, 1.1.1.")]
    [InlineData("I.1", "mã “I.1” không đúng dạng 1, 1.1, 1.1.1.")]
    [InlineData("4.1", "tiêu chí 4.1 không có dòng cha 4 ở trên nó.")]
    [InlineData("1.1", "mã 1.1 trùng với dòng 3.")]
    [InlineData("2.1.", "mã 2.1 trùng với dòng 7.")]
    public void A_row_added_with_a_bad_code_is_named_on_its_code_cell(string code, string message)
    {
        var criteria = SmallCriteria();
        criteria.Add([code, "Tiêu chí thêm", "Trừ", "1", "Có/Không", "", "", "", ""]);   // row 10
        Assert.Equal((Sheet, (int?)10, (string?)"A", $"Trang “Tiêu chí”, dòng 10, cột A “Mã”: {message}"), Single(Parse(Build(criteria))));
    }

    [Fact]
    public void A_trailing_dot_and_a_lower_case_measure_are_accepted_as_typed_by_hand()
    {
        var criteria = SmallCriteria();
        criteria[1][0] = "1.1.";
        criteria[2][7] = " ho_so_dung_han ";

        var result = Parse(Build(criteria));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal(["1.1", "1.2", "1.3", "2.1", "3.1"], result.Set!.Leaves.Select(c => c.Code));
        Assert.Equal(ParMeasures.DossierOnTime, result.Set.Criteria.Single(c => c.Code == "1.2").Measure);
    }

    [Fact]
    public void Columns_are_found_by_their_other_usual_names_and_a_missing_required_one_is_named()
    {
        string[] usual = ["STT", "Nội dung", "Loại điểm", "Điểm chuẩn", "Phương pháp chấm", "Các mức điểm", "Minh chứng", "Số liệu từ ReformDesk", "Ghi chú"];
        var read = Parse(Build(SmallCriteria(), header: usual));
        Assert.True(read.Succeeded, string.Join("\n", read.Errors.Select(e => e.Message)));
        Assert.Equal(20m, read.Set!.MaxTotal);
        Assert.True(read.Set.Criteria.Single(c => c.Code == "1.1").EvidenceRequired);

        string[] withoutMethod = ["Mã", "Tiêu chí", "Loại", "Điểm", "Cách làm", "Mức điểm", "Minh chứng", "Nguồn số liệu", "Hướng dẫn"];
        Assert.Equal((Sheet, (int?)1, (string?)null, "Trang “Tiêu chí”, dòng 1: thiếu cột “Cách chấm”."), Single(Parse(Build(SmallCriteria(), header: withoutMethod))));

        string[] bare = ["Thứ tự", "Tên", "Loại", "Tối đa", "Cách chấm"];
        Assert.Equal("Trang “Tiêu chí”, dòng 1: thiếu cột “Mã”, “Tên lĩnh vực, tiêu chí, tiêu chí thành phần”, “Điểm tối đa”.",
            Single(Parse(Build(SmallCriteria(), header: bare))).Message);
    }

    [Theory]
    [InlineData("150", "điểm điều tra xã hội học “150” phải là số từ 0 đến 100.")]
    [InlineData("-1", "điểm điều tra xã hội học “-1” phải là số từ 0 đến 100.")]
    [InlineData("mười", "điểm điều tra xã hội học “mười” phải là số từ 0 đến 100.")]
    public void A_survey_part_outside_0_to_100_is_refused_on_its_info_row(string survey, string message) =>
        Assert.Equal(("Thông tin", (int?)4, (string?)"B", $"Trang “Thông tin”, dòng 4, cột B: {message}"), Single(Parse(Build(SmallCriteria(), survey: survey))));

    [Fact]
    public void The_survey_part_and_the_decimal_comma_are_read_into_the_maximum()
    {
        var set = Parse(Build(SmallCriteria(), survey: "32,5")).Set!;
        Assert.Equal((32.5m, 42.5m), (set.SurveyMaxPoints, set.MaxTotal));   // 4 + 3 + 3 regular + 32,5
        Assert.Equal(("Bộ thử", 2025, "bo-tieu-chi.xlsx"), (set.Name, set.Year, set.FileName));
    }

    [Fact]
    public void A_set_with_only_bonus_points_and_no_survey_has_no_maximum_and_is_refused()
    {
        List<string[]> bonusOnly = [["1", "Điểm thưởng", "Thưởng", "2", "Có/Không", "", "", "", ""]];
        Assert.Equal((Sheet, (int?)null, (string?)null, "Tổng điểm tối đa (các tiêu chí và điều tra xã hội học) phải lớn hơn 0."),
            Single(Parse(Build(bonusOnly, survey: "0"))));
    }

    [Theory]
    [InlineData(":90/Tốt:80/Yếu:0", 2, "A", "Trang “Xếp loại”, dòng 2, cột A “Xếp loại”: tên xếp loại không được để trống (tối đa 60 ký tự).")]
    [InlineData("Xuất sắc:120/Tốt:80/Yếu:0", 2, "B", "Trang “Xếp loại”, dòng 2, cột B “Từ (%)”: “120” phải là tỷ lệ từ 0 đến 100.")]
    [InlineData("Xuất sắc:cao/Tốt:80/Yếu:0", 2, "B", "Trang “Xếp loại”, dòng 2, cột B “Từ (%)”: “cao” phải là tỷ lệ từ 0 đến 100.")]
    [InlineData("Tốt:90/Tốt:80/Yếu:0", 3, "A", "Trang “Xếp loại”, dòng 3: xếp loại “Tốt” hoặc ngưỡng 80% trùng với một dòng trên.")]
    [InlineData("Tốt:80/Khá:≥80%/Yếu:0", 3, "A", "Trang “Xếp loại”, dòng 3: xếp loại “Khá” hoặc ngưỡng 80% trùng với một dòng trên.")]
    public void A_bad_grade_band_is_named_by_its_row(string typed, int row, string column, string message)
    {
        var bands = typed.Split('/').Select(b => b.Split(':')).ToList();
        Assert.Equal(("Xếp loại", (int?)row, (string?)column, message), Single(Parse(Build(SmallCriteria(), bands: bands))));
    }

    [Fact]
    public void Bands_read_with_percent_signs_in_order_and_an_empty_sheet_is_refused()
    {
        var set = Parse(Build(SmallCriteria(), bands: [["A", "≥90%"], ["B", "80%"], ["C", "0"]])).Set!;
        Assert.Equal([("A", 90m, 0), ("B", 80m, 1), ("C", 0m, 2)], set.Bands.Select(b => (b.Name, b.MinPercent, b.Order)));

        Assert.Equal(("Xếp loại", (int?)null, (string?)null, "Trang “Xếp loại” chưa có xếp loại nào."), Single(Parse(Build(SmallCriteria(), bands: []))));
    }

    [Theory]
    [InlineData("", "phường", "Trang “Khối”, dòng 2, cột A “Khối”: tên khối không được để trống (tối đa 100 ký tự).")]
    [InlineData("Khối huyện", "huyện", "Trang “Khối”, dòng 2, cột B “Loại đơn vị”: “huyện” không phải phường, xã, đặc khu hay thị trấn.")]
    public void A_bad_block_is_named_and_no_empty_block_message_is_added(string name, string types, string message) =>
        Assert.Equal(message, Single(Parse(Build(SmallCriteria(), blocks: [[name, types]]))).Message);

    [Fact]
    public void Blocks_read_every_locality_type_by_its_vietnamese_name_and_a_sheet_without_blocks_is_refused()
    {
        var set = Parse(Build(SmallCriteria(), blocks: [["Khối phường, thị trấn", "Phường; THỊ TRẤN"], ["Khối xã", "xa, dac khu"]])).Set!;
        Assert.Equal("Khối phường, thị trấn", set.BlockOf(LocalityType.Town)!.Name);
        Assert.Equal("Khối xã", set.BlockOf(LocalityType.SpecialZone)!.Name);
        Assert.Equal(["Ward,Town", "Commune,SpecialZone"], set.Blocks.Select(b => b.LocalityTypes));

        Assert.Equal("Trang “Khối” chưa có khối xếp hạng nào.", Single(Parse(Build(SmallCriteria(), blocks: []))).Message);
    }

    [Fact]
    public void An_empty_criteria_sheet_and_one_with_only_its_header_are_refused()
    {
        Assert.Equal((Sheet, (int?)null, (string?)null, "Trang “Tiêu chí” trống."), Single(Parse(Build([]))));
        Assert.Equal((Sheet, (int?)null, (string?)null, "Trang “Tiêu chí” không có tiêu chí nào."), Single(Parse(Build([["", "", "", "", "", "", "", "", ""]]))));
    }
}
