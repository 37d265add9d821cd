using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Plans;

namespace ReformDesk.Web.Features.Plans;

/// <summary>Downloads an evidence file of the current commune (the tenant filter hides other communes' files).</summary>
public sealed class EvidenceModel(PlanService plans) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await plans.EvidenceAsync(id, ct) is { } file
            // Served as a download, never rendered inline, so an uploaded HTML file cannot run in our origin.
            ? File(file.Content, "application/octet-stream", file.FileName)
            : NotFound();
}
