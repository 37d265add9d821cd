using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Dossiers.Rules;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// The cells and headers of a commune's dossier log as the provincial one-stop systems and the national portal write them
/// (domain.md §8): every date layout in use, yes/no and channel words, counts and fees with Vietnamese digit grouping, and
/// the header row matched to fields whatever its spelling, with a saved mapping and repeated columns.
/// </summary>
public sealed class DossierCellValuesTests
{
    [Theory]
    [InlineData("05-03-2026 14:30", 14, 30)]          // dashes, day first
    [InlineData("2026-03-05 14:30", 14, 30)]          // ISO, as a database dump writes it
    [InlineData("2026-03-05 14:30:45", 14, 30)]
    [InlineData("2026-03-05T14:30:00", 14, 30)]
    [InlineData("20260305143000", 14, 30)]            // the portal's yyyyMMddHHmmss
    [InlineData("  05/03/2026 14:30  ", 14, 30)]      // padded by the spreadsheet
    [InlineData("2026-03-05", 0, 0)]                  // a date alone is midnight
    [InlineData("05-03-2026", 0, 0)]
    public void Every_layout_the_provincial_systems_write_reads_as_the_fifth_of_march(string text, int hour, int minute)
    {
        Assert.True(DossierValues.TryParseDateTime(text, out var value));
        Assert.Equal(new DateTime(2026, 3, 5, hour, minute, value.Second), value);
        Assert.Equal(DateTimeKind.Unspecified, value.Kind);
    }

    [Theory]
    [InlineData("03/05/2026", 2026, 5, 3)]            // day first: the third of May, never the fifth of March
    [InlineData("12/01/2026 08:00", 2026, 1, 12)]
    [InlineData("1/2/2026", 2026, 2, 1)]
    [InlineData("29/02/2028", 2028, 2, 29)]           // a leap day
    public void Slashed_dates_are_read_day_first_as_Vietnamese_logs_write_them(string text, int y, int m, int d)
    {
        Assert.True(DossierValues.TryParseDate(text, out var value));
        Assert.Equal(new DateOnly(y, m, d), value);
    }

    [Theory]
    [InlineData("29/02/2026")]                        // 2026 is not a leap year
    [InlineData("2026-02-29")]
    [InlineData("05/03/2026 24:00")]
    [InlineData("05/03/2026 9h30")]
    public void A_day_or_time_that_does_not_exist_is_refused(string text) => Assert.False(DossierValues.TryParseDateTime(text, out _));

    [Theory]
    [InlineData("31/12/1989 23:59")]   // before 1990: a typo, not a dossier
    [InlineData("01/01/2101")]         // after 2100
    [InlineData("32874")]              // Excel serial of 01/01/1990 itself: outside the accepted range
    [InlineData("73051")]              // Excel serial of 01/01/2100: outside too
    [InlineData("-46086")]
    [InlineData("   ")]
    public void Dates_outside_1990_to_2100_and_blank_cells_are_not_dates(string text) =>
        Assert.False(DossierValues.TryParseDateTime(text, out _));

    [Theory]
    [InlineData("32875", 1990, 1, 2, 0, 0)]             // the first accepted serial
    [InlineData("73050", 2099, 12, 31, 0, 0)]           // the last
    [InlineData("46086.38", 2026, 3, 5, 9, 7)]          // 09:07:12 is cut to the minute, never rounded up
    [InlineData("46086.999", 2026, 3, 5, 23, 58)]       // 23:58:33.6 stays on the fifth
    public void Excel_serial_dates_keep_their_day_and_drop_the_seconds(string serial, int y, int mo, int d, int h, int mi)
    {
        Assert.True(DossierValues.TryParseDateTime(serial, out var value));
        Assert.Equal(new DateTime(y, mo, d, h, mi, 0), value);
    }

    [Theory]
    [InlineData("05/03/2026 23:59", 2026, 3, 5)]
    [InlineData("46086.99", 2026, 3, 5)]
    [InlineData("20260305000000", 2026, 3, 5)]
    public void An_appointment_cell_with_a_time_keeps_only_its_day(string text, int y, int m, int d)
    {
        Assert.True(DossierValues.TryParseDate(text, out var value));
        Assert.Equal(new DateOnly(y, m, d), value);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("X", true)]
    [InlineData("yes", true)]
    [InlineData("TRUE", true)]
    [InlineData("Đã", true)]
    [InlineData("Đã thanh toán", true)]
    [InlineData("Có số hóa", true)]
    [InlineData("v", true)]
    [InlineData("0", false)]
    [InlineData("-", false)]
    [InlineData("Chưa", false)]
    [InlineData("KHÔNG", false)]
    [InlineData("Không số hóa", false)]
    [InlineData("n", false)]
    public void Yes_and_no_cells_in_Vietnamese_and_English(string text, bool expected)
    {
        Assert.True(DossierValues.TryParseFlag(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("chắc có")]
    [InlineData("2")]
    [InlineData("Đang chờ")]
    public void A_flag_that_is_neither_yes_nor_no_is_refused_and_read_as_no(string text)
    {
        Assert.False(DossierValues.TryParseFlag(text, out var value));
        Assert.False(value);
    }

    [Theory]
    [InlineData("Tại quầy", DossierChannel.Counter)]
    [InlineData("Bộ phận một cửa", DossierChannel.Counter)]
    [InlineData("counter", DossierChannel.Counter)]
    [InlineData("TRỰC TUYẾN TOÀN TRÌNH", DossierChannel.Online)]
    [InlineData("Cổng dịch vụ công quốc gia", DossierChannel.Online)]
    [InlineData("online", DossierChannel.Online)]
    [InlineData("BCCI", DossierChannel.Postal)]
    [InlineData("postal", DossierChannel.Postal)]
    public void Channels_are_recognised_by_the_words_the_systems_use(string text, DossierChannel expected)
    {
        Assert.True(DossierValues.TryParseChannel(text, out var channel));
        Assert.Equal(expected, channel);
    }

    [Theory]
    [InlineData("Zalo")]
    [InlineData("Email")]
    [InlineData("Điện thoại")]
    public void An_unknown_channel_is_refused(string text) => Assert.False(DossierValues.TryParseChannel(text, out _));

    [Theory]
    [InlineData("", 0)]
    [InlineData("3", 3)]
    [InlineData(" 12 ", 12)]
    [InlineData("1.000", 1000)]
    [InlineData("1,000", 1000)]
    [InlineData("1 000", 1000)]
    public void Counts_accept_Vietnamese_and_English_thousands(string text, int expected)
    {
        Assert.True(DossierValues.TryParseCount(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("+2")]
    [InlineData("2,5x")]
    [InlineData("hai")]
    [InlineData("99999999999")]
    public void A_count_that_is_not_a_whole_number_from_zero_is_refused(string text) =>
        Assert.False(DossierValues.TryParseCount(text, out _));

    [Theory]
    [InlineData("50,000", 50000)]
    [InlineData("50000 đồng", 50000)]
    [InlineData("1.000.000 đ", 1000000)]
    [InlineData("100 000 VNĐ", 100000)]
    [InlineData("Không thu", 0)]
    [InlineData("Miễn phí", 0)]
    [InlineData("000000000001", 1)]
    public void Fees_are_read_in_dong(string text, int expected)
    {
        Assert.True(DossierValues.TryParseFee(text, out var fee));
        Assert.Equal(expected, fee);
    }

    [Fact]
    public void A_blank_fee_is_unknown_and_an_absurd_or_wordy_one_is_refused()
    {
        Assert.True(DossierValues.TryParseFee("  ", out var blank));
        Assert.Null(blank);
        Assert.False(DossierValues.TryParseFee("1234567890123", out _));   // 13 digits: more than a trillion đồng
        Assert.False(DossierValues.TryParseFee("Theo quy định", out _));
        Assert.False(DossierValues.TryParseFee("đ50.000", out _));
    }

    public static TheoryData<string, DossierField> EverySynonym()
    {
        var data = new TheoryData<string, DossierField>();
        foreach (var (field, names) in DossierLogColumns.Synonyms)
        {
            foreach (var name in names) data.Add(name, field);
        }

        return data;
    }

    /// <summary>A header listed for two fields would be read as whichever comes first: every listed header must name its own field.</summary>
    [Theory]
    [MemberData(nameof(EverySynonym))]
    public void Every_listed_header_names_its_own_field_and_no_other(string header, DossierField field)
    {
        Assert.Equal(field, DossierLogColumns.FieldOf(header));
        Assert.Equal(field, DossierLogColumns.FieldOf(header.ToUpperInvariant()));
    }

    [Theory]
    [InlineData("MaHoSo", DossierField.Code)]
    [InlineData("MaTTHC", DossierField.ProcedureCode)]
    [InlineData("TenTTHC", DossierField.ProcedureName)]
    [InlineData("NgayTiepNhan", DossierField.ReceivedAt)]
    [InlineData("NgayHenTra", DossierField.AppointmentDate)]
    [InlineData("NgayKetThucXuLy", DossierField.ProcessedAt)]
    [InlineData("NgayTra", DossierField.ReturnedAt)]
    [InlineData("ChuHoSo", DossierField.ApplicantName)]
    [InlineData("SoDienThoai", DossierField.ApplicantPhone)]
    [InlineData("Ngày trả lại", DossierField.RejectedAt)]
    [InlineData("Ngày trả", DossierField.ReturnedAt)]
    [InlineData("SĐT", DossierField.ApplicantPhone)]
    public void The_portals_field_names_and_near_headers_are_told_apart(string header, DossierField field) =>
        Assert.Equal(field, DossierLogColumns.FieldOf(header));

    [Theory]
    [InlineData("STT")]
    [InlineData("Ghi chú")]
    [InlineData("Ngày")]
    [InlineData("")]
    public void A_header_that_names_no_field_is_not_guessed(string header) => Assert.Null(DossierLogColumns.FieldOf(header));

    [Fact]
    public void The_label_shown_for_each_required_field_is_the_provincial_systems_own_header()
    {
        Assert.Equal(["Mã hồ sơ", "Mã thủ tục", "Ngày tiếp nhận"], DossierLogColumns.Required.Select(DossierLogColumns.Label));
        Assert.Equal("Ngày có kết quả", DossierLogColumns.Label(DossierField.ProcessedAt));
        Assert.Equal("Số lần đi lại", DossierLogColumns.Label(DossierField.Visits));
    }

    [Fact]
    public void A_repeated_column_is_read_from_its_first_occurrence_and_blank_headers_are_not_reported()
    {
        var mapping = DossierLogColumns.Map(["Mã hồ sơ", "", "Ngày nhận", "Ngày tiếp nhận", "Mã TTHC", "MaTTHC", "Cột lạ"]);

        Assert.True(mapping.IsComplete);
        Assert.Equal((0, 2, 4), (mapping.Columns[DossierField.Code], mapping.Columns[DossierField.ReceivedAt], mapping.Columns[DossierField.ProcedureCode]));
        Assert.Equal(["Cột lạ"], mapping.Ignored);
    }

    [Fact]
    public void A_saved_header_the_new_file_no_longer_has_falls_back_to_the_usual_names()
    {
        var saved = new Dictionary<DossierField, string> { [DossierField.ReceivedAt] = "Thời điểm nộp", [DossierField.Code] = "Số biên nhận" };

        var mapping = DossierLogColumns.Map(["Số biên nhận", "Mã hồ sơ", "Ngày tiếp nhận", "Mã thủ tục"], saved);

        // The code comes from the saved column 0 (the provincial code column is not read twice); the receipt date, whose saved
        // header is gone, from its usual name.
        Assert.Equal((0, 2, 3), (mapping.Columns[DossierField.Code], mapping.Columns[DossierField.ReceivedAt], mapping.Columns[DossierField.ProcedureCode]));
        Assert.Empty(mapping.Missing);
    }

    [Fact]
    public void A_saved_column_is_not_taken_again_by_the_field_its_header_usually_names()
    {
        // The commune told us its "Ngày nhận" column is the appointment; it must not also become the receipt date.
        var saved = new Dictionary<DossierField, string> { [DossierField.AppointmentDate] = "ngay nhan" };

        var mapping = DossierLogColumns.Map(["Mã hồ sơ", "Mã thủ tục", "Ngày nhận"], saved);

        Assert.Equal(2, mapping.Columns[DossierField.AppointmentDate]);
        Assert.False(mapping.Columns.ContainsKey(DossierField.ReceivedAt));
        Assert.Equal([DossierField.ReceivedAt], mapping.Missing);
        Assert.False(mapping.IsComplete);
    }
}
