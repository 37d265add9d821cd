using System.Globalization;
using ReformDesk.Core.Province;
using ReformDesk.Core.Satisfaction;

namespace ReformDesk.Web.Features.Province;

/// <summary>What the workspace partial shows: on <c>/Province</c> and as a province account's home page.</summary>
public sealed record WorkspaceView(ProvinceWorkspace Workspace, BarChartGeometry Trend, string DrillTo)
{
    public WorkspaceQuery Query => Workspace.Query;

    /// <summary>
    /// The view for <paramref name="user"/>: a click on a commune opens its dossier dashboard for whoever the dossier
    /// pages admit (the same role list as their policy), otherwise its plans (province account administrators).
    /// </summary>
    public static WorkspaceView Of(ProvinceWorkspace workspace, System.Security.Claims.ClaimsPrincipal user) => new(workspace,
        BarChart.Layout(workspace.ProvinceQuarters.Select(q => ($"Quý {ProvinceWorkspaceExcel.Roman(q.Quarter)}/{workspace.Year}", q.OnTime.Percent)).ToList()),
        Dossiers.DossiersSetup.Readers.Any(user.IsInRole) ? $"/Dossiers/Dashboard?year={workspace.Year}" : "/Plans");

    /// <summary>The link that sorts by <paramref name="column"/>: the other direction when it is already the sort column.</summary>
    public string SortUrl(WorkspaceColumn column) =>
        $"/Province?year={Workspace.Year}&sort={column}&desc={(column == Query.Sort ? !Query.Descending : column != WorkspaceColumn.Name).ToString().ToLowerInvariant()}{(Query.ProvinceId is { } p ? $"&province={p}" : "")}";

    public string Arrow(WorkspaceColumn column) => column == Query.Sort ? (Query.Descending ? " ▼" : " ▲") : "";

    public static string Percent(double? value) => value is { } v ? v.ToString("0.##", Vn) + "%" : "—";

    public static string Number(double? value) => value is { } v ? v.ToString("0.##", Vn) : "—";

    private static readonly CultureInfo Vn = CultureInfo.GetCultureInfo("vi-VN");
}
