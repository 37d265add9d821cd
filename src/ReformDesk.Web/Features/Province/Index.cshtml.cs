using ReformDesk.Core.Platform;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Province;
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

    public WorkspaceView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } workspace) return Forbid();
        View = WorkspaceView.Of(workspace, User);
        return Page();
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } workspace) return Forbid();
        return File(ProvinceWorkspaceExcel.Write(workspace), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"so-lieu-xa-phuong-{workspace.Province.Code}-{workspace.Year}.xlsx");
    }

    private Task<ProvinceWorkspace?> LoadAsync(CancellationToken ct)
    {
        var now = VietnamTime.Year(clock);
        Year = Year is >= 2015 and <= 2100 ? Year : now;
        return Guid.TryParse(User.FindFirstValue(AppClaims.Tenant), out var home)
            ? workspaces.BuildAsync(new ProvinceViewer(home, User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(), User.Identity?.Name ?? ""),
                new WorkspaceQuery(Year.Value, Sort, Desc, Province), ct)
            : Task.FromResult<ProvinceWorkspace?>(null);
    }
}
