using System.Collections.Concurrent;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Platform;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>A dossier-log import running in the background, as the page and the API show it.</summary>
public sealed class ImportJob
{
    public Guid Id { get; } = Guid.NewGuid();
    public required Guid TenantId { get; init; }
    public required Guid? UserId { get; init; }
    public required string FileName { get; init; }
    public DateTime StartedAtUtc { get; } = DateTime.UtcNow;
    public volatile ImportProgress? Progress;
    public volatile DossierImportResult? Result;
    public volatile string? Failure;

    public bool Finished => Result is not null || Failure is not null;

    /// <summary>0–100 for the progress bar: reading is the first 20%, saving the next 75%, indicators the rest.</summary>
    public int Percent => Finished ? 100 : Progress switch
    {
        null => 0,
        { Stage: ImportStage.Reading } => 10,
        { Stage: ImportStage.Saving, Total: > 0 } p => 20 + (int)(75L * p.Processed / p.Total),
        { Stage: ImportStage.Indicators } => 96,
        _ => 20,
    };

    public string StageText => Failure is not null ? "Lỗi" : Result is not null ? "Hoàn tất" : Progress?.Stage switch
    {
        ImportStage.Reading => $"Đang đọc và kiểm tra tệp: {Progress.Processed:N0} dòng",
        ImportStage.Saving => $"Đang ghi hồ sơ: {Progress.Processed:N0}/{Progress.Total:N0} dòng hợp lệ",
        ImportStage.Indicators => "Đang tính lại chỉ số các tháng có thay đổi",
        _ => "Đang bắt đầu",
    };
}

/// <summary>
/// Runs imports off the request so a large log shows progress instead of a page that waits (or times out). Each job runs in
/// its own scope with the commune and user of the request that started it; only that commune can see it. Jobs live in
/// memory: a restart loses the progress view, not the data (each batch is committed, and re-importing the file resumes).
/// </summary>
public sealed class ImportJobs(IServiceScopeFactory scopes, ILogger<ImportJobs> log)
{
    private static readonly TimeSpan KeepFinished = TimeSpan.FromHours(2);
    private readonly ConcurrentDictionary<Guid, ImportJob> jobs = new();

    public ImportJob Start(TenantContext requester, byte[] content, string fileName, string sourceName)
    {
        var tenantId = requester.TenantId ?? throw new InvalidOperationException("An import needs a commune.");
        if (requester.IsReadOnly) throw new TenantViolationException("Tài khoản chỉ có quyền xem dữ liệu của xã/phường này.");
        Sweep();
        var job = new ImportJob { TenantId = tenantId, UserId = requester.UserId, FileName = fileName };
        jobs[job.Id] = job;
        var userName = requester.UserName;
        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
                context.SetUser(job.UserId, userName);
                context.SetTenant(tenantId, readOnly: false);
                var importer = scope.ServiceProvider.GetRequiredService<DossierLogImporter>();
                job.Result = await importer.ImportAsync(content, fileName, sourceName, new JobProgress(job));
            }
            catch (Exception ex)
            {
                log.LogError(ex, "Dossier import {Job} failed", job.Id);
                job.Failure = "Nhập dữ liệu bị dừng do lỗi hệ thống; các lô đã ghi được giữ lại. Hãy nhập lại cùng tệp để tiếp tục (dòng đã có sẽ được bỏ qua).";
            }
        });
        return job;
    }

    /// <summary>The job if it belongs to <paramref name="tenantId"/>; another commune's job does not exist for the caller.</summary>
    public ImportJob? Find(Guid id, Guid? tenantId) =>
        jobs.TryGetValue(id, out var job) && job.TenantId == tenantId ? job : null;

    private void Sweep()
    {
        foreach (var (id, job) in jobs)
        {
            if (job.Finished && DateTime.UtcNow - job.StartedAtUtc > KeepFinished) jobs.TryRemove(id, out _);
        }
    }

    private sealed class JobProgress(ImportJob job) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => job.Progress = value;
    }
}
