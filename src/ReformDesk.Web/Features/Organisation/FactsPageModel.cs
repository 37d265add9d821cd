using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Emulation;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Organisation;

/// <summary>
/// What the person and unit fact pages share: the record is loaded for a reader of facts (else forbidden, or not found),
/// each posted form is saved for an editor of facts and a refusal comes back in ModelState under the form's name (shown by
/// that form's <c>&lt;form-errors of="…" /&gt;</c>) with the form as typed (its properties are bound), a deleted record
/// must be one of the page's own.
/// </summary>
public abstract class FactsPageModel<TFacts>(FactService facts, RequestTenant tenant) : PageModel
    where TFacts : class
{
    protected FactService Service { get; } = facts;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public AppraisalForm Appraisal { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public TFacts Facts { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    /// <summary>The page's path without its id, where a saved or deleted record returns to.</summary>
    protected abstract string PagePath { get; }

    protected abstract Task<TFacts?> FindAsync(Guid id, CancellationToken ct);

    /// <summary>Whether the record of this kind is one of the page's own (only those are deleted here).</summary>
    protected abstract bool Owns(string? kind, Guid recordId);

    public async Task<IActionResult> OnPostDeleteAsync(string? kind, Guid recordId, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        if (!Owns(kind, recordId))
        {
            return NotFound();
        }

        var deleted = await Service.DeleteAsync(EmulationWeb.ActorOf(User, tenant), kind!, recordId, ct);
        if (!deleted.Succeeded && this.Denial(deleted) is { } denied)
        {
            return denied;
        }

        Notice = "Đã xóa bản ghi.";
        return Redirect($"{PagePath}/{Id}");
    }

    protected async Task<IActionResult> SaveAsync<T>(string form, Func<Actor, Task<OperationResult<T>>> save, string done, CancellationToken ct)
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

            ModelState.AddErrorsUnder(result, form);
            return Page();
        }

        Notice = done;
        return Redirect($"{PagePath}/{Id}");
    }

    protected async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var actor = EmulationWeb.ActorOf(User, tenant);
        if (!FactService.CanRead(actor))
        {
            return Forbid();
        }

        if (await FindAsync(Id, ct) is not { } found)
        {
            return NotFound();
        }

        Facts = found;
        CanEdit = FactService.CanEdit(actor);
        return null;
    }
}
