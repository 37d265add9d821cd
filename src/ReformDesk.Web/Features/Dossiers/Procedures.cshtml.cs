using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>
/// The commune's procedure catalogue with statutory time, fee and online availability; one-stop staff, the secretariat and
/// the chairman upload an Excel/CSV list (preview with row errors → all-or-nothing save) and edit single procedures.
/// </summary>
[Authorize(Policy = DossiersSetup.ReadPolicy)]
[UploadLimit(UploadForm.ProcedureCatalogue)]
public sealed class ProceduresModel(DossierService dossiers, ProcedureCatalogueImporter importer, UploadGuard guard, IAuthorizationService authorization, RequestTenant tenant) : PageModel
{
    public IReadOnlyList<ProcedureRow> Procedures { get; private set; } = [];

    public bool CanEdit { get; private set; }

    [BindProperty]
    public string? FileName { get; set; }

    /// <summary>The file, base64, carried from preview to import so the saved rows are exactly the previewed ones.</summary>
    [BindProperty]
    public string? Payload { get; set; }

    public ProcedureImportResult? Result { get; private set; }
    public string? Error { get; private set; }

    [TempData(Key = UploadLimitAttribute.ErrorKey)]
    public string? TooLarge { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Error = TooLarge;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? upload, CancellationToken ct)
    {
        if (!await CanEditAsync())
        {
            return Forbid();
        }

        var check = upload is { Length: > 0 } ? await guard.CheckAsync(upload, UploadForm.ProcedureCatalogue, ct) : UploadCheck.Refuse("Hãy chọn tệp danh mục thủ tục (.xlsx hoặc .csv).");
        if (check.Upload is not { } file)
        {
            Error = check.Error;
        }
        else
        {
            FileName = file.FileName;
            Result = await importer.PreviewAsync(file, ct);
            Payload = Result.Succeeded ? Convert.ToBase64String(file.Content) : null;
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        if (!await CanEditAsync())
        {
            return Forbid();
        }

        var check = guard.CheckPayload(Payload, FileName, UploadForm.ProcedureCatalogue);
        if (check.Upload is not { } file)
        {
            Error = check.Error;
            Payload = null;
        }
        else
        {
            Result = await importer.ImportAsync(file, ct);
            Payload = Result.Saved ? null : Payload;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task<bool> CanEditAsync() => !tenant.ReadOnly && (await authorization.AuthorizeAsync(User, DossiersSetup.ImportPolicy)).Succeeded;

    private async Task LoadAsync(CancellationToken ct)
    {
        CanEdit = await CanEditAsync();
        Procedures = await dossiers.ProceduresAsync(ct);
    }

    public static string TimeText(Procedure p) => p.ProcessingHours is { } h ? $"Trong {h:00} giờ làm việc" : p.SameDay ? "Trong ngày" : p.ProcessingDays is { } d ? $"{d} ngày làm việc" : "Chưa xác định";

    public static string FeeText(Procedure p) => p.Fee is { } f and > 0 ? f.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " đồng" : "Không thu";
}
