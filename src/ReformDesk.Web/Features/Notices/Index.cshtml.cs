using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Plans;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Notices;

/// <summary>In-app reminders for the signed-in account.</summary>
[AllowReadOnlyTenant]
public sealed class IndexModel(NoticeService notices) : PageModel
{
    public IReadOnlyList<Notice> Items { get; private set; } = [];

    private Guid UserId => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    public async Task OnGetAsync(CancellationToken ct) => Items = await notices.LatestAsync(UserId, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await notices.MarkAllReadAsync(UserId, ct);
        return Redirect("/Notices");
    }
}
