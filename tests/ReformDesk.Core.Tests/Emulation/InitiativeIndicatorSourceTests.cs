using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Targets;
using static ReformDesk.Core.Tests.Emulation.EmulationBuilder;
using static ReformDesk.Core.Tests.Emulation.EmulationRecords;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>The initiative targets measured on SQLite: recognised initiatives counted by their decision date within the period and up to the day asked, and the fewest of any active department.</summary>
public sealed class InitiativeIndicatorSourceTests
{
    private static readonly ReportingPeriod Year2025 = new(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));

    [Fact]
    public async Task It_measures_only_the_two_initiative_indicators_and_says_where_they_come_from()
    {
        await using var b = await CreateAsync();
        var source = b.Indicators();
        Assert.True(source.Supports(TargetIndicators.InitiativesRecognised));
        Assert.True(source.Supports(TargetIndicators.FewestInitiativesPerDepartment));
        Assert.False(source.Supports("emulation.initiatives-proposed"));
        Assert.False(source.Supports(""));
        Assert.Equal("Tính từ các sáng kiến đã có quyết định công nhận", source.Describe);
    }

    [Fact]
    public async Task Recognised_initiatives_are_counted_by_decision_month_with_both_ends_of_the_period_included()
    {
        await using var b = await CreateAsync();
        await b.InitiativeAsync("Phiếu hẹn có mã QR", b.UnitId, recognisedOn: new DateOnly(2025, 1, 1));
        await b.InitiativeAsync("Một cửa không giấy", b.UnitId, recognisedOn: new DateOnly(2025, 1, 20));
        await b.InitiativeAsync("Biểu mẫu điền sẵn", recognisedOn: new DateOnly(2025, 7, 5));
        await b.InitiativeAsync("Sổ theo dõi điện tử", recognisedOn: new DateOnly(2025, 12, 31));
        // Outside the period, or never recognised: not counted.
        await b.InitiativeAsync("Sáng kiến năm trước", recognisedOn: new DateOnly(2024, 12, 31));
        await b.InitiativeAsync("Sáng kiến năm sau", recognisedOn: new DateOnly(2026, 1, 1));
        await b.InitiativeAsync("Sáng kiến chờ công nhận", b.UnitId);

        var (actual, monthly) = await b.Indicators().MeasureAsync(TargetIndicators.InitiativesRecognised, Year2025, new DateOnly(2026, 3, 1), default);
        Assert.Equal(4d, actual);
        Assert.Equal([new MonthlyValue(2025, 1, 2), new MonthlyValue(2025, 7, 1), new MonthlyValue(2025, 12, 1)], monthly.OrderBy(m => m.Month));
    }

    [Fact]
    public async Task Nothing_recognised_after_the_day_asked_is_counted_and_an_empty_period_counts_zero()
    {
        await using var b = await CreateAsync();
        await b.InitiativeAsync("Phiếu hẹn có mã QR", recognisedOn: new DateOnly(2025, 6, 30));
        await b.InitiativeAsync("Một cửa không giấy", recognisedOn: new DateOnly(2025, 7, 1));

        var (actual, monthly) = await b.Indicators().MeasureAsync(TargetIndicators.InitiativesRecognised, Year2025, new DateOnly(2025, 6, 30), default);
        Assert.Equal(1d, actual);
        Assert.Equal([new MonthlyValue(2025, 6, 1)], monthly);

        var empty = await b.Indicators().MeasureAsync(TargetIndicators.InitiativesRecognised, new ReportingPeriod(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), Today, default);
        Assert.Equal(0d, empty.Actual);
        Assert.Empty(empty.Monthly);
    }

    [Fact]
    public async Task The_fewest_per_department_counts_active_departments_only_and_a_department_without_any_as_zero()
    {
        await using var b = await CreateAsync();
        var culture = await b.Commune.UnitAsync("Phòng Văn hóa - Xã hội");
        var oneStop = await b.Commune.UnitAsync("Trung tâm Phục vụ hành chính công", UnitKind.Centre);
        await b.Commune.UnitAsync("Phòng Nội vụ (cũ)", active: false);
        await b.InitiativeAsync("Phiếu hẹn có mã QR", b.UnitId, recognisedOn: new DateOnly(2025, 3, 1));
        await b.InitiativeAsync("Một cửa không giấy", b.UnitId, recognisedOn: new DateOnly(2025, 4, 1));
        await b.InitiativeAsync("Lịch tiếp dân điện tử", culture.Id, recognisedOn: new DateOnly(2025, 5, 1));
        await b.InitiativeAsync("Sáng kiến của bộ phận một cửa", oneStop.Id, recognisedOn: new DateOnly(2025, 5, 1));
        await b.InitiativeAsync("Sáng kiến chưa công nhận", culture.Id);
        await b.InitiativeAsync("Sáng kiến năm trước", culture.Id, recognisedOn: new DateOnly(2024, 5, 1));

        var asOf = new DateOnly(2026, 1, 15);
        Assert.Equal(1d, (await b.Indicators().MeasureAsync(TargetIndicators.FewestInitiativesPerDepartment, Year2025, asOf, default)).Actual);

        // The closed department has none, yet it is not expected to have any; a new active one without any brings the fewest to 0.
        await b.Commune.UnitAsync("Phòng Tài chính - Kế hoạch");
        var (actual, monthly) = await b.Indicators().MeasureAsync(TargetIndicators.FewestInitiativesPerDepartment, Year2025, asOf, default);
        Assert.Equal(0d, actual);
        Assert.Empty(monthly);
    }

    [Fact]
    public async Task Without_an_active_department_there_is_no_fewest_to_measure()
    {
        await using var b = await CreateAsync();
        await using (var db = b.Commune.Open())
        {
            var economy = await db.Units.FindAsync(b.Commune.TenantId, b.UnitId);
            economy!.Kind = UnitKind.Centre;
            await db.SaveChangesAsync();
        }

        await b.InitiativeAsync("Phiếu hẹn có mã QR", b.UnitId, recognisedOn: new DateOnly(2025, 3, 1));
        var (actual, monthly) = await b.Indicators().MeasureAsync(TargetIndicators.FewestInitiativesPerDepartment, Year2025, Today, default);
        Assert.Null(actual);
        Assert.Empty(monthly);
    }

    [Fact]
    public async Task Another_communes_initiatives_are_not_counted()
    {
        await using var b = await CreateAsync();
        await b.InitiativeAsync("Phiếu hẹn có mã QR", b.UnitId, recognisedOn: new DateOnly(2025, 3, 1));
        await using (var other = await b.OtherCommuneAsync())
        {
            var theirs = Ok(Initiative.Propose(new InitiativeInput("Sáng kiến của phường khác", "Lê Văn Tám")));
            Ok(theirs.Evaluate("Đạt", Today));
            Ok(theirs.Recognise("09/QĐ-UBND", new DateOnly(2025, 3, 2), Today));
            other.Initiatives.Add(theirs);
            await other.SaveChangesAsync();
        }

        Assert.Equal(1d, (await b.Indicators().MeasureAsync(TargetIndicators.InitiativesRecognised, Year2025, Today, default)).Actual);
        Assert.Equal(1d, (await b.Indicators().MeasureAsync(TargetIndicators.FewestInitiativesPerDepartment, Year2025, Today, default)).Actual);
    }
}
