using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Dossiers;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>The Decision 766 index of the commune for a period, one unit or one procedure: breakdown, group totals, monthly trend.</summary>
[Authorize(Policy = DossiersSetup.ReadPolicy)]
public sealed class Index766Model(Index766Service index, DossierFilterChoices choices) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    /// <summary>National procedure code (MaTTHC), as in the CLI and the API.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Procedure { get; set; }

    public Index766Report? Report { get; private set; }
    public IReadOnlyList<Index766Month> Trend { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> UnitChoices { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> ProcedureChoices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(index.Now);
        From ??= new DateOnly(today.Year, 1, 1);
        To ??= today;
        UnitChoices = await choices.UnitsAsync(ct);
        ProcedureChoices = (await choices.ProceduresAsync(ct)).Select(p => (p.Code, p.Label)).ToList();
        var result = await index.ComputeAsync(From.Value, To.Value, Procedure, UnitId, ct);
        if (!result.Succeeded)
        {
            foreach (var (field, message) in result.Errors) ModelState.AddModelError(field, message);
            return;
        }

        Report = result.Value;
        Trend = await index.TrendAsync(From.Value, To.Value, Procedure, UnitId, ct);
    }

    public static string Number(double? v, string format = "N2") => v is { } x ? x.ToString(format, DashboardModel.Vi) : "—";
}
