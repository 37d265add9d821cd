using ReformDesk.Core.Satisfaction;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Targets;
using ReformDesk.Core.Tests.Platform;
using static ReformDesk.Core.Tests.Satisfaction.SurveyDesk;
using L = ReformDesk.Core.Satisfaction.SatisfactionLevel;

namespace ReformDesk.Core.Tests.Satisfaction;

/// <summary>The satisfaction targets' actual values (<see cref="SatisfactionIndicatorSource"/>) measured from paper forms on SQLite: index per month, campaigns held, cut at the as-of day.</summary>
public sealed class SatisfactionIndicatorSourceTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);   // 10:00 in Hà Nội
    private static readonly ReportingPeriod SecondHalf = new(D(7, 1), D(12, 31));

    private static DateOnly D(int m, int d) => new(2026, m, d);

    private static SatisfactionIndicatorSource Source(SqliteCommune commune) => new(Service(commune));

    /// <summary>A campaign over July–August with forms: 10/7 satisfied, 05/8 dissatisfied, 06/8 satisfied (each answering TC1 only); and a campaign with no form.</summary>
    private static async Task<SqliteCommune> SurveyedAsync()
    {
        var commune = await SqliteCommune.CreateAsync(Now);
        var campaign = await CampaignAsync(commune, D(7, 1), D(8, 31));
        await CampaignAsync(commune, D(7, 1), D(8, 31), "Đợt không có phiếu");
        await EnterAsync(commune, campaign.Id, Form("001", null, D(7, 10), ("TC1", L.Satisfied)));
        await EnterAsync(commune, campaign.Id, Form("002", null, D(8, 5), ("TC1", L.Dissatisfied)));
        await EnterAsync(commune, campaign.Id, Form("003", null, D(8, 6), ("TC1", L.Satisfied)));
        return commune;
    }

    [Fact]
    public async Task The_index_is_measured_over_the_period_up_to_the_as_of_day_with_one_value_per_month_that_has_forms()
    {
        await using var commune = await SurveyedAsync();

        var (actual, monthly) = await Source(commune).MeasureAsync(SatisfactionIndicators.Index, SecondHalf, D(9, 20), CancellationToken.None);

        Assert.Equal(66.67, actual);   // (100 + 0 + 100) ÷ 3
        Assert.Equal([new MonthlyValue(2026, 7, 100), new MonthlyValue(2026, 8, 50)], monthly);
    }

    [Fact]
    public async Task Forms_after_the_as_of_day_are_not_counted()
    {
        await using var commune = await SurveyedAsync();
        var measured = await Source(commune).MeasureAsync(SatisfactionIndicators.Index, SecondHalf, D(8, 5), CancellationToken.None);
        Assert.Equal(50, measured.Actual);
        Assert.Equal([new MonthlyValue(2026, 7, 100), new MonthlyValue(2026, 8, 0)], measured.Monthly);
    }

    [Fact]
    public async Task Campaigns_held_count_only_campaigns_with_a_form_overlapping_the_period()
    {
        await using var commune = await SurveyedAsync();

        var (held, monthly) = await Source(commune).MeasureAsync(SatisfactionIndicators.CampaignsHeld, SecondHalf, D(9, 20), CancellationToken.None);
        Assert.Equal(1, held);
        Assert.Empty(monthly);
        Assert.Equal(0, (await Source(commune).MeasureAsync(SatisfactionIndicators.CampaignsHeld, new ReportingPeriod(D(9, 1), D(9, 30)), D(9, 20), CancellationToken.None)).Actual);
    }

    [Fact]
    public async Task Nothing_is_measured_before_the_period_starts_nor_for_another_commune()
    {
        await using var commune = await SurveyedAsync();
        Assert.Equal(((double?)null, 0), await CountAsync(Source(commune), SatisfactionIndicators.Index, D(6, 30)));
        Assert.Equal(((double?)null, 0), await CountAsync(Source(commune), SatisfactionIndicators.CampaignsHeld, D(6, 30)));

        await using var other = await SqliteCommune.CreateAsync(Now);
        Assert.Equal(((double?)null, 0), await CountAsync(Source(other), SatisfactionIndicators.Index, D(9, 20)));
        Assert.Equal(((double?)0, 0), await CountAsync(Source(other), SatisfactionIndicators.CampaignsHeld, D(9, 20)));
    }

    private static async Task<(double? Actual, int Months)> CountAsync(SatisfactionIndicatorSource source, string indicator, DateOnly asOf)
    {
        var (actual, monthly) = await source.MeasureAsync(indicator, SecondHalf, asOf, CancellationToken.None);
        return (actual, monthly.Count);
    }

    [Fact]
    public void The_source_serves_the_two_satisfaction_codes_with_their_vietnamese_names()
    {
        var source = new SatisfactionIndicatorSource(null!);
        Assert.True(source.Supports(SatisfactionIndicators.Index));
        Assert.True(source.Supports(SatisfactionIndicators.CampaignsHeld));
        Assert.False(source.Supports("dossiers.on-time"));
        Assert.Equal("Chỉ số hài lòng của người dân (SIPAS)", SatisfactionIndicators.Vietnamese("satisfaction.index"));
        Assert.Equal("Số đợt khảo sát sự hài lòng", SatisfactionIndicators.Vietnamese("satisfaction.campaigns-held"));
        Assert.Null(SatisfactionIndicators.Vietnamese(null));
        Assert.Equal("Tính từ đánh giá hồ sơ và phiếu khảo sát", source.Describe);
    }
}
