using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Reports;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Reports;

/// <summary>One report: its frozen figures and when they were drafted, the narrative (editable while a draft), and the steps the account may take.</summary>
[Authorize(Policy = ReportsSetup.ReadPolicy)]
public sealed class DetailModel(PeriodicReportService reports, RequestTenant tenant) : PageModel
{
    public sealed class ActionForm
    {
        public string? Key { get; set; }
        public string? Text { get; set; }
        public string? Comment { get; set; }
        public int? DocumentNumber { get; set; }
    }

    [BindProperty] public ActionForm Input { get; set; } = new();

    public PeriodicReport Report { get; private set; } = null!;
    public IReadOnlyList<ReportTable> Tables { get; private set; } = [];
    public string? Done { get; private set; }
    public bool CanDraft { get; private set; }
    public bool CanApprove { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostEditAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, a => reports.EditParagraphAsync(id, Input.Key ?? "", Input.Text, a, ct), "Đã lưu đoạn văn.", ct);

    public Task<IActionResult> OnPostRedraftAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, a => reports.RedraftAsync(id, a, ct), "Đã lập lại số liệu theo dữ liệu hiện tại; các đoạn đã sửa được giữ nguyên.", ct);

    public Task<IActionResult> OnPostRequestApprovalAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, a => reports.RequestApprovalAsync(id, a, ct), "Đã trình Chủ tịch duyệt.", ct);

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, a => reports.ApproveAsync(id, a, ct), "Đã duyệt báo cáo.", ct);

    public Task<IActionResult> OnPostSendBackAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, a => reports.SendBackAsync(id, Input.Comment, a, ct), "Đã trả lại dự thảo.", ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, a => reports.SubmitAsync(id, Input.DocumentNumber, a, ct), "Đã gửi báo cáo đến Sở Nội vụ.", ct);

    private async Task<IActionResult> ActAsync(Guid id, Func<Actor, Task<OperationResult<PeriodicReport>>> act, string done, CancellationToken ct)
    {
        var result = await act(ReportsSetup.ActorOf(HttpContext));
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

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await reports.FindAsync(id, ct) is not { } report) return false;
        Report = report;
        Tables = ReportDocuments.Tables(report);
        CanDraft = !tenant.ReadOnly && PeriodicReportService.Drafters.Any(User.IsInRole);
        CanApprove = !tenant.ReadOnly && PeriodicReportService.Approvers.Any(User.IsInRole);
        return true;
    }
}
