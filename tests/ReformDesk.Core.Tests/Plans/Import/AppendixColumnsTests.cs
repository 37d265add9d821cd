using ReformDesk.Core.Plans.Import;

namespace ReformDesk.Core.Tests.Plans.Import;

/// <summary>
/// Which column of an appendix is which. Communes title their columns in many ways; a wrong guess puts the
/// coordinating units in the lead column or the deadline in the deliverable, so each variant is pinned here.
/// </summary>
public sealed class AppendixColumnsTests
{
    public static TheoryData<string, string> Titles => new()
    {
        { "TT", nameof(ColumnKind.Number) },
        { "STT", nameof(ColumnKind.Number) },
        { "S.T.T", nameof(ColumnKind.Number) },
        { "Số TT", nameof(ColumnKind.Number) },
        { "Số thứ tự", nameof(ColumnKind.Number) },
        { "T/T", nameof(ColumnKind.Number) },
        { "Nội dung", nameof(ColumnKind.Content) },
        { "Nội dung nhiệm vụ", nameof(ColumnKind.Content) },
        { "NỘI DUNG NHIỆM VỤ", nameof(ColumnKind.Content) },
        { "Nhiệm vụ", nameof(ColumnKind.Content) },
        { "Tên nhiệm vụ", nameof(ColumnKind.Content) },
        { "Nội dung công việc", nameof(ColumnKind.Content) },
        { "Nhiệm vụ, giải pháp", nameof(ColumnKind.Content) },
        { "Danh mục nhiệm vụ", nameof(ColumnKind.Content) },
        { "Nội dung nhiệm vụ cần thực hiện", nameof(ColumnKind.Content) },
        { "Nội dung công việc trọng tâm", nameof(ColumnKind.Content) },
        { "Cơ quan chủ trì", nameof(ColumnKind.Lead) },
        { "Đơn vị chủ trì", nameof(ColumnKind.Lead) },
        { "Chủ trì thực hiện", nameof(ColumnKind.Lead) },
        { "Cơ quan chủ trì thực hiện", nameof(ColumnKind.Lead) },
        { "Đơn vị thực hiện", nameof(ColumnKind.Lead) },
        { "Cơ quan/ đơn vị thực hiện", nameof(ColumnKind.Lead) },
        { "Đơn vị phụ trách", nameof(ColumnKind.Lead) },
        { "Phụ trách", nameof(ColumnKind.Lead) },
        { "Cơ quan phối hợp", nameof(ColumnKind.Coordinating) },
        { "Đơn vị phối hợp", nameof(ColumnKind.Coordinating) },
        { "Phối hợp", nameof(ColumnKind.Coordinating) },
        { "Thời gian thực hiện/ hoàn thành", nameof(ColumnKind.Schedule) },
        { "Thời gian hoàn thành", nameof(ColumnKind.Schedule) },
        { "Thời hạn hoàn thành", nameof(ColumnKind.Schedule) },
        { "Tiến độ thực hiện", nameof(ColumnKind.Schedule) },
        { "Hoàn thành", nameof(ColumnKind.Schedule) },
        { "Mốc thời gian", nameof(ColumnKind.Schedule) },
        { "Sản phẩm", nameof(ColumnKind.Deliverable) },
        { "Sản phẩm đầu ra", nameof(ColumnKind.Deliverable) },
        { "Hình thức sản phẩm", nameof(ColumnKind.Deliverable) },
        { "Kết quả / sản phẩm", nameof(ColumnKind.Deliverable) },
        { "Kết quả", nameof(ColumnKind.Deliverable) },
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void A_header_title_is_recognised_as_its_column(string title, string expected) =>
        Assert.Equal(expected, AppendixColumns.Recognize(title)?.ToString());

    [Theory]
    [InlineData("Cơ quan chủ trì, phối hợp")] // "chủ trì" wins: it is the lead column
    [InlineData("Chủ trì/ phối hợp")]
    public void A_title_naming_both_lead_and_coordinating_is_the_lead(string title) =>
        Assert.Equal(ColumnKind.Lead, AppendixColumns.Recognize(title));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Ghi chú")]
    [InlineData("1")]
    [InlineData("Phòng Văn hóa - Xã hội")]
    [InlineData("Nội dung nhiệm vụ về công tác cải cách hành chính trong toàn bộ các cơ quan của phường năm 2026")] // a long sentence is data
    [InlineData("Tổ chức rà soát, đánh giá thời gian giải quyết thủ tục hành chính")] // data mentioning "thời gian"
    public void Data_and_unknown_titles_are_not_a_column(string? cell) =>
        Assert.Null(AppendixColumns.Recognize(cell));

    [Fact]
    public void A_task_row_whose_short_content_looks_like_a_title_is_not_a_header()
    {
        // A short data cell can read as a title ("Rút ngắn thời gian"); one such cell never makes a header row.
        Assert.Equal(ColumnKind.Schedule, AppendixColumns.Recognize("Rút ngắn thời gian"));
        Assert.False(AppendixColumns.IsHeaderRow(["1", "Rút ngắn thời gian", "Văn phòng HĐND và UBND", "Kết quả"], out _));
    }

    [Fact]
    public void Map_gives_each_column_its_first_position_in_any_order()
    {
        var map = AppendixColumns.Map(["Sản phẩm", "STT", "Ghi chú", "Cơ quan phối hợp", "Nội dung", "Chủ trì", "Thời hạn", "Sản phẩm khác"]);

        Assert.Equal(
            [(ColumnKind.Deliverable, 0), (ColumnKind.Number, 1), (ColumnKind.Coordinating, 3), (ColumnKind.Content, 4), (ColumnKind.Lead, 5), (ColumnKind.Schedule, 6)],
            map.OrderBy(kv => kv.Value).Select(kv => (kv.Key, kv.Value)));
    }

    [Theory]
    [InlineData(true, "TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì")]
    [InlineData(true, "TT", "Nội dung")] // two titles with TT
    [InlineData(true, "", "Nội dung", "Chủ trì", "Thời gian")] // three titles without TT
    [InlineData(false, "Nội dung", "Chủ trì")] // two titles without TT
    [InlineData(false, "TT", "Ghi chú")]
    [InlineData(false, "TT", "TT", "STT")] // the same column three times is one title
    [InlineData(false, "1", "Rà soát thủ tục hành chính", "Văn phòng HĐND và UBND", "Các phòng", "Quý I/2026")]
    public void A_header_row_needs_three_titles_or_two_with_tt(bool expected, params string[] cells) =>
        Assert.Equal(expected, AppendixColumns.IsHeaderRow(cells, out _));

    [Theory]
    [InlineData(true, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)")]
    [InlineData(true, "1", "2", "3")]
    [InlineData(true, "(1)", "", "(2)", "(3)")] // an empty merged cell is skipped
    [InlineData(true, "1)", "(2", "3")]
    [InlineData(false, "(1)", "(2)")] // fewer than three
    [InlineData(false, "(1)", "(3)", "(4)")] // a gap
    [InlineData(false, "(2)", "(3)", "(4)")] // not from one
    [InlineData(false, "1", "Rà soát", "Văn phòng")] // a task row
    [InlineData(false, "1", "2", "3", "x")]
    [InlineData(false, "", "", "")]
    public void The_column_numbering_row_under_the_header_counts_from_one(bool expected, params string[] cells) =>
        Assert.Equal(expected, AppendixColumns.IsColumnNumberRow(cells));

    [Fact]
    public void Only_tt_content_and_lead_are_required_and_each_column_has_a_vietnamese_name()
    {
        Assert.Equal([ColumnKind.Number, ColumnKind.Content, ColumnKind.Lead], AppendixColumns.Required);
        Assert.Equal(
            ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/hoàn thành", "Sản phẩm"],
            AppendixColumns.All.Select(AppendixColumns.DisplayName));
    }
}
