using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Plans;

public sealed class TaskModel(PlanService plans, RequestTenant tenant) : PageModel
{
    public PlanTask Task { get; private set; } = null!;
    public string PlanTitle { get; private set; } = "";
    public string SectionCode { get; private set; } = "";
    public string LeadUnit { get; private set; } = "";
    public IReadOnlyList<string> Coordinators { get; private set; } = [];
    public TaskDeadline Deadline { get; private set; } = null!;
    public TaskAccess Access { get; private set; }
    public bool CanManage { get; private set; }
    public DateOnly Today => plans.Today;
    public IReadOnlyList<(TaskUpdate Update, IReadOnlyList<EvidenceFile> Files)> Updates { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, string? text, PlanTaskStatus? status, int? percent, DateOnly? occurrenceDue,
        string? documentNumber, string? link, List<IFormFile>? files, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Access == TaskAccess.Read)
        {
            return Forbid();
        }

        var uploads = new List<EvidenceUpload>();
        foreach (var file in files ?? [])
        {
            if (file.Length > PlanService.MaxEvidenceBytes)
            {
                Errors = new Dictionary<string, string> { ["files"] = $"Tệp \"{file.FileName}\" vượt quá 20 MB." };
                return Page();
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            uploads.Add(new EvidenceUpload(file.FileName, file.ContentType, buffer.ToArray()));
        }

        var result = await plans.AddUpdateAsync(id, ActorOf(), new UpdateInput(text, percent, status, occurrenceDue, documentNumber, link), uploads, ct);
        if (!result.Succeeded)
        {
            if (this.Denial(result) is { } denied)
            {
                return denied;
            }

            Errors = result.Errors;
            return Page();
        }

        return Redirect($"/Plans/Task/{id}");
    }

    public async Task<IActionResult> OnPostScheduleAsync(Guid id, string? scheduleText, DateOnly? manualDueDate, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        var result = await plans.SetScheduleAsync(id, scheduleText, manualDueDate, ct);
        if (!result.Succeeded)
        {
            if (this.Denial(result) is { } denied)
            {
                return denied;
            }

            Errors = result.Errors;
            return Page();
        }

        return Redirect($"/Plans/Task/{id}");
    }

    public Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken ct) =>
        SecretariatAsync(id, () => plans.ConfirmAsync(id, ActorOf(), ct), ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, string? reason, CancellationToken ct) =>
        SecretariatAsync(id, () => plans.ReturnAsync(id, ActorOf(), reason, ct), ct);

    private async Task<IActionResult> SecretariatAsync(Guid id, Func<Task<OperationResult<PlanTask>>> step, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        var result = await step();
        if (!result.Succeeded)
        {
            if (this.Denial(result) is { } denied)
            {
                return denied;
            }

            Errors = result.Errors;
            await LoadAsync(id, ct);
            return Page();
        }

        return Redirect($"/Plans/Task/{id}");
    }

    private Actor ActorOf() => User.ToActor(tenant.ReadOnly);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await plans.FindTaskAsync(id, ct) is not { } task)
        {
            return false;
        }

        Task = task;
        var overview = await plans.OverviewAsync(task.PlanId, ct);
        PlanTitle = overview!.Plan.Title;
        var row = overview.AllTasks.First(r => r.Id == id);
        SectionCode = row.SectionCode;
        (LeadUnit, Coordinators, Deadline) = (row.LeadUnit, row.Coordinators, row.Deadline);
        var actor = ActorOf();
        Access = await plans.AccessAsync(task, actor, ct);
        CanManage = !tenant.ReadOnly && actor.Roles.Any(TaskPermissions.PlanManagers.Contains);
        Updates = await plans.UpdatesAsync(id, ct);
        return true;
    }
}
