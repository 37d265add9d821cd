using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReformDesk.Core.CitizenVoice;

/// <summary>Phone digits and diacritic-free search text.</summary>
public static class FeedbackText
{
    /// <summary>The digits of a phone number, with +84/84 written as the national 0 (0912345678, 02438261234).</summary>
    public static string PhoneDigits(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
        return digits.StartsWith("84", StringComparison.Ordinal) && digits.Length is 11 or 12 ? "0" + digits[2..] : digits;
    }

    /// <summary>A Vietnamese mobile or landline number: 10 digits starting with 0 (0xx xxx xxxx), or 11 for old landlines.</summary>
    public static bool IsPhone(string? phone) => PhoneDigits(phone) is { Length: 10 or 11 } d && d[0] == '0';

    /// <summary>Lower case without diacritics (đ → d), so "dang ky khai sinh" finds "Đăng ký khai sinh".</summary>
    public static string Fold(string? text)
    {
        var normalized = (text ?? "").Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return Regex.Replace(sb.ToString(), @"\s+", " ").Trim();
    }
}

/// <summary>
/// Finds and removes a citizen's personal data in a text meant for the public: the name, phone, e-mail and address of the
/// feedback, and any phone number or e-mail address at all. Used to pre-fill the public texts at publication and to refuse
/// publication when something is left.
/// </summary>
public static partial class PersonalData
{
    public const string Mask = "***";

    /// <summary>The citizen's name with initials only (Nguyễn Văn An → N. V. A.), for staff who do not handle the matter.</summary>
    public static string MaskName(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + "."));

    /// <summary>0912345678 → 091*****78.</summary>
    public static string MaskPhone(string phone)
    {
        var d = FeedbackText.PhoneDigits(phone);
        return d.Length < 6 ? Mask : d[..3] + new string('*', d.Length - 5) + d[^2..];
    }

    /// <summary>What personal data remains in <paramref name="text"/>, in words, or null when none is found.</summary>
    public static string? Find(string text, Feedback feedback)
    {
        var folded = FeedbackText.Fold(text);
        if (feedback.CitizenName.Length >= 3 && folded.Contains(FeedbackText.Fold(feedback.CitizenName), StringComparison.Ordinal))
        {
            return "họ tên người phản ánh";
        }

        if (PhonePattern().IsMatch(text) || (feedback.PhoneDigits.Length >= 8 && Digits(text).Contains(feedback.PhoneDigits, StringComparison.Ordinal)))
        {
            return "số điện thoại";
        }

        if (EmailPattern().IsMatch(text))
        {
            return "thư điện tử";
        }

        if (feedback.CitizenAddress is { Length: >= 8 } address && folded.Contains(FeedbackText.Fold(address), StringComparison.Ordinal))
        {
            return "địa chỉ người phản ánh";
        }

        return null;
    }

    /// <summary>The text with the citizen's name, phone, e-mail and address (and any phone or e-mail) replaced by ***.</summary>
    public static string Remove(string text, Feedback feedback)
    {
        var result = EmailPattern().Replace(text, Mask);
        result = PhonePattern().Replace(result, Mask);
        foreach (var value in new[] { feedback.CitizenAddress, feedback.CitizenName }.OfType<string>().Where(v => v.Length >= 3))
        {
            result = result.Replace(value.Trim(), Mask, StringComparison.OrdinalIgnoreCase);
        }

        return result;
    }

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    // Neither pattern carries a match timeout: a timeout is wall-clock time, so a thread paused on a busy machine threw
    // RegexMatchTimeoutException on a ten-word text. Each is linear instead. The phone pattern has only bounded
    // repetition after a fixed start; the e-mail pattern runs without backtracking.

    // Vietnamese phone numbers as people write them: mobiles 0912 345 678, 0912.345.678, +84 912 345 678; landlines with a
    // two- or three-digit area code after the 0 and 8 or 7 digits: 024 3826 1234, (0236) 3822 111, +84 24 3826 1234.
    [GeneratedRegex(@"(?<!\d)\(?(\+?84|0)[\s.\-]?\d{2,3}\)?([\s.\-]?\d){6,8}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex EmailPattern();
}
