using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Web.Features.Plans;

public sealed class ReminderOptions
{
    public bool Enabled { get; set; } = true;
    [System.ComponentModel.DataAnnotations.Range(1, 1440, ErrorMessage = "Reminders:IntervalMinutes phải từ 1 đến 1440 phút.")]
    public int IntervalMinutes { get; set; } = 60;
}

/// <summary>
/// Runs the reminders of every commune on a timer. Safe to run in several instances and after restarts:
/// <see cref="ReminderService"/> claims each reminder key in the database before sending.
/// </summary>
public sealed class ReminderJob(IServiceScopeFactory scopes, Microsoft.Extensions.Options.IOptions<ReminderOptions> reminderOptions, ILogger<ReminderJob> logger) : BackgroundService
{
    private readonly ReminderOptions options = reminderOptions.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.IntervalMinutes)));
        do
        {
            try
            {
                await RunOnceAsync(scopes, logger, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Reminder run failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public static async Task<int> RunOnceAsync(IServiceScopeFactory scopes, ILogger logger, CancellationToken ct)
    {
        List<Guid> communes;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem("system:reminders");
            communes = await scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Tenants
                .Where(t => t.Kind == TenantKind.Commune).Select(t => t.Id).ToListAsync(ct);
        }

        var total = 0;
        foreach (var commune in communes)
        {
            await using var scope = scopes.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
            context.SetUser(null, "system:reminders");
            context.SetTenant(commune, readOnly: false);
            total += await scope.ServiceProvider.GetRequiredService<ReminderService>().RunForCurrentTenantAsync(ct);
        }

        if (total > 0)
        {
            logger.LogInformation("Sent {Count} reminders", total);
        }

        return total;
    }
}
