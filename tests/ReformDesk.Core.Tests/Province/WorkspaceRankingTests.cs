using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Home;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Province;
using ReformDesk.Core.Satisfaction;

namespace ReformDesk.Core.Tests.Province;

/// <summary>Sorting, ranking within blocks and the former district on a hand-made sample.</summary>
public sealed class WorkspaceRankingTests
{
    private static CommuneRow Row(string name, LocalityType type, double? index, int overdue = 0, int plans = 1, Ratio onTime = default) =>
        new(new Tenant { Name = name, Type = type, Kind = TenantKind.Commune }, ProvinceWorkspaceService.BlockOf(new Tenant { Type = type }), null,
            plans, plans == 0 ? null : 50, overdue, default, onTime, 0, index, default, null, []);

    private static readonly CommuneRow[] Sample =
    [
        Row("Xã An", LocalityType.Commune, 80, overdue: 3),
        Row("Phường Bắc", LocalityType.Ward, 70, overdue: 0),
        Row("Xã Cát", LocalityType.Commune, 90, overdue: 1),
        Row("Phường Đông", LocalityType.Ward, 70, overdue: 5),
        Row("Xã Ê", LocalityType.Commune, null, plans: 0),
        Row("Phường Giang", LocalityType.Ward, 95, overdue: 2),
        Row("Xã Hà", LocalityType.Commune, 80, overdue: 0),
    ];

    [Fact]
    public void Ranks_are_per_block_best_first_with_ties_shared_and_no_data_unranked()
    {
        var ranked = ProvinceWorkspaceService.Rank(Sample, WorkspaceColumn.Index766).ToDictionary(r => r.Commune.Name, r => r.Rank);
        // Communes: Cát 90 → 1, An and Hà 80 → 2, Ê no data. Wards: Giang 95 → 1, Bắc and Đông 70 → 2.
        Assert.Equal(1, ranked["Xã Cát"]);
        Assert.Equal(2, ranked["Xã An"]);
        Assert.Equal(2, ranked["Xã Hà"]);
        Assert.Null(ranked["Xã Ê"]);
        Assert.Equal(1, ranked["Phường Giang"]);
        Assert.Equal(2, ranked["Phường Bắc"]);
        Assert.Equal(2, ranked["Phường Đông"]);
    }

    [Fact]
    public void Fewer_overdue_tasks_rank_better()
    {
        var ranked = ProvinceWorkspaceService.Rank(Sample, WorkspaceColumn.OverdueTasks).ToDictionary(r => r.Commune.Name, r => r.Rank);
        Assert.Equal([1, 2, 3], new[] { ranked["Xã Hà"], ranked["Xã Cát"], ranked["Xã An"] });
        Assert.Equal([1, 2, 3], new[] { ranked["Phường Bắc"], ranked["Phường Giang"], ranked["Phường Đông"] });
        Assert.Null(ranked["Xã Ê"]); // no plan: no overdue figure
    }

    [Fact]
    public void Sorting_puts_rows_without_data_last_in_both_directions_and_names_in_Vietnamese_order()
    {
        var down = ProvinceWorkspaceService.Sort(Sample, WorkspaceColumn.Index766, descending: true).Select(r => r.Commune.Name).ToList();
        Assert.Equal(["Phường Giang", "Xã Cát", "Xã An", "Xã Hà", "Phường Bắc", "Phường Đông", "Xã Ê"], down);
        var up = ProvinceWorkspaceService.Sort(Sample, WorkspaceColumn.Index766, descending: false).Select(r => r.Commune.Name).ToList();
        Assert.Equal(["Phường Bắc", "Phường Đông", "Xã An", "Xã Hà", "Xã Cát", "Phường Giang", "Xã Ê"], up);
        var names = ProvinceWorkspaceService.Sort(Sample, WorkspaceColumn.Name, descending: false).Select(r => r.Commune.Name).ToList();
        Assert.Equal(["Phường Bắc", "Phường Đông", "Phường Giang", "Xã An", "Xã Cát", "Xã Ê", "Xã Hà"], names);
    }

    [Fact]
    public void The_former_district_shows_only_while_it_existed()
    {
        var province = new Tenant { Name = "Tỉnh Quảng Ninh", Kind = TenantKind.Province };
        var district = new Tenant { Name = "Thành phố Móng Cái", Kind = TenantKind.District, ParentId = province.Id, ValidTo = new DateOnly(2025, 6, 30) };
        var ward = new Tenant { Name = "Phường Hải Hòa", Kind = TenantKind.Commune, Type = LocalityType.Ward, ParentId = district.Id };
        var byId = new[] { province, district, ward }.ToDictionary(t => t.Id);
        Assert.Equal("Thành phố Móng Cái", ProvinceWorkspaceService.FormerDistrict(ward, byId, ReportingPeriod.Year(2024)));
        Assert.Equal("Thành phố Móng Cái", ProvinceWorkspaceService.FormerDistrict(ward, byId, ReportingPeriod.Year(2025)));
        Assert.Null(ProvinceWorkspaceService.FormerDistrict(ward, byId, ReportingPeriod.Year(2026)));
    }

    [Fact]
    public void Count_bars_scale_to_the_largest_count_and_write_the_count()
    {
        var chart = CountBarChart.Layout([("Văn phòng", 8), ("Địa chính", 2), ("Tư pháp", 0)]);
        var scale = BarChart.Width - BarChart.Left - BarChart.ValueSpace;
        Assert.Equal(scale, chart.Bars[0].BarWidth, 2);
        Assert.Equal(Math.Round(scale / 4, 2), chart.Bars[1].BarWidth, 2);
        Assert.Equal(0, chart.Bars[2].BarWidth);
        Assert.Equal(["8", "2", "0"], chart.Bars.Select(b => b.ValueText));
        Assert.Empty(CountBarChart.Layout([]).Bars);
    }
}
