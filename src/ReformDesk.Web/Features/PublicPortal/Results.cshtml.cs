using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using ReformDesk.Core.Satisfaction;
using ReformDesk.Web.Features.Satisfaction;

namespace ReformDesk.Web.Features.PublicPortal;

/// <summary>
/// The commune's published quarterly results: exactly the snapshot the Chairman published (later data never changes it),
/// the latest quarter unless another published one is asked for. Cached per commune, dropped on publication.
/// </summary>
[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class ResultsModel(PublicationService publication) : PageModel
{
    public IReadOnlyList<PublishedResults> Published { get; private set; } = [];
    public PublishedResults? Shown { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "nam")] int? year, [FromQuery(Name = "quy")] int? quarter, CancellationToken ct)
    {
        Published = await publication.ListAsync(ct);
        Shown = year is { } y && quarter is { } q ? Published.FirstOrDefault(p => p.Year == y && p.Quarter == q) : Published.FirstOrDefault();
        return year is not null && Shown is null ? NotFound() : Page();
    }
}
