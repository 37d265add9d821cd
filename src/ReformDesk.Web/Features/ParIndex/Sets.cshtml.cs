using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.ParIndex;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.ParIndex;

/// <summary>
/// The province's criteria sets by year: import from the workbook (all or nothing, errors by sheet, row and column),
/// download the empty template or the sample, and read a year's criteria, bands and blocks.
/// </summary>
[AllowReadOnlyTenant]
[Authorize(Roles = ParIndexSetup.ProvinceRoles)]
[UploadLimit(UploadForm.ParCriteria)]
public sealed class SetsModel(ParIndexService service, RequestTenant tenant, UploadGuard guard) : PageModel
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public string ProvinceName { get; private set; } = "";
    public IReadOnlyList<ParCriteriaSet> Sets { get; private set; } = [];
    public ParCriteriaSet? Set { get; private set; }
    public IReadOnlyList<ParImportError> Problems { get; private set; } = [];

    private Guid provinceId;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (TempData[UploadLimitAttribute.ErrorKey] is string tooLarge) ModelState.AddModelError(nameof(Upload), tooLarge);
        return Page();
    }

    public IActionResult OnGetTemplate()
    {
        var year = Year ?? service.CurrentYear;
        using var stream = new MemoryStream();
        ParWorkbook.WriteTemplate(stream, year);
        return File(stream.ToArray(), XlsxType, $"mau-bo-tieu-chi-chi-so-cchc-{year}.xlsx");
    }

    public IActionResult OnGetSample() =>
        File(ParSample.Workbook(Year ?? service.CurrentYear), XlsxType, $"bo-tieu-chi-minh-hoa-{Year ?? service.CurrentYear}.xlsx");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var actor = User.ToParActor();
        if (!ParIndexPermissions.CanAppraise(actor, provinceId)) return Forbid();
        var check = await guard.CheckAsync(Upload, UploadForm.ParCriteria, ct);
        if (!check.Ok)
        {
            ModelState.AddModelError(nameof(Upload), check.Error!);
            return Page();
        }

        using var upload = check.Upload!;
        var result = await service.ImportSetAsync(actor, provinceId, Year!.Value, upload, ct);
        if (!result.Succeeded)
        {
            Problems = result.Errors;
            ModelState.AddModelError(nameof(Upload), $"Chưa lưu bộ tiêu chí: tệp có {result.Errors.Count} lỗi, xem danh sách dưới đây.");
            return Page();
        }

        Notice = $"Đã nhập bộ tiêu chí năm {Year}: {result.Set!.Leaves.Count()} tiêu chí được chấm điểm, tổng {ParNumbers.Text(result.Set.MaxTotal)} điểm.";
        return Redirect($"/ParIndex/Sets?year={Year}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (ParIndexSetup.Province(User.ToParActor(), tenant) is not { } province) return false;
        provinceId = province;
        ProvinceName = tenant.Registry.First(t => t.Id == province).Name;
        Sets = await service.SetsAsync(province, ct);
        Year ??= Sets.FirstOrDefault()?.Year ?? service.CurrentYear;
        if (Year is < 2020 or > 2100) return false;
        Set = await service.SetAsync(province, Year.Value, ct);
        return true;
    }
}
