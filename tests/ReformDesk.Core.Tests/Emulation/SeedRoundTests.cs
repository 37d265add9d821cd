using ReformDesk.Core.Emulation.Rules;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>The seeds' own award rules, configured as round settings and run through the full checker.</summary>
public class SeedRoundTests
{
    private readonly NominationChecker _checker = new();

    /// <summary>Seed 000 (phường Việt Hòa) III.2.1 and III.3: annual ward round, ≤1 collective and ≤2 individuals per unit, dossier before 31/3.</summary>
    private static NominationRound Seed000Annual(int year) => new("seed-000", RoundKind.Annual, year, year,
        new SubmissionDeadline(new DateOnly(year + 1, 3, 31)),
        new RoundSettings { MaxCollectivesPerUnit = 1, MaxIndividualsPerUnit = 2 });

    /// <summary>Seed 000 III.2.2 and III.3: period-end 2026–2030, ≥3 years of direct reform work, a recognised initiative, dossier before 31/3/2030.</summary>
    private static readonly NominationRound Seed000PeriodEnd = new("seed-000", RoundKind.PeriodEnd, 2026, 2030,
        new SubmissionDeadline(new DateOnly(2030, 3, 31)),
        new RoundSettings
        {
            MinYearsDirectReformWork = 3,
            RequiresRecognisedInitiative = true,
            ExtraChecklistItems =
            [
                new("SEED000.PHAM_CHAT", "Có phẩm chất đạo đức tốt, gương mẫu"),
                new("SEED000.HTXS", "Hoàn thành xuất sắc nhiệm vụ"),
            ],
        });

    /// <summary>Seed 001 (xã Khúc Thừa Dụ) III.2.2: period-end individuals need ≥3 years and one of two achievements (not necessarily an initiative).</summary>
    private static readonly NominationRound Seed001PeriodEnd = new("seed-001", RoundKind.PeriodEnd, 2026, 2030, null,
        new RoundSettings
        {
            MinYearsDirectReformWork = 3,
            ExtraChecklistItems = [new("SEED001.MOT_TRONG_CAC_TIEU_CHUAN", "Có thành tích xuất sắc, tiêu biểu trong tham mưu, triển khai nhiệm vụ CCHC hoặc có sáng kiến, giải pháp được áp dụng hiệu quả")],
        });

    /// <summary>Seed 003 (phường Hải Hòa, 2024) III.2: provincial Bằng khen for collectives needs the 2023 reform index "Khá" or better.</summary>
    private static readonly NominationRound Seed003 = new("seed-003", RoundKind.Annual, 2024, 2024, null,
        new RoundSettings
        {
            RequiredUnitRating = ReformRating.Kha,
            UnitRatingYear = 2023,
            UnitRatingAppliesTo = new HashSet<AwardKind> { AwardKind.BangKhenChuTichTinh },
        });

    [Fact]
    public void Seed000_annual_third_individual_of_a_unit_is_blocked()
    {
        var ctx = TestData.Individual(AwardKind.GiayKhenChuTichXa, Seed000Annual(2026)) with
        {
            OtherNominationsInRound = [TestData.OtherIndividual("cn-a", "Trần Văn An"), TestData.OtherIndividual("cn-b", "Lê Thị Bình")],
        };

        var result = _checker.Check(ctx);

        Assert.Equal(NominationVerdict.Blocked, result.Verdict);
        Assert.Equal("Đơn vị Phòng Kinh tế đã đề nghị 3 cá nhân, vượt định mức 2 cá nhân/đơn vị của đợt này.", Assert.Single(result.Failures).Outcome.Reason);
    }

    [Fact]
    public void Seed000_annual_second_collective_is_blocked_and_late_dossier_too()
    {
        var ctx = TestData.Collective(AwardKind.GiayKhenChuTichXa, Seed000Annual(2026), submitted: new DateOnly(2027, 4, 2)) with
        {
            OtherNominationsInRound = [TestData.OtherCollective("tt-mot-cua", "Tổ Một cửa")],
        };

        var result = _checker.Check(ctx);

        Assert.Equal(["SUBMISSION_DEADLINE", "QUOTA_PER_UNIT"], result.Failures.Select(f => f.Code));
    }

    [Fact]
    public void Seed000_annual_nomination_within_quota_is_ready_once_soft_items_are_ticked()
    {
        var ctx = TestData.Individual(AwardKind.GiayKhenChuTichXa, Seed000Annual(2026)) with
        {
            OtherNominationsInRound = [TestData.OtherIndividual("cn-a", "Trần Văn An")],
            ConfirmedItems = new HashSet<string> { "CHUNG.GUONG_MAU_CHAP_HANH", "CHUNG.THANH_TICH" },
        };

        Assert.Equal(NominationVerdict.Ready, _checker.Check(ctx).Verdict);
    }

    [Fact]
    public void Seed000_period_end_without_three_years_and_initiative_is_blocked_twice()
    {
        var ctx = TestData.Individual(AwardKind.BangKhenChuTichTinh, Seed000PeriodEnd, new NominationFacts { YearsOfDirectReformWork = 2 }, new DateOnly(2030, 3, 20));

        var result = _checker.Check(ctx);

        Assert.Equal(NominationVerdict.Blocked, result.Verdict);
        Assert.Equal(["MIN_YEARS_DIRECT_REFORM_WORK", "RECOGNISED_INITIATIVE_REQUIRED"], result.Failures.Select(f => f.Code));
    }

    [Fact]
    public void Seed000_period_end_with_three_years_and_initiative_only_needs_the_checklist()
    {
        var facts = new NominationFacts { YearsOfDirectReformWork = 3, Initiatives = [TestData.Initiative(2028)] };
        var ctx = TestData.Individual(AwardKind.BangKhenChuTichTinh, Seed000PeriodEnd, facts, new DateOnly(2030, 3, 20));

        var result = _checker.Check(ctx);

        Assert.Equal(NominationVerdict.NeedsConfirmation, result.Verdict);
        Assert.Equal(["CHUNG.GUONG_MAU_CHAP_HANH", "CHUNG.THANH_TICH", "SEED000.PHAM_CHAT", "SEED000.HTXS"], result.OpenItems.Select(i => i.Code));
    }

    [Fact]
    public void Seed001_period_end_does_not_require_an_initiative_but_does_require_three_years()
    {
        var ok = TestData.Individual(AwardKind.GiayKhenChuTichXa, Seed001PeriodEnd, new NominationFacts { YearsOfDirectReformWork = 3 }, new DateOnly(2030, 12, 1));
        var tooShort = ok with { Facts = new NominationFacts { YearsOfDirectReformWork = 1 } };

        Assert.Equal(NominationVerdict.NeedsConfirmation, _checker.Check(ok).Verdict);
        Assert.Equal("MIN_YEARS_DIRECT_REFORM_WORK", Assert.Single(_checker.Check(tooShort).Failures).Code);
    }

    [Fact]
    public void Seed003_provincial_certificate_needs_kha_and_cites_Decree_98_2023()
    {
        NominationContext Ctx(ReformRating r) => TestData.Collective(AwardKind.BangKhenChuTichTinh, Seed003,
            facts: new NominationFacts { UnitReformRatings = new Dictionary<int, ReformRating> { [2023] = r } },
            submitted: new DateOnly(2024, 12, 5));

        var blocked = _checker.Check(Ctx(ReformRating.TrungBinh));
        var fine = _checker.Check(Ctx(ReformRating.Kha));

        Assert.Equal("UNIT_REFORM_RATING", Assert.Single(blocked.Failures).Code);
        Assert.Equal("Nghị định 98/2023/NĐ-CP", blocked.RuleSet.Decree);
        Assert.Equal(NominationVerdict.NeedsConfirmation, fine.Verdict);
    }
}
