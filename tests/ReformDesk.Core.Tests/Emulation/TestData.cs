using ReformDesk.Core.Emulation.Rules;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>Builders for nomination inputs used across the rule tests.</summary>
internal static class TestData
{
    public static readonly Nominee Lan = new("cn-lan", "Nguyễn Thị Lan", NomineeKind.Individual, "phong-kt", "Phòng Kinh tế");
    public static readonly Nominee PhongKinhTe = new("tt-phong-kt", "Phòng Kinh tế", NomineeKind.Collective, "phong-kt", "Phòng Kinh tế");

    public static NominationRound Annual(int year, RoundSettings? settings = null, SubmissionDeadline? deadline = null) =>
        new("mv-cchc", RoundKind.Annual, year, year, deadline, settings ?? new RoundSettings());

    public static NominationRound PeriodEnd(int from, int to, RoundSettings? settings = null, SubmissionDeadline? deadline = null) =>
        new("mv-cchc", RoundKind.PeriodEnd, from, to, deadline, settings ?? new RoundSettings());

    /// <summary>An individual nomination for "Lao động tiên tiến" 2026 with good data, submitted 10/3/2027.</summary>
    public static NominationContext Individual(
        AwardKind award = AwardKind.LaoDongTienTien,
        NominationRound? round = null,
        NominationFacts? facts = null,
        DateOnly? submitted = null) => new()
        {
            Nominee = Lan,
            Award = award,
            Round = round ?? Annual(2026),
            SubmissionDate = submitted ?? new DateOnly(2027, 3, 10),
            Facts = facts ?? GoodFacts(2026),
        };

    public static NominationContext Collective(
        AwardKind award = AwardKind.TapTheLaoDongTienTien,
        NominationRound? round = null,
        CollectiveFacts? members = null,
        NominationFacts? facts = null,
        DateOnly? submitted = null) => new()
        {
            Nominee = PhongKinhTe,
            Award = award,
            Round = round ?? Annual(2026),
            SubmissionDate = submitted ?? new DateOnly(2027, 3, 10),
            Facts = facts ?? new NominationFacts { Appraisals = new Dictionary<int, AppraisalResult> { [2026] = AppraisalResult.HoanThanhXuatSac } },
            Collective = members ?? new CollectiveFacts(10, 8, 0, 10, 1),
        };

    public static NominationFacts GoodFacts(int year) => new()
    {
        YearsOfDirectReformWork = 4,
        Appraisals = new Dictionary<int, AppraisalResult> { [year] = AppraisalResult.HoanThanhTot },
    };

    public static RecognisedInitiative Initiative(int year) =>
        new("Số hóa hồ sơ một cửa", $"12/QĐ-UBND", new DateOnly(year, 10, 5), "Cấp xã");

    public static OtherNomination OtherIndividual(string id, string name, string unit = "phong-kt") =>
        new(id, name, NomineeKind.Individual, unit, AwardKind.GiayKhenChuTichXa);

    public static OtherNomination OtherCollective(string id, string name, string unit = "phong-kt") =>
        new(id, name, NomineeKind.Collective, unit, AwardKind.GiayKhenChuTichXa);
}
