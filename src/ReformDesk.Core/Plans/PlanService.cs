using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Plans.Scheduling;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.Plans;

public sealed record TaskRow(
    Guid Id, string SectionCode, string Number, string Content, Guid? LeadUnitId, string LeadUnit, IReadOnlyList<string> Coordinators,
    string ScheduleText, string Deliverable, PlanTaskStatus Status, int Percent, TaskDeadline Deadline);

public sealed record SectionView(PlanSection Section, IReadOnlyList<TaskRow> Tasks, int Progress);

public sealed record PlanOverview(Plan Plan, IReadOnlyList<SectionView> Sections, int Progress)
{
    public IEnumerable<TaskRow> AllTasks => Sections.SelectMany(s => s.Tasks);
}

public sealed record PlanSummary(Plan Plan, int Tasks, int Done, int Overdue, int Progress);

public sealed record UpdateInput(string? Text, int? Percent, PlanTaskStatus? Status, DateOnly? OccurrenceDue, string? DocumentNumber, string? Link);

public sealed record EvidenceUpload(string FileName, string ContentType, byte[] Content);

/// <summary>Plans, their tasks and progress for the current commune (the DbContext scopes every query to it).</summary>
public sealed class PlanService(ReformDeskDbContext db, TimeProvider clock)
{
    public const long MaxEvidenceBytes = 20 * 1024 * 1024;

    public DateOnly Today => VietnamTime.Today(clock);

    public async Task<IReadOnlyList<PlanSummary>> ListAsync(CancellationToken ct = default)
    {
        var plans = await db.Plans.AsNoTracking().OrderByDescending(p => p.StartYear).ThenBy(p => p.Title).ToListAsync(ct);
        var result = new List<PlanSummary>();
        foreach (var plan in plans)
        {
            var overview = await OverviewAsync(plan.Id, ct);
            var tasks = overview!.AllTasks.ToList();
            result.Add(new PlanSummary(plan, tasks.Count, tasks.Count(t => t.Status == PlanTaskStatus.Done), tasks.Count(t => t.Deadline.State == DeadlineState.Overdue), overview.Progress));
        }

        return result;
    }

    public async Task<PlanOverview?> OverviewAsync(Guid planId, CancellationToken ct = default)
    {
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return null;
        }

        var sections = await db.PlanSections.AsNoTracking().Where(s => s.PlanId == planId).OrderBy(s => s.Order).ToListAsync(ct);
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == planId).OrderBy(t => t.Order).ToListAsync(ct);
        var rows = await RowsAsync(plan, tasks, sections, ct);
        var views = sections.Select(s =>
        {
            var sectionRows = rows.Where(r => r.SectionCode == s.Code && tasks.First(t => t.Id == r.Id).SectionId == s.Id).ToList();
            return new SectionView(s, sectionRows, TaskTracking.Progress(sectionRows.Select(r => (r.Status, r.Percent))));
        }).ToList();
        return new PlanOverview(plan, views, TaskTracking.Progress(rows.Select(r => (r.Status, r.Percent))));
    }

    /// <summary>Tasks of every open plan that are overdue or due within <paramref name="days"/> days.</summary>
    public async Task<IReadOnlyList<TaskRow>> DueAsync(int days, Guid? unitId = null, CancellationToken ct = default)
    {
        var plans = await db.Plans.AsNoTracking().Where(p => p.Status != PlanStatus.Closed).ToListAsync(ct);
        var result = new List<TaskRow>();
        foreach (var plan in plans)
        {
            var sections = await db.PlanSections.AsNoTracking().Where(s => s.PlanId == plan.Id).ToListAsync(ct);
            var query = db.PlanTasks.AsNoTracking().Where(t => t.PlanId == plan.Id);
            if (unitId is { } u)
            {
                query = query.Where(t => t.LeadUnitId == u);
            }

            var rows = await RowsAsync(plan, await query.OrderBy(t => t.Order).ToListAsync(ct), sections, ct, days);
            result.AddRange(rows.Where(r => r.Deadline.State is DeadlineState.Overdue or DeadlineState.DueSoon));
        }

        return result.OrderBy(r => r.Deadline.NextDue ?? DateOnly.MaxValue).ToList();
    }

    private async Task<List<TaskRow>> RowsAsync(Plan plan, List<PlanTask> tasks, List<PlanSection> sections, CancellationToken ct, int dueSoonDays = TaskTracking.DueSoonDays)
    {
        var taskIds = tasks.Select(t => t.Id).ToList();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var coordinators = (await db.PlanTaskCoordinators.AsNoTracking().Where(c => taskIds.Contains(c.TaskId)).ToListAsync(ct))
            .ToLookup(c => c.TaskId, c => units.GetValueOrDefault(c.UnitId, "?"));

        // A group named by the plan is shown as the group ("Các phòng, ban chuyên môn"), after the named units.
        static IEnumerable<string> Groups(PlanTask t) => CollectiveUnits.Read(t.CollectiveCoordinators).Select(CollectiveUnits.Vietnamese);
        var occurrences = (await db.TaskOccurrences.AsNoTracking().Where(o => taskIds.Contains(o.TaskId) && o.CompletedOn != null).ToListAsync(ct))
            .ToLookup(o => o.TaskId);
        var sectionCodes = sections.ToDictionary(s => s.Id, s => s.Code);
        var today = Today;

        return tasks.Select(t =>
        {
            var schedule = ParseStored(t);
            var done = occurrences[t.Id].ToDictionary(o => o.DueDate, o => o.CompletedOn!.Value);
            var deadline = TaskTracking.Evaluate(schedule, t.Status, plan.PeriodStart, plan.PeriodEnd, t.ManualDueDate, done, t.CompletedOn, today, dueSoonDays);
            return new TaskRow(t.Id, sectionCodes.GetValueOrDefault(t.SectionId, ""), t.Number, t.Content, t.LeadUnitId,
                t.LeadUnitId is { } lead ? units.GetValueOrDefault(lead, "?") : t.LeadCollective is { } group ? CollectiveUnits.Vietnamese(group) : "",
                coordinators[t.Id].Concat(Groups(t)).ToList(),
                t.ScheduleText, t.Deliverable, t.Status, t.Percent, deadline);
        }).ToList();
    }

    public static Schedule ParseStored(PlanTask task) =>
        (string.IsNullOrEmpty(task.ScheduleJson) ? null : ScheduleJson.Deserialize(task.ScheduleJson))
        ?? new Unparsed(task.ScheduleText, "Chưa có lịch đã phân tích");

    public Task<PlanTask?> FindTaskAsync(Guid taskId, CancellationToken ct = default) =>
        db.PlanTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct);

    /// <summary>The units coordinating a task: those named, and the members of every group named (a lead group counts too).</summary>
    public async Task<IReadOnlyList<Guid>> CoordinatorIdsAsync(Guid taskId, CancellationToken ct = default)
    {
        var named = await db.PlanTaskCoordinators.AsNoTracking().Where(c => c.TaskId == taskId).Select(c => c.UnitId).ToListAsync(ct);
        var task = await db.PlanTasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => new { t.CollectiveCoordinators, t.LeadCollective }).FirstOrDefaultAsync(ct);
        var groups = CollectiveUnits.Read(task?.CollectiveCoordinators).Concat(task?.LeadCollective is { } lead ? [lead] : []).ToList();
        if (groups.Count == 0)
        {
            return named;
        }

        var kinds = groups.SelectMany(CollectiveUnits.Members).Distinct().ToList();
        var members = await db.Units.AsNoTracking().Where(u => u.IsActive && kinds.Contains(u.Kind)).Select(u => u.Id).ToListAsync(ct);
        return named.Concat(members).Distinct().ToList();
    }

    public async Task<TaskAccess> AccessAsync(PlanTask task, Actor actor, CancellationToken ct = default) =>
        TaskPermissions.For(actor.Roles, actor.UnitId, task.LeadUnitId, await CoordinatorIdsAsync(task.Id, ct), actor.TenantReadOnly);

    /// <summary>Records progress (lead unit, secretariat) or a contribution (coordinating unit), with evidence, in one save.</summary>
    public async Task<OperationResult<TaskUpdate>> AddUpdateAsync(Guid taskId, Actor actor, UpdateInput input, IReadOnlyList<EvidenceUpload> files, CancellationToken ct = default)
    {
        var task = await db.PlanTasks.FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
        {
            return OperationResult<TaskUpdate>.NotFound("Không tìm thấy nhiệm vụ.");
        }

        var access = await AccessAsync(task, actor, ct);
        if (access == TaskAccess.Read)
        {
            return OperationResult<TaskUpdate>.Forbidden("Bạn không thuộc đơn vị chủ trì hoặc phối hợp của nhiệm vụ này.");
        }

        // A closed plan's record is final; it is reopened (issued again) to correct it.
        if (await db.Plans.Where(p => p.Id == task.PlanId).Select(p => p.Status).FirstAsync(ct) == PlanStatus.Closed)
        {
            return OperationResult<TaskUpdate>.Conflict("Kế hoạch đã kết thúc: hãy mở lại kế hoạch trước khi cập nhật nhiệm vụ.");
        }

        var text = (input.Text ?? "").Trim();
        if (text.Length == 0 && files.Count == 0 && string.IsNullOrWhiteSpace(input.DocumentNumber) && string.IsNullOrWhiteSpace(input.Link) && input.Status is null && input.Percent is null)
        {
            return OperationResult<TaskUpdate>.Invalid(nameof(UpdateInput.Text), "Hãy nhập nội dung cập nhật hoặc đính kèm minh chứng.");
        }

        // The columns' lengths (PlansModel): refused here so the JSON API gets a field error, not a database failure on PostgreSQL.
        if (text.Length > 4000)
        {
            return OperationResult<TaskUpdate>.Invalid(nameof(UpdateInput.Text), "Nội dung cập nhật không được dài quá 4000 ký tự.");
        }

        if (input.DocumentNumber?.Trim() is { Length: > 60 })
        {
            return OperationResult<TaskUpdate>.Invalid(nameof(UpdateInput.DocumentNumber), "Số văn bản không được dài quá 60 ký tự.");
        }

        if (input.Link?.Trim() is { Length: > 1000 })
        {
            return OperationResult<TaskUpdate>.Invalid(nameof(UpdateInput.Link), "Đường dẫn minh chứng không được dài quá 1000 ký tự.");
        }

        if (input.Percent is < 0 or > 100)
        {
            return OperationResult<TaskUpdate>.Invalid(nameof(UpdateInput.Percent), "Tỷ lệ hoàn thành phải từ 0 đến 100.");
        }

        if (input.Link is { Length: > 0 } link && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            return OperationResult<TaskUpdate>.Invalid(nameof(UpdateInput.Link), "Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https://.");
        }

        if (files.FirstOrDefault(f => f.Content.LongLength > MaxEvidenceBytes) is { } big)
        {
            return OperationResult<TaskUpdate>.Invalid("files", $"Tệp \"{big.FileName}\" vượt quá 20 MB.");
        }

        var plan = await db.Plans.AsNoTracking().FirstAsync(p => p.Id == task.PlanId, ct);
        var schedule = ParseStored(task);
        var dueDates = TaskTracking.DueDates(schedule, plan.PeriodStart, plan.PeriodEnd, task.ManualDueDate);
        if (input.OccurrenceDue is { } occurrence && !dueDates.Contains(occurrence))
        {
            return OperationResult<TaskUpdate>.Invalid(nameof(UpdateInput.OccurrenceDue), "Kỳ hạn đã chọn không thuộc lịch của nhiệm vụ.");
        }

        var contribution = access == TaskAccess.Contribute;
        var update = new TaskUpdate
        {
            TaskId = task.Id,
            OccurrenceDue = input.OccurrenceDue,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            AuthorId = actor.UserId,
            AuthorName = actor.Name,
            UnitId = actor.UnitId,
            IsContribution = contribution,
            Text = text,
            // Coordinating units contribute; only the lead unit and the secretariat move the task's status.
            Percent = contribution ? null : input.Percent,
            Status = contribution ? null : input.Status,
            DocumentNumber = string.IsNullOrWhiteSpace(input.DocumentNumber) ? null : input.DocumentNumber.Trim(),
            Link = string.IsNullOrWhiteSpace(input.Link) ? null : input.Link.Trim(),
        };
        db.TaskUpdates.Add(update);
        foreach (var file in files)
        {
            db.EvidenceFiles.Add(new EvidenceFile
            {
                UpdateId = update.Id,
                FileName = UploadFileName.Of(file.FileName),
                ContentType = string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType,
                Size = file.Content.LongLength,
                Content = file.Content,
            });
        }

        if (!contribution)
        {
            var bySecretariat = actor.Roles.Any(TaskPermissions.PlanManagers.Contains);
            var occurrences = await db.TaskOccurrences.Where(o => o.TaskId == task.Id).ToListAsync(ct);
            if (ApplyProgress(task, input, dueDates, Today, occurrences, actor.Name, plan.RequiresCompletionConfirmation, bySecretariat) is { } refused)
            {
                return OperationResult<TaskUpdate>.Invalid(nameof(UpdateInput.Status), refused);
            }
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<TaskUpdate>.Ok(update);
    }

    private string? ApplyProgress(PlanTask task, UpdateInput input, IReadOnlyList<DateOnly> dueDates, DateOnly today, List<TaskOccurrence> occurrences,
        string by, bool requiresConfirmation, bool bySecretariat)
    {
        if (input.OccurrenceDue is { } due && dueDates.Count > 1)
        {
            // A recurring task: the update completes one occurrence; the task is done (or awaits confirmation) when all are.
            if (input.Status == PlanTaskStatus.Done)
            {
                var row = occurrences.FirstOrDefault(o => o.DueDate == due);
                if (row is null)
                {
                    row = new TaskOccurrence { TaskId = task.Id, DueDate = due };
                    db.TaskOccurrences.Add(row);
                    occurrences.Add(row);
                }

                row.CompletedOn ??= today;
                var done = occurrences.Count(o => o.CompletedOn is not null);
                if (done >= dueDates.Count)
                {
                    return task.MarkDone(today, by, requiresConfirmation, bySecretariat);
                }

                task.ReportPercent((int)Math.Round(100.0 * done / dueDates.Count));
                return task.Status == PlanTaskStatus.InProgress ? null : task.MoveTo(PlanTaskStatus.InProgress, bySecretariat);
            }

            return null;
        }

        if (input.Percent is { } percent)
        {
            task.ReportPercent(percent);
        }

        return input.Status switch
        {
            null => null,
            PlanTaskStatus.Done or PlanTaskStatus.AwaitingConfirmation => task.MarkDone(today, by, requiresConfirmation, bySecretariat),
            { } status => task.MoveTo(status, bySecretariat),
        };
    }

    /// <summary>The secretariat confirms a completion the unit reported (only then does the task count as done).</summary>
    public Task<OperationResult<PlanTask>> ConfirmAsync(Guid taskId, Actor actor, CancellationToken ct = default) =>
        SecretariatStepAsync(taskId, actor, t => t.Confirm(Today, actor.Name), ct);

    /// <summary>The secretariat returns a reported completion to the unit with a reason.</summary>
    public Task<OperationResult<PlanTask>> ReturnAsync(Guid taskId, Actor actor, string? reason, CancellationToken ct = default) =>
        SecretariatStepAsync(taskId, actor, t => t.ReturnToUnit(reason), ct);

    private async Task<OperationResult<PlanTask>> SecretariatStepAsync(Guid taskId, Actor actor, Func<PlanTask, string?> step, CancellationToken ct)
    {
        var task = await db.PlanTasks.FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
        {
            return OperationResult<PlanTask>.NotFound("Không tìm thấy nhiệm vụ.");
        }

        if (actor.TenantReadOnly || !actor.Roles.Any(TaskPermissions.PlanManagers.Contains))
        {
            return OperationResult<PlanTask>.Forbidden("Chỉ bộ phận tham mưu (người quản lý kế hoạch) xác nhận hoặc trả lại việc hoàn thành nhiệm vụ.");
        }

        if (step(task) is { } error)
        {
            return error.StartsWith("Hãy", StringComparison.Ordinal) ? OperationResult<PlanTask>.Invalid("reason", error) : OperationResult<PlanTask>.Conflict(error);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<PlanTask>.Ok(task);
    }

    /// <summary>Tasks of a plan waiting for the secretariat's confirmation.</summary>
    public Task<List<PlanTask>> AwaitingConfirmationAsync(Guid? planId = null, CancellationToken ct = default) =>
        db.PlanTasks.AsNoTracking().Where(t => t.Status == PlanTaskStatus.AwaitingConfirmation && (planId == null || t.PlanId == planId))
            .OrderBy(t => t.ClaimedOn).ToListAsync(ct);

    public sealed record PlanEdit(string? Number, DateOnly? IssuedOn, int StartYear, int EndYear, bool RequiresCompletionConfirmation);

    /// <summary>The commune edits the plan's number, dates and its completion-confirmation setting.</summary>
    public async Task<OperationResult<Plan>> EditAsync(Guid planId, Actor actor, PlanEdit input, CancellationToken ct = default)
    {
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return OperationResult<Plan>.NotFound("Không tìm thấy kế hoạch.");
        }

        if (actor.TenantReadOnly || !actor.Roles.Any(TaskPermissions.PlanManagers.Contains))
        {
            return OperationResult<Plan>.Forbidden("Chỉ người quản lý kế hoạch được sửa số, ngày của kế hoạch.");
        }

        if (plan.Edit(input.Number, input.IssuedOn, input.StartYear, input.EndYear, input.RequiresCompletionConfirmation, Today) is { } error)
        {
            var field = error.StartsWith("Năm", StringComparison.Ordinal) ? nameof(PlanEdit.StartYear)
                : error.StartsWith("Số", StringComparison.Ordinal) ? nameof(PlanEdit.Number) : nameof(PlanEdit.IssuedOn);
            return OperationResult<Plan>.Invalid(field, error);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<Plan>.Ok(plan);
    }

    public async Task<IReadOnlyList<(TaskUpdate Update, IReadOnlyList<EvidenceFile> Files)>> UpdatesAsync(Guid taskId, CancellationToken ct = default)
    {
        var updates = await db.TaskUpdates.AsNoTracking().Where(u => u.TaskId == taskId).OrderByDescending(u => u.AtUtc).ToListAsync(ct);
        var ids = updates.Select(u => u.Id).ToList();
        var files = (await db.EvidenceFiles.AsNoTracking().Where(f => ids.Contains(f.UpdateId))
            .Select(f => new EvidenceFile { TenantId = f.TenantId, Id = f.Id, UpdateId = f.UpdateId, FileName = f.FileName, ContentType = f.ContentType, Size = f.Size })
            .ToListAsync(ct)).ToLookup(f => f.UpdateId);
        return updates.Select(u => (u, (IReadOnlyList<EvidenceFile>)files[u.Id].ToList())).ToList();
    }

    public Task<EvidenceFile?> EvidenceAsync(Guid fileId, CancellationToken ct = default) =>
        db.EvidenceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct);

    /// <summary>A person sets the schedule the parser could not understand, or the date an outside event fixed.</summary>
    public async Task<OperationResult<PlanTask>> SetScheduleAsync(Guid taskId, string? scheduleText, DateOnly? manualDue, CancellationToken ct = default)
    {
        var task = await db.PlanTasks.FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
        {
            return OperationResult<PlanTask>.NotFound("Không tìm thấy nhiệm vụ.");
        }

        var plan = await db.Plans.AsNoTracking().FirstAsync(p => p.Id == task.PlanId, ct);
        if (!string.IsNullOrWhiteSpace(scheduleText))
        {
            var parsed = ScheduleParser.Parse(scheduleText, plan.StartYear);
            if (parsed.NeedsReview && manualDue is null)
            {
                return OperationResult<PlanTask>.Invalid("ScheduleText", $"Chưa hiểu được thời gian \"{scheduleText.Trim()}\". Hãy viết lại (ví dụ \"Trước ngày 30/6/{plan.StartYear}\") hoặc nhập hạn cụ thể.");
            }

            task.ScheduleText = scheduleText.Trim();
            task.ScheduleJson = ScheduleJson.Serialize(parsed);
            task.ScheduleNeedsReview = parsed.NeedsReview && manualDue is null;
        }

        if (manualDue is { } due)
        {
            if (due < plan.PeriodStart.AddYears(-1) || due > plan.PeriodEnd.AddYears(1))
            {
                return OperationResult<PlanTask>.Invalid("ManualDueDate", "Hạn hoàn thành nằm ngoài thời gian của kế hoạch.");
            }

            task.ManualDueDate = due;
            task.ScheduleNeedsReview = false;
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<PlanTask>.Ok(task);
    }

    public async Task<OperationResult<Plan>> SetStatusAsync(Guid planId, PlanStatus status, string? number, DateOnly? issuedOn, CancellationToken ct = default)
    {
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return OperationResult<Plan>.NotFound("Không tìm thấy kế hoạch.");
        }

        var moved = PlanTransitions.StepBetween(plan.Status, status) switch
        {
            PlanStep.Issue => plan.Issue(number, issuedOn, Today),
            PlanStep.Close => plan.Close(),
            PlanStep.Reopen => plan.Reopen(),
            _ => OperationResult<Plan>.Conflict($"Không thể chuyển kế hoạch từ \"{Plan.StatusText(plan.Status)}\" sang \"{Plan.StatusText(status)}\"."),
        };
        if (!moved.Succeeded)
        {
            return moved;
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<Plan>.Ok(plan);
    }

    public Task<List<Unit>> UnitsAsync(CancellationToken ct = default) => db.Units.AsNoTracking().OrderBy(u => u.Name).ToListAsync(ct);
}
