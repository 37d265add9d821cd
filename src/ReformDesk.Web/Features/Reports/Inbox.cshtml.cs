using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Reports;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Reports;

/// <summary>The province officer's inbox: every commune's sent reports, on time or late; open the PDF, receive, accept, or return with a comment.</summary>
[AllowReadOnlyTenant]
[Authorize(Policy = ReportsSetup.InboxPolicy)]
public sealed class InboxModel(ProvinceReportInbox inbox) : PageModel
{
    public sealed class ActionForm
    {
        public Guid? Id { get; set; }
        public string? Comment { get; set; }
    }

    [BindProperty] public ActionForm Input { get; set; } = new();

    public IReadOnlyList<InboxRow> Rows { get; private set; } = [];
    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostReceiveAsync(CancellationToken ct) =>
        ActAsync((id, a, home) => inbox.ReceiveAsync(id, a, home, ct), "Đã tiếp nhận báo cáo.", ct);

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken ct) =>
        ActAsync((id, a, home) => inbox.AcceptAsync(id, a, home, ct), "Đã chấp nhận báo cáo.", ct);

    public Task<IActionResult> OnPostReturnAsync(CancellationToken ct) =>
        ActAsync((id, a, home) => inbox.ReturnAsync(id, Input.Comment, a, home, ct), "Đã trả lại báo cáo kèm ý kiến; xã/phường sẽ thấy ý kiến khi mở báo cáo.", ct);

    private async Task<IActionResult> ActAsync(Func<Guid, Actor, Guid, Task<OperationResult<PeriodicReport>>> act, string done, CancellationToken ct)
    {
        if (Input.Id is not { } id) return NotFound();
        var result = await act(id, ReportsSetup.ActorOf(HttpContext), ReportsSetup.HomeTenant(HttpContext));
        if (result.Succeeded)
        {
            Done = done;
            Input = new ActionForm();
            ModelState.Clear();
        }
        else if (this.Refusal(result) is { } refused)
        {
            return refused;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Rows = await inbox.InboxAsync(ReportsSetup.HomeTenant(HttpContext), ReportsSetup.ActorOf(HttpContext).Roles, ct);
}
