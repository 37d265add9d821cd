using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ReformDesk.Cli;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Platform;

/// <summary>One migrated SQLite file with a province and one of its communes, registered through the CLI itself.</summary>
public sealed class CliDatabase : IAsyncLifetime
{
    public const string Province = "TP";
    public const string Commune = "TP-THUNGHIEM";

    private TestDatabase? database;

    public string[] Connection => ["--provider", "Sqlite", "--connection", database!.Options.ConnectionString];

    public string ConnectionString => database!.Options.ConnectionString;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await Must(["migrate"]);
        await Must(["tenants", "add", Province, "Thành phố Thử Nghiệm", "--kind", "Province"]);
        await Must(["tenants", "add", Commune, "Phường Thử Nghiệm", "--parent", Province]);
    }

    private async Task Must(string[] args)
    {
        var (code, output) = await RunAsync(args);
        Assert.True(code == 0, $"{string.Join(' ', args)} → {code}: {output}");
    }

    /// <summary>Runs one command against this database; what it printed (output and errors together).</summary>
    public Task<(int Code, string Output)> RunAsync(params string[] args) => CliCommandTests.RunAsync([.. args, .. Connection]);

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (database is not null) await database.DisposeAsync();
    }
}

/// <summary>
/// The administrator CLI's commands beyond the README's happy paths: what each prints, its exit code, and the Vietnamese
/// refusal naming the argument, for the commands without a database (calendar, schedule parser, help) and with one.
/// </summary>
public sealed class CliCommandTests(CliDatabase db) : IClassFixture<CliDatabase>
{
    public static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var code = await CliProgram.RunAsync(args, output);
        return (code, output.ToString());
    }

    private static string Temp(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "reformdesk-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    // ---- Without a database -------------------------------------------------------------------------------------------

    [Fact]
    public async Task Holidays_are_printed_as_csv_weekdays_only_with_the_national_days_of_the_year()
    {
        var (code, output) = await RunAsync("calendar", "holidays", "2026");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("date,name", lines[0]);
        var days = lines.Skip(1).Select(l => DateOnly.ParseExact(l[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        Assert.All(days, d => Assert.True(d.Year == 2026 && d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{d} is not a weekday of 2026"));
        Assert.Equal(days.OrderBy(d => d), days);
        // New Year (Thursday), Reunification Day (Thursday), Labour Day (Friday), National Day (Wednesday), and Tết 2026.
        Assert.Contains(new DateOnly(2026, 1, 1), days);
        Assert.Contains(new DateOnly(2026, 4, 30), days);
        Assert.Contains(new DateOnly(2026, 5, 1), days);
        Assert.Contains(new DateOnly(2026, 9, 2), days);
        Assert.Contains(new DateOnly(2026, 2, 17), days);
        Assert.DoesNotContain(new DateOnly(2026, 3, 2), days);
        Assert.All(lines.Skip(1), l => Assert.True(l.Length > 11, $"\"{l}\" has no name"));
    }

    [Theory]
    [InlineData("1900")]
    [InlineData("2100")]
    public async Task Holidays_outside_the_supported_years_are_refused(string year)
    {
        var (code, output) = await RunAsync("calendar", "holidays", year);
        Assert.Equal(2, code);
        Assert.Contains("Năm phải trong khoảng 1901–2099.", output);
        Assert.DoesNotContain("date,name", output);
    }

    [Theory]
    [InlineData("2026-02-17", "01/01/2026")]
    [InlineData("2025-07-25", "01/06 (nhuận)/2025")]
    [InlineData("2025-06-25", "01/06/2025")]
    [InlineData("2026-09-25", "15/08/2026")]
    public async Task A_solar_date_is_printed_as_its_vietnamese_lunar_date(string solar, string lunar)
    {
        var (code, output) = await RunAsync("calendar", "lunar", solar);
        Assert.Equal(0, code);
        Assert.Equal(lunar, output.Trim());
    }

    [Theory]
    [InlineData("17/02/2026")]
    [InlineData("2026-02-30")]
    [InlineData("1899-12-31")]
    [InlineData("hôm nay")]
    public async Task A_lunar_conversion_of_a_wrong_date_says_the_expected_form(string solar)
    {
        var (code, output) = await RunAsync("calendar", "lunar", solar);
        Assert.Equal(2, code);
        Assert.Contains("Ngày không hợp lệ: cần dạng yyyy-mm-dd trong khoảng 1900–2100.", output);
    }

    [Theory]
    [InlineData("2026")]
    [InlineData("2027")]
    public async Task A_schedule_is_parsed_to_json_with_the_plans_year_filled_in(string year)
    {
        var (code, output) = await RunAsync("plan", "schedule-parse", "Quý III", "--year", year);
        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("fixedDeadline", json.GetProperty("kind").GetString());
        Assert.Equal($"{year}-07-01", json.GetProperty("start").GetString());
        Assert.Equal($"{year}-09-30", json.GetProperty("due").GetString());
        Assert.False(json.GetProperty("needsReview").GetBoolean());
    }

    [Fact]
    public async Task A_recurring_schedule_keeps_its_anchor_and_the_vietnamese_text_readable()
    {
        var (code, output) = await RunAsync("plan", "schedule-parse", "Trước ngày 10 của tháng cuối quý", "--year", "2026");
        Assert.Equal(0, code);
        Assert.Contains("\"text\": \"Trước ngày 10 của tháng cuối quý\"", output);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(("recurring", "Quarterly"), (json.GetProperty("kind").GetString(), json.GetProperty("frequency").GetString()));
        var due = json.GetProperty("due");
        Assert.Equal(("DayOfLastMonth", 10, true), (due.GetProperty("anchor").GetString(), due.GetProperty("day").GetInt32(), due.GetProperty("before").GetBoolean()));
    }

    [Theory]
    [InlineData("Tháng 13 năm 2026")]
    [InlineData("abc xyz")]
    public async Task A_schedule_that_cannot_be_read_exits_1_and_asks_for_review(string text)
    {
        var (code, output) = await RunAsync("plan", "schedule-parse", text, "--year", "2026");
        Assert.Equal(1, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("unparsed", json.GetProperty("kind").GetString());
        Assert.True(json.GetProperty("needsReview").GetBoolean());
        Assert.Equal($"\"{text}\" không phải cách ghi thời hạn đã biết.", json.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task An_unknown_command_is_refused_in_vietnamese_with_the_way_to_help()
    {
        var (code, output) = await RunAsync("khongco");
        Assert.Equal(1, code);
        Assert.Contains("khongco", output);
        Assert.Contains("Xem hướng dẫn: reformdesk --help", output);
    }

    [Fact]
    public async Task A_missing_required_option_is_named_with_the_commands_own_help()
    {
        var (code, output) = await RunAsync("indicators", "--from", "2026-01-01", "--to", "2026-06-30");
        Assert.Equal(1, code);
        Assert.Contains("--commune", output);
        Assert.Contains("Xem hướng dẫn: reformdesk indicators --help", output);
    }

    [Fact]
    public async Task Help_is_vietnamese_and_lists_the_subcommands()
    {
        var (code, output) = await RunAsync("calendar", "--help");
        Assert.Equal(0, code);
        Assert.Contains("holidays", output);
        Assert.Contains("lunar", output);
        Assert.Contains("Lịch làm việc và lịch âm Việt Nam", output);
        Assert.DoesNotContain("Usage:", output);
    }

    // ---- Tenants ------------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Tenants_lists_the_province_and_its_commune_with_their_kinds()
    {
        var (code, output) = await db.RunAsync("tenants");
        Assert.Equal(0, code);
        Assert.Matches(@"TP\s+tỉnh/thành\s+Thành phố Thử Nghiệm", output);
        Assert.Matches(@"TP-THUNGHIEM\s+xã/phường\s+Phường Thử Nghiệm", output);
    }

    [Theory]
    [InlineData(new[] { "tenants", "add", "TP-MOI", "Xã Mới" }, 2, "Xã/phường cần --parent là mã một tỉnh đã có.")]
    [InlineData(new[] { "tenants", "add", "TP-MOI", "Xã Mới", "--parent", "XX" }, 2, "(không tìm thấy tỉnh XX)")]
    [InlineData(new[] { "tenants", "add", "TP-MOI", "Xã Mới", "--parent", "TP-THUNGHIEM" }, 2, "(không tìm thấy tỉnh TP-THUNGHIEM)")]
    [InlineData(new[] { "tenants", "add", "TP-MOI", "Xã Mới", "--kind", "Village", "--parent", "TP" }, 2, "--kind phải là Province hoặc Commune.")]
    [InlineData(new[] { "tenants", "add", "tp-thunghiem", "Phường Khác", "--parent", "TP" }, 1, "Mã TP-THUNGHIEM đã có trong danh mục.")]
    public async Task A_tenant_that_cannot_be_registered_is_refused_and_nothing_is_added(string[] args, int expected, string message)
    {
        var before = await db.RunAsync("tenants");
        var (code, output) = await db.RunAsync(args);
        Assert.Equal(expected, code);
        Assert.Contains(message, output);
        Assert.Equal(before, await db.RunAsync("tenants"));
    }

    // ---- Indicators ---------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("01/01/2026", "2026-06-30")]
    [InlineData("2026-01-01", "2026-06-31")]
    public async Task Indicators_refuse_a_date_not_written_yyyy_mm_dd(string from, string to)
    {
        var (code, output) = await db.RunAsync("indicators", "--commune", CliDatabase.Commune, "--from", from, "--to", to);
        Assert.Equal(2, code);
        Assert.Contains("--from và --to phải có dạng yyyy-mm-dd, ví dụ 2026-01-01.", output);
    }

    [Theory]
    [InlineData("KHONG-CO")]
    [InlineData(CliDatabase.Province)]
    public async Task Indicators_of_something_that_is_not_a_commune_are_refused(string code)
    {
        var (exit, output) = await db.RunAsync("indicators", "--commune", code, "--from", "2026-01-01", "--to", "2026-06-30");
        Assert.Equal(2, exit);
        Assert.Contains($"Không có xã/phường mã {code}. Xem danh sách bằng lệnh: tenants", output);
    }

    [Fact]
    public async Task Indicators_of_a_commune_without_dossiers_show_every_indicator_without_data_and_a_total()
    {
        // The generated demo dossiers start in 2024: the second half of 2023 stays empty whatever runs first.
        var (code, output) = await db.RunAsync("indicators", "--commune", CliDatabase.Commune, "--from", "2023-07-01", "--to", "2023-12-31");
        Assert.Equal(0, code);
        Assert.Contains("Bộ chỉ số 766, 01/07/2023 – 31/12/2023", output);
        Assert.Contains("Tổng:", output);
        Assert.Contains("Nhóm", output);
        Assert.Contains("  2.2 ", output);

        var (jsonCode, json) = await db.RunAsync("indicators", "--commune", CliDatabase.Commune, "--from", "2023-07-01", "--to", "2023-12-31", "--json");
        Assert.Equal(0, jsonCode);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }

    [Fact]
    public async Task Indicators_follow_the_dossiers_generated_for_the_commune()
    {
        string[] firstHalf2025 = ["indicators", "--commune", CliDatabase.Commune, "--from", "2025-01-01", "--to", "2025-06-30"];
        var (_, before) = await db.RunAsync(firstHalf2025);
        Assert.Equal(2, (await db.RunAsync("dossiers", "generate", "--commune", CliDatabase.Commune, "--count", "0")).Code);
        var (generated, message) = await db.RunAsync("dossiers", "generate", "--commune", CliDatabase.Commune, "--count", "200", "--seed", "42");
        Assert.Equal(0, generated);
        Assert.Contains($"Đã tạo 200 hồ sơ cho {CliDatabase.Commune}", message);
        var (_, again) = await db.RunAsync("dossiers", "generate", "--commune", CliDatabase.Commune, "--count", "5", "--seed", "42");
        Assert.Contains("Đã có hồ sơ minh họa với hạt giống 42; hãy dùng --seed khác.", again);

        var (_, after) = await db.RunAsync(firstHalf2025);
        Assert.NotEqual(before, after);
        // Before: no dossier in the window. After: the on-time rate is printed with its counts, in Vietnamese number format.
        Assert.Contains("2.1  Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn: không có dữ liệu", before);
        var onTime = System.Text.RegularExpressions.Regex.Match(after, @"2\.1  Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn: (\d+),(\d\d)% \((\d+)/(\d+)\); điểm (\d+),\d\d/20");
        Assert.True(onTime.Success, after);
        var (numerator, denominator) = (int.Parse(onTime.Groups[3].Value, CultureInfo.InvariantCulture), int.Parse(onTime.Groups[4].Value, CultureInfo.InvariantCulture));
        Assert.InRange(numerator, 1, denominator);
        Assert.Equal(Math.Round(100m * numerator / denominator, 2), decimal.Parse($"{onTime.Groups[1].Value}.{onTime.Groups[2].Value}", CultureInfo.InvariantCulture));
        Assert.DoesNotContain("Tổng: 0,00/100 điểm", after);
    }

    // ---- Working-day calendar of the province -------------------------------------------------------------------------

    [Fact]
    public async Task A_province_correction_is_set_then_removed_once()
    {
        // Saturday 10/10/2026 worked in exchange for a day off: set, then removed, then there is nothing left to remove.
        var (set, setOutput) = await db.RunAsync("calendar", "set", "2026-10-10", "--province", CliDatabase.Province,
            "--kind", "MakeUpWorkingDay", "--name", "Làm bù cho ngày nghỉ hoán đổi", "--source", "1/TB-UBND");
        Assert.True(set == 0, setOutput);
        Assert.Contains("Đã lưu ngày 10/10/2026", setOutput);

        var (removed, removedOutput) = await db.RunAsync("calendar", "remove", "2026-10-10", "--province", CliDatabase.Province);
        Assert.Equal(0, removed);
        Assert.Contains("Đã bỏ điều chỉnh ngày 10/10/2026.", removedOutput);

        var (again, againOutput) = await db.RunAsync("calendar", "remove", "2026-10-10", "--province", CliDatabase.Province);
        Assert.Equal(1, again);
        Assert.Contains("Tỉnh không có điều chỉnh nào ngày 10/10/2026.", againOutput);
    }

    [Theory]
    [InlineData("10/10/2026", CliDatabase.Province, "Ngày phải có dạng yyyy-mm-dd, ví dụ 2026-03-05.")]
    [InlineData("2026-10-10", CliDatabase.Commune, "Không có tỉnh/thành phố mã TP-THUNGHIEM.")]
    [InlineData("2026-10-10", "XX", "Không có tỉnh/thành phố mã XX.")]
    public async Task A_correction_with_a_wrong_date_or_province_is_refused(string date, string province, string message)
    {
        var (set, setOutput) = await db.RunAsync("calendar", "set", date, "--province", province, "--kind", "StatutoryHoliday", "--name", "Nghỉ");
        Assert.Equal(2, set);
        Assert.Contains(message, setOutput);
        var (removed, removedOutput) = await db.RunAsync("calendar", "remove", date, "--province", province);
        Assert.Equal(2, removed);
        Assert.Contains(message, removedOutput);
    }

    [Fact]
    public async Task A_correction_the_calendar_service_refuses_is_explained()
    {
        // A Sunday made a working day without a reason: the service's own refusal reaches the terminal.
        var (code, output) = await db.RunAsync("calendar", "set", "2026-10-11", "--province", CliDatabase.Province, "--kind", "MakeUpWorkingDay", "--name", " ");
        Assert.Equal(1, code);
        Assert.Contains("Hãy ghi lý do (tối đa 200 ký tự)", output);
        Assert.DoesNotContain("Đã lưu", output);
    }

    // ---- Periodic report ----------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("quý 3", "bao-cao.docx", "Kỳ báo cáo \"quý 3\" không hợp lệ: dùng dạng 2026-Q1, 2026-Q3, 2026-H1 hoặc 2026.")]
    [InlineData("2026-Q5", "bao-cao.docx", "Quý phải là 1 hoặc 3 (quý II thuộc báo cáo 6 tháng, quý IV thuộc báo cáo năm).")]
    [InlineData("2026-Q2", "bao-cao.docx", "Quý II năm 2026 được báo cáo trong báo cáo 6 tháng (2026-H1).")]
    [InlineData("1999", "bao-cao.docx", "Năm 1999 của kỳ báo cáo phải từ 2000 đến 2100.")]
    [InlineData("2026-H2", "bao-cao.docx", "6 tháng cuối năm 2026 được báo cáo trong báo cáo năm (2026).")]
    [InlineData("2026-Q3", "bao-cao.pdf", "--out phải là tệp .docx hoặc .xlsx, không phải \"bao-cao.pdf\".")]
    public async Task A_report_with_a_wrong_period_or_file_type_is_refused_before_anything_is_written(string period, string name, string message)
    {
        var path = Temp(name);
        var (code, output) = await db.RunAsync("reports", "draft", "--commune", CliDatabase.Commune, "--period", period, "--out", path);
        Assert.Equal(2, code);
        Assert.Contains(message, output);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_quarterly_report_is_drafted_into_a_word_file_and_redrafted_on_the_second_run()
    {
        var path = Temp("bao-cao-quy-3.docx");
        var (code, output) = await db.RunAsync("reports", "draft", "--commune", CliDatabase.Commune, "--period", "2026-Q3", "--out", path);
        Assert.True(code == 0, output);
        Assert.Contains("số liệu từ", output);
        Assert.Contains($"Đã ghi {path}", output);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, false))
        {
            Assert.Contains("Phường Thử Nghiệm".ToUpper(CultureInfo.GetCultureInfo("vi-VN")), word.MainDocumentPart!.Document!.InnerText.ToUpper(CultureInfo.GetCultureInfo("vi-VN")));
        }

        var sheet = Temp("bieu.xlsx");
        var (again, againOutput) = await db.RunAsync("reports", "draft", "--commune", CliDatabase.Commune, "--period", "2026-Q3", "--out", sheet);
        Assert.True(again == 0, againOutput);
        Assert.True(new FileInfo(sheet).Length > 0);
    }

    // ---- Files that are not there, and the audit chain ------------------------------------------------------------------

    [Theory]
    [InlineData("dossiers", "import")]
    [InlineData("procedures", "import")]
    [InlineData("plan", "import")]
    public async Task An_import_of_a_missing_file_names_it(string group, string command)
    {
        var path = Temp("khong-co.csv");
        var (code, output) = await db.RunAsync(group, command, path, "--commune", CliDatabase.Commune);
        Assert.Equal(2, code);
        Assert.Contains($"Không tìm thấy tệp {path}.", output);
    }

    [Fact]
    public async Task A_plan_import_into_an_unknown_commune_is_refused_before_reading_the_file()
    {
        var path = Temp("phu-luc.txt");
        await File.WriteAllTextAsync(path, "STT\tNội dung\n1\tRà soát thủ tục\n");
        var (code, output) = await db.RunAsync("plan", "import", path, "--commune", "KHONG-CO", "--year", "2026");
        Assert.Equal(2, code);
        Assert.Contains("Không có xã/phường mã KHONG-CO.", output);
    }

    [Fact]
    public async Task An_export_whose_period_ends_before_it_starts_is_refused_and_writes_no_file()
    {
        var path = Temp("hoso.json");
        var (code, output) = await db.RunAsync("dossiers", "export", "--commune", CliDatabase.Commune, "--from", "2026-06-30", "--to", "2026-01-01", path);
        Assert.Equal(2, code);
        Assert.Contains("'Đến ngày' phải từ 'Từ ngày' trở đi.", output);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Restoring_a_backup_that_is_not_there_is_refused()
    {
        var path = Temp("khong-co.zip");
        var (code, output) = await db.RunAsync("restore", path);
        Assert.Equal(2, code);
        Assert.Contains($"Không tìm thấy tệp {path}.", output);
    }

    [Fact]
    public async Task The_audit_chain_of_the_commune_verifies_and_an_unknown_commune_is_named()
    {
        var (code, output) = await db.RunAsync("audit", "verify", "--commune", CliDatabase.Commune);
        Assert.Equal(0, code);
        Assert.Contains("KẾT QUẢ: mọi chuỗi nguyên vẹn.", output);
        Assert.Contains(CliDatabase.Commune, output);

        var (unknown, unknownOutput) = await db.RunAsync("audit", "verify", "--commune", "KHONG-CO");
        Assert.Equal(2, unknown);
        Assert.Contains("Không có xã/phường mã KHONG-CO.", unknownOutput);
    }

    [Fact]
    public async Task Anonymising_feedback_of_a_new_commune_reports_none()
    {
        var (code, output) = await db.RunAsync("feedback", "anonymise", "--commune", CliDatabase.Commune);
        Assert.Equal(0, code);
        Assert.Contains("Đã ẩn danh 0 phản ánh", output);

        var (unknown, unknownOutput) = await db.RunAsync("feedback", "anonymise", "--commune", "KHONG-CO");
        Assert.Equal(2, unknown);
        Assert.Contains("Không có xã/phường mã KHONG-CO.", unknownOutput);
    }
}
