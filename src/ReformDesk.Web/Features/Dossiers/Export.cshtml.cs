using ReformDesk.Core.Platform;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Plans;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>Downloads the dossiers received in a period in the national portal's sync format (DongBoHoSoMC JSON).</summary>
[AllowReadOnlyTenant]
[Authorize(Policy = DossiersSetup.ImportPolicy)]
public sealed class ExportModel(DossierPortalExporter exporter, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Display(Name = "Từ ngày")]
    public DateOnly? From { get; set; }

    [BindProperty]
    [Display(Name = "Đến ngày")]
    public DateOnly? To { get; set; }

    public void OnGet()
    {
        var today = VietnamTime.Today(clock);
        From = new DateOnly(today.Year, 1, 1);
        To = today;
    }

    public IActionResult OnPost()
    {
        if (ModelState.IsValid && DossierPortalExporter.CheckPeriod(From, To) is { } error)
        {
            ModelState.AddModelError(error.Contains("Từ ngày", StringComparison.Ordinal) && From is null ? nameof(From) : nameof(To), error);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (from, to) = (From!.Value, To!.Value);
        Response.Headers.ContentDisposition = $"attachment; filename=\"{DossierPortalExporter.FileName(from, to)}\"";
        return new FileCallbackResult("application/json", async (stream, ct) => await exporter.ExportAsync(stream, from, to, ct));
    }

    /// <summary>Streams the export into the response instead of building it in memory.</summary>
    private sealed class FileCallbackResult(string contentType, Func<Stream, CancellationToken, Task> write) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            var response = context.HttpContext.Response;
            response.ContentType = contentType;
            await write(response.Body, context.HttpContext.RequestAborted);
        }
    }
}
