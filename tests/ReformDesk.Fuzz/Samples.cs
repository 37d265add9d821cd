using System.IO.Compression;
using System.Security;
using System.Text;

namespace ReformDesk.Fuzz;

/// <summary>Valid sample files of every format the importers take, written by hand so every byte is known.</summary>
public static class Samples
{
    public static readonly string[] LogHeader = ["Mã hồ sơ", "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả", "Ngày trả kết quả", "Kênh nộp", "Người nộp", "Số điện thoại"];

    public static IEnumerable<string[]> LogRows(int count) => Enumerable.Range(1, count).Select(i => new[]
    {
        $"H{i:D5}", i % 2 == 0 ? "1.001193" : "2.000305", i % 2 == 0 ? "Đăng ký khai sinh" : "Chứng thực bản sao", "Hộ tịch", $"{1 + (i % 27):D2}/10/2026 08:{i % 60:D2}", $"{5 + (i % 20):D2}/11/2026",
        i % 3 == 0 ? "" : $"{2 + (i % 25):D2}/11/2026 10:00", "", i % 2 == 0 ? "Trực tuyến" : "Trực tiếp", $"Nguyễn Văn {(char)('A' + (i % 26))}", $"09{i:D8}",
    });

    public static byte[] DossierCsv(int rows = 20) =>
        Encoding.UTF8.GetBytes(string.Join("\r\n", new[] { LogHeader }.Concat(LogRows(rows)).Select(r => string.Join(",", r.Select(Quote)))) + "\r\n");

    public static byte[] DossierXlsx(int rows = 20) => Xlsx(new[] { LogHeader }.Concat(LogRows(rows)).ToList());

    public static readonly string[] ProcedureHeader = ["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết", "Phí, lệ phí", "Trực tuyến toàn trình"];

    public static byte[] ProcedureXlsx() => Xlsx(new[] { ProcedureHeader }.Concat(Enumerable.Range(1, 15).Select(i => new[]
        { $"1.00{i:D4}", $"Thủ tục số {i}", "Hộ tịch", i % 4 == 0 ? "Trong ngày" : $"{i % 10 + 1} ngày làm việc", i % 3 == 0 ? "" : $"{i * 5000}", i % 2 == 0 ? "Có" : "Không" })).ToList());

    public static byte[] ProcedureCsv() =>
        Encoding.UTF8.GetBytes(string.Join("\n", new[] { ProcedureHeader }.Concat(Enumerable.Range(1, 15).Select(i => new[] { $"2.00{i:D4}", $"Thủ tục {i}", "Đất đai", $"{i} ngày", "", "Không" })).Select(r => string.Join(";", r))));

    private static readonly string[] AppendixHeader = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"];

    private static List<string[]> AppendixRows() =>
    [
        AppendixHeader,
        ["I", "Chỉ đạo, điều hành", "", "", "", ""],
        ["1", "Xây dựng kế hoạch cải cách hành chính năm 2026", "Văn phòng HĐND và UBND", "Các phòng, ban", "Trước ngày 31/01/2026", "Kế hoạch"],
        ["2", "Báo cáo cải cách hành chính định kỳ", "Văn phòng HĐND và UBND", "", "Hằng quý", "Báo cáo"],
        ["II", "Cải cách thủ tục hành chính", "", "", "", ""],
        ["3", "Rà soát, đơn giản hóa thủ tục hành chính", "Phòng Văn hóa - Xã hội", "Bộ phận một cửa", "Quý II/2026", "Báo cáo rà soát"],
        ["4", "Niêm yết công khai thủ tục hành chính", "Bộ phận một cửa", "", "Thường xuyên", "Bảng niêm yết"],
    ];

    public static byte[] AppendixXlsx() => Xlsx(AppendixRows());

    public static byte[] AppendixDocx()
    {
        var rows = string.Concat(AppendixRows().Select(r => "<w:tr>" + string.Concat(r.Select(c => $"<w:tc><w:p><w:r><w:t>{SecurityElement.Escape(c)}</w:t></w:r></w:p></w:tc>")) + "</w:tr>"));
        return Zip(
            ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
            ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
            ("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Phụ lục</w:t></w:r></w:p><w:tbl>" + rows + "</w:tbl></w:body></w:document>"));
    }

    /// <summary>Records as the national portal receives them (domain.md §8): {"service": "DongBoHoSoMC", "data": [...]}.</summary>
    public static byte[] DossierJson(int records = 10)
    {
        var items = Enumerable.Range(1, records).Select(i =>
            $$"""{"MaHoSo":"J{{i:D5}}","MaTTHC":"1.001193","TenTTHC":"Đăng ký khai sinh","TenLinhVuc":"Hộ tịch","ChuHoSo":"Trần Thị {{(char)('A' + i % 26)}}","LoaiDoiTuong":1,"SoDienThoai":"0912{{i:D6}}","NgayTiepNhan":"202610{{1 + i % 27:D2}}083000","NgayHenTra":"202611{{1 + i % 27:D2}}170000","TrangThaiHoSo":{{i % 10 + 1}},"NgayKetThucXuLy":"","NgayTra":"","KenhThucHien":2,"HoSoCoThanhPhanSoHoa":1,"DanhSachLePhi":[{"TenPhiLePhi":"Lệ phí","Gia":8000}],"DanhSachHoSoBoSung":[]}""");
        return Encoding.UTF8.GetBytes("{\"service\":\"DongBoHoSoMC\",\"data\":[\n" + string.Join(",\n", items) + "\n]}");
    }

    public static string Quote(string cell) => cell.IndexOfAny([',', '"', '\n', ';']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    public static string Column(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + ((index - 1) % 26)) + name;
        return name;
    }

    /// <summary>A minimal workbook: one sheet of inline strings.</summary>
    public static byte[] Xlsx(IReadOnlyList<string[]> rows) =>
        XlsxFromSheet(string.Concat(rows.Select((r, i) => $"<row r=\"{i + 1}\">" + string.Concat(r.Select((c, j) => $"<c r=\"{Column(j)}{i + 1}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(c)}</t></is></c>")) + "</row>")));

    public static byte[] XlsxFromSheet(string sheetData, string? sharedStrings = null, CompressionLevel level = CompressionLevel.Optimal)
    {
        var entries = new List<(string, string)>
        {
            ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" + (sharedStrings is null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>") + "</Types>"),
            ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" + (sharedStrings is null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>") + "</Relationships>"),
            ("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + sheetData + "</sheetData></worksheet>"),
        };
        if (sharedStrings is not null) entries.Add(("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + sharedStrings + "</sst>"));
        return Zip(level, [.. entries]);
    }

    public static byte[] Zip(params (string Name, string Text)[] entries) => Zip(CompressionLevel.Optimal, entries);

    public static byte[] Zip(CompressionLevel level, params (string Name, string Text)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var w = new StreamWriter(zip.CreateEntry(name, level).Open(), new UTF8Encoding(false));
                w.Write(text);
            }
        }

        return ms.ToArray();
    }
}

/// <summary>
/// Files that hurt the readers before the upload guard existed; kept as regression samples. "columns" is the 1.6 KB
/// workbook that drove the dossier-log and procedure importers to 4.2 GB (a cell at column ZZZZZ made each row an array
/// of 12 million strings).
/// </summary>
public static class Bombs
{
    public static byte[] ColumnBomb() =>
        Samples.XlsxFromSheet(
            // The headers both the dossier log and the procedure catalogue require, so their readers reach the rows.
            "<row r=\"1\">" + string.Concat(new[] { "Mã hồ sơ", "Mã thủ tục", "Tên thủ tục", "Thời hạn giải quyết", "Ngày tiếp nhận" }
                .Select((h, i) => $"<c r=\"{(char)('A' + i)}1\" t=\"inlineStr\"><is><t>{h}</t></is></c>")) + "</row>" + string.Concat(Enumerable.Range(2, 20).Select(i => $"<row><c r=\"ZZZZZ{i}\" t=\"inlineStr\"><is><t>x</t></is></c></row>")), level: CompressionLevel.SmallestSize);

    /// <summary>A sheet of about 1 GB of identical rows, deflated to about 1 MB.</summary>
    public static byte[] InflationBomb()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[] { ("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>") })
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open());
                w.Write(text);
            }

            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            sheet.Write("<worksheet><sheetData>"u8);
            var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<row><c t=\"inlineStr\"><is><t>aaaaaaaa</t></is></c></row>", 1000)));
            for (long written = 0; written < 1L << 30; written += block.Length) sheet.Write(block);
            sheet.Write("</sheetData></worksheet>"u8);
        }

        return ms.ToArray();
    }

    public static byte[] ManyEntries()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("xl/workbook.xml");
            for (var i = 0; i < 20_000; i++) zip.CreateEntry($"x/{i}");
        }

        return ms.ToArray();
    }

    /// <summary>Two million one-letter shared strings.</summary>
    public static byte[] SharedStrings() =>
        Samples.XlsxFromSheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", string.Concat(Enumerable.Repeat("<si><t>a</t></si>", 2_100_000)), CompressionLevel.SmallestSize);

    /// <summary>100,000 nested elements in a row: the Office library's recursive reader overflowed the stack and ended the process.</summary>
    public static byte[] DeepXml() =>
        Samples.XlsxFromSheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Mã hồ sơ</t></is></c></row><row r=\"2\">" + string.Concat(Enumerable.Repeat("<a>", 100_000)) + string.Concat(Enumerable.Repeat("</a>", 100_000)) + "</row>", level: CompressionLevel.SmallestSize);

    public static byte[] DeepJson() => Encoding.UTF8.GetBytes("[{\"MaHoSo\":" + new string('[', 100_000) + new string(']', 100_000) + "}]");

    public static byte[] UnclosedQuoteCsv() => Encoding.UTF8.GetBytes("Mã hồ sơ,Mã thủ tục,Ngày tiếp nhận\n\"H1," + new string('x', 2_000_000) + "\n");

    public static byte[] HugeFieldCsv() => Encoding.UTF8.GetBytes("Mã hồ sơ,Mã thủ tục,Ngày tiếp nhận\nH1,\"" + new string('x', 60_000) + "\",01/10/2026\n");
}
