using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Plans.Scheduling;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Plans;

/// <summary>Upload or paste → preview with every problem by row → save all-or-nothing.</summary>
[Authorize(Policy = Policies.PlanManage)]
[RequestFormLimits(ValueLengthLimit = 32 * 1024 * 1024, MultipartBodyLengthLimit = 32 * 1024 * 1024)]
[RequestSizeLimit(32 * 1024 * 1024)]
public sealed class ImportModel(PlanImportService importer, RequestTenant tenant, TimeProvider clock) : PageModel
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

    public ImportPreview? Preview { get; private set; }
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public IActionResult OnGet()
    {
        if (tenant.ReadOnly)
        {
            return Forbid();
        }

        StartYear = EndYear = clock.GetLocalNow().Year;
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? upload, string? pasted, CancellationToken ct)
    {
        if (tenant.ReadOnly)
        {
            return Forbid();
        }

        byte[] content;
        if (upload is { Length: > 0 })
        {
            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
            FileName = upload.FileName;
        }
        else
        {
            content = System.Text.Encoding.UTF8.GetBytes(pasted ?? "");
            FileName = null;
        }

        Payload = Convert.ToBase64String(content);
        return await PreviewOrErrorAsync(content, ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (tenant.ReadOnly)
        {
            return Forbid();
        }

        byte[] content;
        try
        {
            content = Convert.FromBase64String(Payload ?? "");
        }
        catch (FormatException)
        {
            Errors = new Dictionary<string, string> { ["Payload"] = "Dữ liệu xem trước bị hỏng; hãy tải tệp lên lại." };
            return Page();
        }

        var table = PlanImportService.Read(PlanImportService.FormatOf(FileName), content);
        var result = await importer.SaveAsync(new PlanHeader(Title, Number, StartYear, EndYear, SourceDocument: FileName), table, ct);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            return await PreviewOrErrorAsync(content, ct);
        }

        return Redirect($"/Plans/Detail/{result.Value!.Id}");
    }

    private async Task<IActionResult> PreviewOrErrorAsync(byte[] content, CancellationToken ct)
    {
        var headerErrors = PlanImportService.ValidateHeader(new PlanHeader(Title, Number, StartYear, EndYear));
        if (headerErrors.Count > 0)
        {
            Errors = headerErrors;
            return Page();
        }

        Preview = await importer.PreviewAsync(PlanImportService.Read(PlanImportService.FormatOf(FileName), content), StartYear, ct);
        return Page();
    }

    public static string UnitText(UnitResolution unit) => unit.Kind switch
    {
        UnitMatchKind.Exact => unit.MatchedName!,
        UnitMatchKind.Fuzzy => $"{unit.MatchedName} (khớp gần đúng với \"{unit.NameInDocument}\")",
        _ => $"{unit.NameInDocument} (mới)",
    };

    public static string ScheduleKindText(Schedule schedule) => ScheduleKinds.Text(schedule);
}
