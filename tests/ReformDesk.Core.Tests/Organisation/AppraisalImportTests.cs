using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MiniExcelLibs;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.ParIndex;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.Tests.Organisation;

/// <summary>
/// A year's appraisal results read from the "Đánh giá" workbook through the real upload guard into a SQLite commune
/// (today 20/09/2026): every row checked first, each bad row named with its row and column, nothing stored unless all are good.
/// </summary>
public sealed class AppraisalImportTests : OrgBuilder
{
    private static readonly Actor Secretariat = new(Guid.NewGuid(), "Bộ phận tham mưu", [Roles.ReformSecretariat], null, false);
    private static readonly UploadGuard Guard = new(Options.Create(new UploadOptions()));
    private const string Office = "Văn phòng HĐND và UBND";

    private Unit office = null!;
    private Unit economy = null!;
    private Guid binh;

    private async Task SeedAsync()
    {
        office = await Commune.UnitAsync(Office);
        economy = await Commune.UnitAsync("Phòng Kinh tế");
        binh = (await PostAsync("Trần Thị Bình", "Chuyên viên", office, 2020)).PersonId;
    }

    /// <summary>A row as a person types it: loại, tên, đơn vị, kết quả, số, ngày.</summary>
    private static object[] Row(string kind, string name, string unit = "", string result = "Hoàn thành tốt nhiệm vụ",
        string number = "15/QĐ-UBND", object? date = null) => [kind, name, unit, result, number, date ?? "20/12/2025"];

    private static byte[] Workbook(IEnumerable<object[]> rows, string sheet = AppraisalImport.Sheet, string[]? headers = null)
    {
        var header = headers ?? AppraisalImport.Headers;
        var table = rows.Select(r => header.Select((h, i) => (h, v: r[i])).ToDictionary(x => x.h, x => x.v)).ToList();
        if (table.Count == 0) table.Add(header.ToDictionary(h => h, _ => (object)""));
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { [sheet] = table });
        return stream.ToArray();
    }

    private async Task<AppraisalImportResult> ImportAsync(byte[] content, Actor? actor = null, int year = 2025)
    {
        using var upload = Guard.Check(content, "danh-gia.xlsx", UploadForm.AppraisalResults).Upload ?? throw new InvalidOperationException("refused");
        await using var db = Commune.Open();
        return await new AppraisalImport(db, new FactService(db, Commune.Clock)).ImportAsync(actor ?? Secretariat, year, upload);
    }

    private Task<AppraisalImportResult> ImportAsync(params object[][] rows) => ImportAsync(Workbook(rows));

    private async Task<List<Appraisal>> StoredAsync()
    {
        await using var db = Commune.Open();
        return await db.Appraisals.AsNoTracking().OrderBy(a => a.PersonId == null).ToListAsync();
    }

    private static void OneError(AppraisalImportResult result, int? row, string? column, string message)
    {
        Assert.Equal(0, result.Saved);
        Assert.Equal(new ParImportError(AppraisalImport.Sheet, row, column, message), Assert.Single(result.Errors));
    }

    [Fact]
    public async Task A_person_and_a_collective_are_stored_with_their_result_and_decision()
    {
        await SeedAsync();

        var result = await ImportAsync(
            Row("Cá nhân", "Trần Thị Bình", Office, "Hoàn thành xuất sắc nhiệm vụ", " 15/QĐ-UBND ", "20/12/2025"),
            Row("Tập thể", "Phòng Kinh tế", "", "Hoàn thành nhiệm vụ", "16/QĐ-UBND", "05/01/2026"));

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Saved);
        var stored = await StoredAsync();
        Assert.Collection(stored,
            a => Assert.Equal((binh, (Guid?)null, 2025, AppraisalResult.HoanThanhXuatSac, "15/QĐ-UBND", new DateOnly(2025, 12, 20), "Bộ phận tham mưu"),
                (a.PersonId!.Value, a.UnitId, a.Year, a.Classification, a.DecisionNumber, a.DecisionDate, a.RecordedBy)),
            a => Assert.Equal(((Guid?)null, economy.Id, AppraisalResult.HoanThanh, new DateOnly(2026, 1, 5)),
                (a.PersonId, a.UnitId!.Value, a.Classification, a.DecisionDate)));
    }

    [Fact]
    public async Task Names_kinds_and_results_are_matched_without_case_or_diacritics()
    {
        await SeedAsync();

        var result = await ImportAsync(Row("ca nhan", "tran thi binh", "", "hoàn thành tốt nhiệm vụ"), Row("TẬP THỂ", "phong kinh te", "", "Không hoàn thành"));

        Assert.Equal(2, result.Saved);
        Assert.Equal([AppraisalResult.HoanThanhTot, AppraisalResult.KhongHoanThanh], (await StoredAsync()).Select(a => a.Classification));
    }

    [Theory]
    [InlineData("20/12/2025", 2025, 12, 20)]
    [InlineData("5/1/2026", 2026, 1, 5)]
    [InlineData("2026-01-05", 2026, 1, 5)]
    public async Task The_decision_date_is_read_as_typed_in_the_usual_forms(string typed, int y, int m, int d)
    {
        await SeedAsync();

        Assert.Equal(1, (await ImportAsync(Row("Cá nhân", "Trần Thị Bình", date: typed))).Saved);
        Assert.Equal(new DateOnly(y, m, d), Assert.Single(await StoredAsync()).DecisionDate);
    }

    [Fact]
    public async Task A_date_cell_stored_by_Excel_as_its_serial_number_is_read_as_that_day()
    {
        await SeedAsync();

        // 46011 days after 30/12/1899 is 20/12/2025.
        Assert.Equal(1, (await ImportAsync(Row("Cá nhân", "Trần Thị Bình", date: 46011))).Saved);
        Assert.Equal(new DateOnly(2025, 12, 20), Assert.Single(await StoredAsync()).DecisionDate);
    }

    public static TheoryData<object[], string, string> BadRows => new()
    {
        { Row("Nhóm", "Trần Thị Bình"), "A", "Loại phải là “Cá nhân” hoặc “Tập thể”, không phải “Nhóm”." },
        { Row("Cá nhân", "Phạm Văn Dũng"), "B", "Không tìm thấy cán bộ “Phạm Văn Dũng”." },
        { Row("Tập thể", "Phòng Văn hóa"), "B", "Không có tập thể (đơn vị) “Phòng Văn hóa” trong danh sách đơn vị của xã." },
        { Row("Cá nhân", "Trần Thị Bình", "Phòng Nội vụ"), "C", "Không có đơn vị “Phòng Nội vụ” trong danh sách đơn vị của xã." },
        { Row("Cá nhân", "Trần Thị Bình", result: "Khá"), "D", "Kết quả “Khá” không phải một mức: Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ." },
        { Row("Cá nhân", "Trần Thị Bình", number: ""), "E", "Hãy nhập số văn bản quyết định (tối đa 60 ký tự)." },
        { Row("Cá nhân", "Trần Thị Bình", number: new string('9', 61)), "E", "Hãy nhập số văn bản quyết định (tối đa 60 ký tự)." },
        { Row("Cá nhân", "Trần Thị Bình", date: "31/02/2025"), "F", "Ngày quyết định “31/02/2025” không đọc được; ghi theo dạng dd/MM/yyyy." },
        { Row("Cá nhân", "Trần Thị Bình", date: ""), "F", "Hãy nhập ngày của văn bản quyết định." },
        { Row("Cá nhân", "Trần Thị Bình", date: "21/09/2026"), "F", "Ngày của văn bản không được sau hôm nay." },
        { Row("Cá nhân", "Trần Thị Bình", date: "31/12/2024"), "F", "Quyết định phê duyệt kết quả đánh giá năm 2025 phải ban hành trong năm 2025 hoặc năm 2026." },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_bad_row_is_refused_naming_its_row_and_column_and_nothing_is_stored(object[] bad, string column, string message)
    {
        await SeedAsync();

        var result = await ImportAsync(Row("Tập thể", Office), bad);

        OneError(result, 3, column, message);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task Every_bad_row_is_reported_at_once_in_sheet_order()
    {
        await SeedAsync();

        var result = await ImportAsync(Row("Cá nhân", "Ai Đó"), Row("Tập thể", Office), Row("Nhóm", "X"), Row("Cá nhân", "Trần Thị Bình", result: "Tốt"));

        Assert.Equal([(2, "B"), (4, "A"), (5, "D")], result.Errors.Select(e => (e.Row!.Value, e.Column!)));
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task The_same_person_twice_in_a_year_is_refused_pointing_to_the_first_row()
    {
        await SeedAsync();

        var result = await ImportAsync(Row("Cá nhân", "Trần Thị Bình"), Row("Tập thể", Office), Row("Cá nhân", "TRẦN THỊ BÌNH", result: "Hoàn thành nhiệm vụ"));

        OneError(result, 4, "B", "“TRẦN THỊ BÌNH” đã có ở dòng 2; mỗi cá nhân, tập thể chỉ một kết quả trong năm.");
    }

    [Fact]
    public async Task Two_people_of_one_name_need_the_unit_they_served_in_that_year()
    {
        await SeedAsync();
        var other = (await PostAsync("Trần Thị Bình", "Kế toán", economy, 2024)).PersonId;

        OneError(await ImportAsync(Row("Cá nhân", "Trần Thị Bình")), 2, "B", "Có 2 cán bộ tên “Trần Thị Bình”; hãy ghi đúng đơn vị công tác năm 2025.");

        var result = await ImportAsync(Row("Cá nhân", "Trần Thị Bình", "Phòng Kinh tế"));

        Assert.Equal(1, result.Saved);
        var stored = Assert.Single(await StoredAsync());
        Assert.Equal((other, (Guid?)null), (stored.PersonId!.Value, stored.UnitId));
    }

    [Fact]
    public async Task A_unit_served_only_in_another_year_does_not_tell_two_namesakes_apart()
    {
        await SeedAsync();
        await PostAsync("Trần Thị Bình", "Kế toán", economy, 2026);

        OneError(await ImportAsync(Row("Cá nhân", "Trần Thị Bình", "Phòng Kinh tế")), 2, "B",
            "Không tìm thấy cán bộ “Trần Thị Bình”.");
    }

    [Fact]
    public async Task Importing_again_corrects_the_years_result_instead_of_adding_a_second()
    {
        await SeedAsync();
        await ImportAsync(Row("Cá nhân", "Trần Thị Bình", result: "Hoàn thành nhiệm vụ"));

        var again = await ImportAsync(Row("Cá nhân", "Trần Thị Bình", result: "Hoàn thành tốt nhiệm vụ", number: "20/QĐ-UBND", date: "10/01/2026"));

        Assert.Equal(1, again.Saved);
        var stored = Assert.Single(await StoredAsync());
        Assert.Equal((AppraisalResult.HoanThanhTot, "20/QĐ-UBND", new DateOnly(2026, 1, 10)), (stored.Classification, stored.DecisionNumber, stored.DecisionDate));
    }

    [Fact]
    public async Task Someone_who_may_not_edit_facts_is_refused_before_the_file_is_read()
    {
        await SeedAsync();
        var officer = new Actor(Guid.NewGuid(), "Cán bộ", [Roles.Officer], office.Id, false);

        OneError(await ImportAsync(Workbook([Row("Cá nhân", "Trần Thị Bình")]), officer), null, null,
            "Chỉ bộ phận quản lý tổ chức, cán bộ được nhập kết quả đánh giá.");
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task A_workbook_without_the_sheet_is_refused_pointing_to_the_template()
    {
        await SeedAsync();

        OneError(await ImportAsync(Workbook([Row("Cá nhân", "Trần Thị Bình")], sheet: "Sheet1")), null, null,
            "Tệp không có trang tính “Đánh giá” (tải mẫu để xem cách lập).");
    }

    [Fact]
    public async Task Each_missing_header_column_is_named()
    {
        await SeedAsync();
        string[] headers = ["Loại", "Tên", "Đơn vị", "Kết quả", "Số quyết định", "Ngày quyết định"];

        var result = await ImportAsync(Workbook([Row("Cá nhân", "Trần Thị Bình")], headers: headers));

        Assert.Equal(
            ["Thiếu cột “Họ và tên hoặc tên tập thể” ở dòng tiêu đề.", "Thiếu cột “Kết quả đánh giá, xếp loại” ở dòng tiêu đề."],
            result.Errors.Select(e => e.Message));
        Assert.All(result.Errors, e => Assert.Equal(1, e.Row));
    }

    [Fact]
    public async Task A_sheet_with_only_its_header_stores_nothing_and_says_so()
    {
        await SeedAsync();

        OneError(await ImportAsync(Workbook([])), null, null, "Trang tính không có dòng kết quả nào.");
    }

    [Fact]
    public async Task The_template_imports_as_it_is_once_its_example_person_and_unit_exist()
    {
        await SeedAsync();
        await PostAsync("Nguyễn Văn A", "Chánh Văn phòng", office, 2021);

        var result = await ImportAsync(AppraisalImport.Template(2025));

        Assert.Equal(2, result.Saved);
        var stored = await StoredAsync();
        Assert.Equal([AppraisalResult.HoanThanhTot, AppraisalResult.HoanThanhXuatSac], stored.Select(a => a.Classification));
        Assert.Equal(office.Id, stored[1].UnitId);
    }
}
