namespace ReformDesk.Core.Emulation.Rules;

public enum NominationVerdict
{
    /// <summary>Every rule passed or does not apply.</summary>
    Ready,
    /// <summary>No rule failed, but checklist items are still to be ticked.</summary>
    NeedsConfirmation,
    /// <summary>At least one rule failed or lacks a recorded fact.</summary>
    Blocked,
}

public sealed record RuleCheck(string Code, string Name, string Source, RuleOutcome Outcome);

public sealed record NominationCheckResult(RuleSet RuleSet, IReadOnlyList<RuleCheck> Checks, NominationVerdict Verdict)
{
    public IEnumerable<RuleCheck> Failures => Checks.Where(c => c.Outcome.Blocks);

    public IReadOnlyList<ChecklistItem> OpenItems =>
        Checks.SelectMany(c => c.Outcome.Checklist).DistinctBy(i => i.Code).ToList();
}

/// <summary>Runs the award rules, in order, over one nomination.</summary>
public sealed class NominationChecker(IEnumerable<IAwardRule> rules)
{
    private readonly IReadOnlyList<IAwardRule> _rules = rules.ToList();

    public NominationChecker()
        : this(DefaultRules())
    {
    }

    public IReadOnlyList<IAwardRule> Rules => _rules;

    public static IReadOnlyList<IAwardRule> DefaultRules() =>
    [
        new AwardApplicabilityRule(),
        new SubmissionDeadlineRule(),
        new QuotaPerUnitRule(),
        new NoSecondAwardForSameAchievementRule(),
        new MinYearsDirectReformWorkRule(),
        new RecognisedInitiativeRequiredRule(),
        new UnitReformRatingRule(),
        new LaoDongTienTienStandardRule(),
        new ChienSiThiDuaCoSoStandardRule(),
        new TapTheLaoDongTienTienStandardRule(),
        new TapTheLaoDongXuatSacStandardRule(),
        new SoftStandardsRule(),
    ];

    public NominationCheckResult Check(NominationContext context)
    {
        var ruleSet = context.RuleSet;
        var checks = _rules
            .Select(r => new RuleCheck(r.Code, r.Name, r.Source(ruleSet), r.Check(context).WithConfirmations(context.ConfirmedItems)))
            .ToList();

        var verdict = checks.Any(c => c.Outcome.Blocks) ? NominationVerdict.Blocked
            : checks.Any(c => c.Outcome.Status == RuleStatus.NeedsConfirmation) ? NominationVerdict.NeedsConfirmation
            : NominationVerdict.Ready;
        return new NominationCheckResult(ruleSet, checks, verdict);
    }
}
