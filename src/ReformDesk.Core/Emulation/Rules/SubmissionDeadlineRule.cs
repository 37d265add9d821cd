namespace ReformDesk.Core.Emulation.Rules;

/// <summary>The dossier must reach the receiving office before the round's deadline.</summary>
public sealed class SubmissionDeadlineRule : IAwardRule
{
    public string Code => "SUBMISSION_DEADLINE";
    public string Name => "Thời hạn gửi hồ sơ đề nghị khen thưởng";

    public RuleOutcome Check(NominationContext context)
    {
        if (context.Round.Deadline is not { } deadline)
        {
            return RuleOutcome.NotApplicable();
        }

        return deadline.IsMetBy(context.SubmissionDate)
            ? RuleOutcome.Passed()
            : RuleOutcome.Failed($"Hồ sơ gửi ngày {VietnameseLabels.Date(context.SubmissionDate)}, quá thời hạn ({deadline.Describe()}) của đợt này.");
    }

    public string Source(RuleSet ruleSet) => "Kế hoạch của đợt (seed 000 mục III.3, seed 001 mục III.2.3: trước ngày 31/3 hằng năm)";
}
