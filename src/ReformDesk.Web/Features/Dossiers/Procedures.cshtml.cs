using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>
/// The commune's procedure catalogue with statutory time, fee and online availability; one-stop staff, the secretariat and
/// the chairman upload an Excel/CSV list (preview with row errors → all-or-nothing save) and edit single procedures.
/// </summary>
[Authorize(Policy = DossiersSetup.ReadPolicy)]
[RequestFormLimits(ValueLengthLimit = 16 * 1024 * 1024, MultipartBodyLengthLimit = 16 * 1024 * 1024)]
[RequestSizeLimit(16 * 1024 * 1024)]
public sealed class ProceduresModel(DossierService dossiers, ProcedureCatalogueImporter importer, IAuthorizationService authorization, RequestTenant tenant) : PageModel
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

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? upload, CancellationToken ct)
    {
        if (!await CanEditAsync())
        {
            return Forbid();
        }

        if (upload is not { Length: > 0 })
        {
            Error = "Hãy chọn tệp danh mục thủ tục (.xlsx hoặc .csv).";
        }
        else
        {
            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, ct);
            FileName = Path.GetFileName(upload.FileName);
            Payload = Convert.ToBase64String(buffer.ToArray());
            Result = await importer.PreviewAsync(buffer.ToArray(), FileName, ct);
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

        byte[] content = [];
        try
        {
            content = Convert.FromBase64String(Payload ?? "");
        }
        catch (FormatException)
        {
        }

        if (content.Length == 0)
        {
            Error = "Dữ liệu xem trước bị hỏng hoặc trống; hãy tải tệp lên lại.";
        }
        else
        {
            Result = await importer.ImportAsync(content, FileName, ct);
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

    public static string TimeText(Procedure p) => p.SameDay ? "Trong ngày" : p.ProcessingDays is { } d ? $"{d} ngày làm việc" : "Chưa xác định";

    public static string FeeText(Procedure p) => p.Fee is { } f and > 0 ? f.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " đồng" : "Không thu";
}
