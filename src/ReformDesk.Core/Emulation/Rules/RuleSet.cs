namespace ReformDesk.Core.Emulation.Rules;

/// <summary>
/// The legal texts that applied on a given date. A nomination is checked with the rule set in force
/// on its submission date, so a 2024 nomination cites Decree 98/2023 and a 2026 one Decree 152/2025.
/// </summary>
public sealed record RuleSet(
    string Code,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    string Law,
    string Decree,
    string Circular,
    bool ChienSiThiDuaCoSoAcceptsExcellentAppraisal,
    bool DistrictLevelExists)
{
    public bool AppliesOn(DateOnly date) =>
        (EffectiveFrom is null || date >= EffectiveFrom) && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary>Short citation, e.g. "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 98/2023/NĐ-CP".</summary>
    public string Citation => $"{Law}; {Decree}";
}

public static class RuleSets
{
    /// <summary>Law 2003 (as amended) and Decree 91/2017, until the 2022 law took effect.</summary>
    public static readonly RuleSet Law2003Decree91 = new(
        Code: "LTDKT2003-ND91-2017",
        EffectiveFrom: null,
        EffectiveTo: new DateOnly(2023, 12, 31),
        Law: "Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2013)",
        Decree: "Nghị định 91/2017/NĐ-CP",
        Circular: "Thông tư 12/2019/TT-BNV",
        ChienSiThiDuaCoSoAcceptsExcellentAppraisal: false,
        DistrictLevelExists: true);

    /// <summary>Law 06/2022/QH15 (from 01/01/2024) with Decree 98/2023/NĐ-CP, until 30/6/2025.</summary>
    public static readonly RuleSet Law2022Decree98 = new(
        Code: "LTDKT2022-ND98-2023",
        EffectiveFrom: new DateOnly(2024, 1, 1),
        EffectiveTo: new DateOnly(2025, 6, 30),
        Law: "Luật Thi đua, khen thưởng số 06/2022/QH15",
        Decree: "Nghị định 98/2023/NĐ-CP",
        Circular: "Thông tư 01/2024/TT-BNV",
        ChienSiThiDuaCoSoAcceptsExcellentAppraisal: true,
        DistrictLevelExists: true);

    /// <summary>Law 06/2022/QH15 with Decree 152/2025/NĐ-CP (two-level local government), from 01/7/2025.</summary>
    public static readonly RuleSet Law2022Decree152 = new(
        Code: "LTDKT2022-ND152-2025",
        EffectiveFrom: new DateOnly(2025, 7, 1),
        EffectiveTo: null,
        Law: "Luật Thi đua, khen thưởng số 06/2022/QH15",
        Decree: "Nghị định 152/2025/NĐ-CP",
        Circular: "Thông tư 15/2025/TT-BNV",
        ChienSiThiDuaCoSoAcceptsExcellentAppraisal: true,
        DistrictLevelExists: false);

    public static IReadOnlyList<RuleSet> All { get; } = [Law2003Decree91, Law2022Decree98, Law2022Decree152];

    public static RuleSet For(DateOnly date) => All.First(r => r.AppliesOn(date));
}
