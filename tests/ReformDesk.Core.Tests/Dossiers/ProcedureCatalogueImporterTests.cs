using System.Text;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Core.Tests.Uploads;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// The procedure catalogue importer on SQLite with CSV lists: headers by any synonym, new codes added and known codes updated in
/// place, all-or-nothing on a row error, a preview that writes nothing, fatal refusals, and the edit of one procedure.
/// </summary>
public sealed class ProcedureCatalogueImporterTests() : DossierCommuneTest(new(2026, 3, 11, 10, 0, 0, TimeSpan.FromHours(7)))
{
    private const string Header = "MÃ TTHC,Tên TTHC,Lĩnh vực,Thời hạn,Lệ phí,Toàn trình";

    private const string Birth3Days = "1.001193,Đăng ký khai sinh,Hộ tịch,03 ngày làm việc,,Không";

    private const string Copies = "2.000908,Chứng thực bản sao từ bản chính,Chứng thực,Trong ngày,2.000 đồng/bản,Có";

    private const string Marriage = "1.000894,Đăng ký kết hôn,Hộ tịch,Trong 04 giờ làm việc,Miễn phí,x";

    private static SafeUpload Csv(string header, params string[] rows) =>
        TestUploads.Safe(Encoding.UTF8.GetBytes(string.Join("\n", [header, .. rows]) + "\n"), "danh-muc.csv", UploadForm.ProcedureCatalogue);

    private ProcedureCatalogueImporter Importer() => new(Commune.Open());

    private async Task<Dictionary<string, Procedure>> CatalogueAsync()
    {
        await using var db = Commune.Open();
        return await db.Procedures.AsNoTracking().ToDictionaryAsync(p => p.Code);
    }

    private static (int, int, int, int, bool) Counts(ProcedureImportResult r) => (r.Total, r.Added, r.Updated, r.Unchanged, r.Saved);

    [Fact]
    public async Task New_codes_are_added_and_known_codes_updated_in_place()
    {
        var first = await Importer().ImportAsync(Csv(Header, Birth3Days, Copies, "", Marriage));

        Assert.Equal((3, 2, 0, 1, true), Counts(first));
        Assert.Empty(first.Problems);
        var catalogue = await CatalogueAsync();
        var copies = catalogue["2.000908"];
        Assert.Equal(("Chứng thực bản sao từ bản chính", "Chứng thực", true, null, null, 2000m, true),
            (copies.Name, copies.Field, copies.SameDay, copies.ProcessingDays, copies.ProcessingHours, copies.Fee, copies.FullyOnlineAllowed));
        var marriage = catalogue["1.000894"];
        Assert.Equal((false, null, 4, null, true), (marriage.SameDay, marriage.ProcessingDays, marriage.ProcessingHours, marriage.Fee, marriage.FullyOnlineAllowed));

        var second = await Importer().ImportAsync(Csv(Header, "1.001193,Đăng ký khai sinh (lưu động),,05 ngày làm việc,8.000đ,Có", Copies, Marriage));

        Assert.Equal((3, 0, 1, 2, true), Counts(second));
        var birth = (await CatalogueAsync())["1.001193"];
        Assert.Equal((Birth.Id, "Đăng ký khai sinh (lưu động)", null, 5, 8000m, true),
            (birth.Id, birth.Name, birth.Field, birth.ProcessingDays, birth.Fee, birth.FullyOnlineAllowed));
        Assert.Equal(3, (await CatalogueAsync()).Count);
    }

    [Fact]
    public async Task One_bad_row_saves_nothing_and_every_bad_row_is_named()
    {
        var result = await Importer().ImportAsync(Csv(Header,
            Copies,
            ",Thủ tục không mã,,05 ngày,,",
            "1.000894,Đăng ký kết hôn,Hộ tịch,2 tháng,,",
            "1.000656,Đăng ký khai tử,Hộ tịch,05 ngày làm việc,Theo quy định,Hình như",
            "2.000908,Chứng thực chữ ký,Chứng thực,Trong ngày,,"));

        Assert.Equal((5, 1, 0, 0, false), Counts(result));
        Assert.Equal(4, result.ErrorRows);
        Assert.Equal(
        [
            (null, null, "Tệp còn dòng lỗi nên chưa lưu thủ tục nào; hãy sửa các dòng dưới đây rồi nhập lại."),
            (3, "Mã thủ tục", "Dòng 3: 'Mã thủ tục' bị bỏ trống."),
            (4, "Thời hạn giải quyết", "Dòng 4: 'Thời hạn giải quyết' \"2 tháng\": thời hạn tính theo tháng hoặc tuần chưa được hỗ trợ; hãy ghi số ngày làm việc (ví dụ \"05 ngày làm việc\"), số giờ làm việc hoặc \"Trong ngày\"."),
            (5, "Phí, lệ phí", "Dòng 5: 'Phí, lệ phí' không tìm thấy số tiền trong \"Theo quy định\"; hãy ghi ví dụ \"10.000 đồng/bản\", \"50.000đ\" hoặc \"Không\"."),
            (5, "Trực tuyến toàn trình", "Dòng 5: 'Trực tuyến toàn trình' không hiểu \"Hình như\"; hãy ghi \"Có\", \"x\" hoặc \"Không\"."),
            (6, "Mã thủ tục", "Dòng 6: mã thủ tục '2.000908' trùng với dòng 2."),
        ], result.Problems.Select(p => (p.Row, p.Field, p.Message)));
        Assert.Equal(["1.001193"], (await CatalogueAsync()).Keys);
    }

    [Fact]
    public async Task A_preview_counts_what_an_import_would_do_and_writes_nothing()
    {
        var preview = await Importer().PreviewAsync(Csv(Header, "1.001193,Đăng ký khai sinh,Hộ tịch,Không quá 10 ngày,,", Copies));

        Assert.Equal((2, 1, 1, 0, false), Counts(preview));
        Assert.False(preview.HasErrors);
        var catalogue = await CatalogueAsync();
        Assert.Equal((1, 3), (catalogue.Count, catalogue["1.001193"].ProcessingDays));
    }

    [Fact]
    public async Task A_list_without_the_required_columns_or_rows_is_refused_whole()
    {
        var missing = await Importer().ImportAsync(Csv("Mã số,Phí,Tên thủ tục hành chính", "1.001193,,Đăng ký khai sinh"));
        Assert.Equal(("Thiếu cột bắt buộc: 'Thời hạn giải quyết'.", false, true), (missing.Fatal, missing.Succeeded, missing.HasErrors));

        var none = await Importer().ImportAsync(Csv("Mã thủ tục,Tên thủ tục,Thời gian giải quyết", ",,", " , , "));
        Assert.Equal(("Tệp không có dòng thủ tục nào.", 0), (none.Fatal, none.Total));
        Assert.Equal("Thiếu cột bắt buộc: 'Mã thủ tục', 'Tên thủ tục', 'Thời hạn giải quyết'.", (await Importer().ImportAsync(Csv("Ghi chú", "x"))).Fatal);
    }

    [Fact]
    public async Task An_edit_of_one_procedure_parses_its_texts_as_the_import_does()
    {
        async Task<(string, string)> Refused(Guid id, ProcedureInput input)
        {
            var result = await Importer().UpdateAsync(id, input);
            Assert.Equal(FailureKind.Invalid, result.Failure);
            var (field, message) = Assert.Single(result.Errors);
            return (field, message);
        }

        var good = new ProcedureInput(" Đăng ký khai sinh cho trẻ em ", "  ", "Trong 08 giờ làm việc", "Lệ phí: 8.000 đồng", true);
        Assert.Equal(("Id", "Không tìm thấy thủ tục."), await Refused(Guid.NewGuid(), good));
        Assert.Equal(("Name", "'Tên thủ tục' không được để trống (tối đa 500 ký tự)."), await Refused(Birth.Id, good with { Name = new string('Đ', 501) }));
        Assert.Equal(("Field", "'Lĩnh vực' tối đa 200 ký tự."), await Refused(Birth.Id, good with { Field = new string('ư', 201) }));
        Assert.Equal(("ProcessingTime", "'Thời hạn giải quyết' số giờ \"0\" không hợp lệ (1–96)."), await Refused(Birth.Id, good with { ProcessingTime = "0 giờ" }));
        Assert.Equal(("Fee", "'Phí, lệ phí' không tìm thấy số tiền trong \"Có thu\"; hãy ghi ví dụ \"10.000 đồng/bản\", \"50.000đ\" hoặc \"Không\"."),
            await Refused(Birth.Id, good with { Fee = "Có thu" }));
        Assert.Equal(3, (await CatalogueAsync())["1.001193"].ProcessingDays);

        var edited = await Importer().UpdateAsync(Birth.Id, good);

        Assert.True(edited.Succeeded, edited.Message);
        var birth = await Importer().FindAsync(Birth.Id);
        Assert.Equal(("1.001193", "Đăng ký khai sinh cho trẻ em", null, false, null, 8, 8000m, true),
            (birth!.Code, birth.Name, birth.Field, birth.SameDay, birth.ProcessingDays, birth.ProcessingHours, birth.Fee, birth.FullyOnlineAllowed));
    }

    public static TheoryData<string, string, string> BadRows() => new()
    {
        { new string('9', 61) + ",Đăng ký khai tử,Hộ tịch,05 ngày làm việc,,", "Mã thủ tục", "Dòng 2: 'Mã thủ tục' dài quá 60 ký tự." },
        { "1.000656,,Hộ tịch,05 ngày làm việc,,", "Tên thủ tục", "Dòng 2: 'Tên thủ tục' bị bỏ trống." },
        { "1.000656," + new string('Đ', 501) + ",Hộ tịch,05 ngày làm việc,,", "Tên thủ tục", "Dòng 2: 'Tên thủ tục' dài quá 500 ký tự." },
        { "1.000656,Đăng ký khai tử," + new string('H', 201) + ",05 ngày làm việc,,", "Lĩnh vực", "Dòng 2: 'Lĩnh vực' dài quá 200 ký tự." },
        { "1.000656,Đăng ký khai tử,Hộ tịch,,,", "Thời hạn giải quyết", "Dòng 2: 'Thời hạn giải quyết' bị bỏ trống." },
        { "1.000656,Đăng ký khai tử,Hộ tịch,400 ngày,,", "Thời hạn giải quyết", "Dòng 2: 'Thời hạn giải quyết' số ngày \"400\" không hợp lệ (0–365)." },
        { "1.000656,Đăng ký khai tử,Hộ tịch,Trong 97 giờ,,", "Thời hạn giải quyết", "Dòng 2: 'Thời hạn giải quyết' số giờ \"97\" không hợp lệ (1–96)." },
        { "1.000656,Đăng ký khai tử,Hộ tịch,Sớm nhất có thể,,", "Thời hạn giải quyết",
            "Dòng 2: 'Thời hạn giải quyết' không hiểu \"Sớm nhất có thể\"; hãy ghi ví dụ \"05 ngày làm việc\", \"Trong 04 giờ làm việc\" hoặc \"Trong ngày\"." },
        { "1.000656,Đăng ký khai tử,Hộ tịch,05 ngày làm việc,\"1.000.000.000.000.000 đồng\",", "Phí, lệ phí", "Dòng 2: 'Phí, lệ phí' số tiền \"1.000.000.000.000.000\" quá lớn." },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_bad_row_is_named_by_line_and_column_and_the_good_row_beside_it_is_not_saved_either(string row, string column, string message)
    {
        var result = await Importer().ImportAsync(Csv(Header, row, Copies));

        Assert.Equal((2, 1, 0, 0, false, 1), (result.Total, result.Added, result.Updated, result.Unchanged, result.Saved, result.ErrorRows));
        Assert.Equal(
            [(null, null, "Tệp còn dòng lỗi nên chưa lưu thủ tục nào; hãy sửa các dòng dưới đây rồi nhập lại."), (2, column, message)],
            result.Problems.Select(p => (p.Row, p.Field, p.Message)));
        Assert.Equal(["1.001193"], (await CatalogueAsync()).Keys);
    }

    [Fact]
    public async Task A_preview_of_a_list_with_errors_names_them_without_the_not_saved_notice()
    {
        var preview = await Importer().PreviewAsync(Csv(Header, Copies, ",Không mã,,05 ngày,,"));

        Assert.Equal((2, 1, false, true), (preview.Total, preview.Added, preview.Saved, preview.HasErrors));
        Assert.Equal([(3, "Dòng 3: 'Mã thủ tục' bị bỏ trống.")], preview.Problems.Select(p => (p.Row!.Value, p.Message)));
    }

    [Fact]
    public async Task A_known_code_listed_again_with_the_same_values_is_unchanged_and_writes_nothing()
    {
        await Importer().ImportAsync(Csv(Header, Birth3Days, Marriage));
        var before = await CatalogueAsync();

        var again = await Importer().ImportAsync(Csv("Mã số,Tên thủ tục hành chính,Lĩnh vực,Thời gian giải quyết,Phí/lệ phí,DVC trực tuyến toàn trình",
            "1.001193,Đăng ký khai sinh,Hộ tịch,3 ngày,Không thu,Không", "1.000894,Đăng ký kết hôn,Hộ tịch,04 giờ làm việc,0 đồng,Có"));

        Assert.Equal((2, 0, 0, 2, true), Counts(again));
        var after = await CatalogueAsync();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.Equal(((decimal?)null, 4, true), (after["1.000894"].Fee, after["1.000894"].ProcessingHours!.Value, after["1.000894"].FullyOnlineAllowed));
    }

    [Fact]
    public async Task A_procedure_whose_time_changes_from_days_to_hours_or_same_day_drops_the_old_time()
    {
        Assert.True((await Importer().ImportAsync(Csv(Header, "1.001193,Đăng ký khai sinh,Hộ tịch,Trong 08 giờ làm việc,,"))).Saved);
        var hours = (await CatalogueAsync())["1.001193"];
        Assert.Equal(((int?)null, (int?)8, false), (hours.ProcessingDays, hours.ProcessingHours, hours.SameDay));

        Assert.True((await Importer().ImportAsync(Csv(Header, "1.001193,Đăng ký khai sinh,Hộ tịch,Trong ngày,,"))).Saved);
        var sameDay = (await CatalogueAsync())["1.001193"];
        Assert.Equal(((int?)null, (int?)null, true, ProcessingTimeKind.SameDay), (sameDay.ProcessingDays, sameDay.ProcessingHours, sameDay.SameDay, sameDay.ProcessingTime.Kind));
        Assert.Equal(Birth.Id, sameDay.Id);
    }

    [Fact]
    public async Task A_list_longer_than_the_limit_is_refused_whole_before_anything_is_saved()
    {
        var rows = Enumerable.Range(1, ProcedureCatalogueImporter.MaxProcedures + 1).Select(i => $"9.{i:000000},Thủ tục {i},,05 ngày làm việc,,").ToArray();

        var result = await Importer().ImportAsync(Csv(Header, rows));

        Assert.Equal(("Danh mục có hơn 20.000 thủ tục (giới hạn); hãy kiểm tra lại tệp.", false), (result.Fatal, result.Saved));
        Assert.Single(await CatalogueAsync());
    }
}
