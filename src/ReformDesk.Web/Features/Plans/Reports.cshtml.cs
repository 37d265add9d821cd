using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Plans;

/// <summary>What the "add a reporting obligation" form posts; a refused one is shown again as typed.</summary>
public sealed record ObligationForm
{
    public string? Title { get; init; }
    public Guid? UnitId { get; init; }
    public string? Recipient { get; init; }
    public string? ScheduleText { get; init; }
    public int? FromYear { get; init; }
    public int? ToYear { get; init; }

    public ObligationInput ToInput() => new(Title, UnitId, Recipient, ScheduleText, FromYear ?? 0, ToYear ?? 0);
}

/// <summary>What the "report sent" form posts: the obligation and period ("id|yyyy-MM-dd"), the day sent and the document number.</summary>
public sealed record SubmissionForm
{
    public string? Period { get; init; }
    public DateOnly? SubmittedOn { get; init; }
    public string? DocumentNumber { get; init; }
}

/// <summary>The reporting calendar: every obligation's periods, recording a report as sent, adding an obligation.</summary>
public sealed class ReportsModel(ReportingService reporting, PlanService plans, RequestTenant tenant) : PageModel
{
    public IReadOnlyList<ObligationView> Calendar { get; private set; } = [];
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public bool CanManage { get; private set; }
    public DateOnly Today => plans.Today;

    [BindProperty]
    public ObligationForm Obligation { get; set; } = new();

    [BindProperty]
    public SubmissionForm Submission { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        FreshObligation();
        FreshSubmission();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!CanManage)
        {
            return Forbid();
        }

        FreshSubmission();
        var result = await reporting.AddAsync(Obligation.ToInput(), ct);
        return this.Outcome(result, _ => Redirect("/Plans/Reports"), prefix: nameof(Obligation));
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!CanManage)
        {
            return Forbid();
        }

        FreshObligation();
        var parts = (Submission.Period ?? "").Split('|');
        if (parts.Length != 2 || !Guid.TryParse(parts[0], out var obligationId)
            || !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
        {
            ModelState.AddModelError($"{nameof(Submission)}.{nameof(SubmissionForm.Period)}", "Hãy chọn báo cáo và kỳ báo cáo.");
            return Page();
        }

        if (Submission.SubmittedOn is not { } submittedOn)
        {
            ModelState.AddModelError($"{nameof(Submission)}.{nameof(SubmissionForm.SubmittedOn)}", "Hãy nhập ngày gửi báo cáo.");
            return Page();
        }

        var result = await reporting.SubmitAsync(obligationId, due, submittedOn, Submission.DocumentNumber, null, User.FindFirstValue(AppClaims.FullName) ?? User.Identity!.Name!, ct);
        return this.Outcome(result, _ => Redirect("/Plans/Reports"), prefix: nameof(Submission));
    }

    /// <summary>The obligation form as a new one starts: this year to this year.</summary>
    private void FreshObligation() => Obligation = new ObligationForm { FromYear = Today.Year, ToYear = Today.Year };

    /// <summary>The submission form as a new one starts: sent today.</summary>
    private void FreshSubmission() => Submission = new SubmissionForm { SubmittedOn = Today };

    private async Task LoadAsync(CancellationToken ct)
    {
        Calendar = await reporting.CalendarAsync(ct);
        Units = await reporting.UnitsAsync(ct);
        CanManage = !tenant.ReadOnly && TaskPermissions.PlanManagers.Any(User.IsInRole);
    }
}
