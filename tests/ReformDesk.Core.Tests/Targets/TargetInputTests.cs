using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Targets;
using Target = ReformDesk.Core.Targets.Target;

namespace ReformDesk.Core.Tests.Targets;

/// <summary>What a commune may type to set up a target or a movement; every refusal names its field in Vietnamese.</summary>
public sealed class TargetInputTests
{
    private static readonly TargetInput Valid = new("Tỷ lệ hồ sơ đúng hạn đạt từ 99% trở lên", IndicatorCodes.OnTimeRate, Comparison.AtLeast, 99, null,
        new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

    [Fact]
    public void A_measured_target_with_a_threshold_and_a_period_is_valid() => Assert.Null(TargetService.Validate(Valid));

    public static TheoryData<string, TargetInput> Refused => new()
    {
        { "Text", Valid with { Text = "  " } },
        { "Indicator", Valid with { Indicator = "dossiers.khong-co" } },
        { "Threshold", Valid with { Threshold = null } },
        { "Threshold", Valid with { Threshold = 101 } },
        { "Threshold", Valid with { Threshold = -1 } },
        { "Threshold", Valid with { Threshold = double.NaN } },
        { "PeriodStart", Valid with { PeriodStart = null } },
        { "PeriodEnd", Valid with { PeriodEnd = new DateOnly(2025, 12, 31) } },
        { "PeriodEnd", Valid with { PeriodEnd = new DateOnly(2036, 1, 2) } },
        { "PlanId", Valid with { Indicator = TargetIndicators.TaskCompletionRate } },
        { "MovementId", Valid with { PlanId = Guid.NewGuid(), MovementId = Guid.NewGuid() } },
        { "Comparison", Valid with { Comparison = (Comparison)42 } },
        { "Unit", Valid with { Indicator = null, Unit = new string('x', 101) } },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refusals_name_the_field(string field, TargetInput input)
    {
        var error = TargetService.Validate(input);
        Assert.NotNull(error);
        Assert.Equal(field, error.Value.Field);
        Assert.Matches("[ạảãàáâậầấẩẫăắằặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]", error.Value.Message);
    }

    [Fact]
    public void An_entered_target_may_be_qualitative_and_counts_in_its_own_unit()
    {
        Assert.Null(TargetService.Validate(Valid with { Indicator = null, Threshold = null }));
        Assert.Null(TargetService.Validate(Valid with { Indicator = null, Threshold = 250, Unit = "hộ gia đình" }));
        Assert.NotNull(TargetService.Validate(Valid with { Indicator = null, Threshold = 250, Unit = "%" }));
    }

    [Fact]
    public void Catalogue_codes_are_unique_and_named_in_vietnamese()
    {
        Assert.Equal(TargetCatalogue.All.Count, TargetCatalogue.All.Select(i => i.Code).Distinct().Count());
        Assert.All(IndicatorCodes.All, code => Assert.NotNull(TargetCatalogue.Find(code)));
        Assert.Equal("Nhập kết quả kèm minh chứng", TargetIndicators.Vietnamese(null));
    }

    [Fact]
    public void Defining_a_measured_target_drops_a_typed_in_result()
    {
        var target = Entered(90);
        target.Define("x", IndicatorCodes.OnTimeRate, Comparison.AtLeast, 99, "%", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null, null);
        Assert.Equal((null, null, (string?)null), (target.EnteredActual, target.EnteredEvidence, target.EnteredBy));

        var entered = Entered(90);
        entered.Define("x", null, Comparison.AtLeast, 99, "%", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null, null);
        Assert.Equal(90, entered.EnteredActual);
    }

    private static Target Entered(double value, string unit = "%")
    {
        var target = new Target();
        target.Define("Tỷ lệ", null, Comparison.AtLeast, 50, unit, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null, null);
        Assert.Null(target.Enter(value, " BC 12/BC-UBND ", "Thư ký", new DateOnly(2026, 3, 1)));
        return target;
    }

    [Theory]
    [InlineData(null, "BC 1", "%", "EnteredActual")]
    [InlineData(-1.0, "BC 1", "%", "EnteredActual")]
    [InlineData(100.5, "BC 1", "%", "EnteredActual")]
    [InlineData(double.NaN, "BC 1", "%", "EnteredActual")]
    [InlineData(double.PositiveInfinity, "BC 1", "sáng kiến", "EnteredActual")]
    [InlineData(80.0, "  ", "%", "EnteredEvidence")]
    [InlineData(80.0, null, "%", "EnteredEvidence")]
    public void An_entered_result_is_refused_out_of_range_or_without_evidence_and_the_earlier_one_stays(double? value, string? evidence, string unit, string field)
    {
        var target = Entered(40, unit);
        Assert.Equal(field, target.Enter(value, evidence, "Người khác", new DateOnly(2026, 4, 1))?.Field);
        Assert.Equal((40, "BC 12/BC-UBND", "Thư ký", new DateOnly(2026, 3, 1)), (target.EnteredActual, target.EnteredEvidence, target.EnteredBy, target.EnteredOn));
    }

    [Fact]
    public void A_count_may_exceed_100_a_measured_target_takes_no_typed_result()
    {
        Assert.Equal(250, Entered(250, "sáng kiến").EnteredActual);
        var measured = new Target();
        measured.Define("x", IndicatorCodes.OnTimeRate, Comparison.AtLeast, 99, "%", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null, null);
        Assert.Contains("tự động", measured.Enter(99, "BC", "A", new DateOnly(2026, 3, 1))!.Value.Message);
        Assert.Null(measured.EnteredActual);
    }

    private static readonly MovementInput Movement = new("Phong trào thi đua CCHC", 2026, 2030, "UBND xã Hải Hòa", null, null, "Nội dung", null,
        new Dictionary<MilestoneKind, string?> { [MilestoneKind.AnnualReview] = "trước ngày 31/3 hằng năm" });

    public static TheoryData<string, MovementInput> RefusedMovements => new()
    {
        { "Title", Movement with { Title = "" } },
        { "Title", Movement with { Title = new string('a', 501) } },
        { "StartYear", Movement with { StartYear = 26 } },
        { "StartYear", Movement with { StartYear = null } },
        { "EndYear", Movement with { EndYear = 2025 } },
        { "EndYear", Movement with { EndYear = 2036 } },
        { "IssuingBody", Movement with { IssuingBody = " " } },
        { "DocumentNumber", Movement with { DocumentNumber = new string('1', 61) } },
        { "Contents", Movement with { Contents = new string('c', 4001) } },
        { "Timeline[Report]", Movement with { Timeline = new Dictionary<MilestoneKind, string?> { [MilestoneKind.Report] = new string('t', 301) } } },
    };

    [Fact]
    public void A_movement_of_five_years_with_a_timeline_is_valid() => Assert.Null(MovementService.Validate(Movement));

    [Theory]
    [MemberData(nameof(RefusedMovements))]
    public void Movement_refusals_name_the_field(string field, MovementInput input)
    {
        var error = MovementService.Validate(input);
        Assert.NotNull(error);
        Assert.Equal(field, error.Value.Field);
    }
}
