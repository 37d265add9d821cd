using ReformDesk.Core.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Core.Plans.Scheduling;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Plans;

/// <summary>Upload or paste → preview with every problem by row → save all-or-nothing.</summary>
[RefuseReadOnlyTenant]
[Authorize(Policy = Policies.PlanManage)]
[UploadLimit(UploadForm.PlanAppendix)]
public sealed class ImportModel(PlanImportService importer, UploadGuard guard, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public int StartYear { get; set; }

    [BindProperty]
    public int EndYear { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    /// <summary>The source, base64, carried from preview to save so the saved plan is exactly what was previewed.</summary>
    [BindProperty]
    public string? Payload { get; set; }

    /// <summary>The table pasted instead of a file; a refused preview shows it again.</summary>
    [BindProperty]
    public string? Pasted { get; set; }

    public ImportPreview? Preview { get; private set; }

    [TempData(Key = UploadLimitAttribute.ErrorKey)]
    public string? TooLarge { get; set; }

    public IActionResult OnGet()
    {
        if (TooLarge is not null)
        {
            ModelState.AddModelError("Upload", TooLarge);
        }

        StartYear = EndYear = VietnamTime.Year(clock);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? upload, CancellationToken ct)
    {
        UploadCheck check;
        if (upload is { Length: > 0 })
        {
            check = await guard.CheckAsync(upload, UploadForm.PlanAppendix, ct);
            FileName = UploadFileName.Of(upload.FileName);
        }
        else
        {
            check = guard.Check(System.Text.Encoding.UTF8.GetBytes(Pasted ?? ""), null, UploadForm.PlanAppendix);
            FileName = null;
        }

        if (check.Upload is not { } file)
        {
            ModelState.AddModelError("Upload", check.Error!);
            return Page();
        }

        Payload = Convert.ToBase64String(file.Content);
        return await PreviewOrErrorAsync(file, ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var check = guard.CheckPayload(Payload, FileName, UploadForm.PlanAppendix);
        if (check.Upload is not { } content)
        {
            ModelState.AddModelError(nameof(Payload), check.Error!);
            Payload = null;
            return Page();
        }

        var table = PlanImportService.Read(content);
        var result = await importer.SaveAsync(new PlanHeader(Title, Number, StartYear, EndYear, SourceDocument: FileName), table, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, prefix: null);
            return await PreviewOrErrorAsync(content, ct);
        }

        return Redirect($"/Plans/Detail/{result.Value!.Id}");
    }

    private async Task<IActionResult> PreviewOrErrorAsync(SafeUpload content, CancellationToken ct)
    {
        var headerErrors = PlanImportService.ValidateHeader(new PlanHeader(Title, Number, StartYear, EndYear));
        if (headerErrors.Count > 0)
        {
            foreach (var (field, message) in headerErrors)
            {
                ModelState.AddModelError(field, message);
            }

            return Page();
        }

        Preview = await importer.PreviewAsync(PlanImportService.Read(content), StartYear, ct);
        return Page();
    }

    public static string UnitText(UnitResolution unit) => unit.Kind switch
    {
        UnitMatchKind.Exact => unit.MatchedName!,
        UnitMatchKind.Fuzzy => $"{unit.MatchedName} (khớp gần đúng với \"{unit.NameInDocument}\")",
        UnitMatchKind.Collective => $"{unit.NameInDocument} (nhóm: {unit.MatchedName})",
        UnitMatchKind.Fragment => $"{unit.NameInDocument} (bỏ qua: không phải tên đơn vị)",
        _ => $"{unit.NameInDocument} (mới)",
    };

    public static string ScheduleKindText(Schedule schedule) => ScheduleKinds.Text(schedule);
}
