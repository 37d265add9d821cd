using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace ReformDesk.Web.Features.Platform;

/// <summary>
/// The model binder's own refusals (a date or number that does not parse, a missing value) in Vietnamese, so a forged
/// or mistyped form never shows ASP.NET's English messages; the value typed is quoted so the user sees which one it was.
/// </summary>
public static class VietnameseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => Invalid(value));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(Invalid);
        messages.SetValueIsInvalidAccessor(Invalid);
        messages.SetUnknownValueIsInvalidAccessor(_ => "Giá trị đã nhập không hợp lệ.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị đã nhập không hợp lệ.");
        messages.SetValueMustNotBeNullAccessor(_ => "Hãy nhập giá trị cho ô này.");
        messages.SetMissingBindRequiredValueAccessor(_ => "Hãy nhập giá trị cho ô này.");
        messages.SetMissingKeyOrValueAccessor(() => "Hãy nhập giá trị cho ô này.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Yêu cầu không có nội dung.");
        messages.SetValueMustBeANumberAccessor(_ => "Hãy nhập một số.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Hãy nhập một số.");
    }

    private static string Invalid(string value) => $"Giá trị \"{value}\" không hợp lệ.";
}
