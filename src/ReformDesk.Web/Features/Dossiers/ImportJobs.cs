using System.Collections.Concurrent;
using ReformDesk.Core.Dossiers.Import;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>A dossier-log import running in the background, as the page and the API show it.</summary>
public sealed class ImportJob
{
    public Guid Id { get; } = Guid.NewGuid();
    public required Guid TenantId { get; init; }
    public required Guid? UserId { get; init; }
    public required string FileName { get; init; }
    public string? UserName { get; init; }
    public required string SourceName { get; init; }

    /// <summary>The checked file, held until the job has run.</summary>
    internal SafeUpload? Upload { get; set; }
    public required DateTime StartedAtUtc { get; init; }
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
        _ => "Đang chờ đến lượt",
    };
}

/// <summary>
/// Runs imports off the request so a large log shows progress instead of a page that waits (or times out). Each job runs in
/// its own scope with the commune and user of the request that started it; only that commune can see it. At most
/// <see cref="UploadOptions.MaxConcurrentImports"/> run at once and one per commune; the rest wait in arrival order with
/// their position shown. Jobs live in memory: a restart loses the queue and the progress view, not the data (each batch
/// is committed, and re-importing the file resumes).
/// </summary>
public sealed class ImportJobs(IServiceScopeFactory scopes, IOptions<UploadOptions> options, ILogger<ImportJobs> log, TimeProvider clock)
{
    private static readonly TimeSpan KeepFinished = TimeSpan.FromHours(2);
    private readonly ConcurrentDictionary<Guid, ImportJob> jobs = new();
    private readonly Lock gate = new();
    private readonly List<ImportJob> waiting = [];
    private readonly HashSet<Guid> runningCommunes = [];

    /// <summary>What a job does once its turn comes; tests replace it to hold jobs running.</summary>
    internal Func<IServiceProvider, ImportJob, SafeUpload, string, Task<DossierImportResult>> Run { get; set; } =
        (services, job, upload, source) => services.GetRequiredService<DossierLogImporter>().ImportAsync(upload, source, new JobProgress(job));

    /// <summary>Queues the import; null with a Vietnamese reason when the queue is full.</summary>
    public ImportJob? Start(TenantContext requester, SafeUpload upload, string sourceName, out string? refusal)
    {
        var tenantId = requester.TenantId ?? throw new InvalidOperationException("An import needs a commune.");
        if (requester.IsReadOnly) throw new TenantViolationException("Tài khoản chỉ có quyền xem dữ liệu của xã/phường này.");
        Sweep();
        var job = new ImportJob { TenantId = tenantId, UserId = requester.UserId, UserName = requester.UserName, FileName = upload.FileName ?? "nhat-ky.csv", Upload = upload, SourceName = sourceName, StartedAtUtc = clock.GetUtcNow().UtcDateTime };
        lock (gate)
        {
            if (waiting.Count >= options.Value.MaxQueuedImports)
            {
                refusal = $"Đang có {waiting.Count} lượt nhập chờ đến lượt (tối đa {options.Value.MaxQueuedImports}); hãy thử lại sau ít phút.";
                return null;
            }

            jobs[job.Id] = job;
            waiting.Add(job);
            Pump();
        }

        refusal = null;
        return job;
    }

    /// <summary>The job if it belongs to <paramref name="tenantId"/>; another commune's job does not exist for the caller.</summary>
    public ImportJob? Find(Guid id, Guid? tenantId) =>
        jobs.TryGetValue(id, out var job) && job.TenantId == tenantId ? job : null;

    /// <summary>1 for the next job to start; null once it runs.</summary>
    public int? QueuePosition(ImportJob job)
    {
        lock (gate)
        {
            var i = waiting.IndexOf(job);
            return i < 0 ? null : i + 1;
        }
    }

    /// <summary>Starts waiting jobs while there is room; a commune with a job running waits, the ones behind it may pass.</summary>
    private void Pump()
    {
        for (var i = 0; i < waiting.Count && runningCommunes.Count < options.Value.MaxConcurrentImports;)
        {
            var job = waiting[i];
            if (!runningCommunes.Add(job.TenantId))
            {
                i++;
                continue;
            }

            waiting.RemoveAt(i);
            _ = Task.Run(() => RunAsync(job));
        }
    }

    private async Task RunAsync(ImportJob job)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
            context.SetUser(job.UserId, job.UserName ?? "");
            context.SetTenant(job.TenantId, readOnly: false);
            job.Result = await Run(scope.ServiceProvider, job, job.Upload!, job.SourceName);
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Dossier import {Job} failed", job.Id);
            job.Failure = "Nhập dữ liệu bị dừng do lỗi hệ thống; các lô đã ghi được giữ lại. Hãy nhập lại cùng tệp để tiếp tục (dòng đã có sẽ được bỏ qua).";
        }
        finally
        {
            job.Upload = null;
            lock (gate)
            {
                runningCommunes.Remove(job.TenantId);
                Pump();
            }
        }
    }

    private void Sweep()
    {
        foreach (var (id, job) in jobs)
        {
            if (job.Finished && clock.GetUtcNow().UtcDateTime - job.StartedAtUtc > KeepFinished) jobs.TryRemove(id, out _);
        }
    }

    private sealed class JobProgress(ImportJob job) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => job.Progress = value;
    }
}
