using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.ParIndex;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.ParIndex;

/// <summary>
/// The province's appraisal of one commune's index: per criterion the appraised points with a comment when they differ from
/// the commune's, the survey points, then the final score and grade; or the dossier returned with a reason. An explicit
/// province action on its own page, checked in the service against the officer's province.
/// </summary>
[AllowReadOnlyTenant]
[Authorize(Roles = ParIndexSetup.ProvinceRoles)]
public sealed class AppraiseModel(ParIndexService service) : PageModel
{
    [BindProperty]
    public List<RowInput> Rows { get; set; } = [];

    [BindProperty]
    public string? Survey { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public sealed class RowInput
    {
        public Guid CriterionId { get; set; }
        public string? Points { get; set; }
        public string? Comment { get; set; }
    }

    [TempData]
    public string? Notice { get; set; }

    public ParAssessmentView? View { get; private set; }
    public IReadOnlyList<ParCriterion> Leaves { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var a = View!.Assessment;
        Rows = Leaves.Select(c => a.ScoreOf(c.Id)).Select(s => new RowInput
        {
            CriterionId = s.CriterionId,
            Points = s.AppraisedPoints is { } p ? ParNumbers.Text(p) : null,
            Comment = s.AppraisalComment,
        }).ToList();
        Survey = a.SurveyPoints is { } sp ? ParNumbers.Text(sp) : null;
        return Page();
    }

    public Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken ct) =>
        StepAsync(id, () => service.StartAppraisalAsync(User.ToParActor(), id, ct), "Đã bắt đầu thẩm định.", ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct) =>
        StepAsync(id, () => service.ReturnAsync(User.ToParActor(), id, Reason, ct), "Đã trả lại xã/phường.", ct);

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) =>
        StepAsync(id, () => service.PublishAsync(User.ToParActor(), id, ct), "Đã công bố kết quả.", ct);

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct) =>
        StepAsync(id, () => SaveAsync(id, ct), "Đã lưu điểm thẩm định.", ct);

    public Task<IActionResult> OnPostCompleteAsync(Guid id, CancellationToken ct) =>
        StepAsync(id, async () =>
        {
            var saved = await SaveAsync(id, ct);
            return saved.Succeeded ? await service.CompleteAppraisalAsync(User.ToParActor(), id, ct) : saved;
        }, "Đã hoàn thành thẩm định.", ct);

    private Task<Core.Platform.OperationResult<ParAssessment>> SaveAsync(Guid id, CancellationToken ct) =>
        service.SaveAppraisalAsync(User.ToParActor(), id, Rows.Select(r => new ParAppraisalInput(r.CriterionId, r.Points, r.Comment)).ToList(), Survey, ct);

    private async Task<IActionResult> StepAsync(Guid id, Func<Task<Core.Platform.OperationResult<ParAssessment>>> step, string done, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var result = await step();
        if (!result.Succeeded)
        {
            if (this.Refusal(result, prefix: null) is { } refused) return refused;
            await LoadAsync(id, ct);
            return Page();
        }

        Notice = done;
        return Redirect($"/ParIndex/Appraise/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        View = await service.ViewAsync(User.ToParActor(), id, ct);
        Leaves = View?.Set.Leaves.ToList() ?? [];
        return View is not null && ParIndexPermissions.CanAppraise(User.ToParActor(), View.Assessment.ProvinceId);
    }

    /// <summary>
    /// Before the page renders, one row per scored criterion in the set's order, each naming its criterion: the inputs are
    /// bound with asp-for by index, so a post that sent fewer rows (or none) still redisplays every row, what was typed kept.
    /// </summary>
    public override void OnPageHandlerExecuted(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutedContext context)
    {
        if (context.Result is not PageResult) return;
        Rows = Leaves.Select((c, i) => i < Rows.Count && Rows[i].CriterionId == c.Id ? Rows[i] : new RowInput { CriterionId = c.Id }).ToList();
    }
}
