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

    public string Source(RuleSet ruleSet) => "Kế hoạch phát động phong trào của đợt (thời hạn gửi hồ sơ khen thưởng: trước ngày 31/3 hằng năm)";
}
