using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Dossiers;

/// <summary>A procedure as a filter offers it: its id, its national code (MaTTHC) and "name (code)".</summary>
public sealed record ProcedureChoice(Guid Id, string Code, string Label);

/// <summary>The commune's units and procedures, sorted by name, for the unit and procedure filters of the dossier pages.</summary>
public sealed class DossierFilterChoices(ReformDeskDbContext db)
{
    public async Task<IReadOnlyList<(Guid Id, string Name)>> UnitsAsync(CancellationToken ct = default) =>
        (await db.Units.AsNoTracking().OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(ct)).Select(u => (u.Id, u.Name)).ToList();

    public async Task<IReadOnlyList<ProcedureChoice>> ProceduresAsync(CancellationToken ct = default) =>
        (await db.Procedures.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Code, p.Name }).ToListAsync(ct))
            .Select(p => new ProcedureChoice(p.Id, p.Code, $"{p.Name} ({p.Code})")).ToList();
}
