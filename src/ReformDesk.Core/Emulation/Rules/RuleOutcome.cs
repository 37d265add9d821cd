namespace ReformDesk.Core.Emulation.Rules;

public enum RuleStatus
{
    Passed,
    Failed,
    NeedsConfirmation,
    NotApplicable,
    /// <summary>A fact the rule reads is not recorded: blocks like a failure, and no tick can stand in for it.</summary>
    MissingData,
}

/// <summary>The result of one rule: passed, failed with a Vietnamese reason, or a checklist a person must tick.</summary>
public sealed record RuleOutcome
{
    private RuleOutcome(RuleStatus status, string? reason, IReadOnlyList<ChecklistItem> items)
    {
        Status = status;
        Reason = reason;
        Checklist = items;
    }

    public RuleStatus Status { get; }

    /// <summary>Vietnamese reason (always set for Failed and MissingData; optional note otherwise).</summary>
    public string? Reason { get; }

    /// <summary>Items still to be ticked (NeedsConfirmation only).</summary>
    public IReadOnlyList<ChecklistItem> Checklist { get; }

    public static RuleOutcome Passed(string? note = null) => new(RuleStatus.Passed, note, []);

    public static RuleOutcome Failed(string reason) => new(RuleStatus.Failed, reason, []);

    public static RuleOutcome NotApplicable(string? note = null) => new(RuleStatus.NotApplicable, note, []);

    /// <summary>The fact is not recorded; the reason says which and where it is recorded.</summary>
    public static RuleOutcome Missing(string reason) => new(RuleStatus.MissingData, reason, []);

    public bool Blocks => Status is RuleStatus.Failed or RuleStatus.MissingData;

    public static RuleOutcome NeedsConfirmation(params ChecklistItem[] items) => NeedsConfirmation((IReadOnlyList<ChecklistItem>)items);

    public static RuleOutcome NeedsConfirmation(IReadOnlyList<ChecklistItem> items) =>
        items.Count == 0 ? Passed() : new(RuleStatus.NeedsConfirmation, null, items);

    /// <summary>Turns NeedsConfirmation into Passed when every item is confirmed; leaves the open ones otherwise.</summary>
    public RuleOutcome WithConfirmations(IReadOnlySet<string> confirmed)
    {
        if (Status != RuleStatus.NeedsConfirmation)
        {
            return this;
        }

        var open = Checklist.Where(i => !confirmed.Contains(i.Code)).ToList();
        return open.Count == 0 ? Passed("Đã được xác nhận.") : new(RuleStatus.NeedsConfirmation, Reason, open);
    }
}

public interface IAwardRule
{
    /// <summary>Stable code, e.g. "QUOTA_PER_UNIT".</summary>
    string Code { get; }

    /// <summary>Vietnamese name shown to the user.</summary>
    string Name { get; }

    RuleOutcome Check(NominationContext context);

    /// <summary>Where the rule comes from under the given rule set (law article, decree, or the movement's plan).</summary>
    string Source(RuleSet ruleSet) => ruleSet.Citation;
}
