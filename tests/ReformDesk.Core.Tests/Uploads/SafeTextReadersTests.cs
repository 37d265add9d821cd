using System.ComponentModel.DataAnnotations;
using System.Text;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.Tests.Uploads;

/// <summary>
/// The CSV and JSON readers every text import goes through: what they read (delimiters, encodings, shapes) and each limit
/// refused with a Vietnamese message naming the row, whether the upload is in memory or in a temporary file.
/// </summary>
public class SafeCsvTests
{
    private static SafeUpload Upload(byte[] bytes, UploadOptions? options = null) => TestUploads.Safe(bytes, "so-theo-doi.csv", UploadForm.DossierLog, options);

    private static SafeUpload Upload(string text, UploadOptions? options = null) => Upload(Encoding.UTF8.GetBytes(text), options);

    /// <summary>The headers and every record of the upload.</summary>
    private static (IReadOnlyList<string> Headers, List<(long Line, string[] Cells)> Rows) ReadAll(SafeUpload upload)
    {
        using var csv = SafeCsv.Open(upload);
        var rows = new List<(long, string[])>();
        while (csv.Next(out var line) is { } cells) rows.Add((line, cells));
        return (csv.Headers, rows);
    }

    private static string Refusal(SafeUpload upload) => Assert.Throws<UploadRefusedException>(() => ReadAll(upload)).Message;

    [Theory]
    [InlineData("Mã hồ sơ,Người nộp;Ghi chú\nH1,Lan;x\n", new[] { "Mã hồ sơ", "Người nộp;Ghi chú" }, new[] { "H1", "Lan;x" })]
    [InlineData("Mã hồ sơ;Người nộp;Số tiền\nH1;Lan;1,5\n", new[] { "Mã hồ sơ", "Người nộp", "Số tiền" }, new[] { "H1", "Lan", "1,5" })]
    [InlineData("Mã hồ sơ\tNgười nộp\nH1\tNguyễn Văn A, Hải Phòng\n", new[] { "Mã hồ sơ", "Người nộp" }, new[] { "H1", "Nguyễn Văn A, Hải Phòng" })]
    [InlineData("Mã hồ sơ,Người nộp\r\nH1,\"Trần \"\"Bé\"\" Lan\"\r\n", new[] { "Mã hồ sơ", "Người nộp" }, new[] { "H1", "Trần \"Bé\" Lan" })]
    public void The_delimiter_is_the_one_found_most_in_the_header(string text, string[] headers, string[] first)
    {
        var (read, rows) = ReadAll(Upload(text));
        Assert.Equal(headers, read);
        Assert.Equal(first, Assert.Single(rows).Cells);
    }

    [Fact]
    public void Records_are_numbered_as_lines_with_the_header_as_line_one()
    {
        var (_, rows) = ReadAll(Upload("Mã hồ sơ,Mã thủ tục\nH1,T1\nH2,T2\nH3,T3\n"));
        Assert.Equal([2L, 3L, 4L], rows.Select(r => r.Line));
        Assert.Equal(["H1", "H2", "H3"], rows.Select(r => r.Cells[0]));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_utf8_file_with_a_bom_and_a_utf16_file_read_the_same(bool fromFile)
    {
        const string text = "Mã hồ sơ;Người nộp\nH1;Nguyễn Thị Hồng\n";
        var utf8 = (byte[])[0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];
        var utf16 = (byte[])[.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];
        foreach (var bytes in new[] { utf8, utf16 })
        {
            using var upload = fromFile
                ? (await TestUploads.Guard().CheckAsync(new MemoryStream(bytes), "so-theo-doi.csv", UploadForm.DossierLog)).Upload!
                : Upload(bytes);
            var (headers, rows) = ReadAll(upload);
            Assert.Equal(["Mã hồ sơ", "Người nộp"], headers);
            Assert.Equal(["H1", "Nguyễn Thị Hồng"], Assert.Single(rows).Cells);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_header_line_longer_than_the_line_limit_is_refused_as_line_one(bool bom)
    {
        var limits = new UploadOptions { MaxLineLength = 1000 };
        var header = "Mã hồ sơ," + new string('x', 1200) + "\nH1,T\n";
        var bytes = Encoding.UTF8.GetBytes(header);
        var upload = Upload(bom ? [0xEF, 0xBB, 0xBF, .. bytes] : [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(header)], limits);
        Assert.Equal("Dòng 1 dài quá 1.000 ký tự (giới hạn một dòng); có thể thiếu dấu ngoặc kép đóng.", Assert.Throws<UploadRefusedException>(() => SafeCsv.Open(upload)).Message);
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(2500)]
    public void A_record_longer_than_the_line_limit_is_refused_naming_its_line(int max)
    {
        var limits = new UploadOptions { MaxLineLength = max };
        var text = "Mã hồ sơ,Mã thủ tục\nH1,T1\nH2,T2\nH3,\"" + new string('y', 3000) + "\"\n";
        Assert.Equal($"Dòng 4 dài quá {UploadText.Number(max)} ký tự (giới hạn một dòng); có thể thiếu dấu ngoặc kép đóng.", Refusal(Upload(text, limits)));
    }

    [Fact]
    public void The_smallest_line_limit_the_settings_accept_still_reads_an_ordinary_file()
    {
        var range = typeof(UploadOptions).GetProperty(nameof(UploadOptions.MaxLineLength))!.GetCustomAttributes(typeof(RangeAttribute), false).Cast<RangeAttribute>().Single();
        var limits = new UploadOptions { MaxLineLength = (int)range.Minimum };
        Assert.True(Validator.TryValidateObject(limits, new ValidationContext(limits), null, validateAllProperties: true));
        var (headers, rows) = ReadAll(Upload("Mã hồ sơ,Mã thủ tục\nH1,T1\nH2,T2\n", limits));
        Assert.Equal(["Mã hồ sơ", "Mã thủ tục"], headers);
        Assert.Equal([["H1", "T1"], ["H2", "T2"]], rows.Select(r => r.Cells));
    }

    [Fact]
    public void A_record_with_more_cells_than_the_column_limit_is_refused_naming_its_line_and_count()
    {
        var limits = new UploadOptions { MaxColumns = 3 };
        Assert.Equal("Dòng 3: có 5 cột, vượt giới hạn 3 cột.", Refusal(Upload("A,B,C\n1,2,3\n1,2,3,4,5\n", limits)));
        Assert.Equal("Dòng tiêu đề có 4 cột, vượt giới hạn 3 cột.", Assert.Throws<UploadRefusedException>(() => SafeCsv.Open(Upload("A,B,C,D\n1,2,3,4\n", limits))).Message);
        // Exactly the limit is read.
        Assert.Equal(["1", "2", "3"], Assert.Single(ReadAll(Upload("A,B,C\n1,2,3\n", limits)).Rows).Cells);
    }

    [Fact]
    public void The_row_limit_counts_records_not_the_header()
    {
        var limits = new UploadOptions { MaxRows = 2 };
        Assert.Equal(2, ReadAll(Upload("Mã\nH1\nH2\n", limits)).Rows.Count);
        Assert.Equal("Tệp có hơn 2 dòng dữ liệu (giới hạn); hãy chia nhỏ tệp.", Refusal(Upload("Mã\nH1\nH2\nH3\n", limits)));
    }

    [Fact]
    public void A_cell_longer_than_the_field_limit_is_refused_naming_line_and_column()
    {
        var limits = new UploadOptions { MaxFieldLength = 10 };
        Assert.Equal("Dòng 3, cột 3: ô dài 11 ký tự, vượt giới hạn 10 ký tự.", Refusal(Upload("A,B,C\n1,2,3\n1,2,\"Hải Phòng 1\"\n", limits)));
        Assert.Equal(["1", "2", "0123456789"], Assert.Single(ReadAll(Upload("A,B,C\n1,2,0123456789\n", limits)).Rows).Cells);
    }

    [Fact]
    public void A_reader_is_only_opened_on_text()
    {
        var json = TestUploads.Safe("[]"u8.ToArray(), "hoso.json", UploadForm.DossierLog);
        Assert.Equal("Upload is Json, not Text.", Assert.Throws<InvalidOperationException>(() => SafeCsv.Open(json)).Message);
        Assert.Equal("Upload is Text, not Json.", Assert.Throws<InvalidOperationException>(() => SafeJson.Records(Upload("[]")).ToList()).Message);
    }
}

public class SafeJsonTests
{
    private static List<JsonRecord> Read(string json, UploadOptions? options = null) =>
        SafeJson.Records(TestUploads.Safe(Encoding.UTF8.GetBytes(json), "hoso.json", UploadForm.DossierLog, options)).ToList();

    private static string Refusal(string json, UploadOptions? options = null) => Assert.Throws<UploadRefusedException>(() => Read(json, options)).Message;

    [Fact]
    public void Scalars_become_text_and_nested_values_keep_their_json()
    {
        var record = Assert.Single(Read("""
            // exported by the portal
            [{"MaHoSo": "H-001", "SoTrang": 12, "PhiLePhi": 1.5e3, "TrucTuyen": true, "HuyBo": false, "GhiChu": null,
              "TaiLieu": [{"Ten": "Đơn"}, 2], "NguoiNop": {"Ten": "Lan"},},]
            """));
        Assert.Equal(1, record.Number);
        Assert.Equal(new Dictionary<string, string>
        {
            ["MaHoSo"] = "H-001", ["SoTrang"] = "12", ["PhiLePhi"] = "1.5e3", ["TrucTuyen"] = "true", ["HuyBo"] = "false", ["GhiChu"] = "",
            ["TaiLieu"] = "[{\"Ten\": \"Đơn\"}, 2]", ["NguoiNop"] = "{\"Ten\": \"Lan\"}",
        }, record.Fields);
    }

    [Fact]
    public void The_portal_body_is_read_from_its_data_array_whatever_comes_before_it()
    {
        var records = Read("""{"service": "DongBoHoSoMC", "meta": {"page": [1, 2]}, "data": [{"MaHoSo": "A"}, {"MaHoSo": "B"}], "after": 1}""");
        Assert.Equal([(1, "A"), (2, "B")], records.Select(r => (r.Number, r.Fields["MaHoSo"])));
        // A "data" that is not an array is passed over.
        Assert.Equal("Tệp JSON không có mảng hồ sơ (\"data\": [...]).", Refusal("""{"data": {"MaHoSo": "A"}, "service": "x"}"""));
    }

    [Theory]
    [InlineData("\"chuỗi\"", "Tệp JSON phải là một mảng hồ sơ hoặc có mảng \"data\".")]
    [InlineData("42", "Tệp JSON phải là một mảng hồ sơ hoặc có mảng \"data\".")]
    [InlineData("[{\"MaHoSo\": \"A\"}, 7]", "Bản ghi 2: không phải một đối tượng JSON.")]
    [InlineData("[{\"MaHoSo\": \"A\"}, [\"B\"]]", "Bản ghi 2: không phải một đối tượng JSON.")]
    [InlineData("[{\"MaHoSo\": \"A\"", "Tệp JSON bị cắt cụt (thiếu phần kết thúc).")]
    [InlineData("{\"service\": \"x\"", "Tệp JSON bị cắt cụt (thiếu phần kết thúc).")]
    [InlineData("[{\"MaHoSo\": \"A\"},\n {\"MaHoSo\": 'B'}]", "Tệp JSON sai cú pháp ở dòng 2, vị trí 13.")]
    public void A_file_of_the_wrong_shape_is_refused_saying_what_is_wrong(string json, string message) =>
        Assert.Equal(message, Refusal(json));

    [Fact]
    public void Nesting_beyond_the_depth_limit_is_refused_naming_the_limit_and_line()
    {
        var limits = new UploadOptions { MaxJsonDepth = 4 };
        // Array, object, and two levels of list inside: four levels, the limit.
        Assert.Equal("[[1]]", Assert.Single(Read("[{\"a\": [[1]]}]", limits)).Fields["a"]);
        Assert.Equal("Tệp JSON lồng nhau quá 4 cấp (giới hạn), ở dòng 2.", Refusal("[{\"a\":\n [[[1]]]}]", limits));
    }

    [Fact]
    public void Too_many_records_fields_or_characters_are_refused_naming_the_record()
    {
        Assert.Equal("Tệp có hơn 2 dòng dữ liệu (giới hạn); hãy chia nhỏ tệp.", Refusal("[{}, {}, {}]", new UploadOptions { MaxRows = 2 }));
        Assert.Equal(2, Read("[{}, {}]", new UploadOptions { MaxRows = 2 }).Count);

        var columns = new UploadOptions { MaxColumns = 2 };
        Assert.Equal("Bản ghi 2: có hơn 2 trường (giới hạn).", Refusal("[{\"a\": 1, \"b\": 2}, {\"a\": 1, \"b\": 2, \"c\": 3}]", columns));
        // A repeated name replaces its value and is not a new field.
        Assert.Equal(new Dictionary<string, string> { ["a"] = "3", ["b"] = "2" }, Assert.Single(Read("[{\"a\": 1, \"b\": 2, \"a\": 3}]", columns)).Fields);

        var fields = new UploadOptions { MaxFieldLength = 10 };
        Assert.Equal("Dòng 1, cột 'GhiChu': ô dài 11 ký tự, vượt giới hạn 10 ký tự.", Refusal("[{\"GhiChu\": \"Hải Phòng 1\"}]", fields));
        Assert.Equal("Dòng 1, cột tên trường: ô dài 11 ký tự, vượt giới hạn 10 ký tự.", Refusal("[{\"TenQuaDai01\": 1}]", fields));
        var longName = new string('N', 45);
        // A long field name is cut to 40 characters in the message.
        Assert.Equal($"Dòng 1, cột '{longName[..40]}…': ô dài 50 ký tự, vượt giới hạn 45 ký tự.",
            Refusal($"[{{\"{longName}\": \"{new string('v', 50)}\"}}]", new UploadOptions { MaxFieldLength = 45 }));
    }
}
