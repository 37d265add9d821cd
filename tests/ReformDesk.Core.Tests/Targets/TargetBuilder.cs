using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Targets;
using ReformDesk.Core.Tests.Plans;
using ReformDesk.Core.Tests.Platform;
using Target = ReformDesk.Core.Targets.Target;

namespace ReformDesk.Core.Tests.Targets;

/// <summary>
/// Base of the target service tests on SQLite: a fresh commune whose clock reads 01:00 on 01/07/2026 in Hà Nội (still 30/06 in UTC),
/// the service with the indicator sources a test gives, the actors, and plans and movements a target can belong to.
/// </summary>
public abstract class TargetBuilder : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 6, 30, 18, 0, 0, TimeSpan.Zero);
    protected static readonly DateOnly Today = new(2026, 7, 1);
    protected static readonly DateOnly YearStart = new(2026, 1, 1);
    protected static readonly DateOnly YearEnd = new(2026, 12, 31);

    protected static readonly Actor Chairman = Act(Roles.Chairman);
    protected static readonly Actor Secretariat = Act(Roles.ReformSecretariat);

    protected SqliteCommune Commune { get; private set; } = null!;

    public async Task InitializeAsync() => Commune = await SqliteCommune.CreateAsync(Now);

    public async Task DisposeAsync() => await Commune.DisposeAsync();

    protected static Actor Act(string role, bool readOnly = false) => new(Guid.NewGuid(), $"Cán bộ ({Roles.Vietnamese(role)})", [role], null, readOnly);

    /// <summary>The service on a fresh unit of work, measuring through <paramref name="sources"/>.</summary>
    protected TargetService Targets(params IIndicatorSource[] sources)
    {
        var db = Commune.Open();
        return new TargetService(db, new PlanService(db, Commune.Clock), sources);
    }

    /// <summary>A target entered with evidence, over 2026 unless told.</summary>
    protected static TargetInput Entered(string text, double? threshold = 80, string? unit = "%", DateOnly? start = null, DateOnly? end = null) =>
        new(text, null, Comparison.AtLeast, threshold, unit, start ?? YearStart, end ?? YearEnd);

    /// <summary>A target measured by <paramref name="code"/> over 2026 unless told.</summary>
    protected static TargetInput Measured(string code, double threshold, Comparison comparison = Comparison.AtLeast, DateOnly? start = null, DateOnly? end = null) =>
        new($"Chỉ tiêu đo theo {TargetIndicators.Vietnamese(code)}", code, comparison, threshold, null, start ?? YearStart, end ?? YearEnd);

    /// <summary>Created by the secretariat, which must be accepted.</summary>
    protected async Task<Target> CreateAsync(TargetInput input)
    {
        var result = await Targets().CreateAsync(input, Secretariat);
        Assert.True(result.Succeeded, result.Message);
        return result.Value!;
    }

    /// <summary>The one target listed, as <see cref="TargetService.ListAsync"/> shows it.</summary>
    protected async Task<TargetView> ViewAsync(params IIndicatorSource[] sources) => (await Targets(sources).ListAsync()).Single();

    protected async Task<Movement> MovementAsync(string title)
    {
        await using var db = Commune.Open();
        var movement = new Movement { Title = title, StartYear = 2026, EndYear = 2030, IssuingBody = "UBND phường Trần Hưng Đạo" };
        db.Movements.Add(movement);
        await db.SaveChangesAsync();
        return movement;
    }

    /// <summary>A plan whose tasks end in the given statuses (one task per status, in order).</summary>
    protected async Task<Plan> PlanAsync(string title, params PlanTaskStatus[] statuses)
    {
        var builder = new PlanBuilder(Commune, title);
        for (var i = 0; i < statuses.Length; i++) builder.Task($"{i + 1}", "Quý III/2026", null);
        var built = await builder.SaveAsync();
        await using var db = Commune.Open();
        foreach (var (task, status) in built.Tasks.Zip(statuses))
        {
            var stored = await db.PlanTasks.SingleAsync(t => t.Id == task.Id);
            Assert.Null(status switch
            {
                PlanTaskStatus.Done => stored.MarkDone(Today, "Thư ký", false, true),
                PlanTaskStatus.AwaitingConfirmation => stored.MarkDone(Today, "Trưởng phòng", true, false),
                PlanTaskStatus.NotStarted => null,
                _ => stored.MoveTo(status, true),
            });
        }

        await db.SaveChangesAsync();
        return built.Plan;
    }
}

/// <summary>An indicator source answering fixed numbers for one code and recording what it was asked.</summary>
public sealed class FixedSource(string code, double? actual, params MonthlyValue[] monthly) : IIndicatorSource
{
    public List<(string Indicator, ReportingPeriod Period, DateOnly AsOf)> Asked { get; } = [];

    public string Describe => $"Số liệu thử cho {code}";

    public bool Supports(string indicator) => indicator == code;

    public Task<(double? Actual, IReadOnlyList<MonthlyValue> Monthly)> MeasureAsync(string indicator, ReportingPeriod period, DateOnly asOf, CancellationToken ct)
    {
        Asked.Add((indicator, period, asOf));
        return Task.FromResult<(double?, IReadOnlyList<MonthlyValue>)>((actual, monthly));
    }
}
