using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Dossiers;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>Form 04 "Phiếu xin lỗi và hẹn lại ngày trả kết quả": prefilled, checked by the officer, downloaded as DOCX.</summary>
[Authorize(Policy = DossiersSetup.ImportPolicy)]
public sealed class ApologyModel(AtRiskService atRisk, RequestTenant tenant) : PageModel
{
    public ApologyDraft? Draft { get; private set; }
    public string Reason { get; private set; } = "";
    public string NewDate { get; private set; } = "";
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Draft = await atRisk.DraftAsync(id, ct);
        if (Draft is null) return NotFound();
        NewDate = Draft.ProposedDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? reason, string? newDate, CancellationToken ct)
    {
        if (tenant.ReadOnly) return Forbid();
        Draft = await atRisk.DraftAsync(id, ct);
        if (Draft is null) return NotFound();
        Reason = (reason ?? "").Trim();
        NewDate = newDate ?? "";
        if (Reason.Length is 0 or > 1000)
        {
            Error = "Hãy ghi lý do chậm trễ (tối đa 1.000 ký tự).";
            return Page();
        }

        if (!DateOnly.TryParseExact(NewDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date <= Draft.OriginalDueDate)
        {
            Error = "Ngày hẹn trả mới phải sau ngày hẹn trả ban đầu.";
            return Page();
        }

        var letter = await atRisk.ApologyLetterAsync(id, Reason, date, ct);
        return letter is { } l
            ? File(l.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", l.FileName)
            : NotFound();
    }
}
