using System.Globalization;
using System.Text.RegularExpressions;

namespace ReformDesk.Core.Plans.Scheduling;

/// <summary>
/// Reads the Vietnamese schedule text of a reform-plan task ("Thời gian thực hiện/hoàn thành").
/// Anything it does not fully understand comes back as <see cref="Unparsed"/>: no date is ever guessed.
/// The only thing filled in is a missing year, taken from the plan ("Trước ngày 15/01" in a 2026 plan).
/// </summary>
public static class ScheduleParser
{
    /// <summary>Schedule cells are short; a longer text is prose pasted in the wrong column.</summary>
    public const int MaxLength = 300;

    private const string NotRecognised = "Not a recognised schedule phrase.";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // All patterns run on the folded key: lower case, no diacritics, single spaces.
    private const string Year = @"(?<y>\d{4})";
    private const string YearSuffix = @"(?:(?: ?/ ?| nam | ?- ?)(?<y>\d{4}))";
    private const string Sep = @"(?: ?[,;:] ?| )";
    private const string Quarter = @"quy (?<q>iv|iii|ii|i|[1-4])\b";

    // "Trước ngày", "chậm nhất ngày", "hạn", "đến ngày", or just "ngày".
    private const string By = @"(?:(?:(?:hoan thanh |thuc hien |gui |nop )?(?:truoc|cham nhat|han chot|han|den|vao|trong)(?: ngay)?)|ngay)";

    // "15/01/2026", "15/01", "15 tháng 01 năm 2026", and with the year written out "15.01.2026" or "15-01-2026".
    private const string Date =
        @"(?:(?<d>\d{1,2}) ?/ ?(?<m>\d{1,2})(?: ?/ ?(?<y>\d{4}))?|(?<d>\d{1,2})(?<sep>[.-])(?<m>\d{1,2})\k<sep>(?<y>\d{4})|(?<d>\d{1,2}) thang (?<m>\d{1,2})(?: nam (?<y>\d{4}))?)";

    // "Hằng quý", "Định kỳ hàng tháng", "Định kỳ 6 tháng", "mỗi năm", and in reporting prose "báo cáo quý".
    private const string Frequency =
        @"(?:(?:dinh ky )?(?:hang|moi) (?<f>thang|quy|nam)|(?:dinh ky |moi )(?<f>6 thang|nua nam)(?: (?:mot|1) lan)?|dinh ky (?<f>thang|quy|nam)|bao cao (?<f>thang|quy|6 thang|nua nam|nam)(?! ?\d))";

    // What follows "trước ngày" in a recurring schedule: "30/11", "10 của tháng cuối quý", "25" (monthly).
    private const string DueInPeriod =
        @"(?:(?<d>\d{1,2}) ?/ ?(?<m>\d{1,2})|(?<d>\d{1,2}) thang (?<m>\d{1,2})|(?<d>\d{1,2}) (?:cua )?thang cuoi(?: cua)?(?: (?<p>quy|ky|nam|6 thang|nua nam))?(?<last>)|(?<d>\d{1,2}))";

    private const string RecurringDue = $@"(?:(?:(?:gui |nop )?(?:truoc|cham nhat|han|vao)(?: ngay)?)|ngay) {DueInPeriod}";

    private static readonly Regex Label = new(
        @"^thoi (?:gian|han)(?: (?:thuc hien|hoan thanh))?(?: ?/ ?(?:thuc hien|hoan thanh))?(?: ?:)? ?", Options);

    private static readonly Regex Filler = new(
        @"^(?:gui bao cao|bao cao|gui|nop|thuc hien|hoan thanh|trien khai|to chuc)(?: ?[,:])? ", Options);

    private static readonly Regex TriggeredPhrase = new(
        @"^(?:(?:ngay )?(?:sau )?khi .+|(?:tuy )?theo (?:chi dao|yeu cau|ke hoach|lich|thoi gian|thoi diem|tien do|huong dan|van ban|thong bao|de nghi|quy dinh|dot|cong van|quyet dinh|lo trinh|chuong trinh)\b.*|dot xuat(?: .*)?|khi can(?: .*)?)$",
        Options);

    private static readonly Regex ContinuousPhrase = new(
        @"^(?:thuong xuyen|lien tuc)(?:(?: ?, ?| va | )(?:thuong xuyen|lien tuc))*(?: trong (?:ca )?nam(?: \d{4})?)?$", Options);

    private static readonly Regex FixedDate = new($"^(?:{By} )?{Date}$", Options);

    private static readonly Regex DateRange = new(
        @"^(?:tu )?(?:ngay )?(?<d>\d{1,2})/(?<m>\d{1,2})(?:/(?<y>\d{4}))? ?(?:-|den) ?(?:ngay )?(?<d2>\d{1,2})/(?<m2>\d{1,2})(?:/(?<y2>\d{4}))?$",
        Options);

    private static readonly Regex QuarterPhrase = new(
        $"^(?:(?<pre>trong suot|trong|vao|cuoi|het|den het) )?{Quarter}{YearSuffix}?$", Options);

    private static readonly Regex MonthPhrase = new(
        $"^(?:(?<pre>trong suot|trong|vao|cuoi|het|den het) )?thang (?<m>\\d{{1,2}}){YearSuffix}?$", Options);

    private static readonly Regex MonthRange = new(
        @"^(?:(?:trong|tu) )?thang (?<m>\d{1,2})(?:(?: ?/ ?| nam )(?<y>\d{4}))? ?(?:-|den het|den) ?(?:thang )?(?<m2>\d{1,2})(?:(?: ?/ ?| nam )(?<y2>\d{4}))?$",
        Options);

    private static readonly Regex HalfYear = new(
        @"^(?:trong )?(?:6 thang|nua) (?<h>dau|cuoi) nam(?: (?<y>\d{4}))?$", Options);

    private static readonly Regex YearPhrase = new(
        @"^(?:(?:trong ca|trong suot|trong|ca|suot|vao) )?nam(?: (?<y>\d{4})(?: ?- ?(?<y2>\d{4}))?)?$", Options);

    private static readonly Regex MultiYear = new(
        @"^(?:(?:trong ca|trong|ca|suot) )?(?:giai doan )?(?<y>\d{4}) ?- ?(?<y2>\d{4})$", Options);

    private static readonly Regex EndOfYear = new(
        @"^(?:cuoi|het|den het|den) nam(?: (?<y>\d{4}))?$", Options);

    private static readonly Regex EndOfMultiYear = new(
        @"^(?:ket thuc|cuoi|het|den het) giai doan (?<y>\d{4}) ?- ?(?<y2>\d{4})$", Options);

    private static readonly Regex FrequencyOnly = new($"^{Frequency}$", Options);

    private static readonly Regex FrequencyThenDue = new($"^{Frequency}(?: gui)?{Sep}{RecurringDue}$", Options);

    private static readonly Regex DueThenFrequency = new($"^{RecurringDue}{Sep}(?:cua )?{Frequency}$", Options);

    private static readonly Regex DueInLastMonthOnly = new($"^{RecurringDue}$", Options);

    private static readonly Regex RecurringWithinYears = new(
        $@"^(?<body>.+?){Sep}(?:trong |cua )?(?:nam {Year}|giai doan {Year} ?- ?(?<y2>\d{{4}}))$", Options);

    private static readonly Regex Semicolon = new(" ?; ?", Options);

    private static readonly Regex CompositeSeparator = new(@" ?, ?| va | ?& ?", Options);

    private static readonly Regex TrailingYear = new(@"(?:/| nam )(?<y>\d{4})$", Options);

    private static readonly Regex BarePeriodWord = new(@"^(?:thang|quy|6 thang|nua nam|nam)$", Options);

    private static readonly Regex BarePeriodNumber = new(@"^(?:iv|iii|ii|i|\d{1,2})(?:$| ?/| nam )", Options);

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
            return new Unparsed(original, "The schedule text is empty.");
        }

        if (clean.Length > MaxLength)
        {
            return new Unparsed(original, $"The text is longer than {MaxLength} characters: a paragraph, not a schedule.");
        }

        return ParseAny(clean, planYear) with { Text = original };
    }

    private static Schedule ParseAny(ScheduleText text, int year)
    {
        var single = ParseSingle(text, year);

        // A phrase that was recognised but is wrong ("Trước ngày 31/02") stays wrong: no second reading.
        if (single is not Unparsed { Reason: NotRecognised })
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

    private static List<Schedule> ParseList(List<ScheduleText> parts, int year)
    {
        var trailing = TrailingYear.Match(parts[^1].Key);
        var sharedYear = trailing.Success ? Int(trailing, "y") ?? year : year;

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
            : new Unparsed(whole.Text, $"Part \"{failed.Text}\" is not understood: {failed.Reason}");
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
        while (true)
        {
            if (TryPatterns(text, year) is { } schedule)
            {
                return schedule;
            }

            // "Báo cáo trước ngày …", "Hoàn thành trong quý II": the verb in front says nothing about time.
            var filler = Filler.Match(text.Key);
            if (!filler.Success || filler.Length >= text.Length)
            {
                return new Unparsed(text.Text, NotRecognised);
            }

            text = text.Slice(filler.Length);
        }
    }

    private static Schedule? TryPatterns(ScheduleText text, int planYear)
    {
        var key = text.Key;
        var t = text.Text;
        Match m;

        if (TriggeredPhrase.IsMatch(key))
        {
            return new Triggered(t, t);
        }

        if (ContinuousPhrase.IsMatch(key))
        {
            return new Continuous(t);
        }

        if ((m = FixedDate.Match(key)).Success)
        {
            return DateOf(m, "d", "m", "y", planYear) is { } due
                ? new FixedDeadline(t, due, null)
                : InvalidDate(t, m);
        }

        if ((m = DateRange.Match(key)).Success)
        {
            var y2 = Int(m, "y2") ?? Int(m, "y") ?? planYear;
            var start = DateOf(m, "d", "m", "y", Int(m, "y") is null ? y2 : planYear);
            var due = DateOf(m, "d2", "m2", "y2", y2);
            return Range(t, start, due);
        }

        if ((m = QuarterPhrase.Match(key)).Success)
        {
            var y = Int(m, "y") ?? planYear;
            var q = QuarterNumber(m.Groups["q"].Value);
            if (q is null || !ValidYear(y))
            {
                return new Unparsed(t, "The quarter or year does not exist.");
            }

            var first = new DateOnly(y, (q.Value * 3) - 2, 1);
            return new FixedDeadline(t, first.AddMonths(3).AddDays(-1), OpenStart(m) ? null : first);
        }

        if ((m = MonthPhrase.Match(key)).Success)
        {
            var month = MonthOf(m, "m", Int(m, "y") ?? planYear);
            return month is { } first
                ? new FixedDeadline(t, first.AddMonths(1).AddDays(-1), OpenStart(m) ? null : first)
                : new Unparsed(t, "The month or year does not exist.");
        }

        if ((m = MonthRange.Match(key)).Success)
        {
            var y2 = Int(m, "y2") ?? Int(m, "y") ?? planYear;
            var first = MonthOf(m, "m", Int(m, "y") ?? y2);
            var last = MonthOf(m, "m2", y2);
            return Range(t, first, last?.AddMonths(1).AddDays(-1));
        }

        if ((m = HalfYear.Match(key)).Success)
        {
            var y = Int(m, "y") ?? planYear;
            if (!ValidYear(y))
            {
                return new Unparsed(t, "The year is out of range.");
            }

            var firstHalf = m.Groups["h"].Value == "dau";
            return new FixedDeadline(t, new DateOnly(y, firstHalf ? 6 : 12, firstHalf ? 30 : 31), new DateOnly(y, firstHalf ? 1 : 7, 1));
        }

        if ((m = YearPhrase.Match(key)).Success || (m = MultiYear.Match(key)).Success)
        {
            var y = Int(m, "y") ?? planYear;
            var y2 = Int(m, "y2") ?? y;
            if (!ValidYear(y) || !ValidYear(y2) || y2 < y)
            {
                return new Unparsed(t, "The years do not form a valid period.");
            }

            return new WholePeriod(t, new DateOnly(y, 1, 1), new DateOnly(y2, 12, 31));
        }

        if ((m = EndOfYear.Match(key)).Success || (m = EndOfMultiYear.Match(key)).Success)
        {
            var y = Int(m, "y2") ?? Int(m, "y") ?? planYear;
            return ValidYear(y) && y >= (Int(m, "y") ?? y)
                ? new FixedDeadline(t, new DateOnly(y, 12, 31), null)
                : new Unparsed(t, "The years do not form a valid period.");
        }

        if (TryRecurring(text) is { } recurring)
        {
            return recurring;
        }

        // "Hàng quý năm 2026": a recurring schedule bounded by the years the text names.
        if ((m = RecurringWithinYears.Match(key)).Success)
        {
            var body = text.Slice(0, m.Groups["body"].Length);
            var y = Int(m, "y");
            var y2 = Int(m, "y2") ?? y;
            if (TryRecurring(body) is Recurring r && y is not null && ValidYear(y.Value) && ValidYear(y2!.Value) && y2 >= y)
            {
                return r with { Text = t, From = new DateOnly(y.Value, 1, 1), To = new DateOnly(y2.Value, 12, 31) };
            }
        }

        return null;
    }

    private static Schedule? TryRecurring(ScheduleText text)
    {
        var key = text.Key;
        var t = text.Text;
        if (FrequencyOnly.Match(key) is { Success: true } only)
        {
            return new Recurring(t, FrequencyOf(only.Groups["f"].Value)!.Value, DueRule.EndOfPeriod, null, null);
        }

        var m = FrequencyThenDue.Match(key);
        if (!m.Success)
        {
            m = DueThenFrequency.Match(key);
        }

        if (!m.Success)
        {
            m = DueInLastMonthOnly.Match(key);
            if (!m.Success || !m.Groups["last"].Success)
            {
                return null;
            }
        }

        var stated = FrequencyOf(m.Groups["f"].Value);
        var day = Int(m, "d")!.Value;
        if (m.Groups["last"].Success)
        {
            // "Trước ngày 10 của tháng cuối quý": the period may be named after "tháng cuối", before it, or both.
            var named = FrequencyOf(m.Groups["p"].Value);

            // Periods end together (a half-year ends with a quarter), so "báo cáo 6 tháng … tháng cuối của quý"
            // is June and December. A longer named period ("hằng tháng … tháng cuối quý") means something else.
            if (stated is not null && named is not null && named > stated)
            {
                return new Unparsed(t, "The text names two periods that do not fit together.");
            }

            var frequency = stated ?? named;
            if (frequency is null)
            {
                return new Unparsed(t, "The text does not say which period (month, quarter, year) it repeats in.");
            }

            return day is >= 1 and <= 31
                ? new Recurring(t, frequency.Value, DueRule.DayOfLastMonth(day), null, null)
                : new Unparsed(t, $"Day {day} does not exist.");
        }

        if (m.Groups["m"].Success)
        {
            var month = Int(m, "m")!.Value;
            if (stated != RecurrenceFrequency.Yearly)
            {
                return new Unparsed(t, "A day and month each period only makes sense for a yearly schedule.");
            }

            // Checked against a leap year so that 29/02 is accepted; it falls on 28/02 in other years.
            return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2024, month)
                ? new Recurring(t, RecurrenceFrequency.Yearly, DueRule.DayAndMonth(day, month), null, null)
                : new Unparsed(t, $"The date {day:00}/{month:00} does not exist.");
        }

        // A bare day ("trước ngày 25 hằng tháng") only has one meaning for a monthly schedule.
        if (stated != RecurrenceFrequency.Monthly)
        {
            return new Unparsed(t, "A day without a month is only clear for a monthly schedule.");
        }

        return day is >= 1 and <= 31
            ? new Recurring(t, RecurrenceFrequency.Monthly, DueRule.DayOfLastMonth(day), null, null)
            : new Unparsed(t, $"Day {day} does not exist.");
    }

    private static RecurrenceFrequency? FrequencyOf(string word) => word switch
    {
        "thang" => RecurrenceFrequency.Monthly,
        "quy" => RecurrenceFrequency.Quarterly,
        "6 thang" or "nua nam" => RecurrenceFrequency.HalfYearly,
        "nam" => RecurrenceFrequency.Yearly,
        _ => null,
    };

    private static int? QuarterNumber(string q) => q switch
    {
        "i" or "1" => 1,
        "ii" or "2" => 2,
        "iii" or "3" => 3,
        "iv" or "4" => 4,
        _ => null,
    };

    /// <summary>"Cuối quý I", "hết tháng 10": only the deadline is known, not when the work starts.</summary>
    private static bool OpenStart(Match m) => m.Groups["pre"].Value is "cuoi" or "het" or "den het";

    private static Schedule Range(string text, DateOnly? start, DateOnly? due)
    {
        if (start is null || due is null)
        {
            return new Unparsed(text, "A date in the range does not exist.");
        }

        return start <= due
            ? new FixedDeadline(text, due.Value, start)
            : new Unparsed(text, "The range ends before it starts.");
    }

    private static Unparsed InvalidDate(string text, Match m) =>
        new(text, $"The date {m.Groups["d"].Value}/{m.Groups["m"].Value}{(m.Groups["y"].Success ? "/" + m.Groups["y"].Value : string.Empty)} does not exist.");

    private static DateOnly? DateOf(Match m, string d, string mo, string y, int defaultYear)
    {
        var year = Int(m, y) ?? defaultYear;
        var month = Int(m, mo);
        var day = Int(m, d);
        if (!ValidYear(year) || month is not (>= 1 and <= 12) || day is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value))
        {
            return null;
        }

        return new DateOnly(year, month.Value, day.Value);
    }

    private static DateOnly? MonthOf(Match m, string group, int year)
    {
        var month = Int(m, group);
        return ValidYear(year) && month is >= 1 and <= 12 ? new DateOnly(year, month.Value, 1) : null;
    }

    private static bool ValidYear(int year) => year is >= 1990 and <= 2100;

    private static int? Int(Match m, string group) =>
        m.Groups[group] is { Success: true, Value.Length: > 0 } g ? int.Parse(g.Value, CultureInfo.InvariantCulture) : null;
}
