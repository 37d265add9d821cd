using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Organisation;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Organisation;

public sealed class UnitsModel(UnitService units, RequestTenant tenant) : PageModel
{
    public IReadOnlyList<Unit> Units { get; private set; } = [];

    /// <summary>Asked of the domain: the same rule the services apply to the organisation's data.</summary>
    public bool CanEdit => FactService.CanEdit(User.ToActor(tenant.ReadOnly));

    public async Task OnGetAsync(CancellationToken cancellationToken) => Units = await units.ListAsync(cancellationToken);
}
