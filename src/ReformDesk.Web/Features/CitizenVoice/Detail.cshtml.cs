using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.CitizenVoice;

/// <summary>One feedback: the citizen's data (to those handling it), the deadline clock, the history, and the actions the account may take now.</summary>
[Authorize(Policy = CitizenVoiceSetup.ReadPolicy)]
public sealed class DetailModel(FeedbackService feedback) : PageModel
{
    public sealed class ActionForm
    {
        public string? Reason { get; set; }
        public string? Question { get; set; }
        public string? Agency { get; set; }
        public string? Draft { get; set; }
        public string? Note { get; set; }
        public Guid? UnitId { get; set; }
        public string? PublicTitle { get; set; }
        public string? PublicQuestion { get; set; }
        public string? PublicAnswer { get; set; }
    }

    [BindProperty] public ActionForm Input { get; set; } = new();

    public FeedbackView View { get; private set; } = null!;
    public UnitSuggestion? Suggestion { get; private set; }
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public string? Done { get; private set; }

    public bool Can(FeedbackAction action) => View.Actions.Contains(action);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, prefill: true, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken ct) => ActAsync(id, a => feedback.AcceptAsync(a, id, ct), "Đã tiếp nhận phản ánh.", ct);
    public Task<IActionResult> OnPostRefuseAsync(Guid id, CancellationToken ct) => ActAsync(id, a => feedback.RefuseAsync(a, id, Input.Reason, ct), "Đã từ chối tiếp nhận.", ct);
    public Task<IActionResult> OnPostAskInfoAsync(Guid id, CancellationToken ct) => ActAsync(id, a => feedback.AskInfoAsync(a, id, Input.Question, ct), "Đã đề nghị người dân bổ sung thông tin.", ct);
    public Task<IActionResult> OnPostTransferAsync(Guid id, CancellationToken ct) => ActAsync(id, a => feedback.TransferOutAsync(a, id, Input.Agency, ct), "Đã chuyển cơ quan có thẩm quyền.", ct);
    public Task<IActionResult> OnPostDraftAsync(Guid id, CancellationToken ct) => ActAsync(id, a => feedback.SaveDraftAsync(a, id, Input.Draft, ct), "Đã lưu dự thảo trả lời.", ct);
    public Task<IActionResult> OnPostReturnDraftAsync(Guid id, CancellationToken ct) => ActAsync(id, a => feedback.ReturnDraftAsync(a, id, Input.Note, ct), "Đã trả lại dự thảo.", ct);
    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) => ActAsync(id, a => feedback.ApproveAsync(a, id, ct), "Đã duyệt trả lời; chờ công khai.", ct);
    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, a => feedback.PublishAsync(a, id, Input.PublicTitle, Input.PublicQuestion, Input.PublicAnswer, ct), "Đã công khai trả lời.", ct);

    public Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken ct) =>
        Input.UnitId is { } unit
            ? ActAsync(id, a => feedback.AssignAsync(a, id, unit, ct), "Đã giao đơn vị xử lý.", ct)
            : ActAsync(id, _ => Task.FromResult(OperationResult<FeedbackEvent>.Invalid("UnitId", "Hãy chọn đơn vị xử lý.")), "", ct);

    private async Task<IActionResult> ActAsync(Guid id, Func<Actor, Task<OperationResult<FeedbackEvent>>> act, string done, CancellationToken ct)
    {
        var actor = CitizenVoiceSetup.ActorOf(HttpContext);
        var result = await act(actor);
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

        return await LoadAsync(id, prefill: result.Succeeded, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, bool prefill, CancellationToken ct)
    {
        var actor = CitizenVoiceSetup.ActorOf(HttpContext);
        if (await feedback.GetAsync(actor, id, ct) is not { } view)
        {
            return false;
        }

        View = view;
        Units = await feedback.UnitsAsync(ct);
        if (Can(FeedbackAction.Assign))
        {
            Suggestion = await feedback.SuggestUnitAsync(view.Feedback, ct);
        }

        if (prefill)
        {
            Input.UnitId ??= Suggestion?.UnitId ?? view.Feedback.UnitId;
            Input.Draft ??= view.Feedback.Draft;
            if (Can(FeedbackAction.Publish) && view.PersonalData)
            {
                var (title, question, answer) = FeedbackService.PublicDraft(view.Feedback);
                Input.PublicTitle ??= title;
                Input.PublicQuestion ??= question;
                Input.PublicAnswer ??= answer;
            }
        }

        return true;
    }
}
