using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Emulation;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Organisation;

public sealed record MemberCountForm
{
    public int? Year { get; init; }
    public int? MemberCount { get; init; }
    public string? Evidence { get; init; }
}

public sealed record ReformRatingForm
{
    public int? Year { get; init; }
    public ReformRating Grade { get; init; } = ReformRating.Kha;
    public string? EvidenceNumber { get; init; }
    public DateOnly? EvidenceDate { get; init; }
    public string? EvidenceUrl { get; init; }

    /// <summary>The rating is the commune's as a whole (for a year without an appraised PAR Index), not this unit's.</summary>
    public bool ForCommune { get; init; }
}

/// <summary>
/// A collective's facts for the award rules: its yearly appraisal, its member count by year (with the members' titles and
/// discipline counted from the records), and its reform rating — the PAR Index where the province appraised it, else entered with evidence.
/// </summary>
public sealed class UnitFactsModel(FactService facts, RequestTenant tenant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public AppraisalForm Appraisal { get; set; } = new();

    [BindProperty]
    public MemberCountForm Members { get; set; } = new();

    [BindProperty]
    public ReformRatingForm Rating { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public UnitFacts Facts { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public Task<IActionResult> OnPostAppraisalAsync(CancellationToken ct) => SaveAsync(nameof(Appraisal), actor =>
        facts.SaveAppraisalAsync(actor, new AppraisalInput(null, Id, Appraisal.Year ?? 0, Appraisal.Classification, Appraisal.DecisionNumber, Appraisal.DecisionDate), ct),
        "Đã ghi kết quả đánh giá, xếp loại của tập thể.", ct);

    public Task<IActionResult> OnPostMembersAsync(CancellationToken ct) => SaveAsync(nameof(Members), actor =>
        facts.SaveMemberCountAsync(actor, new MemberCountInput(Id, Members.Year ?? 0, Members.MemberCount ?? 0, Members.Evidence), ct),
        "Đã ghi số thành viên.", ct);

    public Task<IActionResult> OnPostRatingAsync(CancellationToken ct) => SaveAsync(nameof(Rating), actor =>
        facts.SaveReformRatingAsync(actor, new ReformRatingInput(Rating.ForCommune ? null : Id, Rating.Year ?? 0, Rating.Grade, Rating.EvidenceNumber, Rating.EvidenceDate, Rating.EvidenceUrl), ct),
        "Đã ghi xếp loại Chỉ số CCHC.", ct);

    public async Task<IActionResult> OnPostDeleteAsync(string? kind, Guid recordId, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        var owned = kind switch
        {
            "appraisal" => Facts.Appraisals.Any(a => a.Id == recordId),
            "member-count" => Facts.Years.Any(y => y.Recorded?.Id == recordId),
            "reform-rating" => Facts.Entered.Any(r => r.Id == recordId),
            _ => false,
        };
        if (!owned)
        {
            return NotFound();
        }

        var deleted = await facts.DeleteAsync(EmulationWeb.ActorOf(User, tenant), kind!, recordId, ct);
        if (!deleted.Succeeded && this.Denial(deleted) is { } denied)
        {
            return denied;
        }

        Notice = "Đã xóa bản ghi.";
        return Redirect($"/Organisation/UnitFacts/{Id}");
    }

    private async Task<IActionResult> SaveAsync<T>(string form, Func<Actor, Task<OperationResult<T>>> save, string done, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var result = await save(EmulationWeb.ActorOf(User, tenant));
        if (!result.Succeeded)
        {
            if (this.Denial(result) is { } denied)
            {
                return denied;
            }

            Errors[form] = result.Message;
            return Page();
        }

        Notice = done;
        return Redirect($"/Organisation/UnitFacts/{Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var actor = EmulationWeb.ActorOf(User, tenant);
        if (!FactService.CanRead(actor))
        {
            return Forbid();
        }

        if (await facts.UnitAsync(Id, ct) is not { } found)
        {
            return NotFound();
        }

        Facts = found;
        CanEdit = FactService.CanEdit(actor);
        return null;
    }
}
