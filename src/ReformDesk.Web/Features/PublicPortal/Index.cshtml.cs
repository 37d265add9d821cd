using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace ReformDesk.Web.Features.PublicPortal;

/// <summary>The commune portal's home page: what a citizen can do here, one tap each.</summary>
[OutputCache(PolicyName = Satisfaction.PublicCache.Policy)]
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
