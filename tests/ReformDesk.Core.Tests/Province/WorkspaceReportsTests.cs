using MiniExcelLibs;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Plans.Scheduling;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Province;
using ReformDesk.Core.Tests.ParIndex;

namespace ReformDesk.Core.Tests.Province;

/// <summary>
/// The "reports on time" column of the province workspace on a real SQLite database (today 15/01/2026): every commune of the
/// province side by side with its own figure, nothing of another province, and the XLSX the province downloads.
/// Each commune owes "Hằng quý trước ngày 10 của tháng cuối quý", due 09/03, 09/06, 09/09 and 09/12.
/// </summary>
public sealed class WorkspaceReportsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 3, 0, 0, TimeSpan.Zero);
    private const string Quarterly = "Hằng quý trước ngày 10 của tháng cuối quý";

    private ParDesk desk = null!;
    private Guid leChan, anLao, quangNinh, haLong;

    public async Task InitializeAsync()
    {
        desk = await ParDesk.CreateAsync(Now);
        leChan = await desk.AddCommuneAsync("HP-LC", "Phường Lê Chân", LocalityType.Ward);
        anLao = await desk.AddCommuneAsync("HP-AL", "Xã An Lão", LocalityType.Commune);
        await desk.AddCommuneAsync("HP-TL", "Xã Tiên Lãng", LocalityType.Commune);
        quangNinh = await desk.AddProvinceAsync("QN", "Tỉnh Quảng Ninh");
        haLong = await desk.AddCommuneAsync("QN-HL", "Phường Hạ Long", LocalityType.Ward, quangNinh);

        // Trần Hưng Đạo 2025: on time, late, on the due day itself, never sent → 2 of 4; and the first 2026 report already sent.
        await OwesAsync(desk.CommuneId, 2025, 2026, (1, D(2025, 3, 5)), (2, D(2025, 6, 12)), (3, D(2025, 9, 9)), (1, D(2026, 1, 10)));
        // Lê Chân 2025: all four on time → 4 of 4.
        await OwesAsync(leChan, 2025, 2025, (1, D(2025, 3, 9)), (2, D(2025, 6, 1)), (3, D(2025, 9, 2)), (4, D(2025, 12, 8)));
        // An Lão 2025: one of four, sent late → 0 of 4.
        await OwesAsync(anLao, 2025, 2025, (4, D(2025, 12, 20)));
        // Hạ Long (another province): everything on time; it must never show.
        await OwesAsync(haLong, 2025, 2026, (1, D(2025, 3, 1)), (2, D(2025, 6, 1)), (3, D(2025, 9, 1)), (4, D(2025, 12, 1)));
        // Tiên Lãng owes nothing: no figure, no rank.
    }

    public async Task DisposeAsync() => await desk.DisposeAsync();

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    /// <summary>The quarterly obligation of <paramref name="commune"/> over the years, and the report of each quarter sent on its date.</summary>
    private async Task OwesAsync(Guid commune, int from, int to, params (int Quarter, DateOnly Sent)[] sentOn)
    {
        await using var db = desk.Commune.OpenFor(commune);
        var obligation = new ReportObligation
        {
            Title = "Báo cáo cải cách hành chính hằng quý",
            Recipient = "UBND thành phố / Sở Nội vụ",
            ScheduleText = Quarterly,
            ScheduleJson = ScheduleJson.Serialize(ScheduleParser.Parse(Quarterly, from)),
            FromYear = from,
            ToYear = to,
        };
        db.ReportObligations.Add(obligation);
        foreach (var (quarter, sent) in sentOn)
        {
            db.ReportSubmissions.Add(new ReportSubmission { ObligationId = obligation.Id, DueDate = D(sent.Year, quarter * 3, 9), SubmittedOn = sent, SubmittedBy = "Văn thư" });
        }

        await db.SaveChangesAsync();
    }

    private Task<ProvinceWorkspace?> BuildAsync(ProvinceViewer viewer, WorkspaceQuery query) =>
        desk.InAsync<ProvinceWorkspaceService, ProvinceWorkspace?>(desk.ProvinceId, s => s.BuildAsync(viewer, query));

    private ProvinceViewer Officer => new(desk.ProvinceId, [Roles.ProvinceOfficer], "canbo.snv");

    [Fact]
    public async Task Each_commune_shows_its_own_reports_on_time_ranked_within_its_block_and_nothing_of_another_province()
    {
        var workspace = (await BuildAsync(Officer, new WorkspaceQuery(2025, WorkspaceColumn.ReportsOnTime)))!;

        Assert.Equal(WorkspaceColumn.ReportsOnTime, workspace.RankedBy);
        Assert.Equal(
        [
            ("Phường Lê Chân", new Ratio(4, 4), (int?)1),
            ("Phường Trần Hưng Đạo", new Ratio(2, 4), 2),
            ("Xã An Lão", new Ratio(0, 4), 1),
            ("Xã Tiên Lãng", default(Ratio), null),
        ], workspace.Rows.Select(r => (r.Commune.Name, r.ReportsOnTime, r.Rank)));
        Assert.DoesNotContain(workspace.Rows, r => r.Commune.Id == haLong);
    }

    [Fact]
    public async Task Ascending_order_puts_the_weakest_first_and_still_keeps_communes_without_data_last()
    {
        var workspace = (await BuildAsync(Officer, new WorkspaceQuery(2025, WorkspaceColumn.ReportsOnTime, Descending: false)))!;

        Assert.Equal(["Xã An Lão", "Phường Trần Hưng Đạo", "Phường Lê Chân", "Xã Tiên Lãng"], workspace.Rows.Select(r => r.Commune.Name));
    }

    [Fact]
    public async Task In_the_running_year_only_reports_already_due_or_already_sent_count()
    {
        // 15/01/2026: no 2026 report is due yet; Trần Hưng Đạo sent its first-quarter report early, Hạ Long owes 2026 too but is elsewhere.
        var workspace = (await BuildAsync(Officer, new WorkspaceQuery(2026, WorkspaceColumn.ReportsOnTime)))!;

        Assert.Equal(
        [
            ("Phường Trần Hưng Đạo", new Ratio(1, 1), (int?)1),
            ("Phường Lê Chân", default(Ratio), null),
            ("Xã An Lão", default(Ratio), null),
            ("Xã Tiên Lãng", default(Ratio), null),
        ], workspace.Rows.Select(r => (r.Commune.Name, r.ReportsOnTime, r.Rank)));
    }

    [Fact]
    public async Task The_other_provinces_officer_sees_only_its_own_commune_with_its_own_figure()
    {
        var theirs = (await desk.InAsync<ProvinceWorkspaceService, ProvinceWorkspace?>(desk.ProvinceId,
            s => s.BuildAsync(new ProvinceViewer(quangNinh, [Roles.ProvinceOfficer], "canbo.qn"), new WorkspaceQuery(2025, WorkspaceColumn.ReportsOnTime, ProvinceId: desk.ProvinceId))))!;

        Assert.Equal("Tỉnh Quảng Ninh", theirs.Province.Name);
        var row = Assert.Single(theirs.Rows);
        Assert.Equal(("Phường Hạ Long", new Ratio(4, 4)), (row.Commune.Name, row.ReportsOnTime));
        Assert.Equal(["Tỉnh Quảng Ninh"], theirs.Provinces.Select(p => p.Name));
    }

    [Fact]
    public async Task The_download_has_one_line_per_commune_in_the_order_shown_and_the_province_total_of_each_quarter()
    {
        var workspace = (await BuildAsync(Officer, new WorkspaceQuery(2025, WorkspaceColumn.ReportsOnTime)))!;

        using var stream = new MemoryStream(ProvinceWorkspaceExcel.Write(workspace));
        var communes = stream.Query(useHeaderRow: true, sheetName: ProvinceWorkspaceExcel.CommunesSheet).Cast<IDictionary<string, object?>>().ToList();
        var quarters = stream.Query(useHeaderRow: true, sheetName: ProvinceWorkspaceExcel.QuartersSheet).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(
        [
            ("HP-LC", "Khối phường", "1", "100"),
            ("HP-THD", "Khối phường", "2", "50"),
            ("HP-AL", "Khối xã", "1", "0"),
            ("HP-TL", "Khối xã", "", ""),
        ], communes.Select(r => (Text(r["Mã"]), Text(r["Khối"]), Text(r["Xếp hạng trong khối"]), Text(r["Báo cáo đúng hạn (%)"]))));
        Assert.Equal("", Text(communes[3]["Nhiệm vụ quá hạn"]));
        Assert.Equal(
            ["Phường Lê Chân", "Phường Trần Hưng Đạo", "Xã An Lão", "Xã Tiên Lãng", "Toàn Thành phố Hải Phòng"],
            quarters.Select(r => Text(r["Xã, phường"])));
        Assert.Equal(["Xã, phường", "Quý I (%)", "Quý II (%)", "Quý III (%)", "Quý IV (%)"], quarters[0].Keys);
    }

    private static string Text(object? cell) => Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
