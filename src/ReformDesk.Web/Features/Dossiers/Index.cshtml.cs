using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>Dossiers of the commune with their derived status; filters by status, procedure and month.</summary>
[Authorize(Policy = DossiersSetup.ReadPolicy)]
public sealed class IndexModel(DossierService dossiers) : PageModel
{
    public DossierPage Result { get; private set; } = new([], 0, 1, DossierService.PageSize);
    public IReadOnlyList<ProcedureRow> Procedures { get; private set; } = [];
    public DossierStatus? Status { get; private set; }
    public Guid? ProcedureId { get; private set; }

    /// <summary>The counter's search box: code, applicant name or phone.</summary>
    public string? Q { get; private set; }

    /// <summary>"yyyy-MM" from the month input.</summary>
    public string? Month { get; private set; }

    public async Task OnGetAsync(DossierStatus? status, Guid? procedureId, string? month, int? p, string? q, CancellationToken ct)
    {
        Status = status;
        ProcedureId = procedureId;
        Q = string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(q.Trim().Length, 100)];
        int? year = null, m = null;
        if (month is { Length: 7 } && int.TryParse(month[..4], out var y) && int.TryParse(month[5..], out var mm) && mm is >= 1 and <= 12)
        {
            year = y;
            m = mm;
            Month = month;
        }

        Procedures = await dossiers.ProceduresAsync(ct);
        Result = await dossiers.ListAsync(new DossierFilter(status, procedureId, year, m, null, p ?? 1, Q), ct);
    }

    public string PageLink(int page) =>
        $"/Dossiers?q={Uri.EscapeDataString(Q ?? "")}&status={Status}&procedureId={ProcedureId}&month={Month}&p={page}";

    public static string Date(DateTime? d) => d is { } v ? v.ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "";

    public static string Date(DateOnly? d) => d is { } v ? v.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : "";

    public static string ChannelText(DossierChannel c) => c switch
    {
        DossierChannel.Online => "Trực tuyến",
        DossierChannel.Postal => "Bưu chính",
        _ => "Trực tiếp",
    };

    public static string StatusClass(DossierStatus? s) => s switch
    {
        DossierStatus.PendingOverdue or DossierStatus.ResolvedLate => "state-overdue",
        DossierStatus.PendingAtRisk => "state-soon",
        DossierStatus.ResolvedEarly or DossierStatus.ResolvedOnTime => "state-done",
        _ => "",
    };
}
