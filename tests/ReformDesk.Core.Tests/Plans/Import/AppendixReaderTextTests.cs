using ReformDesk.Core.Plans.Import;
using Xunit;
using static ReformDesk.Core.Tests.Plans.Import.AppendixTestSupport;

namespace ReformDesk.Core.Tests.Plans.Import;

public class AppendixReaderTextTests
{
    private static readonly Lazy<AppendixTable> Seed = new(() => AppendixReader.FromText(AppendixSeed.ReadText(AppendixSeed.PlanPrefix)));

    private const string Units = "Các phòng, ban, đơn vị có liên quan";

    [Fact]
    public void Seed_yields_48_tasks_in_7_sections_without_problems()
    {
        var table = Seed.Value;

        Assert.Empty(table.Problems);
        Assert.False(table.HasErrors);
        Assert.Equal(7, table.Sections.Count);
        Assert.Equal(48, table.AllTasks.Count());
    }

    [Fact]
    public void Seed_sections_have_codes_titles_and_task_counts()
    {
        var sections = Seed.Value.Sections.Select(s => (s.Code, s.Title, s.Tasks.Count)).ToList();

        Assert.Equal(
            [
                ("I", "Chỉ đạo điều hành, kiểm tra và tuyên truyền", 10),
                ("II", "Cải cách thể chế", 7),
                ("III", "Cải cách thủ tục hành chính", 12),
                ("IV", "Cải cách tổ chức bộ máy", 2),
                ("V", "Cải cách chế độ công vụ", 5),
                ("VI", "Cải cách tài chính công", 4),
                ("VII", "Xây dựng Chính quyền điện tử, Chính quyền số", 8),
            ],
            sections);
    }

    [Fact]
    public void Seed_tasks_are_numbered_as_in_the_document()
    {
        var numbers = Seed.Value.AllTasks.Select(t => t.Number).ToList();

        Assert.Equal(Enumerable.Range(1, 48).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), numbers);
    }

    [Fact]
    public void Seed_task_33_is_rejoined_across_the_page_break()
    {
        var task = Task(Seed.Value, "33");

        Assert.Equal(
            "Xây dựng cơ chế, chính sách thu hút, trọng dụng nhân tài, nguồn lực chất lượng cao phường Trần Hưng Đạo theo Nghị quyết số 53/2025/NQ-HĐND.",
            task.Content);
        Assert.Equal("Phòng Văn hóa - xã hội", task.LeadUnit);
        Assert.Equal([Units], task.CoordinatingUnits);
        Assert.Equal("Cả năm 2026", task.ScheduleText);
        Assert.Equal("Văn bản triển khai", task.Deliverable);
        Assert.Equal(280, task.SourceRow);

        // Dòng tiếp nối không tạo nhiệm vụ mới; nhiệm vụ 34 vẫn đứng ngay sau.
        var section = Seed.Value.Sections.Single(s => s.Code == "V");
        Assert.Equal(["32", "33", "34", "35", "36"], section.Tasks.Select(t => t.Number));
    }

    // Kiểm tra bằng tay với tệp mẫu (dòng 234–304 của 002_309758a01e80c9b6.txt).
    [Theory]
    [InlineData("1", "Ban hành Kế hoạch cải cách hành chính năm 2026", "Phòng Văn hóa - xã hội", Units, "Trước ngày 15/01/2026", "Kế hoạch của UBND phường")]
    [InlineData("4", "Thực hiện đo lường mức độ hài lòng của người dân đối với dịch vụ y tế công", "Phòng Văn hóa - xã hội", Units + "|các đơn vị sự nghiệp công lập trong lĩnh vực y tế", "Theo thời gian đánh giá hàng năm của Bộ Y tế", "Báo cáo kết quả điều tra, khảo sát")]
    [InlineData("5", "Thực hiện đo lường sự hài lòng đối với dịch vụ giáo dục công", "Phòng Văn hóa - xã hội", Units + "|các đơn vị sự nghiệp công lập trong lĩnh vực GD và ĐT", "Cả năm 2026", "Báo cáo kết quả điều tra, khảo sát")]
    [InlineData("10", "Tổ chức, xây dựng các chuyên đề phát thanh tuyên truyền về CCHC trên hệ thống thông tin truyền thanh cơ sở", "Trung tâm Dịch vụ sự nghiệp công", Units, "Cả năm 2026", "Các sản phẩm truyền thông đa phương tiện bao gồm các file âm thanh tuyên truyền về CCHC")]
    [InlineData("11", "Tiếp tục triển khai Kế hoạch kiểm tra văn bản quy phạm pháp luật (QPPL) trên địa bàn phường năm 2026", "Văn phòng HĐND và UBND", Units, "Cả năm 2026", "Văn bản triển khai và báo cáo kết quả")]
    [InlineData("18", "Xây dựng Kế hoạch công tác cải cách thủ tục hành chính, kiểm soát thủ tục hành chính, kế hoạch kiểm tra công tác kiểm soát thủ tục hành chính", "Trung tâm Phục vụ hành chính công", "Các phòng, ban, ngành, đơn vị", "Quý I năm 2026", "Kế hoạch, báo cáo")]
    [InlineData("24", "Rà soát xây dựng quy trình nội bộ, quy trình điện tử giải quyết TTHC", Units, "Trung tâm Phục vụ HCC", "Thường xuyên", "Báo cáo, văn bản")]
    [InlineData("29", "Định kỳ hằng tháng công khai kết quả đánh giá chất lượng phục vụ người dân và doanh nghiệp theo Bộ chỉ số được phê duyệt tại Quyết định 766/QĐ-TTg trên Cổng Dịch vụ công quốc gia để tổ chức, cá nhân theo dõi, giám sát", "Trung tâm Phục vụ HCC", Units, "Hàng quý", "Thông báo")]
    [InlineData("38", "Ban hành quy chế quản lý, sử dụng tài sản công của các cơ quan, đơn vị", "Phòng Kinh tế, Hạ tầng và Đô thị", Units, "Quý I/2026", "Quy chế chi tiêu nội bộ; quy chế quản lý sử dụng tài sản công của các đơn vị")]
    [InlineData("42", "Kích hoạt tài khoản định danh điện tử cá nhân, cơ quan, tổ chức trên địa bàn phường để áp dụng các tiện ích của tài khoản định danh điện tử (VneID) vào đời sống xã hội.", "Công an phường", Units, "Cả năm 2026", "Báo cáo kết quả thực hiện của Công an phường")]
    [InlineData("46", "Tập huấn kỹ năng cơ bản về Ứng dụng công nghệ thông tin và chuyển đổi số cho cán bộ, công chức, viên chức, thành viên tổ công nghệ số cộng đồng", "Phòng Văn hoá-Xã hội", Units + "|tổ công nghệ số cộng đồng", "Tháng 8-9/2026", "Báo cáo kết quả thực hiện")]
    [InlineData("47", "Kiểm tra việc xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại các cơ quan, đơn vị trên địa bàn phường", "Phòng Văn hoá-Xã hội", "Các phòng, ban, cơ quan, đơn vị có liên quan", "Cả năm 2026", "Kế hoạch, Báo cáo kết quả kiểm tra")]
    [InlineData("48", "Triển khai áp dụng Tiêu chuẩn TCVN ISO 18091:2020 tại các các cơ quan, đơn vị trên địa bàn phường", "Phòng Văn hoá-Xã hội", "Các phòng, ban, cơ quan, đơn vị có liên quan", "Cả năm 2026", "Kế hoạch; Báo cáo kết quả triển khai")]
    public void Seed_hand_checked_tasks(string number, string content, string lead, string coordinating, string schedule, string deliverable)
    {
        var task = Task(Seed.Value, number);

        Assert.Equal(content, task.Content);
        Assert.Equal(lead, task.LeadUnit);
        Assert.Equal(coordinating.Split('|'), task.CoordinatingUnits);
        Assert.Equal(schedule, task.ScheduleText);
        Assert.Equal(deliverable, task.Deliverable);
    }

    [Fact]
    public void Seed_task_20_lead_is_a_generic_group_and_source_rows_are_text_lines()
    {
        var task = Task(Seed.Value, "20");

        Assert.Equal("Các phòng chuyên môn thuộc UBND phường", task.LeadUnit);
        Assert.Equal(["Trung tâm Phục vụ Hành chính công"], task.CoordinatingUnits);
        Assert.Equal(261, task.SourceRow);
        Assert.Equal(234, Task(Seed.Value, "1").SourceRow);
    }

    [Fact]
    public void Only_the_table_without_the_document_around_it_parses_the_same()
    {
        var tableOnly = string.Join("\n", AppendixSeed.AppendixLines());

        Assert.Equal(Project(Seed.Value), Project(AppendixReader.FromText(tableOnly)));
    }

    [Fact]
    public void Windows_line_endings_and_decomposed_unicode_parse_the_same()
    {
        var text = AppendixSeed.ReadText(AppendixSeed.PlanPrefix)
            .Replace("\n", "\r\n", StringComparison.Ordinal)
            .Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal(Project(Seed.Value), Project(AppendixReader.FromText(text)));
    }

    [Fact]
    public void Pipe_separated_lines_with_section_in_tt_column()
    {
        var text = """
            Phụ lục
            | TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm |
            |----|----|----|----|----|----|
            | I | Chỉ đạo, điều hành và tuyên truyền | | | | |
            | 1 | Ban hành kế hoạch | Phòng Văn hóa - Xã hội | Văn phòng HĐND và UBND; Công an xã | Quý I/2026 | Kế hoạch |
            | 2 | Kiểm tra | Văn phòng HĐND và UBND | | Cả năm | Báo cáo |
            | II | Cải cách thể chế | | | | |
            | 1 | Rà soát văn bản | Văn phòng HĐND và UBND | Các phòng, ban, đơn vị có liên quan | Thường xuyên | Báo cáo |
            """;

        var table = AppendixReader.FromText(text);

        Assert.Empty(table.Problems);
        Assert.Equal(["I", "II"], table.Sections.Select(s => s.Code));
        Assert.Equal("Chỉ đạo, điều hành và tuyên truyền", table.Sections[0].Title);
        Assert.Equal(["Văn phòng HĐND và UBND", "Công an xã"], table.Sections[0].Tasks[0].CoordinatingUnits);
        Assert.Empty(table.Sections[0].Tasks[1].CoordinatingUnits);
        Assert.Equal("1", table.Sections[1].Tasks[0].Number); // đánh số lại trong mục mới không bị coi là trùng
    }

    [Fact]
    public void Continuation_rows_and_wrapped_plain_lines_are_joined_to_the_task_above()
    {
        var text = Tsv(
            Header,
            ["I. Cải cách thể chế", "", "", "", "", ""],
            ["1", "Rà soát văn bản quy phạm", "Văn phòng HĐND", "Phòng Văn hóa - Xã hội", "Quý I", "Báo cáo"],
            ["", "pháp luật của phường", "và UBND", "", "năm 2026", ""],
            ["", "- Công bố kết quả", "", "Công an phường", "", "Danh mục"]) + "\nđã rà soát.\n\n" + Tsv(
            Header,
            ["2", "Tổng kết", "Công an phường", "", "Tháng 12", "Báo cáo"]) + "\n\nNơi nhận:\n- Như trên;";

        var table = AppendixReader.FromText(text);

        Assert.Empty(table.Problems);
        var tasks = table.AllTasks.ToList();
        Assert.Equal(2, tasks.Count);
        Assert.Equal("Rà soát văn bản quy phạm pháp luật của phường\n- Công bố kết quả đã rà soát.", tasks[0].Content);
        Assert.Equal("Văn phòng HĐND và UBND", tasks[0].LeadUnit);
        Assert.Equal(["Phòng Văn hóa - Xã hội", "Công an phường"], tasks[0].CoordinatingUnits);
        Assert.Equal("Quý I năm 2026", tasks[0].ScheduleText);
        Assert.Equal("Báo cáo Danh mục", tasks[0].Deliverable);
        Assert.Equal("Tổng kết", tasks[1].Content); // "Nơi nhận" sau dòng trống kết thúc bảng
    }

    [Fact]
    public void Excel_copied_cells_with_quoted_newlines_are_one_cell()
    {
        var text = "TT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn\tSản phẩm\n"
                   + "1\t\"Nhiệm vụ \"\"A\"\"\nhai dòng\"\tPhòng Kinh tế\t\"Phòng Văn hóa - Xã hội\nCông an xã\"\tQuý II\tBáo cáo\n"
                   + "2\tNhiệm vụ B\tCông an xã\t\tQuý III\tBáo cáo";

        var table = AppendixReader.FromText(text);

        Assert.Empty(table.Problems);
        var first = table.AllTasks.First();
        Assert.Equal("Nhiệm vụ \"A\"\nhai dòng", first.Content);
        Assert.Equal(["Phòng Văn hóa - Xã hội", "Công an xã"], first.CoordinatingUnits);
        Assert.Equal("2", table.AllTasks.Last().Number);
    }

    [Fact]
    public void Rows_without_header_use_default_column_order_with_a_warning()
    {
        var text = Tsv(["1", "Nhiệm vụ A", "Phòng Kinh tế", "Công an xã", "Quý I", "Báo cáo"]);

        var table = AppendixReader.FromText(text);

        Assert.False(table.HasErrors);
        var warning = Assert.Single(table.Problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Contains("thứ tự mặc định", warning.Message);
        Assert.Equal("Phòng Kinh tế", table.AllTasks.Single().LeadUnit);
    }

    [Fact]
    public void Row_with_number_but_no_content_is_an_error_naming_the_row()
    {
        var text = Tsv(Header,
            ["1", "Nhiệm vụ A", "Phòng Kinh tế", "", "Quý I", "Báo cáo"],
            ["2", "", "Phòng Kinh tế", "", "Quý I", "Báo cáo"]);

        var table = AppendixReader.FromText(text);

        var error = Assert.Single(table.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(3, error.Row);
        Assert.Equal("Nội dung nhiệm vụ", error.Field);
        Assert.StartsWith("Dòng 3:", error.Message);
        Assert.Contains("'Nội dung nhiệm vụ'", error.Message);
        Assert.True(table.HasErrors);
    }

    [Fact]
    public void Task_without_lead_unit_is_an_error_naming_the_column()
    {
        var text = Tsv(Header, ["1", "Nhiệm vụ A", "", "Công an xã", "Quý I", "Báo cáo"]);

        var error = Assert.Single(AppendixReader.FromText(text).Problems);

        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Equal("Dòng 2: nhiệm vụ số 1 thiếu cột 'Cơ quan chủ trì'.", error.Message);
    }

    [Fact]
    public void Duplicate_number_within_a_section_is_a_warning()
    {
        var text = Tsv(Header,
            ["I. Mục một", "", "", "", "", ""],
            ["1", "Nhiệm vụ A", "Phòng Kinh tế", "", "Quý I", "Báo cáo"],
            ["1", "Nhiệm vụ B", "Phòng Kinh tế", "", "Quý II", "Báo cáo"]);

        var table = AppendixReader.FromText(text);

        var warning = Assert.Single(table.Problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal("Dòng 4: số thứ tự '1' bị trùng trong mục I.", warning.Message);
        Assert.False(table.HasErrors);
        Assert.Equal(2, table.AllTasks.Count());
    }

    [Fact]
    public void Wrong_columns_give_a_vietnamese_error_naming_the_missing_column()
    {
        var text = Tsv(["TT", "Nội dung nhiệm vụ", "Ghi chú", "Thời gian"], ["1", "Nhiệm vụ A", "x", "Quý I"]);

        var table = AppendixReader.FromText(text);

        var error = Assert.Single(table.Problems);
        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Equal("Cơ quan chủ trì", error.Field);
        Assert.Equal("Dòng 1: bảng thiếu cột 'Cơ quan chủ trì'.", error.Message);
        Assert.Empty(table.Sections);
    }

    [Fact]
    public void Text_without_any_table_is_an_error()
    {
        var table = AppendixReader.FromText("Họ tên\tTuổi\nAn\t3\nKế hoạch cải cách hành chính năm 2026");

        var error = Assert.Single(table.Problems);
        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Contains("Không tìm thấy dòng tiêu đề", error.Message);
    }

    [Fact]
    public void Header_without_tasks_is_an_error()
    {
        var error = Assert.Single(AppendixReader.FromText(Tsv(Header)).Problems);

        Assert.Equal("Không tìm thấy nhiệm vụ nào trong bảng phụ lục.", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \r\n\t \n ")]
    public void Empty_input_is_tep_trong(string? text)
    {
        var error = Assert.Single(AppendixReader.FromText(text).Problems);

        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.StartsWith("Tệp trống", error.Message);
    }

    [Fact]
    public void Binary_garbage_is_an_error_not_an_exception()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        var garbage = System.Text.Encoding.UTF8.GetString(bytes);

        var table = AppendixReader.FromText(garbage);

        var error = Assert.Single(table.Problems);
        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Contains("không phải văn bản", error.Message);
    }

    [Fact]
    public void Text_over_5_MB_is_rejected_with_the_limit()
    {
        var huge = new string('a', AppendixReader.MaxTextBytes + 1);

        var error = Assert.Single(AppendixReader.FromText(huge).Problems);

        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Contains("5 MB", error.Message);
    }

    [Fact]
    public void Multibyte_text_over_5_MB_in_utf8_is_rejected()
    {
        var huge = new string('ệ', (AppendixReader.MaxTextBytes / 3) + 10); // < 5 M ký tự nhưng > 5 MB UTF-8

        var error = Assert.Single(AppendixReader.FromText(huge).Problems);

        Assert.Contains("5 MB", error.Message);
    }

    [Fact]
    public void More_than_5000_rows_is_rejected_with_the_limit()
    {
        var lines = new List<string> { string.Join("\t", Header) };
        lines.AddRange(Enumerable.Range(1, AppendixReader.MaxRows + 1).Select(i => $"{i}\tNhiệm vụ {i}\tPhòng Kinh tế\t\tQuý I\tBáo cáo"));

        var table = AppendixReader.FromText(string.Join("\n", lines));

        var error = Assert.Single(table.Problems);
        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Contains("5000 dòng", error.Message);
        Assert.Empty(table.Sections);
    }

    [Fact]
    public void Exactly_5000_rows_is_accepted()
    {
        var lines = new List<string> { string.Join("\t", Header) };
        lines.AddRange(Enumerable.Range(1, AppendixReader.MaxRows - 1).Select(i => $"{i}\tNhiệm vụ {i}\tPhòng Kinh tế\t\tQuý I\tBáo cáo"));

        var table = AppendixReader.FromText(string.Join("\n", lines));

        Assert.Empty(table.Problems);
        Assert.Equal(AppendixReader.MaxRows - 1, table.AllTasks.Count());
    }

    [Fact]
    public void Randomised_table_like_text_never_fails_internally()
    {
        string[] pieces = ["\t", "\t", "|", "\n", "\n\n", "\"", "\"\"", "I.", "II", "VII. Mục", "1", "33", "-", "Phòng Văn hóa - Xã hội", "và", ",", ";", "TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Phụ lục", " ", "Trang 2", "(1)", "\r\n"];
        var random = new Random(2026);
        for (var i = 0; i < 300; i++)
        {
            var sb = new System.Text.StringBuilder(string.Join("\t", Header)).Append('\n');
            var count = random.Next(1, 200);
            for (var j = 0; j < count; j++)
            {
                sb.Append(pieces[random.Next(pieces.Length)]);
            }

            var table = AppendixReader.FromText(sb.ToString());

            Assert.DoesNotContain(table.Problems, p => p.Message.StartsWith("Không đọc được", StringComparison.Ordinal));
            Assert.All(table.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
        }
    }
}
