using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.ParIndex;

namespace ReformDesk.Web.Features.ParIndex;

/// <summary>An evidence file, for its commune and its province's officers only.</summary>
public sealed class EvidenceModel(ParIndexService service) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await service.EvidenceFileAsync(User.ToParActor(), id, ct) is { } file
            ? File(file.Content, file.ContentType, file.FileName)
            : NotFound();
}
