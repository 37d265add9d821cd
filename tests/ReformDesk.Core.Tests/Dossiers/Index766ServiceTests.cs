using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Targets;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// The Decision 766 index read from a real SQLite commune (15/04/2026): periods widened to whole months, the procedure and unit
/// filters, the flags counted on the dossiers (4.1 electronic results, 4.5 VNeID), the province's weights versions and their
/// refusals, the monthly trend, and the index as a target's source.
/// </summary>
public sealed class Index766ServiceTests() : DossierCommuneTest(new DateTimeOffset(2026, 4, 15, 3, 0, 0, TimeSpan.Zero))
{
    private static readonly DateOnly March1 = new(2026, 3, 1);
    private static readonly DateOnly March31 = new(2026, 3, 31);

    private Procedure certify = null!;
    private Unit culture = null!;

    /// <summary>
    /// Birth registrations and one certification (a fully online procedure): four processed in March (three with an electronic
    /// result), four received in March (two checked on VNeID); one received in February, one processed in April.
    /// </summary>
    private async Task SeedAsync()
    {
        certify = await DossierBuilder.ProcedureAsync(Commune, "2.000908", "Chứng thực bản sao từ bản chính", days: 1, field: "Chứng thực", fullyOnline: true);
        culture = await Commune.UnitAsync("Phòng Văn hóa - Xã hội");
        await Received("HS-01", 2).Applicant("Nguyễn Văn An").InUnit(culture.Id).Processed(new DateTime(2026, 3, 4, 10, 0, 0)).With(Flags(true, true)).SaveAsync(Commune);
        await Received("HS-02", 3).Applicant("Trần Thị Bình").Processed(new DateTime(2026, 3, 5, 10, 0, 0)).With(Flags(false, false)).SaveAsync(Commune);
        await new DossierBuilder("HS-03", certify, new DateTime(2026, 3, 10, 8, 0, 0)).Applicant("Lê Văn Cường")
            .Processed(new DateTime(2026, 3, 11, 9, 0, 0)).With(Flags(true, true)).SaveAsync(Commune);
        await new DossierBuilder("HS-04", Birth, new DateTime(2026, 2, 25, 9, 0, 0)).Applicant("Phạm Thị Dung")
            .Processed(new DateTime(2026, 3, 2, 9, 0, 0)).With(Flags(true, true)).SaveAsync(Commune);
        await Received("HS-05", 30).Applicant("Hoàng Văn Em").Processed(new DateTime(2026, 4, 2, 9, 0, 0)).With(Flags(false, false)).SaveAsync(Commune);
        // Saved around the dossier service, so the monthly buckets of January to April are marked for the index to recompute.
        await using var db = Commune.Open();
        await DossierAggregates.MarkAsync(db, Commune.TenantId,
            from month in Enumerable.Range(1, 4) from procedure in new[] { Birth.Id, certify.Id } select new AggregateBucket(new DateOnly(2026, month, 1), procedure));
    }

    private static Action<Dossier> Flags(bool electronicResult, bool vneid) => d => (d.ElectronicResult, d.VneidVerified) = (electronicResult, vneid);

    private static Dictionary<string, Index766Line> Lines(Index766Report report) => report.Indicators.ToDictionary(l => l.Code);

    private static (long?, long?) Counted(Index766Line line) => (line.Numerator, line.Denominator);

    [Fact]
    public async Task A_period_ending_before_it_starts_is_refused_with_both_dates()
    {
        await using var desk = new Index766Desk(Commune);
        var result = await desk.Index.ComputeAsync(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 1));
        Assert.Equal((FailureKind.Invalid, "Ngày kết thúc 01/03/2026 trước ngày bắt đầu 02/03/2026."), (result.Failure, result.Errors["to"]));
    }

    [Fact]
    public async Task An_unknown_procedure_or_unit_is_refused_by_name()
    {
        await using var desk = new Index766Desk(Commune);
        var procedure = await desk.Index.ComputeAsync(March1, March31, procedureCode: " 9.999999 ");
        Assert.Equal((FailureKind.Invalid, "Xã/phường không có thủ tục mã 9.999999."), (procedure.Failure, procedure.Errors["procedure"]));

        var unitId = Guid.NewGuid();
        var unit = await desk.Index.ComputeAsync(March1, March31, unitId: unitId);
        Assert.Equal((FailureKind.Invalid, $"Xã/phường không có đơn vị {unitId}."), (unit.Failure, unit.Errors["unit"]));
    }

    [Fact]
    public async Task A_period_is_widened_to_whole_months_and_scored_with_the_decisions_weights()
    {
        await SeedAsync();
        await using var desk = new Index766Desk(Commune);
        var report = (await desk.Index.ComputeAsync(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 20))).Value!;

        Assert.Equal((March1, March31, Index766Catalogue.DecisionDate, false), (report.From, report.To, report.WeightsFrom, report.ProvinceWeights));
        Assert.Equal(21, report.Indicators.Count);
        Assert.Equal(Math.Round(report.Indicators.Sum(l => l.Points ?? 0), 2), Math.Round(report.Total, 2));
    }

    [Fact]
    public async Task Electronic_results_count_dossiers_processed_in_the_period_and_vneid_those_received_in_it()
    {
        await SeedAsync();
        await using var desk = new Index766Desk(Commune);
        var line = Lines((await desk.Index.ComputeAsync(March1, March31)).Value!);

        Assert.Equal((3L, 4L, 75.0, 4.5), (line["4.1"].Numerator!.Value, line["4.1"].Denominator!.Value, line["4.1"].Rate!.Value, line["4.1"].Points!.Value));
        Assert.Equal((2L, 4L, 50.0, 2.0), (line["4.5"].Numerator!.Value, line["4.5"].Denominator!.Value, line["4.5"].Rate!.Value, line["4.5"].Points!.Value));
        // One of the two procedures of the catalogue is fully online: 50% of the 80% asked, 2.5 of 4 points.
        Assert.Equal((1L, 2L, 2.5), (line["3.1"].Numerator!.Value, line["3.1"].Denominator!.Value, line["3.1"].Points!.Value));
    }

    [Fact]
    public async Task The_dossier_counts_are_the_dashboards()
    {
        await SeedAsync();
        await using var desk = new Index766Desk(Commune);
        var line = Lines((await desk.Index.ComputeAsync(March1, March31)).Value!);

        var set = await desk.Indicators.ComputeAsync(new ReportingPeriod(March1, March31));
        Assert.Equal((set.OnTimeRate.Numerator, set.OnTimeRate.Denominator), Counted(line["2.1"]));
        Assert.Equal((set.DigitisedRate.Numerator, set.DigitisedRate.Denominator), Counted(line["4.2"]));
        Assert.Equal((set.OnlineRate.Numerator, set.OnlineRate.Denominator), Counted(line["3.3"]));
        Assert.Equal(4, set.Counts.Received);
    }

    [Fact]
    public async Task One_procedure_counts_only_its_dossiers_and_itself_in_the_catalogue()
    {
        await SeedAsync();
        await using var desk = new Index766Desk(Commune);
        var line = Lines((await desk.Index.ComputeAsync(March1, March31, procedureCode: "1.001193")).Value!);

        Assert.Equal((2L, 3L), Counted(line["4.1"]));     // HS-01, HS-04 of HS-01, HS-02, HS-04
        Assert.Equal((1L, 3L), Counted(line["4.5"]));     // HS-01 of HS-01, HS-02, HS-05
        Assert.Equal((0L, 1L), Counted(line["3.1"]));     // birth registration is not fully online
        Assert.Equal((null, null), Counted(line["5.2"])); // feedback is not per procedure
    }

    [Fact]
    public async Task One_unit_counts_only_its_dossiers_but_the_whole_catalogue()
    {
        await SeedAsync();
        await using var desk = new Index766Desk(Commune);
        var line = Lines((await desk.Index.ComputeAsync(March1, March31, unitId: culture.Id)).Value!);

        Assert.Equal((1L, 1L), Counted(line["4.1"]));
        Assert.Equal((1L, 1L), Counted(line["4.5"]));
        Assert.Equal((1L, 2L), Counted(line["3.1"]));
    }

    [Fact]
    public async Task The_provinces_version_scores_the_months_from_its_date_and_the_decision_those_before()
    {
        await SeedAsync();
        await using var desk = new Index766Desk(Commune);
        var province = (await desk.Index.ProvinceAsync())!.Value;
        var saved = await desk.Index.SaveVersionAsync(province, March1, Index766Desk.Official(("2.1", 10), ("4.1", 16)));
        Assert.True(saved.Succeeded, saved.Message);

        var march = (await desk.Index.ComputeAsync(March1, March31)).Value!;
        Assert.Equal((March1, true, 16.0, 12.0), (march.WeightsFrom, march.ProvinceWeights, Lines(march)["4.1"].MaxPoints, Lines(march)["4.1"].Points!.Value));
        var february = (await desk.Index.ComputeAsync(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28))).Value!;
        Assert.Equal((Index766Catalogue.DecisionDate, false, 6.0), (february.WeightsFrom, february.ProvinceWeights, Lines(february)["4.1"].MaxPoints));
    }

    [Fact]
    public async Task Saving_a_version_again_on_the_same_date_updates_its_rows_and_other_provinces_stay_out()
    {
        await using var desk = new Index766Desk(Commune);
        var province = (await desk.Index.ProvinceAsync())!.Value;
        await using (var system = Commune.OpenSystem())
        {
            var other = new Tenant { Code = "QN", Name = "Tỉnh Quảng Ninh", Kind = TenantKind.Province };
            system.Tenants.Add(other);
            system.IndexWeights.Add(new IndexWeight { ProvinceId = other.Id, EffectiveFrom = March1, Code = "2.1", Group = 2, Name = "Tỉnh khác", MaxPoints = 30, Threshold = 100 });
            await system.SaveChangesAsync();
        }

        Assert.True((await desk.Index.SaveVersionAsync(province, March1, Index766Desk.Official(("2.1", 10), ("4.1", 16)))).Succeeded);
        var again = await desk.Index.SaveVersionAsync(province, March1, Index766Desk.Official(("2.1", 14), ("4.1", 12)));
        Assert.True(again.Succeeded, again.Message);

        var weights = await desk.Index.WeightsAsync();
        Assert.Equal((21, 21), (weights.Count(w => w.ProvinceId is null), weights.Count(w => w.ProvinceId == province)));
        Assert.DoesNotContain(weights, w => w.ProvinceId is { } p && p != province);
        var mine = weights.Where(w => w.ProvinceId == province).ToDictionary(w => w.Code);
        Assert.Equal((14m, 12m, "Quản trị tỉnh", "Tỷ lệ hồ sơ cấp kết quả điện tử", 4),
            (mine["2.1"].MaxPoints, mine["4.1"].MaxPoints, mine["4.1"].Source, mine["4.1"].Name, mine["4.1"].Group));
    }

    public static TheoryData<string, string, List<IndexWeightInput>> RefusedVersions => new()
    {
        { "Rows[4].MaxPoints", "Chỉ số 2.1: điểm tối đa phải từ 0 đến 100.", Index766Desk.Official(("2.1", 101)) },
        { "Rows[4].MaxPoints", "Chỉ số 2.1: điểm tối đa phải từ 0 đến 100.", Index766Desk.Official(("2.1", -1)) },
        { "Rows[4].Threshold", "Chỉ số 2.1: ngưỡng đạt điểm tối đa phải lớn hơn 0% và không quá 100%.", With(4, r => r with { Threshold = 0 }) },
        { "Rows[4].Threshold", "Chỉ số 2.1: ngưỡng đạt điểm tối đa phải lớn hơn 0% và không quá 100%.", With(4, r => r with { Threshold = 100.5m }) },
        { "Rows[4].Threshold", "Chỉ số 2.1: chỉ số có điểm cần ngưỡng đạt điểm tối đa.", With(4, r => r with { Threshold = null }) },
        { "Rows[0].Code", "Chỉ số 9.9: không có trong Bộ chỉ số 766.", With(0, r => r with { Code = "9.9" }) },
        { "Rows", "Thiếu chỉ số: 5.4.", Index766Desk.Official().SkipLast(1).ToList() },
        { "Rows", "Tổng điểm tối đa các chỉ số là 99,5, phải bằng 100.", Index766Desk.Official(("2.1", 19.5m)) },
        { "Rows", "Tổng điểm tối đa các chỉ số là 101, phải bằng 100.", Index766Desk.Official(("2.1", 21)) },
    };

    private static List<IndexWeightInput> With(int row, Func<IndexWeightInput, IndexWeightInput> change)
    {
        var rows = Index766Desk.Official();
        rows[row] = change(rows[row]);
        return rows;
    }

    [Theory]
    [MemberData(nameof(RefusedVersions))]
    public async Task A_wrong_version_is_refused_by_indicator_and_stores_nothing(string field, string message, List<IndexWeightInput> rows)
    {
        await using var desk = new Index766Desk(Commune);
        var province = (await desk.Index.ProvinceAsync())!.Value;
        var result = await desk.Index.SaveVersionAsync(province, March1, rows);

        Assert.Equal((FailureKind.Invalid, message), (result.Failure, result.Errors[field]));
        Assert.Equal(21, (await desk.Index.WeightsAsync()).Count);
    }

    [Theory]
    [InlineData(2014, 12, 31, false)]
    [InlineData(2015, 1, 1, true)]
    [InlineData(2035, 12, 31, true)]
    [InlineData(2036, 1, 1, false)]
    public async Task A_version_takes_effect_between_2015_and_2035(int year, int month, int day, bool accepted)
    {
        await using var desk = new Index766Desk(Commune);
        var result = await desk.Index.SaveVersionAsync((await desk.Index.ProvinceAsync())!.Value, new DateOnly(year, month, day), Index766Desk.Official());
        Assert.Equal(accepted, result.Succeeded);
        if (!accepted) Assert.Equal("Ngày áp dụng phải trong khoảng năm 2015–2035.", result.Errors["EffectiveFrom"]);
    }

    [Fact]
    public async Task The_trend_has_one_index_per_month_up_to_the_running_one()
    {
        await SeedAsync();
        await using var desk = new Index766Desk(Commune);
        var trend = await desk.Index.TrendAsync(new DateOnly(2026, 1, 20), new DateOnly(2026, 12, 31));

        Assert.Equal([new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), March1, new DateOnly(2026, 4, 1)], trend.Select(m => m.Month));
        var march = (await desk.Index.ComputeAsync(March1, March31)).Value!;
        Assert.Equal((march.Total, Lines(march)["2.1"].Rate), (trend[2].Total, trend[2].OnTimeRate));
        Assert.NotNull(trend[2].OnTimeRate);
        Assert.Null(trend[0].OnTimeRate);
    }

    [Fact]
    public async Task The_trend_of_one_procedure_leaves_out_the_others()
    {
        await SeedAsync();
        await using var desk = new Index766Desk(Commune);
        var certifications = await desk.Index.TrendAsync(March1, March31, procedureCode: " 2.000908 ");
        var march = (await desk.Index.ComputeAsync(March1, March31, procedureCode: "2.000908")).Value!;

        Assert.Equal([(March1, march.Total)], certifications.Select(m => (m.Month, m.Total)));
        Assert.Equal((1L, 1L), Counted(Lines(march)["4.1"]));
    }

    [Fact]
    public async Task As_a_target_source_the_index_is_measured_from_the_periods_start_to_today()
    {
        await SeedAsync();
        await using var desk = new Index766Desk(Commune);
        var year = ReportingPeriod.Year(2026);
        var (actual, monthly) = await desk.Source.MeasureAsync(Index766IndicatorSource.Total, year, new DateOnly(2026, 4, 15), default);

        var soFar = (await desk.Index.ComputeAsync(year.Start, new DateOnly(2026, 4, 15))).Value!;
        Assert.Equal(soFar.Total, actual);
        Assert.Empty(monthly);
        Assert.True(desk.Source.Supports(Index766IndicatorSource.Total));
        Assert.False(desk.Source.Supports(IndicatorCodes.OnTimeRate));
    }

    [Fact]
    public async Task A_target_of_80_points_is_measured_by_the_index_through_the_target_service()
    {
        await SeedAsync();
        await using var desk = new Index766Desk(Commune);
        var db = Commune.Open();
        var targets = new TargetService(db, new PlanService(db, Commune.Clock), [desk.Source]);
        var chairman = new Actor(Guid.NewGuid(), "Phạm Thị Dung", [Roles.Chairman], null, false);
        var input = new TargetInput("Đạt từ 80 điểm Bộ chỉ số 766 trở lên", Index766IndicatorSource.Total, Comparison.AtLeast, 80, "%",
            new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        Assert.True((await targets.CreateAsync(input, chairman)).Succeeded);

        var view = (await targets.ListAsync()).Single();
        var soFar = (await desk.Index.ComputeAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 15))).Value!;
        Assert.Equal((soFar.Total, "điểm", desk.Source.Describe), (view.Actual!.Value, view.Target.Unit, view.Source));
        Assert.True(soFar.Total > 0);
        Assert.NotNull(view.Evaluation);
    }

    [Fact]
    public async Task As_a_target_source_a_period_not_yet_started_has_no_value()
    {
        await SeedAsync();
        await using var desk = new Index766Desk(Commune);
        var (actual, monthly) = await desk.Source.MeasureAsync(Index766IndicatorSource.Total, ReportingPeriod.Quarter(2026, 3), new DateOnly(2026, 4, 15), default);
        Assert.Equal(((double?)null, 0), (actual, monthly.Count));
    }

    [Fact]
    public async Task As_a_target_source_a_commune_without_any_data_has_no_value_rather_than_zero()
    {
        await using (var db = Commune.Open())
        {
            await db.Procedures.ExecuteDeleteAsync();
        }

        await using var desk = new Index766Desk(Commune);
        var (actual, _) = await desk.Source.MeasureAsync(Index766IndicatorSource.Total, ReportingPeriod.Year(2026), new DateOnly(2026, 4, 15), default);
        Assert.Null(actual);
    }
}
