using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Satisfaction;

/// <summary>Feedback handled on time (Decision 766 5.2) for the published results.</summary>
public interface IFeedbackOnTimeSource
{
    /// <summary>Feedback handled on time ÷ feedback due in [from, to] in the current commune; null without data.</summary>
    Task<Ratio?> OnTimeAsync(DateOnly from, DateOnly to, CancellationToken ct);
}

/// <summary>Indicator 5.2 as the feedback module computes it; "không có dữ liệu" when no feedback was due.</summary>
public sealed class FeedbackOnTimeFigures(CitizenVoice.FeedbackIndicators indicators) : IFeedbackOnTimeSource
{
    public async Task<Ratio?> OnTimeAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        (await indicators.ComputeAsync(from, to, null, ct)).OnTime is { Denominator: > 0 } r ? r : null;
}

public sealed record PublishedRate(string Name, long Numerator, long Denominator, double? Percent);

/// <summary>What the public results page shows for a quarter, computed once and stored as it was published.</summary>
public sealed record ResultsSnapshot(
    string CommuneName,
    int Year,
    int Quarter,
    DateOnly From,
    DateOnly To,
    PublishedRate OnTime,
    IReadOnlyList<PublishedRate> OnTimeByUnit,
    double? SatisfactionIndex,
    int Respondents,
    IReadOnlyList<PublishedRate> SatisfactionByElement,
    PublishedRate? FeedbackOnTime)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Quarter Period => new(Year, Quarter);
}

/// <summary>A quarter's results as the Chairman published them: a frozen snapshot that later data never changes.</summary>
public sealed class PublishedResults : ITenantOwned
{
    private PublishedResults()
    {
    }

    public Guid TenantId { get; set; }
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public int Year { get; private set; }
    public int Quarter { get; private set; }
    public DateTime PublishedAt { get; private set; }
    public string PublishedBy { get; private set; } = "";
    public string SnapshotJson { get; private set; } = "{}";

    public ResultsSnapshot Snapshot => JsonSerializer.Deserialize<ResultsSnapshot>(SnapshotJson)!;

    public static PublishedResults Publish(ResultsSnapshot snapshot, string by, DateTime at) => new()
    {
        Year = snapshot.Year, Quarter = snapshot.Quarter, PublishedAt = at, PublishedBy = by, SnapshotJson = JsonSerializer.Serialize(snapshot),
    };

    internal static void Configure(ModelBuilder builder, bool npgsql) => builder.Entity<PublishedResults>(e =>
    {
        if (npgsql) e.Property(p => p.PublishedAt).HasColumnType("timestamp without time zone");
        e.HasKey(p => new { p.TenantId, p.Id });
        e.HasIndex(p => new { p.TenantId, p.Year, p.Quarter }).IsUnique();
        e.Property(p => p.PublishedBy).HasMaxLength(256);
        e.Property(p => p.SnapshotJson).HasMaxLength(200_000);
        e.Ignore(p => p.Snapshot);
    });
}

/// <summary>
/// The quarterly results: a live preview for staff, publication by the Chairman (stored as a snapshot, once per quarter),
/// and what the public portal reads (only published snapshots).
/// </summary>
public sealed class PublicationService(ReformDeskDbContext db, IndicatorService indicators, SatisfactionService satisfaction, IFeedbackOnTimeSource feedback)
{
    public async Task<ResultsSnapshot> PreviewAsync(Quarter quarter, CancellationToken ct = default)
    {
        var period = new ReportingPeriod(quarter.From, quarter.To);
        var tenantId = db.Tenant.TenantId;
        var commune = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.Name).FirstOrDefaultAsync(ct) ?? "";
        var overall = (await indicators.ComputeAsync(period, null, null, ct)).OnTimeRate;
        var byUnit = new List<PublishedRate>();
        foreach (var unit in await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Name).ToListAsync(ct))
        {
            var rate = (await indicators.ComputeAsync(period, unit.Id, null, ct)).OnTimeRate;
            if (rate.Denominator > 0) byUnit.Add(Rate(unit.Name, rate));
        }

        var results = await satisfaction.ResultsAsync(quarter.From, quarter.To, ct);
        var elements = results.All.Elements.Select(e => new PublishedRate(e.Name, e.Items.Sum(i => i.Satisfied), e.Answers, e.Percent)).ToList();
        var feedbackRate = await feedback.OnTimeAsync(quarter.From, quarter.To, ct);
        return new ResultsSnapshot(commune, quarter.Year, quarter.Number, quarter.From, quarter.To, Rate("Toàn xã/phường", overall), byUnit,
            results.All.Index, results.All.Respondents, elements,
            feedbackRate is { } f ? Rate("Phản ánh, kiến nghị xử lý đúng hạn", f) : null);
    }

    private static PublishedRate Rate(string name, Ratio r) => new(name, r.Numerator, r.Denominator, r.Percent is { } p ? Math.Round(p, 2) : null);

    /// <summary>Publishes a finished (or current) quarter once; a second publication of the same quarter is refused.</summary>
    public async Task<OperationResult<PublishedResults>> PublishAsync(Quarter quarter, string by, DateTime now, CancellationToken ct = default)
    {
        if (!quarter.IsValid) return OperationResult<PublishedResults>.Invalid("Quarter", "Quý không hợp lệ (1–4).");
        if (quarter.From > DateOnly.FromDateTime(now)) return OperationResult<PublishedResults>.Invalid("Quarter", $"{quarter.Text} chưa bắt đầu, chưa thể công bố.");
        var existing = await db.PublishedResults.AsNoTracking().FirstOrDefaultAsync(p => p.Year == quarter.Year && p.Quarter == quarter.Number, ct);
        if (existing is not null)
        {
            return OperationResult<PublishedResults>.Invalid("Quarter", $"Kết quả {quarter.Text} đã được công bố lúc {existing.PublishedAt:HH:mm dd/MM/yyyy}; số liệu đã công bố không thay đổi.");
        }

        var published = PublishedResults.Publish(await PreviewAsync(quarter, ct), by, now);
        db.PublishedResults.Add(published);
        await db.SaveChangesAsync(ct);
        return OperationResult<PublishedResults>.Ok(published);
    }

    public async Task<IReadOnlyList<PublishedResults>> ListAsync(CancellationToken ct = default) =>
        await db.PublishedResults.AsNoTracking().OrderByDescending(p => p.Year).ThenByDescending(p => p.Quarter).ToListAsync(ct);

    public async Task<PublishedResults?> LatestAsync(CancellationToken ct = default) =>
        await db.PublishedResults.AsNoTracking().OrderByDescending(p => p.Year).ThenByDescending(p => p.Quarter).FirstOrDefaultAsync(ct);

    public async Task<PublishedResults?> ForAsync(Quarter quarter, CancellationToken ct = default) =>
        await db.PublishedResults.AsNoTracking().FirstOrDefaultAsync(p => p.Year == quarter.Year && p.Quarter == quarter.Number, ct);
}
