using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Province;
using ReformDesk.Core.Tests.ParIndex;

namespace ReformDesk.Core.Tests.Province;

/// <summary>The province workspace built on a real SQLite database: who sees which province, and the appraised PAR Index column ranked per block.</summary>
public sealed class ProvinceWorkspaceServiceTests
{
    // 10:00 in Hà Nội on 15/01/2026: the 2025 indexes are appraised.
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 3, 0, 0, TimeSpan.Zero);

    private static Task<ProvinceWorkspace?> BuildAsync(ParDesk desk, ProvinceViewer viewer, WorkspaceQuery query) =>
        desk.InAsync<ProvinceWorkspaceService, ProvinceWorkspace?>(desk.ProvinceId, s => s.BuildAsync(viewer, query));

    [Fact]
    public async Task The_par_index_column_shows_the_appraised_percent_ranked_within_each_block()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await desk.ImportSmallSetAsync();
        var leChan = await desk.AddCommuneAsync("HP-LC", "Phường Lê Chân", LocalityType.Ward);
        var anLao = await desk.AddCommuneAsync("HP-AL", "Xã An Lão", LocalityType.Commune);
        var tienLang = await desk.AddCommuneAsync("HP-TL", "Xã Tiên Lãng", LocalityType.Commune);
        await desk.AppraisedAsync(desk.CommuneId, set, ParDesk.Sample, "8");                                                        // 16,5 / 20 = 82,5 %
        await desk.AppraisedAsync(leChan, set, ParDesk.Sample, "8", new Dictionary<string, string> { ["1.1"] = "0" });              // 12,5 / 20 = 62,5 %
        await desk.AppraisedAsync(anLao, set, ParDesk.Sample, "10");                                                                // 18,5 / 20 = 92,5 %
        await desk.SubmittedAsync(tienLang, set, ParDesk.Sample);                                                                   // not appraised

        var officer = new ProvinceViewer(desk.ProvinceId, [Roles.ProvinceOfficer], "canbo.snv");
        var workspace = (await BuildAsync(desk, officer, new WorkspaceQuery(2025, WorkspaceColumn.ParIndex)))!;
        Assert.Equal((WorkspaceColumn.ParIndex, "Thành phố Hải Phòng", 2025), (workspace.RankedBy, workspace.Province.Name, workspace.Year));
        Assert.Equal(
        [
            ("Xã An Lão", CommuneBlock.Commune, (double?)92.5, (int?)1),
            ("Phường Trần Hưng Đạo", CommuneBlock.Ward, 82.5, 1),
            ("Phường Lê Chân", CommuneBlock.Ward, 62.5, 2),
            ("Xã Tiên Lãng", CommuneBlock.Commune, null, null),
        ], workspace.Rows.Select(r => (r.Commune.Name, r.Block, r.ParIndex, r.Rank)));
        Assert.Equal(["Thành phố Hải Phòng"], workspace.Provinces.Select(p => p.Name));

        // The 2026 index is not appraised yet: the column is empty and the name order is kept.
        var next = (await BuildAsync(desk, officer, new WorkspaceQuery(2026, WorkspaceColumn.Name, Descending: false)))!;
        Assert.Equal(WorkspaceColumn.Index766, next.RankedBy);
        Assert.Equal(["Phường Lê Chân", "Phường Trần Hưng Đạo", "Xã An Lão", "Xã Tiên Lãng"], next.Rows.Select(r => r.Commune.Name));
        Assert.All(next.Rows, r => Assert.Null(r.ParIndex));
    }

    [Fact]
    public async Task Officers_see_their_own_province_administrators_choose_one_and_commune_staff_none()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var elsewhere = await desk.AddProvinceAsync("QN", "Tỉnh Quảng Ninh");
        await desk.AddCommuneAsync("QN-HL", "Phường Hạ Long", LocalityType.Ward, elsewhere);
        await desk.AddCommuneAsync("QN-CP", "Phường Cẩm Phả", LocalityType.Ward, elsewhere);
        var query = new WorkspaceQuery(2025, WorkspaceColumn.Name, Descending: false, ProvinceId: desk.ProvinceId);

        Assert.Null(await BuildAsync(desk, new ProvinceViewer(desk.CommuneId, [Roles.Chairman], "chutich"), query));
        var theirs = (await BuildAsync(desk, new ProvinceViewer(elsewhere, [Roles.ProvinceAdmin], "qt.qn"), query))!;
        Assert.Equal("Tỉnh Quảng Ninh", theirs.Province.Name);
        Assert.Equal(["Phường Cẩm Phả", "Phường Hạ Long"], theirs.Rows.Select(r => r.Commune.Name));

        var admin = new ProvinceViewer(Guid.NewGuid(), [Roles.SystemAdmin], "quantri");
        var chosen = (await BuildAsync(desk, admin, query with { ProvinceId = elsewhere }))!;
        Assert.Equal("Tỉnh Quảng Ninh", chosen.Province.Name);
        Assert.Equal(["Thành phố Hải Phòng", "Tỉnh Quảng Ninh"], chosen.Provinces.Select(p => p.Name));
        var unknown = (await BuildAsync(desk, admin, query with { ProvinceId = Guid.NewGuid() }))!;
        Assert.Equal("Thành phố Hải Phòng", unknown.Province.Name);
        Assert.Equal(["Phường Trần Hưng Đạo"], unknown.Rows.Select(r => r.Commune.Name));
    }
}
