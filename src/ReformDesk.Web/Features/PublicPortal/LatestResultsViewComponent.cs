using Microsoft.AspNetCore.Mvc;
using ReformDesk.Core.Satisfaction;

namespace ReformDesk.Web.Features.PublicPortal;

/// <summary>The latest published quarter on the portal home page (nothing when the commune has published none).</summary>
public sealed class LatestResultsViewComponent(PublicationService publication) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        await publication.LatestAsync(HttpContext.RequestAborted) is { } latest
            ? View("~/Features/PublicPortal/_PublishedResults.cshtml", latest)
            : Content("");
}
