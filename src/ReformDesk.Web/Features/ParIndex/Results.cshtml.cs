using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.ParIndex;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.ParIndex;

/// <summary>Every commune of the officer's province for a year: status, scores, grade and rank within its block.</summary>
[Authorize(Roles = ParIndexSetup.ProvinceRoles)]
public sealed class ResultsModel(ParIndexService service, RequestTenant tenant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public string ProvinceName { get; private set; } = "";
    public ParCriteriaSet? Set { get; private set; }
    public IReadOnlyList<ParCommuneResult> Results { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = User.ToParActor();
        if (ParIndexSetup.Province(actor, tenant) is not { } province || !ParIndexPermissions.CanAppraise(actor, province)) return NotFound();
        ProvinceName = tenant.Registry.First(t => t.Id == province).Name;
        var sets = await service.SetsAsync(province, ct);
        Year ??= sets.FirstOrDefault()?.Year ?? service.CurrentYear;
        if (Year is < 2020 or > 2100) return NotFound();
        Set = await service.SetAsync(province, Year.Value, ct);
        Results = await service.ProvinceResultsAsync(province, Year.Value, ct);
        return Page();
    }
}
