using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Web.Features.Organisation;

public sealed class UnitsModel(UnitService units) : PageModel
{
    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Units = await units.ListAsync(cancellationToken);
}
