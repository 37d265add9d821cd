using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Province;
using ReformDesk.Core.Satisfaction;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Province;

/// <summary>The province workspace: every commune of the officer's province side by side, sortable, ranked in blocks, exportable.</summary>
[Authorize(Roles = Readers)]
public sealed class IndexModel(ProvinceWorkspaceService workspaces, TimeProvider clock) : PageModel
{
    public const string Readers = Roles.SystemAdmin + "," + Roles.ProvinceOfficer + "," + Roles.ProvinceAdmin;

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public WorkspaceColumn Sort { get; set; } = WorkspaceColumn.Index766;
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; } = true;
    [BindProperty(SupportsGet = true)] public Guid? Province { get; set; }

    public ProvinceWorkspace? Workspace { get; private set; }
    public BarChartGeometry? Trend { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        Trend = BarChart.Layout(Workspace!.ProvinceQuarters.Select(q => ($"Quý {ProvinceWorkspaceExcel.Roman(q.Quarter)}/{Workspace.Year}", q.OnTime.Percent)).ToList());
        return Page();
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        return File(ProvinceWorkspaceExcel.Write(Workspace!), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"so-lieu-xa-phuong-{Workspace!.Province.Code}-{Workspace.Year}.xlsx");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!Guid.TryParse(User.FindFirstValue(AppClaims.Tenant), out var home)) return Forbid();
        var year = Year ?? TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Core.Plans.VietnamTime.Zone).Year;
        if (year is < 2015 or > 2100) year = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Core.Plans.VietnamTime.Zone).Year;
        Year = year;
        var viewer = new ProvinceViewer(home, User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(), User.Identity?.Name ?? "");
        Workspace = await workspaces.BuildAsync(viewer, new WorkspaceQuery(year, Sort, Desc, Province), ct);
        return Workspace is null ? Forbid() : null;
    }

    /// <summary>The link that sorts by <paramref name="column"/>: the other direction when it is already the sort column.</summary>
    public string SortUrl(WorkspaceColumn column) =>
        $"/Province?year={Year}&sort={column}&desc={(column == Sort ? !Desc : column != WorkspaceColumn.Name).ToString().ToLowerInvariant()}{(Province is { } p ? $"&province={p}" : "")}";

    public string Arrow(WorkspaceColumn column) => column == Sort ? (Desc ? " ▼" : " ▲") : "";

    public static string Percent(double? value) => value is { } v ? v.ToString("0.##", Vn) + "%" : "—";

    public static string Number(double? value) => value is { } v ? v.ToString("0.##", Vn) : "—";

    private static readonly CultureInfo Vn = CultureInfo.GetCultureInfo("vi-VN");
}
