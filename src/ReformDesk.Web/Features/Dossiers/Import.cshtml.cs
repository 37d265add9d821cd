using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>Upload a dossier log → preview of counts and row errors → import (valid rows saved, errors skipped).</summary>
[Authorize(Policy = DossiersSetup.ImportPolicy)]
[RequestFormLimits(ValueLengthLimit = 64 * 1024 * 1024, MultipartBodyLengthLimit = 64 * 1024 * 1024)]
[RequestSizeLimit(64 * 1024 * 1024)]
public sealed class ImportModel(DossierLogImporter importer, RequestTenant tenant, ImportJobs jobs, TenantContext context) : PageModel
{
    public const string DefaultSource = "Hệ thống TTHC tỉnh";

    [BindProperty]
    public string? SourceName { get; set; } = DefaultSource;

    [BindProperty]
    public string? FileName { get; set; }

    /// <summary>The file, base64, carried from preview to import so the imported rows are exactly the previewed ones.</summary>
    [BindProperty]
    public string? Payload { get; set; }

    public DossierImportResult? Result { get; private set; }
    public string? Error { get; private set; }

    /// <summary>The import running (or just finished) in the background, when the page is opened with ?job=.</summary>
    public ImportJob? Job { get; private set; }

    public IActionResult OnGet(Guid? job)
    {
        if (tenant.ReadOnly) return Forbid();
        if (job is null) return Page();
        Job = jobs.Find(job.Value, context.TenantId);
        if (Job is null) return NotFound();
        Result = Job.Result;
        Error = Job.Failure;
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? upload, CancellationToken ct)
    {
        if (tenant.ReadOnly)
        {
            return Forbid();
        }

        if (upload is not { Length: > 0 })
        {
            Error = "Hãy chọn tệp nhật ký hồ sơ (.csv hoặc .xlsx).";
            return Page();
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, ct);
        FileName = Path.GetFileName(upload.FileName);
        Payload = Convert.ToBase64String(buffer.ToArray());
        Result = await importer.PreviewAsync(buffer.ToArray(), FileName, SourceName ?? DefaultSource, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
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
            Error = "Dữ liệu xem trước bị hỏng; hãy tải tệp lên lại.";
            return Page();
        }

        if (content.Length == 0)
        {
            Error = "Hãy chọn tệp nhật ký hồ sơ (.csv hoặc .xlsx).";
            return Page();
        }

        // The import runs in the background; the page follows its progress (a large log takes minutes).
        var job = jobs.Start(context, content, FileName ?? "nhat-ky.csv", SourceName ?? DefaultSource);
        return RedirectToPage(new { job = job.Id });
    }
}
