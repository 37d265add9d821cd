using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>Upload a dossier log → preview of counts and row errors → import (valid rows saved, errors skipped).</summary>
[RefuseReadOnlyTenant]
[Authorize(Policy = DossiersSetup.ImportPolicy)]
[UploadLimit(UploadForm.DossierLog)]
public sealed class ImportModel(DossierLogImporter importer, UploadGuard guard, ImportJobs jobs, TenantContext context) : PageModel
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

    [TempData(Key = UploadLimitAttribute.ErrorKey)]
    public string? TooLarge { get; set; }

    /// <summary>1 for the next import to run, when this one waits its turn.</summary>
    public int? QueuePosition { get; private set; }

    public IActionResult OnGet(Guid? job)
    {
        Error = TooLarge;
        if (job is null) return Page();
        Job = jobs.Find(job.Value, context.TenantId);
        if (Job is null) return NotFound();
        Result = Job.Result;
        Error = Job.Failure;
        QueuePosition = jobs.QueuePosition(Job);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? upload, CancellationToken ct)
    {
        if (upload is not { Length: > 0 })
        {
            Error = "Hãy chọn tệp nhật ký hồ sơ (.csv, .xlsx hoặc .json).";
            return Page();
        }

        var check = await guard.CheckAsync(upload, UploadForm.DossierLog, ct);
        if (check.Upload is not { } file)
        {
            Error = check.Error;
            return Page();
        }

        FileName = file.FileName;
        Result = await importer.PreviewAsync(file, SourceName ?? DefaultSource, ct);
        Payload = Result.Succeeded ? Convert.ToBase64String(file.Content) : null;
        Error = Result.Fatal;
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        var check = guard.CheckPayload(Payload, FileName, UploadForm.DossierLog);
        if (check.Upload is not { } file)
        {
            Error = check.Error;
            Payload = null;
            return Page();
        }

        // The import runs in the background, queued behind others; the page follows its progress (a large log takes minutes).
        var job = jobs.Start(context, file, SourceName ?? DefaultSource, out var refusal);
        if (job is null)
        {
            Error = refusal;
            return Page();
        }

        return RedirectToPage(new { job = job.Id });
    }
}
