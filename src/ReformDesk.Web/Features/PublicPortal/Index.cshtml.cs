using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ReformDesk.Web.Features.PublicPortal;

/// <summary>The commune portal's home page: what a citizen can do here, one tap each.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
