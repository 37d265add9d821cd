using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Platform;

namespace ReformDesk.Web.Features.Platform;

/// <summary>
/// The one mapping of an <see cref="OperationResult{T}"/> for page handlers: success runs the handler's continuation;
/// not found → 404; forbidden → 403 (the access-denied page); invalid → each field error into ModelState (as
/// <c>Input.Field</c> unless told otherwise) and the page redisplayed with what was typed; conflict → a page-level
/// ModelState error, redisplayed.
/// </summary>
public static class PageOutcome
{
    public static IActionResult Outcome<T>(this PageModel page, OperationResult<T> result, Func<T, IActionResult> onSuccess,
        Func<IActionResult>? redisplay = null, string? prefix = "Input") =>
        result.Succeeded ? onSuccess(result.Value!) : page.Refusal(result, prefix) ?? (redisplay ?? page.Page)();

    /// <summary>
    /// For a failed result: the 404 or 403 answer, or null once the messages are in ModelState (invalid, conflict)
    /// and the caller redisplays its page.
    /// </summary>
    public static IActionResult? Refusal<T>(this PageModel page, OperationResult<T> result, string? prefix = "Input") =>
        page.Refusal(result, KeyOf(prefix));

    /// <inheritdoc cref="Refusal{T}(PageModel, OperationResult{T}, string?)"/>
    /// <param name="keyOf">The ModelState key of a field the service named, when the form names it differently.</param>
    public static IActionResult? Refusal<T>(this PageModel page, OperationResult<T> result, Func<string, string> keyOf)
    {
        if (page.Denial(result) is { } denied)
        {
            return denied;
        }

        page.ModelState.AddErrors(result, keyOf);
        return null;
    }

    /// <summary>
    /// The 404 or 403 answer of a not-found or forbidden result; null for an invalid or conflicting one, which a page
    /// that shows its own messages (not ModelState) then displays.
    /// </summary>
    public static IActionResult? Denial<T>(this PageModel page, OperationResult<T> result) => result.Failure switch
    {
        FailureKind.None => throw new InvalidOperationException("A succeeded result is not a refusal."),
        FailureKind.NotFound => page.NotFound(),
        FailureKind.Forbidden => page.Forbid(),
        _ => null,
    };

    /// <summary>The messages of a result as ModelState errors; a message that names no field is page-level.</summary>
    public static void AddErrors<T>(this ModelStateDictionary modelState, OperationResult<T> result, string? prefix = "Input") =>
        modelState.AddErrors(result, KeyOf(prefix));

    public static void AddErrors<T>(this ModelStateDictionary modelState, OperationResult<T> result, Func<string, string> keyOf)
    {
        foreach (var (field, message) in result.Errors)
        {
            modelState.AddModelError(field.Length == 0 ? field : keyOf(field), message);
        }
    }

    /// <summary>
    /// The messages of a result under one of several forms on a page (bound as <paramref name="form"/>): a field's as
    /// "Form.Field", a message naming no field under "Form" itself, so <c>&lt;form-errors of="Form" /&gt;</c> shows them all.
    /// </summary>
    public static void AddErrorsUnder<T>(this ModelStateDictionary modelState, OperationResult<T> result, string form)
    {
        foreach (var (field, message) in result.Errors)
        {
            modelState.AddModelError(field.Length == 0 ? form : $"{form}.{field}", message);
        }
    }

    /// <summary>The ModelState key of a field a domain method names in camel case ("agree") on a form bound as <paramref name="form"/> ("Ballot.Agree").</summary>
    public static Func<string, string> FieldOf(string form) => field => $"{form}.{char.ToUpperInvariant(field[0])}{field[1..]}";

    private static Func<string, string> KeyOf(string? prefix) => string.IsNullOrEmpty(prefix) ? f => f : f => $"{prefix}.{f}";
}
