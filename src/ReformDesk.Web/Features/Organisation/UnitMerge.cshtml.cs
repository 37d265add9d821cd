using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Organisation;

public sealed record MergeForm
{
    public Guid? MergedId { get; init; }
    public Guid? SurvivorId { get; init; }
}

/// <summary>Merging a duplicate unit into the one that stays; the appendix import's near-duplicate proposals link here by name.</summary>
[RefuseReadOnlyTenant]
[Authorize(Policy = Policies.OrganisationEdit)]
public sealed class UnitMergeModel(UnitService units, UnitMergeService merger, RequestTenant tenant) : PageModel
{
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public UnitMergeResult? Done { get; private set; }

    [BindProperty]
    public MergeForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string? merged, string? survivor, CancellationToken ct)
    {
        var (mergedId, survivorId) = await merger.ByNamesAsync(merged, survivor, ct);
        Input = new MergeForm { MergedId = mergedId, SurvivorId = survivorId };
        Units = await units.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Units = await units.ListAsync(ct);
        if (Input.MergedId is not { } mergedId || Input.SurvivorId is not { } survivorId)
        {
            ModelState.AddModelError("Input.SurvivorId", "Hãy chọn đơn vị trùng và đơn vị được giữ lại.");
            return Page();
        }

        var result = await merger.MergeAsync(mergedId, survivorId, User.ToActor(tenant.ReadOnly), ct);
        if (!result.Succeeded)
        {
            // Both units come from the form's lists: one that is gone is a field error, not a 404.
            if (result.Failure == FailureKind.NotFound)
            {
                ModelState.AddModelError("Input.MergedId", result.Message);
                return Page();
            }

            return this.Refusal(result) ?? Page();
        }

        Done = result.Value;
        Units = await units.ListAsync(ct);
        Input = new MergeForm();
        return Page();
    }
}
