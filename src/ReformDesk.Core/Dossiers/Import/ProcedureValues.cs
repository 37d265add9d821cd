using System.Globalization;
using System.Text.RegularExpressions;
using ReformDesk.Core.Plans.Import;

namespace ReformDesk.Core.Dossiers.Import;

/// <summary>A parsed "Thời hạn giải quyết": same day, a number of working days, or a number of working hours.</summary>
public readonly record struct ProcedureTime(bool SameDay, int? Days, int? Hours = null)
{
    public override string ToString() => Hours is { } h ? $"{h} giờ làm việc" : SameDay ? "Trong ngày" : $"{Days} ngày làm việc";
}

/// <summary>
/// Parsers for the texts of a published procedure catalogue (Vietnamese, as the national/provincial databases print them).
/// Each returns a Vietnamese explanation of what is wrong instead of guessing.
/// </summary>
public static partial class ProcedureValues
{
    /// <summary>A time written in months or weeks ("3 tháng", "02 tuần"), which working-day deadlines cannot count.</summary>
    public static bool InMonthsOrWeeks(string? text) => Months().IsMatch(VietnameseText.Key(text ?? ""));

    /// <summary>
    /// "05 ngày làm việc", "3 ngày", "Không quá 10 ngày", "10 ngày kể từ ngày nhận đủ hồ sơ" → days;
    /// "Trong ngày", "Giải quyết ngay", "Ngày không hẹn", "0 ngày" → same day; "Trong 04 giờ làm việc", "8 giờ" → working hours.
    /// Months and empty text are refused.
    /// </summary>
    public static bool TryParseTime(string? text, out ProcedureTime value, out string error)
    {
        value = default;
        error = "";
        var key = VietnameseText.Key(text ?? "");
        if (key.Length == 0)
        {
            error = "bị bỏ trống.";
            return false;
        }

        var hours = HoursPattern().Match(key);
        if (hours.Success)
        {
            if (!int.TryParse(hours.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var h) || h is < 1 or > 96)
            {
                error = $"số giờ \"{hours.Groups[1].Value}\" không hợp lệ (1–96).";
                return false;
            }

            value = new ProcedureTime(false, null, h);
            return true;
        }

        var number = DaysPattern().Match(key);
        if (number.Success)
        {
            if (!int.TryParse(number.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days > 365)
            {
                error = $"số ngày \"{number.Groups[1].Value}\" không hợp lệ (0–365).";
                return false;
            }

            value = days == 0 ? new ProcedureTime(true, null) : new ProcedureTime(false, days);
            return true;
        }

        if (key.Contains("trong ngay", StringComparison.Ordinal) || key.Contains("giai quyet ngay", StringComparison.Ordinal)
            || key.Contains("ngay khong hen", StringComparison.Ordinal) || key is "ngay" or "ngay lam viec" or "ngay trong ngay")
        {
            value = new ProcedureTime(true, null);
            return true;
        }

        error = Months().IsMatch(key)
            ? $"\"{Short(text)}\": thời hạn tính theo tháng hoặc tuần chưa được hỗ trợ; hãy ghi số ngày làm việc (ví dụ \"05 ngày làm việc\"), số giờ làm việc hoặc \"Trong ngày\"."
            : $"không hiểu \"{Short(text)}\"; hãy ghi ví dụ \"05 ngày làm việc\", \"Trong 04 giờ làm việc\" hoặc \"Trong ngày\".";
        return false;
    }

    /// <summary>
    /// "10.000 đồng/bản", "50.000đ", "50,000 VNĐ", "Lệ phí: 8.000 đồng" → the first amount in đồng; "Không", "Miễn phí",
    /// "Không thu", "0", empty → no fee (null). Text without an amount (e.g. "Theo quy định") is refused.
    /// </summary>
    public static bool TryParseFee(string? text, out decimal? value, out string error)
    {
        value = null;
        error = "";
        var s = (text ?? "").Trim();
        var key = VietnameseText.Key(s);
        if (key.Length == 0 || key is "0" or "-" || key.StartsWith("khong", StringComparison.Ordinal) || key.StartsWith("mien", StringComparison.Ordinal))
        {
            return true;
        }

        var amount = AmountPattern().Match(s);
        if (!amount.Success)
        {
            error = $"không tìm thấy số tiền trong \"{Short(text)}\"; hãy ghi ví dụ \"10.000 đồng/bản\", \"50.000đ\" hoặc \"Không\".";
            return false;
        }

        var digits = new string(amount.Value.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length > 12)
        {
            error = $"số tiền \"{amount.Value}\" quá lớn.";
            return false;
        }

        var fee = decimal.Parse(digits, CultureInfo.InvariantCulture);
        value = fee == 0 ? null : fee;
        return true;
    }

    /// <summary>"Có", "x", "1" → yes; "Không", empty → no.</summary>
    public static bool TryParseOnline(string? text, out bool value, out string error)
    {
        error = "";
        if (DossierValues.TryParseFlag(text, out value))
        {
            return true;
        }

        error = $"không hiểu \"{Short(text)}\"; hãy ghi \"Có\", \"x\" hoặc \"Không\".";
        return false;
    }

    private static string Short(string? text)
    {
        var s = (text ?? "").Trim();
        return s.Length > 60 ? s[..60] + "…" : s;
    }

    [GeneratedRegex(@"(?:^|\s)(\d{1,4})\s*ngay\b")]
    private static partial Regex DaysPattern();

    [GeneratedRegex(@"(?:^|\s)(\d{1,3})\s*gio\b")]
    private static partial Regex HoursPattern();

    [GeneratedRegex(@"\d+\s*(?:thang|tuan)\b")]
    private static partial Regex Months();

    [GeneratedRegex(@"\d{1,3}(?:[.,\s]\d{3})+(?!\d)|\d+")]
    private static partial Regex AmountPattern();
}
