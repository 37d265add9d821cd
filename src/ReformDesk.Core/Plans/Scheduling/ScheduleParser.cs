using System.Text.RegularExpressions;

namespace ReformDesk.Core.Plans.Scheduling;

/// <summary>
/// Reads the Vietnamese schedule text of a reform-plan task ("Thời gian thực hiện/hoàn thành") with
/// <see cref="ScheduleGrammar"/> and turns what it read into a <see cref="Schedule"/> (docs/schedules.md).
/// Anything it does not fully understand comes back as <see cref="Unparsed"/> naming the part it could not read: no date
/// is ever guessed. The only thing filled in is a missing year, taken from the plan ("Trước ngày 15/01" in a 2026 plan).
/// </summary>
public static class ScheduleParser
{
    /// <summary>Schedule cells are short; a longer text is prose pasted in the wrong column.</summary>
    public const int MaxLength = 300;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly Regex Label = new(
        @"^thoi (?:gian|han)(?: (?:thuc hien|hoan thanh))?(?: ?/ ?(?:thuc hien|hoan thanh))?(?: ?:)? ?", Options);

    // Events, not times: "Khi có yêu cầu", "Theo chỉ đạo của thành phố", "Trong 05 ngày làm việc kể từ ngày nhận được…".
    private static readonly Regex TriggeredPhrase = new(
        @"^(?:(?:ngay )?(?:sau|truoc)? ?khi .+"
        + @"|(?:tuy )?theo (?:chi dao|yeu cau|ke hoach|lich|thoi gian|thoi diem|tien do|huong dan|van ban|thong bao|de nghi|quy dinh|dot|cong van|quyet dinh|lo trinh|chuong trinh)\b.*"
        + @"|dot xuat(?: .*)?|khi can(?: .*)?"
        + @"|(?:ke tu|tu) ngay (?:ky|ban hanh|cong bo|co hieu luc)\b.*"
        + @"|(?:(?:cham nhat(?: la)?|trong(?: thoi han)?|sau)(?: (?:toi da|khong qua))? |(?:toi da|khong qua) )?(?:\d{1,3}|mot|hai|ba|nam|muoi) ngay(?: lam viec)?,? (?:ke tu|sau|tinh tu|truoc)\b.+)$",
        Options);

    private static readonly Regex ContinuousPhrase = new(
        @"^(?:thuong xuyen|lien tuc)(?:(?: ?, ?| va | )(?:thuong xuyen|lien tuc))*(?: trong (?:ca )?nam(?: \d{4})?)?$", Options);

    private static readonly Regex Semicolon = new(" ?; ?", Options);

    private static readonly Regex CompositeSeparator = new(@" ?, ?| va | ?& ?", Options);

    private static readonly Regex TrailingYear = new(@"(?:/| nam )(?<y>\d{4})$", Options);

    private static readonly Regex BarePeriodWord = new(@"^(?:thang|quy|6 thang|nua nam|nam)$", Options);

    private static readonly Regex BarePeriodNumber = new(@"^(?:iv|iii|ii|i|\d{1,2})(?:$| ?/| nam )", Options);

    private static readonly Regex FrequencyOnly = new(
        @"^(?:(?:dinh ky )?(?:hang|moi) (?:tuan|thang|quy|nam)|(?:dinh ky |moi )(?:6 thang|nua nam)(?: (?:mot|1) lan)?|dinh ky (?:thang|quy|nam)|bao cao (?:thang|quy|6 thang|nua nam|nam))$", Options);

    private const string NotRecognised = "không phải cách ghi thời hạn đã biết";

    /// <summary>Parses one schedule cell. <paramref name="planYear"/> fills in a year the text leaves out.</summary>
    public static Schedule Parse(string? text, int planYear)
    {
        var original = text ?? string.Empty;
        var clean = ScheduleText.From(original);
        var label = Label.Match(clean.Key);
        if (label.Success && label.Length < clean.Length)
        {
            clean = clean.Slice(label.Length);
        }

        if (clean.Length == 0)
        {
            return new Unparsed(original, "Chưa ghi thời hạn.");
        }

        if (clean.Length > MaxLength)
        {
            return new Unparsed(original, $"Dài hơn {MaxLength} ký tự: đây là một đoạn văn, không phải thời hạn.");
        }

        return ParseAny(clean, planYear) with { Text = original };
    }

    private static Schedule ParseAny(ScheduleText text, int year)
    {
        var single = ParseSingle(text, year);

        // A phrase that was recognised but is wrong ("Trước ngày 31/02") stays wrong: no second reading.
        if (single is not Unparsed u || !IsNotRecognised(u))
        {
            return single;
        }

        // "Thường xuyên; báo cáo trước ngày 10 của tháng cuối quý": each part stands on its own.
        var semicolonParts = Split(text, Semicolon);
        if (semicolonParts.Count > 1)
        {
            return Combine(text, semicolonParts.Select(p => ParseAny(p, year)).ToList());
        }

        // "Quý I và Quý III/2026", "Định kỳ 6 tháng, hằng năm": parts share the year written at the end.
        var parts = Split(text, CompositeSeparator);
        if (parts.Count > 1)
        {
            return Combine(text, ParseList(parts, year));
        }

        return single;
    }

    private static bool IsNotRecognised(Unparsed u) => u.Reason.EndsWith(NotRecognised + ".", StringComparison.Ordinal);

    private static List<Schedule> ParseList(List<ScheduleText> parts, int year)
    {
        var trailing = TrailingYear.Match(parts[^1].Key);
        var sharedYear = trailing.Success ? int.Parse(trailing.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : year;

        var results = new List<Schedule>();
        var bareFrequency = new List<bool>();
        ScheduleText? previous = null;
        foreach (var part in parts)
        {
            var text = part;

            // "Quý I và III/2026": the second part borrows the word "quý" (or "tháng") from the first.
            if (previous is { } prev && BarePeriodNumber.IsMatch(text.Key))
            {
                if (prev.Key.StartsWith("quy ", StringComparison.Ordinal))
                {
                    text = text.Prepend("quý ");
                }
                else if (prev.Key.StartsWith("thang ", StringComparison.Ordinal))
                {
                    text = text.Prepend("tháng ");
                }
            }

            // "Định kỳ 6 tháng và năm": after a frequency, a bare "năm" is "hằng năm", not "the plan year".
            if (results.Count > 0 && results[^1] is Recurring && BarePeriodWord.IsMatch(text.Key))
            {
                text = text.Prepend("định kỳ ");
            }

            var parsed = ParseSingle(text, sharedYear);
            results.Add(parsed with { Text = part.Text });
            bareFrequency.Add(FrequencyOnly.IsMatch(text.Key));
            previous = text;
        }

        // "Báo cáo quý, báo cáo 6 tháng gửi trước ngày 05 tháng cuối của quý": a bare frequency followed by
        // one with a day in the period's last month shares that due rule (read from right to left).
        for (var i = results.Count - 2; i >= 0; i--)
        {
            if (bareFrequency[i]
                && results[i] is Recurring bare
                && results[i + 1] is Recurring { Due.Anchor: DueAnchor.DayOfLastMonth } next)
            {
                results[i] = bare with { Due = next.Due };
            }
        }

        return results;
    }

    private static Schedule Combine(ScheduleText whole, List<Schedule> parts)
    {
        var failed = parts.OfType<Unparsed>().FirstOrDefault();
        return failed is null
            ? new Composite(whole.Text, parts)
            : new Unparsed(whole.Text, $"Phần \"{failed.Text}\" chưa hiểu được: {failed.Reason}");
    }

    private static List<ScheduleText> Split(ScheduleText text, Regex separator)
    {
        var parts = new List<ScheduleText>();
        var start = 0;
        foreach (Match m in separator.Matches(text.Key))
        {
            parts.Add(text.Slice(start, m.Index - start));
            start = m.Index + m.Length;
        }

        parts.Add(text.Slice(start));
        return parts.Where(p => p.Length > 0).ToList();
    }

    private static Schedule ParseSingle(ScheduleText text, int year)
    {
        var key = text.Key;
        if (TriggeredPhrase.IsMatch(key))
        {
            return new Triggered(text.Text, text.Text);
        }

        if (ContinuousPhrase.IsMatch(key))
        {
            return new Continuous(text.Text);
        }

        var clause = ScheduleGrammar.Read(key, out var failedAt);
        if (clause is null)
        {
            var rest = failedAt >= 0 && failedAt < text.Length ? text.Text[failedAt..] : text.Text;
            return new Unparsed(text.Text, rest == text.Text ? $"\"{text.Text}\" {NotRecognised}." : $"Không đọc được phần \"{rest}\": {NotRecognised}.");
        }

        return ScheduleMeaning.Of(text.Text, clause, year) ?? new Unparsed(text.Text, $"\"{text.Text}\" {NotRecognised}.");
    }
}
