using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Dossiers;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>The commune's procedure catalogue with statutory time, fee and online availability.</summary>
[Authorize(Policy = DossiersSetup.ReadPolicy)]
public sealed class ProceduresModel(DossierService dossiers) : PageModel
{
    public IReadOnlyList<ProcedureRow> Procedures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Procedures = await dossiers.ProceduresAsync(ct);

    public static string TimeText(Procedure p) => p.SameDay ? "Trong ngày" : p.ProcessingDays is { } d ? $"{d} ngày làm việc" : "Chưa xác định";

    public static string FeeText(Procedure p) => p.Fee is { } f and > 0 ? f.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " đồng" : "Không thu";
}
