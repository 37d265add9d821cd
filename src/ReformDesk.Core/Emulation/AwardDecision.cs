using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

/// <summary>Quyết định khen thưởng.</summary>
public sealed class AwardDecision : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RoundId { get; set; }
    public int Number { get; set; }
    public DateOnly Date { get; set; }
    public string Signer { get; set; } = "";

    public string NumberText => $"{Documents.DocumentNumbers.FormatNumber(Number)}/{Documents.DocumentNumbers.Symbol(Documents.DocumentType.Decision, "UBND")}";
}

/// <summary>Award history: one award received by a person or a collective.</summary>
public sealed class AwardRecord : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public NomineeKind NomineeKind { get; set; }
    public Guid? PersonId { get; set; }
    public Guid? UnitId { get; set; }
    public string NomineeName { get; set; } = "";
    public AwardKind AwardKind { get; set; }
    public int Year { get; set; }
    public int? PeriodFrom { get; set; }
    public string? AchievementKey { get; set; }
    public string AchievementSummary { get; set; } = "";
    public Guid? DecisionId { get; set; }
    public string DecisionNumber { get; set; } = "";
    public DateOnly? DecisionDate { get; set; }
    public Guid? NominationId { get; set; }
    public bool Revoked { get; set; }

    /// <summary>The level whose Chairman decided (Xa for the commune's own decisions).</summary>
    public Rules.AwardLevel DecidedBy { get; set; } = Rules.AwardLevel.Xa;

    /// <summary>Who issued a higher-level decision, as written on it; null for the commune's own.</summary>
    public string? IssuingAuthority { get; set; }

    /// <summary>The commune's tờ trình the higher decision answered.</summary>
    public Guid? ProposalId { get; set; }

    public string? RevokedReason { get; set; }
    public DateOnly? RevokedOn { get; set; }

    /// <summary>
    /// The award a nomination of <paramref name="round"/> became, under the decision numbered <paramref name="decisionNumber"/>:
    /// the commune's own (<paramref name="decisionId"/>) or a higher level's answering a tờ trình (<paramref name="proposalId"/>).
    /// </summary>
    public static AwardRecord Of(Nomination n, NominationRound round, string decisionNumber, DateOnly? decisionDate, Guid? decisionId = null,
        Rules.AwardLevel decidedBy = Rules.AwardLevel.Xa, string? issuingAuthority = null, Guid? proposalId = null) => new()
    {
        NomineeKind = n.NomineeKind,
        PersonId = n.NomineePersonId,
        UnitId = n.NomineeUnitId,
        NomineeName = n.NomineeName,
        AwardKind = n.AwardKind,
        Year = round.Year,
        PeriodFrom = round.FromYear == round.Year ? null : round.FromYear,
        AchievementKey = n.AchievementKey,
        AchievementSummary = n.AchievementSummary,
        DecisionId = decisionId,
        DecisionNumber = decisionNumber,
        DecisionDate = decisionDate,
        DecidedBy = decidedBy,
        IssuingAuthority = issuingAuthority,
        ProposalId = proposalId,
        NominationId = n.Id,
    };

    public string? Revoke(string? reason, DateOnly today)
    {
        if (Revoked)
        {
            return "Khen thưởng này đã bị thu hồi.";
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return "Hãy nhập lý do thu hồi.";
        }

        Revoked = true;
        RevokedReason = reason.Trim();
        RevokedOn = today;
        return null;
    }
}
