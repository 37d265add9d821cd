using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.ParIndex;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.ParIndex;

/// <summary>
/// The commune's self-assessment of one year: every scored criterion with its points, evidence (a file, a plan task, a report
/// sent, a document or a link) or an explanation, and the value ReformDesk's data proposes. Submitted, it is locked; the
/// province's appraisal then shows beside it. Province officers read it here through the commune switcher.
/// </summary>
[UploadLimit(UploadForm.ParEvidence)]
public sealed class AssessmentModel(ParIndexService service, RequestTenant tenant, UploadGuard guard) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public List<RowInput> Rows { get; set; } = [];

    public sealed class RowInput
    {
        public Guid CriterionId { get; set; }
        public string? Points { get; set; }
        public string? EvidenceChoice { get; set; }
        public string? EvidenceText { get; set; }
        public IFormFile? File { get; set; }
        public string? Explanation { get; set; }
    }

    [TempData]
    public string? Notice { get; set; }

    public ParCriteriaSet? Set { get; private set; }
    public ParAssessmentView? View { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanStart { get; private set; }
    public IReadOnlyList<ParEvidenceChoice> Choices { get; private set; } = [];
    public IReadOnlyList<ParCriterion> Leaves { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (TempData[UploadLimitAttribute.ErrorKey] is string tooLarge) ModelState.AddModelError(nameof(Rows), tooLarge);
        Rows = Leaves.Select(c => View?.Assessment.Scores.FirstOrDefault(s => s.CriterionId == c.Id) is { } s
            ? new RowInput
            {
                CriterionId = c.Id,
                Points = s.SelfPoints is { } p ? ParNumbers.Text(p) : null,
                EvidenceChoice = s.EvidenceKind == ParEvidenceKind.None ? "" : "keep",
                Explanation = s.Explanation,
            }
            : new RowInput { CriterionId = c.Id }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var result = await service.StartAsync(User.ToParActor(), Year!.Value, ct);
        if (!result.Succeeded) return Refused(result.Errors);
        Notice = $"Đã mở bản tự chấm Chỉ số CCHC năm {Year}.";
        return Redirect($"/ParIndex/Assessment?year={Year}");
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct) => await SaveAsync(submit: false, ct);

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => await SaveAsync(submit: true, ct);

    private async Task<IActionResult> SaveAsync(bool submit, CancellationToken ct)
    {
        if (!await LoadAsync(ct) || View is null) return NotFound();
        if (!CanEdit) return Forbid();
        var inputs = new List<ParSelfInput>();
        var uploads = new List<SafeUpload>();
        try
        {
            for (var i = 0; i < Rows.Count; i++)
            {
                SafeUpload? upload = null;
                if (Rows[i].File is { Length: > 0 } file)
                {
                    var check = await guard.CheckAsync(file, UploadForm.ParEvidence, ct);
                    if (!check.Ok)
                    {
                        ModelState.AddModelError($"Rows[{i}].File", $"{CodeOf(Rows[i].CriterionId)}: {check.Error}");
                        continue;
                    }

                    uploads.Add(upload = check.Upload!);
                }

                inputs.Add(new ParSelfInput(Rows[i].CriterionId, Rows[i].Points, Rows[i].EvidenceChoice, Rows[i].EvidenceText, upload, Rows[i].Explanation));
            }

            if (!ModelState.IsValid) return Page();
            var actor = User.ToParActor();
            var saved = await service.SaveSelfAsync(actor, View.Assessment.Id, inputs, ct);
            if (!saved.Succeeded) return Refused(saved.Errors);
            if (submit)
            {
                var submitted = await service.SubmitAsync(actor, View.Assessment.Id, ct);
                if (!submitted.Succeeded)
                {
                    Notice = "Đã lưu điểm nhưng chưa gửi tỉnh: " + string.Join(" ", submitted.Errors.Values);
                    return Redirect($"/ParIndex/Assessment?year={Year}");
                }
            }

            Notice = submit ? $"Đã gửi bản tự chấm năm {Year} cho tỉnh thẩm định." : "Đã lưu điểm tự chấm.";
            return Redirect($"/ParIndex/Assessment?year={Year}");
        }
        finally
        {
            foreach (var upload in uploads) upload.Dispose();
        }
    }

    private IActionResult Refused(IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (field, message) in errors) ModelState.AddModelError(field, message);
        return Page();
    }

    private string CodeOf(Guid criterionId) => $"Tiêu chí {Leaves.FirstOrDefault(c => c.Id == criterionId)?.Code}";

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (tenant.Current is not { } commune) return false;
        var actor = User.ToParActor();
        var province = Core.Organisation.TenantAccess.ProvinceOf(commune.Id, tenant.Registry);
        var sets = province is { } p ? await service.SetsAsync(p, ct) : [];
        Year ??= sets.Any(s => s.Year == service.CurrentYear) || sets.Count == 0 ? service.CurrentYear : sets.Max(s => s.Year);
        if (Year is < 2020 or > 2100) return false;
        Set = province is { } pr ? await service.SetAsync(pr, Year.Value, ct) : null;
        View = await service.ViewAsync(actor, commune.Id, Year.Value, ct);
        var mayAssess = !tenant.ReadOnly && ParIndexPermissions.CanSelfAssess(actor, commune.Id);
        CanStart = mayAssess && Set is not null && View is null;
        CanEdit = mayAssess && View is { Assessment.CommuneMayEdit: true };
        Leaves = (View?.Set ?? Set)?.Leaves.ToList() ?? [];
        if (CanEdit) Choices = await service.EvidenceChoicesAsync(Year.Value, ct);
        return true;
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
