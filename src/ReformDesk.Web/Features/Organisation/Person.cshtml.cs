using Microsoft.AspNetCore.Mvc;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Organisation;

public sealed record AppraisalForm
{
    public int? Year { get; init; }
    public AppraisalResult Classification { get; init; } = AppraisalResult.HoanThanhTot;
    public string? DecisionNumber { get; init; }
    public DateOnly? DecisionDate { get; init; }
}

public sealed record DisciplineForm
{
    public Guid? Id { get; init; }
    public DisciplineLevel Penalty { get; init; } = DisciplineLevel.KhienTrach;
    public string? DecisionNumber { get; init; }
    public DateOnly? DecisionDate { get; init; }
    public DateOnly? EffectiveFrom { get; init; }
    public DateOnly? EffectiveTo { get; init; }
}

public sealed record AssignmentForm
{
    public Guid? Id { get; init; }
    public string? Duty { get; init; }
    public string? DecisionNumber { get; init; }
    public DateOnly? DecisionDate { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}

public sealed record SchemeForm
{
    public Guid? Id { get; init; }
    public string? Title { get; init; }
    public string? DecisionNumber { get; init; }
    public DateOnly? AcceptedOn { get; init; }
}

/// <summary>
/// A person's facts for the award rules: yearly appraisals, discipline, reform-work assignments, accepted schemes.
/// Each form records or corrects (a row's "Sửa" fills the form with it); a refused form comes back as typed.
/// </summary>
public sealed class PersonModel(FactService facts, RequestTenant tenant) : FactsPageModel<PersonFacts>(facts, tenant)
{
    [BindProperty]
    public DisciplineForm Discipline { get; set; } = new();

    [BindProperty]
    public AssignmentForm Assignment { get; set; } = new();

    [BindProperty]
    public SchemeForm Scheme { get; set; } = new();

    protected override string PagePath => "/Organisation/Person";

    public async Task<IActionResult> OnGetAsync(Guid? edit, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        if (edit is { } e)
        {
            if (Facts.Appraisals.FirstOrDefault(a => a.Id == e) is { } a)
            {
                Appraisal = new() { Year = a.Year, Classification = a.Classification, DecisionNumber = a.DecisionNumber, DecisionDate = a.DecisionDate };
            }
            else if (Facts.Discipline.FirstOrDefault(d => d.Id == e) is { } d)
            {
                Discipline = new() { Id = d.Id, Penalty = d.Penalty, DecisionNumber = d.DecisionNumber, DecisionDate = d.DecisionDate, EffectiveFrom = d.EffectiveFrom, EffectiveTo = d.EffectiveTo };
            }
            else if (Facts.Assignments.FirstOrDefault(x => x.Id == e) is { } x)
            {
                Assignment = new() { Id = x.Id, Duty = x.Duty, DecisionNumber = x.DecisionNumber, DecisionDate = x.DecisionDate, From = x.From, To = x.To };
            }
            else if (Facts.Schemes.FirstOrDefault(s => s.Id == e) is { } s)
            {
                Scheme = new() { Id = s.Id, Title = s.Title, DecisionNumber = s.DecisionNumber, AcceptedOn = s.AcceptedOn };
            }
        }

        return Page();
    }

    public Task<IActionResult> OnPostAppraisalAsync(CancellationToken ct) => SaveAsync(nameof(Appraisal), actor =>
        Service.SaveAppraisalAsync(actor, new AppraisalInput(Id, null, Appraisal.Year ?? 0, Appraisal.Classification, Appraisal.DecisionNumber, Appraisal.DecisionDate), ct),
        "Đã ghi kết quả đánh giá, xếp loại.", ct);

    public Task<IActionResult> OnPostDisciplineAsync(CancellationToken ct) => SaveAsync(nameof(Discipline), actor =>
        Service.SaveDisciplineAsync(actor, new DisciplineInput(Id, Discipline.Penalty, Discipline.DecisionNumber, Discipline.DecisionDate, Discipline.EffectiveFrom, Discipline.EffectiveTo, Discipline.Id), ct),
        "Đã ghi quyết định kỷ luật.", ct);

    public Task<IActionResult> OnPostAssignmentAsync(CancellationToken ct) => SaveAsync(nameof(Assignment), actor =>
        Service.SaveAssignmentAsync(actor, new AssignmentInput(Id, Assignment.Duty, Assignment.DecisionNumber, Assignment.DecisionDate, Assignment.From, Assignment.To, Assignment.Id), ct),
        "Đã ghi quyết định phân công làm CCHC.", ct);

    public Task<IActionResult> OnPostSchemeAsync(CancellationToken ct) => SaveAsync(nameof(Scheme), actor =>
        Service.SaveSchemeAsync(actor, new SchemeInput(Id, Scheme.Title, Scheme.DecisionNumber, Scheme.AcceptedOn, Scheme.Id), ct),
        "Đã ghi đề tài, đề án được nghiệm thu.", ct);

    protected override Task<PersonFacts?> FindAsync(Guid id, CancellationToken ct) => Service.PersonAsync(id, ct);

    protected override bool Owns(string? kind, Guid recordId) => kind switch
    {
        "appraisal" => Facts.Appraisals.Any(a => a.Id == recordId),
        "discipline" => Facts.Discipline.Any(d => d.Id == recordId),
        "assignment" => Facts.Assignments.Any(a => a.Id == recordId),
        "scheme" => Facts.Schemes.Any(s => s.Id == recordId),
        _ => false,
    };
}
