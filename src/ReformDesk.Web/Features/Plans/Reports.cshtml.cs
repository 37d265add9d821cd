using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Plans;

public sealed class ReportsModel(ReportingService reporting, PlanService plans, RequestTenant tenant) : PageModel
{
    public IReadOnlyList<ObligationView> Calendar { get; private set; } = [];
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public bool CanManage { get; private set; }
    public DateOnly Today => plans.Today;
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(ObligationInput input, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!CanManage)
        {
            return Forbid();
        }

        var result = await reporting.AddAsync(input, ct);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            return Page();
        }

        return Redirect("/Plans/Reports");
    }

    public async Task<IActionResult> OnPostSubmitAsync(string? period, DateOnly submittedOn, string? documentNumber, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!CanManage)
        {
            return Forbid();
        }

        var parts = (period ?? "").Split('|');
        if (parts.Length != 2 || !Guid.TryParse(parts[0], out var obligationId)
            || !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
        {
            Errors = new Dictionary<string, string> { ["Period"] = "Hãy chọn báo cáo và kỳ báo cáo." };
            return Page();
        }

        var result = await reporting.SubmitAsync(obligationId, due, submittedOn, documentNumber, null, User.FindFirstValue(AppClaims.FullName) ?? User.Identity!.Name!, ct);
        if (!result.Succeeded)
        {
            if (this.Denial(result) is { } denied)
            {
                return denied;
            }

            Errors = result.Errors;
            return Page();
        }

        return Redirect("/Plans/Reports");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Calendar = await reporting.CalendarAsync(ct);
        Units = await reporting.UnitsAsync(ct);
        CanManage = !tenant.ReadOnly && TaskPermissions.PlanManagers.Any(User.IsInRole);
    }
}
