namespace ReformDesk.Core.Emulation.Rules;

/// <summary>
/// "Chiến sĩ thi đua cơ sở": the "Lao động tiên tiến" standard plus one of — duties completed excellently
/// (from 01/01/2024), an initiative recognised in the year, or an accepted research work/scheme in the year.
/// Before 2024 (Decree 91/2017) an excellent appraisal alone did not suffice.
/// </summary>
public sealed class ChienSiThiDuaCoSoStandardRule(bool disciplineBlocks = true) : IAwardRule
{
    public string Code => "CHIEN_SI_THI_DUA_CO_SO_STANDARD";
    public string Name => "Tiêu chuẩn danh hiệu “Chiến sĩ thi đua cơ sở”";

    public RuleOutcome Check(NominationContext context)
    {
        if (context.Award != AwardKind.ChienSiThiDuaCoSo || context.Nominee.Kind != NomineeKind.Individual)
        {
            return RuleOutcome.NotApplicable();
        }

        var ldtt = LaoDongTienTienStandardRule.Evaluate(context, disciplineBlocks);
        if (ldtt.Status == RuleStatus.Failed)
        {
            return RuleOutcome.Failed($"Chưa đạt tiêu chuẩn “Lao động tiên tiến”: {ldtt.Reason}");
        }

        if (ldtt.Status == RuleStatus.MissingData)
        {
            return ldtt;
        }

        var year = context.AchievementYear;
        var excellent = context.Facts.Appraisals.TryGetValue(year, out var a) && a == AppraisalResult.HoanThanhXuatSac;
        var initiative = context.Facts.Initiatives.Any(i => i.DecisionDate.Year == year);
        var scheme = context.Facts.AcceptedSchemes.Any(s => s.AcceptedOn.Year == year);
        var acceptsExcellent = context.RuleSet.ChienSiThiDuaCoSoAcceptsExcellentAppraisal;

        if (initiative || scheme || (acceptsExcellent && excellent))
        {
            return ldtt;
        }

        var options = acceptsExcellent
            ? $"hoàn thành xuất sắc nhiệm vụ năm {year}, có sáng kiến được công nhận, hoặc có đề tài, đề án khoa học đã được nghiệm thu trong năm"
            : $"có sáng kiến được cơ sở công nhận hoặc có đề tài nghiên cứu khoa học đã được nghiệm thu, áp dụng trong năm {year}";
        return RuleOutcome.Failed($"{context.Nominee.Name} chưa đạt tiêu chuẩn “Chiến sĩ thi đua cơ sở”: cần {options} ({context.RuleSet.Citation}).");
    }

    public string Source(RuleSet ruleSet) => ruleSet == RuleSets.Law2003Decree91
        ? "Luật Thi đua, khen thưởng 2003, Điều 23; Nghị định 91/2017/NĐ-CP, Điều 9 khoản 3"
        : $"{ruleSet.Law}, điều về danh hiệu “Chiến sĩ thi đua cơ sở” (báo cáo là Điều 21)";
}
