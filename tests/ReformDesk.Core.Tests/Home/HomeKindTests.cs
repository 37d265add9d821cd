using ReformDesk.Core.Accounts;
using ReformDesk.Core.Home;

namespace ReformDesk.Core.Tests.Home;

public sealed class HomeKindTests
{
    [Theory]
    [InlineData(new[] { Roles.Chairman }, HomeKind.Chairman)]
    [InlineData(new[] { Roles.OneStopShopStaff }, HomeKind.OneStop)]
    [InlineData(new[] { Roles.DepartmentHead }, HomeKind.DepartmentHead)]
    [InlineData(new[] { Roles.CouncilMember }, HomeKind.Council)]
    [InlineData(new[] { Roles.Supervisor }, HomeKind.Supervisor)]
    [InlineData(new[] { Roles.ReformSecretariat }, HomeKind.Secretariat)]
    [InlineData(new[] { Roles.Officer }, HomeKind.Secretariat)]
    [InlineData(new[] { Roles.CommuneAdmin }, HomeKind.Secretariat)]
    [InlineData(new string[0], HomeKind.Secretariat)]
    // The first in the order Chairman, one-stop, department head, council, supervisor wins, whatever the order of the roles.
    [InlineData(new[] { Roles.CouncilMember, Roles.Chairman }, HomeKind.Chairman)]
    [InlineData(new[] { Roles.DepartmentHead, Roles.OneStopShopStaff }, HomeKind.OneStop)]
    [InlineData(new[] { Roles.Supervisor, Roles.CouncilMember, Roles.DepartmentHead }, HomeKind.DepartmentHead)]
    [InlineData(new[] { Roles.Supervisor, Roles.CouncilMember }, HomeKind.Council)]
    [InlineData(new[] { Roles.ReformSecretariat, Roles.Supervisor }, HomeKind.Supervisor)]
    public void A_commune_account_gets_the_page_of_its_first_role_in_order(string[] roles, HomeKind kind) =>
        Assert.Equal(kind, HomeService.KindOf(roles, hasCommune: true, provinceAccount: false));

    [Theory]
    [InlineData(true, true, HomeKind.Province)]
    [InlineData(false, true, HomeKind.Province)]
    [InlineData(false, false, HomeKind.NoCommune)]
    public void A_province_account_goes_to_the_province_and_an_account_without_commune_to_none(bool hasCommune, bool province, HomeKind kind) =>
        Assert.Equal(kind, HomeService.KindOf([Roles.Chairman], hasCommune, province));

    [Fact]
    public void Counts_are_bars_in_proportion_to_the_largest_with_the_count_in_vietnamese_digits()
    {
        var chart = CountBarChart.Layout([("Phòng Kinh tế", 1200), ("Văn phòng HĐND và UBND", 450), ("Trạm Y tế", 0)]);
        // Track 360 − 4 − 112 = 244; 450/1200 = 37.5% → 91.5.
        Assert.Equal((360.0, 132.0, 244.0, (double?)null), (chart.Width, chart.Height, chart.TrackWidth, chart.TargetX));
        Assert.Equal([("Phòng Kinh tế", "1.200", 244.0), ("Văn phòng HĐND và UBND", "450", 91.5), ("Trạm Y tế", "0", 0.0)],
            chart.Bars.Select(b => (b.Label, b.ValueText, b.BarWidth)));
        Assert.All(chart.Bars, b => Assert.False(b.Met));
        Assert.Equal([20.0, 64.0, 108.0], chart.Bars.Select(b => b.BarY));
    }

    [Fact]
    public void All_zero_counts_draw_no_bars_and_no_rows_keep_one_row_of_height()
    {
        var zero = CountBarChart.Layout([("Quá hạn", 0), ("Sắp đến hạn", 0)]);
        Assert.Equal([0.0, 0.0], zero.Bars.Select(b => b.BarWidth));
        Assert.Equal(["0", "0"], zero.Bars.Select(b => b.ValueText));
        var none = CountBarChart.Layout([]);
        Assert.Equal((44.0, 0), (none.Height, none.Bars.Count));
    }
}
