using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

/// <summary>The settings of one nomination round of a movement (đợt xét khen thưởng): deadline, quotas, conditions.</summary>
public sealed class NominationRound : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MovementId { get; set; }
    public RoundKind Kind { get; set; }

    /// <summary>The year whose results are rewarded (the last year for a period-end round).</summary>
    public int Year { get; set; }

    /// <summary>First year of the period (= <see cref="Year"/> for an annual round).</summary>
    public int FromYear { get; set; }

    public DateOnly? Deadline { get; set; }

    /// <summary>"đến hết ngày" (true) or "trước ngày" (false, the seeds' wording).</summary>
    public bool DeadlineInclusive { get; set; }

    public int? MaxCollectivesPerUnit { get; set; }
    public int? MaxIndividualsPerUnit { get; set; }
    public int? MinYearsDirectReformWork { get; set; }
    public bool RequiresRecognisedInitiative { get; set; }
    public ReformRating? RequiredUnitRating { get; set; }

    /// <summary>The movement's own soft criteria, one per line as "CODE|Text".</summary>
    public string? ExtraChecklist { get; set; }

    public string Title => Kind switch
    {
        RoundKind.Annual => $"Khen thưởng hằng năm {Year}",
        RoundKind.PeriodEnd => $"Khen thưởng tổng kết giai đoạn {FromYear} - {Year}",
        _ => $"Khen thưởng đột xuất {Year}",
    };

    public IReadOnlyList<ChecklistItem> ExtraItems => (ExtraChecklist ?? "")
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(l => l.Split('|', 2))
        .Where(p => p.Length == 2)
        .Select(p => new ChecklistItem(p[0].Trim(), p[1].Trim()))
        .ToList();

    /// <summary>The rule engine's view of this round.</summary>
    public Rules.NominationRound ToRule() => new(MovementId.ToString(), Kind, FromYear, Year,
        Deadline is { } d ? new SubmissionDeadline(d, DeadlineInclusive) : null,
        new RoundSettings
        {
            MaxCollectivesPerUnit = MaxCollectivesPerUnit,
            MaxIndividualsPerUnit = MaxIndividualsPerUnit,
            MinYearsDirectReformWork = MinYearsDirectReformWork,
            RequiresRecognisedInitiative = RequiresRecognisedInitiative,
            RequiredUnitRating = RequiredUnitRating,
            ExtraChecklistItems = ExtraItems,
        });
}
