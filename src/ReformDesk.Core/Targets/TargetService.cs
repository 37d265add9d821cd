using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Targets;

/// <summary>Supplies computed actual values for indicator codes it knows; the dossier module registers one.</summary>
public interface IIndicatorSource
{
    bool Supports(string indicator);

    /// <summary>Where the number comes from, shown beside it.</summary>
    string Describe { get; }

    /// <summary>The value over the period so far and the monthly series for the forecast; null when there is no data.</summary>
    Task<(double? Actual, IReadOnlyList<MonthlyValue> Monthly)> MeasureAsync(string indicator, ReportingPeriod period, DateOnly asOf, CancellationToken ct);
}

public sealed record TargetView(Target Target, string? Source, double? Actual, TargetEvaluation? Evaluation, string? Owner)
{
    public string StatusText => Evaluation?.Status switch
    {
        TargetStatus.Met => "Đạt",
        TargetStatus.NotMet => "Không đạt",
        TargetStatus.OnTrack => "Dự báo đạt",
        TargetStatus.AtRisk => "Có nguy cơ không đạt",
        _ => Target.Threshold is null ? "Chỉ tiêu định tính" : "Chưa có số liệu",
    };
}

/// <summary>What a commune types to set a target; <see cref="Indicator"/> is a <see cref="TargetCatalogue"/> code or empty for "entered with evidence".</summary>
public sealed record TargetInput(
    string? Text,
    string? Indicator,
    Comparison Comparison,
    double? Threshold,
    string? Unit,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    Guid? PlanId = null,
    Guid? MovementId = null);

/// <summary>Targets with their actual values measured from data (never typed in when a source exists) and a forecast.</summary>
public sealed class TargetService(ReformDeskDbContext db, PlanService plans, IEnumerable<IIndicatorSource> sources)
{
    public async Task<IReadOnlyList<TargetView>> ListAsync(CancellationToken ct = default)
    {
        var today = plans.Today;
        var targets = await db.Targets.AsNoTracking().OrderBy(t => t.PeriodEnd).ThenBy(t => t.Text).ToListAsync(ct);
        var planTitles = await db.Plans.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Title, ct);
        var movementTitles = await db.Movements.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Title, ct);
        var result = new List<TargetView>();
        foreach (var target in targets)
        {
            var owner = target.PlanId is { } p ? planTitles.GetValueOrDefault(p) : target.MovementId is { } m ? movementTitles.GetValueOrDefault(m) : null;
            var (actual, monthly, source) = await MeasureAsync(target, today, ct);
            TargetEvaluation? evaluation = null;
            if (target.Threshold is { } threshold && (actual is not null || today >= target.PeriodStart))
            {
                var measure = TargetIndicators.IsCumulative(target.Indicator) ? TargetMeasure.Cumulative : TargetMeasure.Level;
                var rule = new Dossiers.Rules.Target(target.Indicator ?? "entered", target.Comparison, threshold, target.Period, measure)
                {
                    Minimum = target.IsPercent ? 0 : null,
                    Maximum = target.IsPercent ? 100 : null,
                };
                evaluation = TargetEvaluation.Evaluate(rule, actual, target.Period.ElapsedFraction(today), monthly);
            }

            result.Add(new TargetView(target, source, actual, evaluation, owner));
        }

        return result;
    }

    private async Task<(double? Actual, IReadOnlyList<MonthlyValue> Monthly, string? Source)> MeasureAsync(Target target, DateOnly today, CancellationToken ct)
    {
        if (target.Indicator is null)
        {
            return (target.EnteredActual, [], target.EnteredActual is null ? null : $"Nhập bởi {target.EnteredBy} ngày {VietnamTime.Date(target.EnteredOn)}: {target.EnteredEvidence}");
        }

        if (target.Indicator == TargetIndicators.TaskCompletionRate && target.PlanId is { } planId)
        {
            var statuses = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == planId && t.Status != PlanTaskStatus.Cancelled).Select(t => t.Status).ToListAsync(ct);
            double? rate = statuses.Count == 0 ? null : 100.0 * statuses.Count(s => s == PlanTaskStatus.Done) / statuses.Count;
            return (rate, [], "Tính từ tiến độ nhiệm vụ của kế hoạch");
        }

        foreach (var source in sources.Where(s => s.Supports(target.Indicator)))
        {
            var (actual, monthly) = await source.MeasureAsync(target.Indicator, target.Period, today, ct);
            return (actual, monthly, source.Describe);
        }

        return (null, [], null);
    }

    public Task<Target?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Targets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);

    /// <summary>Plans and movements a target can belong to, for the form.</summary>
    public async Task<(IReadOnlyList<(Guid Id, string Title)> Plans, IReadOnlyList<(Guid Id, string Title)> Movements)> OwnersAsync(CancellationToken ct = default)
    {
        var planList = await db.Plans.AsNoTracking().OrderBy(p => p.Title).Select(p => new { p.Id, p.Title }).ToListAsync(ct);
        var movementList = await db.Movements.AsNoTracking().OrderBy(m => m.Title).Select(m => new { m.Id, m.Title }).ToListAsync(ct);
        return (planList.Select(p => (p.Id, p.Title)).ToList(), movementList.Select(m => (m.Id, m.Title)).ToList());
    }

    public static bool CanSetUp(Actor actor) => !actor.TenantReadOnly && actor.Roles.Any(TaskPermissions.PlanManagers.Contains);

    public Task<OperationResult<Target>> CreateAsync(TargetInput input, Actor actor, CancellationToken ct = default) => SaveAsync(null, input, actor, ct);

    public Task<OperationResult<Target>> UpdateAsync(Guid id, TargetInput input, Actor actor, CancellationToken ct = default) => SaveAsync(id, input, actor, ct);

    public async Task<OperationResult<Target>> DeleteAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        if (!CanSetUp(actor))
        {
            return OperationResult<Target>.Forbidden("Chỉ Chủ tịch và bộ phận tham mưu CCHC được thiết lập chỉ tiêu.");
        }

        if (await db.Targets.FirstOrDefaultAsync(t => t.Id == id, ct) is not { } target)
        {
            return OperationResult<Target>.NotFound("Không tìm thấy chỉ tiêu.");
        }

        db.Targets.Remove(target);
        await db.SaveChangesAsync(ct);
        return OperationResult<Target>.Ok(target);
    }

    private async Task<OperationResult<Target>> SaveAsync(Guid? id, TargetInput input, Actor actor, CancellationToken ct)
    {
        if (!CanSetUp(actor))
        {
            return OperationResult<Target>.Forbidden("Chỉ Chủ tịch và bộ phận tham mưu CCHC được thiết lập chỉ tiêu.");
        }

        Target? target = null;
        if (id is { } existing && (target = await db.Targets.FirstOrDefaultAsync(t => t.Id == existing, ct)) is null)
        {
            return OperationResult<Target>.NotFound("Không tìm thấy chỉ tiêu.");
        }

        if (Validate(input) is { } error)
        {
            return OperationResult<Target>.Invalid(error.Field, error.Message);
        }

        if (input.PlanId is { } planId && !await db.Plans.AnyAsync(p => p.Id == planId, ct))
        {
            return OperationResult<Target>.Invalid(nameof(TargetInput.PlanId), "Không tìm thấy kế hoạch đã chọn.");
        }

        if (input.MovementId is { } movementId && !await db.Movements.AnyAsync(m => m.Id == movementId, ct))
        {
            return OperationResult<Target>.Invalid(nameof(TargetInput.MovementId), "Không tìm thấy phong trào đã chọn.");
        }

        if (target is null)
        {
            target = new Target();
            db.Targets.Add(target);
        }

        var measured = TargetCatalogue.Find(Clean(input.Indicator));
        target.Define(input.Text!.Trim(), measured?.Code, input.Comparison, input.Threshold, measured?.Unit ?? Clean(input.Unit) ?? "%",
            input.PeriodStart!.Value, input.PeriodEnd!.Value, input.PlanId, input.MovementId);
        await db.SaveChangesAsync(ct);
        return OperationResult<Target>.Ok(target);
    }

    /// <summary>The first problem of the input, named by its field, or null.</summary>
    public static (string Field, string Message)? Validate(TargetInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            return (nameof(TargetInput.Text), "Hãy ghi nội dung chỉ tiêu như văn bản nêu (ví dụ: “Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 99% trở lên”).");
        }

        if (input.Text.Trim().Length > 2000)
        {
            return (nameof(TargetInput.Text), "Nội dung chỉ tiêu dài quá 2.000 ký tự.");
        }

        var code = Clean(input.Indicator);
        var measured = TargetCatalogue.Find(code);
        if (code is not null && measured is null)
        {
            return (nameof(TargetInput.Indicator), $"Không có chỉ số đo “{code}”. Hãy chọn trong danh mục hoặc chọn “Nhập kết quả kèm minh chứng”.");
        }

        if (measured is { PlanOnly: true } && input.PlanId is null)
        {
            return (nameof(TargetInput.PlanId), $"Chỉ số “{measured.Name}” tính theo một kế hoạch: hãy chọn kế hoạch.");
        }

        if (input.PlanId is not null && input.MovementId is not null)
        {
            return (nameof(TargetInput.MovementId), "Một chỉ tiêu thuộc một kế hoạch hoặc một phong trào, không cả hai.");
        }

        if (!Enum.IsDefined(input.Comparison))
        {
            return (nameof(TargetInput.Comparison), "Hãy chọn cách so sánh (≥, ≤, =, <, >).");
        }

        var unit = measured?.Unit ?? Clean(input.Unit) ?? "%";
        if (unit.Length > 100)
        {
            return (nameof(TargetInput.Unit), "Đơn vị tính dài quá 100 ký tự.");
        }

        if (input.Threshold is null && measured is not null)
        {
            return (nameof(TargetInput.Threshold), "Chỉ tiêu đo từ dữ liệu cần mức phấn đấu (con số).");
        }

        if (input.Threshold is { } t && (double.IsNaN(t) || double.IsInfinity(t) || t < 0 || (unit.StartsWith('%') && t > 100)))
        {
            return (nameof(TargetInput.Threshold), unit.StartsWith('%') ? "Mức phấn đấu phải từ 0 đến 100 (%)." : "Mức phấn đấu phải là số không âm.");
        }

        if (input.PeriodStart is not { } start)
        {
            return (nameof(TargetInput.PeriodStart), "Hãy nhập ngày bắt đầu kỳ đánh giá (dd/MM/yyyy).");
        }

        if (input.PeriodEnd is not { } end)
        {
            return (nameof(TargetInput.PeriodEnd), "Hãy nhập ngày kết thúc kỳ đánh giá (dd/MM/yyyy).");
        }

        if (end < start)
        {
            return (nameof(TargetInput.PeriodEnd), "Ngày kết thúc kỳ đánh giá không được trước ngày bắt đầu.");
        }

        if (end > start.AddYears(10))
        {
            return (nameof(TargetInput.PeriodEnd), "Một kỳ đánh giá dài tối đa 10 năm.");
        }

        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Only targets without a data source take an entered value, and only with its evidence.</summary>
    public async Task<OperationResult<Target>> EnterAsync(Guid targetId, double? actual, string? evidence, string enteredBy, CancellationToken ct = default)
    {
        var target = await db.Targets.FirstOrDefaultAsync(t => t.Id == targetId, ct);
        if (target is null)
        {
            return OperationResult<Target>.NotFound("Không tìm thấy chỉ tiêu.");
        }

        if (target.Enter(actual, evidence, enteredBy, plans.Today) is { } refused)
        {
            return OperationResult<Target>.Invalid(refused.Field, refused.Message);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<Target>.Ok(target);
    }
}
