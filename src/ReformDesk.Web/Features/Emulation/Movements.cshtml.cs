using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Emulation;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

public sealed class MovementsModel(MovementService movements, RequestTenant tenant) : PageModel
{
    public IReadOnlyList<Movement> Movements { get; private set; } = [];
    public bool CanSetUp { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Movements = await movements.ListAsync(cancellationToken);
        CanSetUp = EmulationPermissions.CanSetUpMovement(EmulationWeb.ActorOf(User, tenant));
    }
}
