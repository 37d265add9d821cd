using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Satisfaction;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Satisfaction;

/// <summary>Survey campaigns of the commune and a new one, with the sample size n = N/(1+N·e²) suggested from N and e.</summary>
[Authorize(Policy = SatisfactionSetup.ReadPolicy)]
public sealed class CampaignsModel(SatisfactionService satisfaction, RequestTenant tenant, IAuthorizationService authorization) : PageModel
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? StartDate { get; set; }
    [BindProperty] public string? EndDate { get; set; }
    [BindProperty] public int? Population { get; set; }
    [BindProperty] public decimal? MarginPercent { get; set; } = 5;

    public IReadOnlyList<CampaignView> Campaigns { get; private set; } = [];
    public bool CanEnter { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, SatisfactionSetup.EntryPolicy)).Succeeded)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        ModelState.Clear();
        var start = Date(StartDate, nameof(StartDate));
        var end = Date(EndDate, nameof(EndDate));
        if (ModelState.IsValid)
        {
            var result = await satisfaction.CreateCampaignAsync(new CampaignInput(Title, start, end, Population, MarginPercent), ct);
            if (result.Succeeded) return Redirect($"/Satisfaction/Campaigns/{result.Value!.Id}");
            foreach (var (field, message) in result.Errors) ModelState.AddModelError(field, message);
        }

        await LoadAsync(ct);
        return Page();
    }

    private DateOnly? Date(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        ModelState.AddModelError(field, $"Ngày \"{text}\" không đúng dạng dd/MM/yyyy.");
        return null;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Campaigns = await satisfaction.CampaignsAsync(ct);
        CanEnter = !tenant.ReadOnly && (await authorization.AuthorizeAsync(User, SatisfactionSetup.EntryPolicy)).Succeeded;
    }
}
