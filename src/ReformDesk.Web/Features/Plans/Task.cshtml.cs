using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Plans;

/// <summary>What the progress form posts; a refused update is shown again as typed (files must be chosen again).</summary>
public sealed record TaskUpdateForm
{
    public string? Text { get; init; }
    public PlanTaskStatus? Status { get; init; }
    public int? Percent { get; init; }
    public DateOnly? OccurrenceDue { get; init; }
    public string? DocumentNumber { get; init; }
    public string? Link { get; init; }
    public List<IFormFile> Files { get; init; } = [];

    public UpdateInput ToInput() => new(Text, Percent, Status, OccurrenceDue, DocumentNumber, Link);
}

/// <summary>What the deadline form posts: the schedule text, or the due date once the event it waits for has happened.</summary>
public sealed record TaskScheduleForm
{
    public string? ScheduleText { get; init; }
    public DateOnly? ManualDueDate { get; init; }
}

/// <summary>A plan task: its deadline and history; the lead unit updates it, coordinators contribute, the secretariat confirms or returns it.</summary>
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

    [BindProperty]
    public TaskUpdateForm Update { get; set; } = new();

    [BindProperty]
    public TaskScheduleForm Schedule { get; set; } = new();

    [BindProperty]
    public string? ReturnReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ScheduleAsStored();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Access == TaskAccess.Read)
        {
            return Forbid();
        }

        ScheduleAsStored();
        var uploads = new List<EvidenceUpload>();
        foreach (var file in Update.Files)
        {
            if (file.Length > PlanService.MaxEvidenceBytes)
            {
                ModelState.AddModelError($"{nameof(Update)}.{nameof(TaskUpdateForm.Files)}", $"Tệp \"{file.FileName}\" vượt quá 20 MB.");
                return Page();
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            uploads.Add(new EvidenceUpload(file.FileName, file.ContentType, buffer.ToArray()));
        }

        var result = await plans.AddUpdateAsync(id, ActorOf(), Update.ToInput(), uploads, ct);
        return this.Outcome(result, _ => Redirect($"/Plans/Task/{id}"), prefix: nameof(Update));
    }

    public async Task<IActionResult> OnPostScheduleAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        var result = await plans.SetScheduleAsync(id, Schedule.ScheduleText, Schedule.ManualDueDate, ct);
        return this.Outcome(result, _ => Redirect($"/Plans/Task/{id}"), prefix: nameof(Schedule));
    }

    public Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken ct) =>
        SecretariatAsync(id, () => plans.ConfirmAsync(id, ActorOf(), ct), ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct) =>
        SecretariatAsync(id, () => plans.ReturnAsync(id, ActorOf(), ReturnReason, ct), ct);

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

        ScheduleAsStored();
        var result = await step();
        if (!result.Succeeded && this.Refusal(result, field => field == "reason" ? nameof(ReturnReason) : field) is { } denied)
        {
            return denied;
        }

        if (!result.Succeeded)
        {
            await LoadAsync(id, ct);
            return Page();
        }

        return Redirect($"/Plans/Task/{id}");
    }

    /// <summary>The deadline form as stored, for every answer but a refused deadline (which shows what was typed).</summary>
    private void ScheduleAsStored() => Schedule = new TaskScheduleForm { ScheduleText = Task.ScheduleText, ManualDueDate = Task.ManualDueDate };

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
