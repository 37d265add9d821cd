using ReformDesk.Core.Plans.Import;
using static ReformDesk.Core.Tests.Plans.Import.AppendixTestSupport;

namespace ReformDesk.Core.Tests.Plans.Import;

/// <summary>
/// The rules shared by the text, Word and Excel importers, fed with raw rows directly: which row is the header,
/// which rows open a section, which continue the task above (page breaks, merged cells, bullets) and which problems
/// are reported on which row. A wrong rule here silently merges two tasks or drops a coordinating unit.
/// </summary>
public sealed class AppendixTableBuilderTests
{
    private static readonly string[] Numbering = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"];

    private static RawRow Row(int sourceRow, params string[] cells) => new(sourceRow, cells);

    /// <summary>A row whose cells marked '^' in <paramref name="inherited"/> come from a vertical merge above.</summary>
    /// <summary>A complete task row of the standard header, led by the office, due in the first quarter.</summary>
    private static RawRow TaskRow(int sourceRow, string number, string content) =>
        Row(sourceRow, number, content, "Văn phòng HĐND và UBND", "", "Quý I", "");

    private static RawRow Merged(int sourceRow, string inherited, params string[] cells) =>
        new(sourceRow, cells, inherited.Select(c => c == '^').ToArray());

    private static RawRow Plain(int sourceRow, string text) => new(sourceRow, [text], Shape: RawRowShape.Plain);

    private static RawRow Blank(int sourceRow) => new(sourceRow, [], Shape: RawRowShape.Blank);

    private static AppendixTable Build(params RawRow[] rows) => Build(true, rows);

    private static AppendixTable Build(bool plainEndsTable, params RawRow[] rows) =>
        AppendixTableBuilder.Build(rows, new BuildOptions(AllowDefaultColumns: false, PlainLineAfterBlankEndsTable: plainEndsTable, MaxRows: 50));

    private static AppendixTable WithHeader(params RawRow[] rows) => Build([Row(1, Header), .. rows]);

    private static string[] Messages(AppendixTable table) =>
        table.Problems.Select(p => $"{p.Severity} {p.Row} {p.Field}: {p.Message}").ToArray();

    [Fact]
    public void The_column_numbering_row_and_a_header_repeated_on_a_new_page_are_not_tasks()
    {
        var table = WithHeader(
            Row(2, Numbering),
            Row(3, "I", "Công tác chỉ đạo, điều hành"),
            Row(4, "1", "Ban hành kế hoạch CCHC", "Văn phòng HĐND và UBND", "Các phòng", "Tháng 01/2026", "Kế hoạch"),
            Row(5, Header),
            Row(6, Numbering),
            Row(7, "2", "Kiểm tra CCHC", "Văn phòng HĐND và UBND", "", "Quý III", "Báo cáo"));

        Assert.Equal(
            [
                "§ I | Công tác chỉ đạo, điều hành",
                "1 | Ban hành kế hoạch CCHC | Văn phòng HĐND và UBND | [Các phòng] | Tháng 01/2026 | Kế hoạch",
                "2 | Kiểm tra CCHC | Văn phòng HĐND và UBND | [] | Quý III | Báo cáo",
            ],
            Project(table));
        Assert.Empty(table.Problems);
        Assert.Equal([4, 7], table.AllTasks.Select(t => t.SourceRow));
    }

    public static TheoryData<string[], string, string> SectionRows => new()
    {
        { ["I", "Công tác chỉ đạo", "", "", "", ""], "I", "Công tác chỉ đạo" },
        { ["II.", "Cải cách thể chế", "", "", "", ""], "II", "Cải cách thể chế" },
        { ["III)", "", "", "", "", ""], "III", "" },
        { ["IV. Cải cách thủ tục hành chính", "", "", "", "", ""], "IV", "Cải cách thủ tục hành chính" },
        { ["", "V - Cải cách tổ chức bộ máy", "", "", "", ""], "V", "Cải cách tổ chức bộ máy" },
        { ["Phần VI: Cải cách chế độ công vụ", "", "", "", "", ""], "VI", "Cải cách chế độ công vụ" },
        { ["MỤC VII. Cải cách tài chính công", "", "", "", "", ""], "VII", "Cải cách tài chính công" },
        { ["VIII", "Xây dựng chính quyền số (tiếp theo)", "", "", "", ""], "VIII", "Xây dựng chính quyền số" },
        { ["IX", "Đánh giá kết quả:", "", "", "", ""], "IX", "Đánh giá kết quả" },
        { ["XIV", "Nhiệm vụ khác", "", "", "", ""], "XIV", "Nhiệm vụ khác" },
    };

    [Theory]
    [MemberData(nameof(SectionRows))]
    public void A_roman_numeral_row_opens_a_section_with_its_title(string[] sectionRow, string code, string title)
    {
        var table = WithHeader(Row(2, sectionRow), TaskRow(3, "1", "Rà soát thủ tục"));

        var section = Assert.Single(table.Sections);
        Assert.Equal((code, title), (section.Code, section.Title));
        Assert.Equal("1", Assert.Single(section.Tasks).Number);
    }

    [Theory]
    [InlineData("1.", "1")]
    [InlineData("2)", "2")]
    [InlineData("3:", "3")]
    [InlineData("1.1", "1.1")]
    [InlineData("a", "a")]
    public void A_task_number_keeps_its_text_without_trailing_punctuation(string written, string number)
    {
        var table = WithHeader(Row(2, written, "Rà soát thủ tục", "Văn phòng HĐND và UBND"));

        Assert.Equal(number, Assert.Single(table.AllTasks).Number);
        Assert.False(table.HasErrors);
    }

    [Fact]
    public void A_task_split_over_a_page_break_is_rejoined_cell_by_cell()
    {
        var table = WithHeader(
            Row(2, "1", "Rà soát, đánh giá thủ tục", "Văn phòng HĐND", "Phòng Văn hóa -", "Trước ngày", "Báo cáo"),
            Row(3, Header),
            Row(4, "", "hành chính trên địa bàn", "và UBND", "Xã hội", "15/6/2026", "kết quả"),
            Row(5, "", "", "", "Công an phường", "", ""));

        var task = Assert.Single(table.AllTasks);
        Assert.Equal(
            ("Rà soát, đánh giá thủ tục hành chính trên địa bàn", "Văn phòng HĐND và UBND", "Trước ngày 15/6/2026", "Báo cáo kết quả"),
            (task.Content, task.LeadUnit, task.ScheduleText, task.Deliverable));
        Assert.Equal(["Phòng Văn hóa - Xã hội", "Công an phường"], task.CoordinatingUnits);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("+")]
    [InlineData("•")]
    [InlineData("–")]
    public void A_bullet_in_the_tt_column_adds_a_line_to_the_task_above(string bullet)
    {
        var table = WithHeader(
            TaskRow(2, "1", "Tuyên truyền CCHC:"),
            Row(3, bullet, "Trên trang thông tin điện tử", "", "", "", "Tin bài"),
            Row(4, bullet, "Trên hệ thống loa truyền thanh"));

        var task = Assert.Single(table.AllTasks);
        Assert.Equal("Tuyên truyền CCHC:\n- Trên trang thông tin điện tử\n- Trên hệ thống loa truyền thanh", task.Content);
        Assert.Equal("Tin bài", task.Deliverable);
    }

    [Fact]
    public void A_row_whose_tt_is_merged_from_the_task_above_continues_it_without_repeating_merged_cells()
    {
        var table = WithHeader(
            Row(2, "1", "Kiểm tra CCHC tại:", "Văn phòng HĐND và UBND", "Phòng Văn hóa - Xã hội", "Quý II", "Báo cáo"),
            Merged(3, "^_^^^_", "1", "- Bộ phận một cửa", "Văn phòng HĐND và UBND", "Phòng Văn hóa - Xã hội", "Quý II", "Biên bản"),
            Merged(4, "^^^^^^", "1", "- Bộ phận một cửa", "Văn phòng HĐND và UBND", "Phòng Văn hóa - Xã hội", "Quý II", "Biên bản"));

        var task = Assert.Single(table.AllTasks);
        Assert.Equal(
            ("Kiểm tra CCHC tại:\n- Bộ phận một cửa", "Văn phòng HĐND và UBND", "Quý II", "Báo cáo Biên bản"),
            (task.Content, task.LeadUnit, task.ScheduleText, task.Deliverable));
        Assert.Equal(["Phòng Văn hóa - Xã hội"], task.CoordinatingUnits);
        Assert.Empty(table.Problems);
    }

    [Fact]
    public void A_new_task_takes_the_lead_unit_merged_down_from_the_task_above()
    {
        var table = WithHeader(
            Row(2, "1", "Rà soát thủ tục", "Văn phòng HĐND và UBND", "", "Quý I", ""),
            Merged(3, "__^_^_", "2", "Công khai thủ tục", "Văn phòng HĐND và UBND", "", "Quý I", ""));

        Assert.Equal(
            [("1", "Văn phòng HĐND và UBND", "Quý I"), ("2", "Văn phòng HĐND và UBND", "Quý I")],
            table.AllTasks.Select(t => (t.Number, t.LeadUnit, t.ScheduleText)));
        Assert.Empty(table.Problems);
    }

    [Fact]
    public void A_section_repeated_after_a_page_break_continues_and_a_section_met_again_later_is_warned()
    {
        var table = WithHeader(
            Row(2, "I", "Chỉ đạo điều hành"),
            TaskRow(3, "1", "Ban hành kế hoạch"),
            Row(4, "I", "Chỉ đạo điều hành (tiếp)"),
            TaskRow(5, "2", "Kiểm tra"),
            Row(6, "II", "Cải cách thể chế"),
            TaskRow(7, "1", "Rà soát văn bản"),
            Row(8, "I", "Chỉ đạo điều hành"),
            TaskRow(9, "3", "Tuyên truyền"));

        Assert.Equal(
            [("I", "1 2"), ("II", "1"), ("I", "3")],
            table.Sections.Select(s => (s.Code, string.Join(' ', s.Tasks.Select(t => t.Number)))));
        Assert.Equal(["Warning 8 : Dòng 8: mục 'I' xuất hiện nhiều lần."], Messages(table));
    }

    [Fact]
    public void The_same_number_is_warned_within_a_section_ignoring_case_but_not_across_sections()
    {
        var table = WithHeader(
            Row(2, "I", "Chỉ đạo điều hành"),
            TaskRow(3, "1a", "Ban hành kế hoạch"),
            TaskRow(4, "1A", "Kiểm tra"),
            Row(5, "II", "Cải cách thể chế"),
            TaskRow(6, "1a", "Rà soát văn bản"));

        Assert.Equal(["Warning 4 TT: Dòng 4: số thứ tự '1A' bị trùng trong mục I."], Messages(table));
        Assert.Equal(3, table.AllTasks.Count());
    }

    [Fact]
    public void Tasks_before_any_section_form_an_unnamed_section_and_an_empty_named_section_is_kept()
    {
        var table = WithHeader(
            TaskRow(2, "1", "Ban hành kế hoạch"),
            TaskRow(3, "1", "Ban hành kế hoạch lần hai"),
            Row(4, "I", "Chỉ đạo điều hành"),
            Row(5, "II", "Cải cách thể chế"),
            TaskRow(6, "1", "Rà soát văn bản"));

        Assert.Equal([("", 2), ("I", 0), ("II", 1)], table.Sections.Select(s => (s.Code, s.Tasks.Count)));
        Assert.Equal(["Warning 3 TT: Dòng 3: số thứ tự '1' bị trùng trong bảng."], Messages(table));
    }

    [Fact]
    public void Data_beyond_the_header_columns_is_warned_on_its_row_and_left_out()
    {
        var table = Build(
            Row(1, "TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "", ""),
            Row(2, "1", "Rà soát thủ tục", "Văn phòng HĐND và UBND", "", "ghi chú lạc"));

        var task = Assert.Single(table.AllTasks);
        Assert.Equal(("Rà soát thủ tục", "Văn phòng HĐND và UBND", "", ""), (task.Content, task.LeadUnit, task.ScheduleText, task.Deliverable));
        Assert.Equal(["Warning 2 : Dòng 2: có dữ liệu nằm ngoài các cột của bảng, đã bỏ qua phần đó."], Messages(table));
    }

    [Fact]
    public void A_row_without_tt_before_any_task_is_warned_and_skipped()
    {
        var table = WithHeader(
            Row(2, "", "Nội dung lạc", "Phòng Văn hóa - Xã hội"),
            TaskRow(3, "1", "Rà soát thủ tục"));

        Assert.Equal("Rà soát thủ tục", Assert.Single(table.AllTasks).Content);
        Assert.Equal(["Warning 2 : Dòng 2: dòng không có số TT và không có nhiệm vụ nào phía trên để nối vào, đã bỏ qua."], Messages(table));
    }

    [Fact]
    public void A_task_missing_content_or_lead_is_an_error_and_a_missing_schedule_only_a_warning()
    {
        var table = WithHeader(
            Row(2, "1", "", "Văn phòng HĐND và UBND", "", "Quý I", ""),
            Row(3, "2", "Kiểm tra", "", "", "Quý II", ""),
            Row(4, "3", "Tuyên truyền", "Văn phòng HĐND và UBND", "", "", ""));

        Assert.Equal(
            [
                "Error 2 Nội dung nhiệm vụ: Dòng 2: nhiệm vụ số 1 có số TT nhưng thiếu cột 'Nội dung nhiệm vụ'.",
                "Error 3 Cơ quan chủ trì: Dòng 3: nhiệm vụ số 2 thiếu cột 'Cơ quan chủ trì'.",
                "Warning 4 Thời gian thực hiện/hoàn thành: Dòng 4: nhiệm vụ số 3 chưa có 'Thời gian thực hiện/hoàn thành'.",
            ],
            Messages(table));
        Assert.True(table.HasErrors);
    }

    [Fact]
    public void A_table_without_a_schedule_column_does_not_ask_for_schedules()
    {
        var table = Build(
            Row(1, "TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì"),
            Row(2, "1", "Rà soát thủ tục", "Văn phòng HĐND và UBND"));

        Assert.Empty(table.Problems);
        Assert.Equal("", Assert.Single(table.AllTasks).ScheduleText);
    }

    [Theory]
    [InlineData(new[] { "TT", "Cơ quan chủ trì", "Cơ quan phối hợp" }, new[] { "Nội dung nhiệm vụ" })]
    [InlineData(new[] { "TT", "Nội dung nhiệm vụ", "Cơ quan phối hợp" }, new[] { "Cơ quan chủ trì" })]
    [InlineData(new[] { "Nội dung", "Cơ quan chủ trì", "Thời gian" }, new[] { "TT" })]
    [InlineData(new[] { "TT", "Cơ quan phối hợp", "Sản phẩm" }, new[] { "Nội dung nhiệm vụ", "Cơ quan chủ trì" })]
    public void Each_missing_required_column_is_an_error_on_the_header_row(string[] header, string[] missing)
    {
        var table = Build(Row(1, "Phụ lục"), Row(3, header), Row(4, "1", "a", "b"));

        Assert.Empty(table.Sections);
        Assert.Equal(
            missing.Select(m => $"Error 3 {m}: Dòng 3: bảng thiếu cột '{m}'."),
            Messages(table));
    }

    [Fact]
    public void Without_a_header_a_file_source_is_refused_naming_the_needed_columns()
    {
        var table = Build(TaskRow(1, "1", "Rà soát thủ tục"));

        Assert.Equal(
            ["Error  : Không tìm thấy dòng tiêu đề của bảng phụ lục (cần các cột 'TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì')."],
            Messages(table));
    }

    [Fact]
    public void A_header_followed_by_nothing_but_sections_has_no_tasks_error_after_the_row_problems()
    {
        var table = WithHeader(Row(2, "I", "Chỉ đạo điều hành"), Row(3, "", "lạc"));

        Assert.Equal(
            [
                "Warning 3 : Dòng 3: dòng không có số TT và không có nhiệm vụ nào phía trên để nối vào, đã bỏ qua.",
                "Error  : Không tìm thấy nhiệm vụ nào trong bảng phụ lục.",
            ],
            Messages(table));
    }

    [Fact]
    public void Pasted_plain_lines_continue_the_task_skip_page_numbers_and_open_sections()
    {
        var table = Build(
            false,
            Row(1, Header),
            Plain(2, "Ghi chú: bảng gồm các nhiệm vụ sau"),
            Row(3, "1", "Rà soát thủ tục", "Văn phòng HĐND và UBND", "", "Quý I", ""),
            Plain(4, "hành chính nội bộ"),
            Plain(5, "Trang 2"),
            Plain(6, "2/7"),
            Plain(7, "- 3 -"),
            Plain(8, "14"),
            Blank(9),
            Plain(10, "- và công khai kết quả"),
            Plain(11, "II. Cải cách thể chế"),
            Plain(12, "lời dẫn của mục"),
            Row(13, "1", "Rà soát văn bản", "Văn phòng HĐND và UBND", "", "Quý II", ""));

        Assert.Equal(
            [
                "§  | ",
                "1 | Rà soát thủ tục hành chính nội bộ\n- và công khai kết quả | Văn phòng HĐND và UBND | [] | Quý I | ",
                "§ II | Cải cách thể chế",
                "1 | Rà soát văn bản | Văn phòng HĐND và UBND | [] | Quý II | ",
            ],
            Project(table));
        Assert.Empty(table.Problems);
    }

    [Fact]
    public void A_plain_line_after_a_blank_line_ends_a_pasted_table_when_the_source_says_so()
    {
        RawRow[] rows =
        [
            Row(1, Header),
            Row(2, "1", "Rà soát thủ tục", "Văn phòng HĐND và UBND", "", "Quý I", ""),
            Blank(3),
            Plain(4, "Nơi nhận:"),
            Row(5, "2", "Dòng sau phần ký", "Văn phòng HĐND và UBND", "", "Quý I", ""),
        ];

        var ended = Build(true, rows);
        var goesOn = Build(false, rows);

        Assert.Equal(["1 Rà soát thủ tục"], ended.AllTasks.Select(t => $"{t.Number} {t.Content}"));
        Assert.Equal(["1 Rà soát thủ tục Nơi nhận:", "2 Dòng sau phần ký"], goesOn.AllTasks.Select(t => $"{t.Number} {t.Content}"));
    }

    [Fact]
    public void Rows_whose_cells_are_only_merged_from_above_or_blank_after_cleaning_add_nothing()
    {
        var table = WithHeader(
            Row(2, "1", "Rà soát thủ tục", "Văn phòng HĐND và UBND", "", "Quý I", "Báo cáo"),
            Merged(3, "^^^^^^", "1", "Rà soát thủ tục", "Văn phòng HĐND và UBND", "", "Quý I", "Báo cáo"),
            Row(4, "\u200B", " \u00A0", "\t", "", "", ""));

        var task = Assert.Single(table.AllTasks);
        Assert.Equal(("Rà soát thủ tục", "Báo cáo"), (task.Content, task.Deliverable));
        Assert.Empty(table.Problems);
    }

    [Theory]
    [InlineData(5, false)] // header + four tasks
    [InlineData(6, true)]
    public void The_row_limit_counts_non_blank_rows_including_the_header(int rows, bool refused)
    {
        var input = new List<RawRow> { Row(1, Header) };
        for (var i = 1; i < rows; i++)
        {
            input.Add(Blank(100 + i)); // blank rows never count
            input.Add(Row(i + 1, i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Nhiệm vụ", "Văn phòng HĐND và UBND", "", "Quý I", ""));
        }

        var table = AppendixTableBuilder.Build(input, new BuildOptions(false, true, MaxRows: 5));

        string[] expected = refused ? ["Error  : " + AppendixTableBuilder.TooManyRowsMessage(5)] : [];
        Assert.Equal(expected, Messages(table));
        Assert.Equal(refused ? 0 : 4, table.AllTasks.Count());
    }

    [Fact]
    public void The_row_limit_also_counts_rows_before_the_header()
    {
        var input = Enumerable.Range(1, 6).Select(i => Row(i, $"Đoạn văn {i}")).Append(Row(7, Header));

        var table = AppendixTableBuilder.Build(input, new BuildOptions(false, true, MaxRows: 5));

        Assert.Equal(["Error  : Bảng có quá nhiều dòng: vượt giới hạn 5 dòng. Hãy tách phụ lục thành nhiều tệp nhỏ hơn."], Messages(table));
    }

    [Fact]
    public void With_default_columns_the_table_starts_at_the_first_numbered_row_and_says_so()
    {
        var input = new[]
        {
            Row(1, "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            Row(2, "Số: 05/KH-UBND", "Ngày 10 tháng 01 năm 2026", "x"),
            Row(3, "I", "Chỉ đạo điều hành", ""),
            Row(4, "1", "Rà soát thủ tục", "Văn phòng HĐND và UBND", "Các phòng", "Quý I", "Báo cáo"),
        };

        var table = AppendixTableBuilder.Build(input, new BuildOptions(AllowDefaultColumns: true, true, MaxRows: 50));

        Assert.Equal(
            ["§ I | Chỉ đạo điều hành", "1 | Rà soát thủ tục | Văn phòng HĐND và UBND | [Các phòng] | Quý I | Báo cáo"],
            Project(table));
        var warning = Assert.Single(table.Problems);
        Assert.Equal((3, ProblemSeverity.Warning), (warning.Row, warning.Severity));
        Assert.StartsWith("Không tìm thấy dòng tiêu đề; các cột được hiểu theo thứ tự mặc định", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I. Chỉ đạo điều hành", true, "I", "Chỉ đạo điều hành")]
    [InlineData("II/ Cải cách thể chế", true, "II", "Cải cách thể chế")]
    [InlineData("III – Cải cách thủ tục", true, "III", "Cải cách thủ tục")]
    [InlineData("PHẦN IV) Tổ chức bộ máy", true, "IV", "Tổ chức bộ máy")]
    [InlineData("X.Nhiệm vụ khác", true, "X", "Nhiệm vụ khác")]
    [InlineData("VX. Sai số La Mã", false, "", "")]
    [InlineData("I.", false, "", "")]
    [InlineData("1. Rà soát", false, "", "")]
    [InlineData("Ví dụ. Câu thường", false, "", "")]
    public void A_section_title_is_a_roman_numeral_a_separator_and_a_title(string text, bool isSection, string code, string title)
    {
        Assert.Equal(isSection, AppendixTableBuilder.TryParseSectionTitle(text, out var c, out var t));
        Assert.Equal((code, title), (c, t));
    }
}
