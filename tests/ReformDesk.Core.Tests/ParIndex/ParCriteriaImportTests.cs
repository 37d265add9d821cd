using ReformDesk.Core.ParIndex;

namespace ReformDesk.Core.Tests.ParIndex;

public class ParCriteriaImportTests
{
    [Fact]
    public void The_small_set_reads_with_its_hierarchy_points_bands_and_blocks()
    {
        var result = ParTestWorkbooks.Parse(ParTestWorkbooks.Build(ParTestWorkbooks.SmallCriteria()));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Message)));
        var set = result.Set!;
        Assert.Equal(["1.1", "1.2", "1.3", "2.1", "3.1"], set.Leaves.Select(c => c.Code));
        Assert.Equal(20m, set.MaxTotal);   // 4 + 3 + 3 regular, bonus and penalty outside the maximum, + 10 survey
        Assert.Equal(ParCriterionKind.Penalty, set.Criteria.Single(c => c.Code == "3.1").Kind);
        Assert.Equal(ParScoringMethod.Bands, set.Criteria.Single(c => c.Code == "1.3").Method);
        Assert.Equal("1", set.Criteria.Single(c => c.Code == "1.2").ParentCode);
        Assert.Equal(2, set.Criteria.Single(c => c.Code == "1.3").Level);
        Assert.Equal("Khối phường", set.BlockOf(ReformDesk.Core.Organisation.LocalityType.Ward)!.Name);
        Assert.Equal("Khối xã", set.BlockOf(ReformDesk.Core.Organisation.LocalityType.SpecialZone)!.Name);
        Assert.Null(set.BlockOf(ReformDesk.Core.Organisation.LocalityType.Town));
    }

    [Fact]
    public void The_sample_has_eight_fields_bonus_and_penalty_and_a_hundred_points()
    {
        var result = ParTestWorkbooks.Parse(ParSample.Workbook(2025));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Message)));
        var set = result.Set!;
        Assert.Equal(100m, set.MaxTotal);
        Assert.Equal(10, set.Criteria.Count(c => c.Level == 1));
        Assert.Equal(8, set.Criteria.Count(c => c.Level == 1 && c.Kind == ParCriterionKind.Regular));
        Assert.Contains(ParSample.Label, set.Source, StringComparison.Ordinal);
        Assert.Contains(set.Leaves, c => c.Measure == ParMeasures.DossierOnTime);
    }

    [Fact]
    public void The_template_reads_as_a_valid_set()
    {
        using var stream = new MemoryStream();
        ParWorkbook.WriteTemplate(stream, 2026);
        var result = ParTestWorkbooks.Parse(stream.ToArray(), 2026);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Message)));
    }

    [Fact]
    public void Every_bad_row_is_reported_with_its_sheet_row_and_column_and_nothing_is_returned()
    {
        var criteria = ParTestWorkbooks.SmallCriteria();
        criteria[1][3] = "bốn";                       // row 3 (header is row 1): max points not a number
        criteria[2][4] = "Ước lượng";                 // row 4: unknown method
        criteria[3][5] = "cao: 3";                    // row 5: levels unreadable
        criteria.Add(["1.2", "Trùng mã", "", "1", "Có/Không", "", "", "", ""]);       // row 10: duplicate
        criteria.Add(["4.1", "Không có cha", "", "1", "Có/Không", "", "", "", ""]);    // row 11: no parent
        criteria.Add(["5", "Lĩnh vực", "", "2", "", "", "", "", ""]);
        criteria.Add(["5.1", "Tiêu chí", "", "1", "Có/Không", "", "", "KHONG_CO", ""]);  // row 13: unknown measure; 5 ≠ 1
        var result = ParTestWorkbooks.Parse(ParTestWorkbooks.Build(criteria, bands: [["Tốt", "80"], ["Khá", "1,5,0"]]));

        Assert.False(result.Succeeded);
        Assert.Null(result.Set);
        string At(int row) => string.Join(" | ", result.Errors.Where(e => e.Sheet == "Tiêu chí" && e.Row == row).Select(e => e.Message));
        Assert.Contains("dòng 3, cột D “Điểm tối đa”", At(3), StringComparison.Ordinal);
        Assert.Contains("dòng 4, cột E “Cách chấm”: cách chấm “Ước lượng” không hợp lệ", At(4), StringComparison.Ordinal);
        Assert.Contains("dòng 5, cột F “Mức điểm”", At(5), StringComparison.Ordinal);
        Assert.Contains("mã 1.2 trùng với dòng 4", At(10), StringComparison.Ordinal);
        Assert.Contains("không có dòng cha 4", At(11), StringComparison.Ordinal);
        Assert.Contains("nguồn số liệu “KHONG_CO” không có trong danh mục", At(13), StringComparison.Ordinal);
        Assert.Contains("5 có 2 điểm nhưng các tiêu chí con cộng lại 1 điểm", At(12), StringComparison.Ordinal);
        Assert.Contains(result.Errors, e => e.Sheet == "Xếp loại" && e.Row == 3 && e.Column == "B" && e.Message.Contains("“1,5,0”", StringComparison.Ordinal));
        // Row 2's field sums its children: 1.1 could not be read, so its sum is not judged (one error per cause).
        Assert.DoesNotContain(result.Errors, e => e.Row == 2);
    }

    [Fact]
    public void A_missing_sheet_or_column_and_an_unknown_locality_are_named()
    {
        var noBlocks = ParTestWorkbooks.Parse(ParTestWorkbooks.Build(ParTestWorkbooks.SmallCriteria(), withBlocks: false));
        Assert.Contains(noBlocks.Errors, e => e.Message == "Thiếu trang tính “Khối” (tải mẫu để xem cấu trúc).");

        var badBlock = ParTestWorkbooks.Parse(ParTestWorkbooks.Build(ParTestWorkbooks.SmallCriteria(), blocks: [["Khối phường", "phường"], ["Khối huyện", "huyện"], ["Khối khác", "phường"]]));
        Assert.Contains(badBlock.Errors, e => e.Sheet == "Khối" && e.Row == 3 && e.Message.Contains("“huyện” không phải phường, xã", StringComparison.Ordinal));
        Assert.Contains(badBlock.Errors, e => e.Sheet == "Khối" && e.Row == 4 && e.Message.Contains("đã thuộc khối “Khối phường”", StringComparison.Ordinal));

        var wrongYear = ParTestWorkbooks.Parse(ParTestWorkbooks.Build(ParTestWorkbooks.SmallCriteria(), year: 2024), 2025);
        Assert.Contains(wrongYear.Errors, e => e.Sheet == "Thông tin" && e.Message.Contains("năm “2024” khác năm đang nhập (2025)", StringComparison.Ordinal));
    }
}
