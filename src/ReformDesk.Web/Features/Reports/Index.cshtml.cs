using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Reports;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Reports;

/// <summary>The commune's periodic reform reports, and drafting a new one (a period, or a movement's results for a year).</summary>
[Authorize(Policy = ReportsSetup.ReadPolicy)]
public sealed class IndexModel(PeriodicReportService reports, RequestTenant tenant) : PageModel
{
    public sealed class DraftForm
    {
        public string? Period { get; set; }
        public Guid? MovementId { get; set; }
        public int? Year { get; set; }

        /// <summary>Empty: the movement's results for the year; "so-ket": mid-term review; "tong-ket": final review.</summary>
        public string? MovementReport { get; set; }
    }

    [BindProperty] public DraftForm Input { get; set; } = new();

    public IReadOnlyList<PeriodicReport> Reports { get; private set; } = [];
    public IReadOnlyList<Movement> Movements { get; private set; } = [];
    public bool CanDraft { get; private set; }
    public int ThisYear => reports.Today.Year;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = reports.Today;
        Input.Period ??= today.Month switch { <= 3 => $"{today.Year}-Q1", <= 6 => $"{today.Year}-H1", <= 9 => $"{today.Year}-Q3", _ => $"{today.Year}" };
        Input.Year ??= today.Year;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var period = ReportsSetup.PeriodOf(new ReportsSetup.DraftBody(Input.Period, Input.MovementId, Input.Year, Input.MovementReport));
        if (period.Succeeded)
        {
            var result = await reports.DraftAsync(period.Value!, ReportsSetup.ActorOf(HttpContext), ct);
            if (result.Succeeded) return Redirect($"/Reports/{result.Value!.Id}");
            if (this.Refusal(result) is { } refused) return refused;
        }
        else
        {
            ModelState.AddErrors(period);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Reports = await reports.ListAsync(ct);
        Movements = await reports.MovementsAsync(ct);
        CanDraft = !tenant.ReadOnly && PeriodicReportService.Drafters.Any(User.IsInRole);
    }
}
