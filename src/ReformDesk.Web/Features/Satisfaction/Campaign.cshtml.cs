using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Satisfaction;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Satisfaction;

/// <summary>One campaign: progress against the suggested sample, its results, and the entry of paper forms (a refused form keeps its answers).</summary>
[Authorize(Policy = SatisfactionSetup.ReadPolicy)]
public sealed class CampaignModel(SatisfactionService satisfaction, UnitService units, RequestTenant tenant, IAuthorizationService authorization) : PageModel
{
    [BindProperty] public string? FormNumber { get; set; }
    [BindProperty] public Guid? UnitId { get; set; }
    [BindProperty] public string? AnsweredOn { get; set; }
    [BindProperty] public Dictionary<string, SatisfactionLevel?> Answers { get; set; } = [];
    [BindProperty] public string? Comment { get; set; }

    public CampaignView View { get; private set; } = null!;
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public bool CanEnter { get; private set; }
    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, SatisfactionSetup.EntryPolicy)).Succeeded)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        ModelState.Clear();
        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(AnsweredOn))
        {
            if (DateOnly.TryParseExact(AnsweredOn.Trim(), ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) day = d;
            else ModelState.AddModelError(nameof(AnsweredOn), $"Ngày trả lời \"{AnsweredOn}\" không đúng dạng dd/MM/yyyy.");
        }

        if (ModelState.IsValid)
        {
            var result = await satisfaction.EnterFormAsync(id, new PaperForm(FormNumber, UnitId, day, Answers, Comment), User.Identity?.Name ?? "", ct);
            if (result.Succeeded)
            {
                Saved = $"Đã nhập phiếu số {result.Value!.FormNumber}.";
                (FormNumber, Answers, Comment) = (null, [], null);
            }
            else if (this.Refusal(result, prefix: null) is { } refused)
            {
                return refused;
            }
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await satisfaction.CampaignAsync(id, ct) is not { } view) return false;
        View = view;
        Units = (await units.ListAsync(ct)).Where(u => u.IsActive).ToList();
        CanEnter = !tenant.ReadOnly && (await authorization.AuthorizeAsync(User, SatisfactionSetup.EntryPolicy)).Succeeded;
        return true;
    }
}
