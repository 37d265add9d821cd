using ReformDesk.Core.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Emulation;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

/// <summary>What the movement form posts; a refused form is shown again with it.</summary>
public sealed record MovementForm
{
    public string? Title { get; init; }
    public int? StartYear { get; init; }
    public int? EndYear { get; init; }
    public string? IssuingBody { get; init; }
    public string? DocumentNumber { get; init; }
    public string? LegalBases { get; init; }
    public string? Contents { get; init; }
    public string? Participants { get; init; }
    public string? Launch { get; init; }
    public string? AnnualReview { get; init; }
    public string? MidTermReview { get; init; }
    public string? FinalReview { get; init; }
    public string? Report { get; init; }

    public MovementInput ToInput() => new(Title, StartYear, EndYear, IssuingBody, DocumentNumber, LegalBases, Contents, Participants,
        new Dictionary<MilestoneKind, string?>
        {
            [MilestoneKind.Launch] = Launch,
            [MilestoneKind.AnnualReview] = AnnualReview,
            [MilestoneKind.MidTermReview] = MidTermReview,
            [MilestoneKind.FinalReview] = FinalReview,
            [MilestoneKind.Report] = Report,
        });

    public static MovementForm From(MovementInput input)
    {
        string? When(MilestoneKind kind) => input.Timeline?.GetValueOrDefault(kind);
        return new MovementForm
        {
            Title = input.Title, StartYear = input.StartYear, EndYear = input.EndYear, IssuingBody = input.IssuingBody,
            DocumentNumber = input.DocumentNumber, LegalBases = input.LegalBases, Contents = input.Contents, Participants = input.Participants,
            Launch = When(MilestoneKind.Launch), AnnualReview = When(MilestoneKind.AnnualReview), MidTermReview = When(MilestoneKind.MidTermReview),
            FinalReview = When(MilestoneKind.FinalReview), Report = When(MilestoneKind.Report),
        };
    }

    /// <summary>The form field a service error names ("Timeline[Report]" → "Report").</summary>
    public static string FieldOf(string key) =>
        key.StartsWith("Timeline[", StringComparison.Ordinal) ? key["Timeline[".Length..^1] : key;
}

/// <summary>Launch a new movement or edit one: the commune's own set-up, no demo data needed.</summary>
public sealed class MovementEditModel(MovementService movements, RequestTenant tenant, TimeProvider clock) : PageModel
{
    [BindProperty]
    public MovementForm Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!EmulationPermissions.CanSetUpMovement(EmulationWeb.ActorOf(User, tenant)))
        {
            return Forbid();
        }

        Id = id;
        if (id is { } existing)
        {
            if (await movements.InputOfAsync(existing, ct) is not { } input)
            {
                return NotFound();
            }

            Input = MovementForm.From(input);
        }
        else
        {
            var year = VietnamTime.Year(clock);
            Input = new MovementForm { StartYear = year, EndYear = year, IssuingBody = $"UBND {tenant.Current?.Name}" };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        var actor = EmulationWeb.ActorOf(User, tenant);
        if (!EmulationPermissions.CanSetUpMovement(actor))
        {
            return Forbid();
        }

        Id = id;
        var result = id is { } existing
            ? await movements.UpdateAsync(existing, Input.ToInput(), actor, ct)
            : await movements.CreateAsync(Input.ToInput(), actor, ct);
        if (!result.Succeeded)
        {
            return this.Refusal(result, key => $"{nameof(Input)}.{MovementForm.FieldOf(key)}") ?? Page();
        }

        return Redirect($"/Emulation/Movement/{result.Value!.Id}");
    }
}
