using Microsoft.AspNetCore.Mvc;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
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
public sealed class UnitFactsModel(FactService facts, RequestTenant tenant) : FactsPageModel<UnitFacts>(facts, tenant)
{
    [BindProperty]
    public MemberCountForm Members { get; set; } = new();

    [BindProperty]
    public ReformRatingForm Rating { get; set; } = new();

    protected override string PagePath => "/Organisation/UnitFacts";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public Task<IActionResult> OnPostAppraisalAsync(CancellationToken ct) => SaveAsync(nameof(Appraisal), actor =>
        Service.SaveAppraisalAsync(actor, new AppraisalInput(null, Id, Appraisal.Year ?? 0, Appraisal.Classification, Appraisal.DecisionNumber, Appraisal.DecisionDate), ct),
        "Đã ghi kết quả đánh giá, xếp loại của tập thể.", ct);

    public Task<IActionResult> OnPostMembersAsync(CancellationToken ct) => SaveAsync(nameof(Members), actor =>
        Service.SaveMemberCountAsync(actor, new MemberCountInput(Id, Members.Year ?? 0, Members.MemberCount ?? 0, Members.Evidence), ct),
        "Đã ghi số thành viên.", ct);

    public Task<IActionResult> OnPostRatingAsync(CancellationToken ct) => SaveAsync(nameof(Rating), actor =>
        Service.SaveReformRatingAsync(actor, new ReformRatingInput(Rating.ForCommune ? null : Id, Rating.Year ?? 0, Rating.Grade, Rating.EvidenceNumber, Rating.EvidenceDate, Rating.EvidenceUrl), ct),
        "Đã ghi xếp loại Chỉ số CCHC.", ct);

    protected override Task<UnitFacts?> FindAsync(Guid id, CancellationToken ct) => Service.UnitAsync(id, ct);

    protected override bool Owns(string? kind, Guid recordId) => kind switch
    {
        "appraisal" => Facts.Appraisals.Any(a => a.Id == recordId),
        "member-count" => Facts.Years.Any(y => y.Recorded?.Id == recordId),
        "reform-rating" => Facts.Entered.Any(r => r.Id == recordId),
        _ => false,
    };
}
