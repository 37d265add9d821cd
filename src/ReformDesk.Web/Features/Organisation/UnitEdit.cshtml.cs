using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Organisation;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Organisation;

[RefuseReadOnlyTenant]
[Authorize(Policy = Policies.OrganisationEdit)]
public sealed class UnitEditModel(UnitService units) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public UnitKind Kind { get; set; } = UnitKind.Department;

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public bool IsActive { get; set; } = true;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            var unit = await units.FindAsync(id, cancellationToken);
            if (unit is null)
            {
                return NotFound();
            }

            (Name, Kind, Note, IsActive) = (unit.Name, unit.Kind, unit.Note, unit.IsActive);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = new UnitInput(Name, Kind, Note, IsActive);
        var result = Id is { } id ? await units.UpdateAsync(id, input, cancellationToken) : await units.CreateAsync(input, cancellationToken);
        return this.Outcome(result, _ => Redirect("/Organisation/Units"), prefix: null);
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (Id is not { } id || await units.FindAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        var result = await units.DeleteAsync(id, cancellationToken);
        if (!result.Succeeded)
        {
            if (this.Refusal(result, prefix: null) is { } denied)
            {
                return denied;
            }

            var unit = await units.FindAsync(id, cancellationToken);
            (Name, Kind, Note, IsActive) = (unit!.Name, unit.Kind, unit.Note, unit.IsActive);
            return Page();
        }

        return Redirect("/Organisation/Units");
    }
}
