using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.ParIndex;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Web.Features.Emulation;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Organisation;

/// <summary>A year's appraisal results from one workbook, through the upload guard; all rows or none, errors by sheet, row and column.</summary>
[UploadLimit(UploadForm.AppraisalResults)]
public sealed class AppraisalImportModel(AppraisalImport importer, FactService facts, RequestTenant tenant, UploadGuard guard) : PageModel
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<ParImportError> Problems { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (!FactService.CanEdit(EmulationWeb.ActorOf(User, tenant)))
        {
            return Forbid();
        }

        Year ??= facts.Today.Year - (facts.Today.Month < 7 ? 1 : 0);
        if (TempData[UploadLimitAttribute.ErrorKey] is string tooLarge)
        {
            ModelState.AddModelError(nameof(Upload), tooLarge);
        }

        return Page();
    }

    public IActionResult OnGetTemplate()
    {
        var year = Year ?? facts.Today.Year;
        return File(AppraisalImport.Template(year), XlsxType, $"mau-ket-qua-danh-gia-{year}.xlsx");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = EmulationWeb.ActorOf(User, tenant);
        if (!FactService.CanEdit(actor))
        {
            return Forbid();
        }

        if (Year is not { } year)
        {
            ModelState.AddModelError(nameof(Year), "Hãy nhập năm đánh giá.");
            return Page();
        }

        var check = await guard.CheckAsync(Upload, UploadForm.AppraisalResults, ct);
        if (!check.Ok)
        {
            ModelState.AddModelError(nameof(Upload), check.Error!);
            return Page();
        }

        using var upload = check.Upload!;
        var result = await importer.ImportAsync(actor, year, upload, ct);
        if (!result.Succeeded)
        {
            Problems = result.Errors;
            ModelState.AddModelError(nameof(Upload), $"Chưa lưu kết quả nào: tệp có {result.Errors.Count} lỗi, xem danh sách dưới đây.");
            return Page();
        }

        Notice = $"Đã ghi {result.Saved} kết quả đánh giá, xếp loại năm {year}.";
        return Redirect($"/Organisation/AppraisalImport?year={year}");
    }

    public static string Where(ParImportError e) =>
        $"Trang “{e.Sheet}”{(e.Row is { } r ? $", dòng {r}" : "")}{(e.Column is { } c ? $", cột {c}" : "")}: ";
}
