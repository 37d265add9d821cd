using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Satisfaction;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Satisfaction;

/// <summary>Results of a quarter per element and unit (ratings and surveys), the figures the public page would show, and publication by the Chairman.</summary>
[Authorize(Policy = SatisfactionSetup.ReadPolicy)]
public sealed class IndexModel(SatisfactionService satisfaction, PublicationService publication, RequestTenant tenant, IAuthorizationService authorization,
    PublicCache cache) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Quarter { get; set; }

    public Quarter Period { get; private set; }
    public SatisfactionResults Results { get; private set; } = null!;
    public ResultsSnapshot Preview { get; private set; } = null!;
    public IReadOnlyList<PublishedResults> Published { get; private set; } = [];
    public PublishedResults? PublishedThis { get; private set; }
    public bool CanPublish { get; private set; }
    public string? Message { get; private set; }
    public string? CommuneCode => tenant.Current?.Code;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Resolve()) return Page();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, SatisfactionSetup.PublishPolicy)).Succeeded)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (Resolve())
        {
            var result = await publication.PublishAsync(Period, User.Identity?.Name ?? "", satisfaction.Now, ct);
            if (result.Succeeded)
            {
                await cache.EvictAsync(tenant.Current?.Code, ct);
                Message = $"Đã công bố kết quả {Period.Text}. Số liệu đã công bố được giữ nguyên, kể cả khi dữ liệu thay đổi sau này.";
            }
            else
            {
                foreach (var (field, message) in result.Errors) ModelState.AddModelError(field, message);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private bool Resolve()
    {
        var current = Core.Satisfaction.Quarter.Of(satisfaction.Today);
        Period = Year is { } y && Quarter is { } q ? new Quarter(y, q) : current;
        if (Period.IsValid) return true;
        ModelState.AddModelError(nameof(Quarter), "Quý phải từ 1 đến 4, năm từ 2000 đến 2100.");
        Period = current;
        return false;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        (Year, Quarter) = (Period.Year, Period.Number);
        Results = await satisfaction.ResultsAsync(Period.From, Period.To, ct);
        Preview = await publication.PreviewAsync(Period, ct);
        Published = await publication.ListAsync(ct);
        PublishedThis = Published.FirstOrDefault(p => p.Year == Period.Year && p.Quarter == Period.Number);
        CanPublish = !tenant.ReadOnly && (await authorization.AuthorizeAsync(User, SatisfactionSetup.PublishPolicy)).Succeeded;
    }
}
