using ReformDesk.Core.Platform;
using ReformDesk.Core.Calendar;

namespace ReformDesk.Core.Plans.Scheduling;

/// <summary>
/// Turns a clause read by <see cref="ScheduleGrammar"/> into a <see cref="Schedule"/>: a frequency (stated, or implied by
/// "ngày 10 hằng tháng", "tháng cuối của mỗi quý" or a list of dates) makes it <see cref="Recurring"/>, with years as its
/// bounds; otherwise one anchor is a deadline or a period. "Trước ngày X" makes X − 1 the last day on time everywhere.
/// Every check that fails names what is wrong, in Vietnamese; nothing is guessed.
/// </summary>
internal static class ScheduleMeaning
{
    /// <summary>The schedule, or null when the clause holds more than one deadline (the caller then reads its parts).</summary>
    public static Schedule? Of(string text, Clause clause, int planYear)
    {
        // "Từ ngày 01/01 đến hết ngày 04/01/2015" is one range, not a start.
        var anchors = clause.Anchors.Select(a => a is (Marker.From, RangeAnchor) ? (Marker.Within, a.Anchor) : a).ToList();

        // "Từ ngày 08 đến ngày 10/7/2019": a start day borrows the month and year of the end.
        for (var i = 0; i + 1 < anchors.Count; i++)
        {
            if (anchors[i] is (Marker.From, DayAnchor { Ref: MonthRef.Same, Period: null } day) && anchors[i + 1] is (_, DateAnchor end))
            {
                anchors[i] = (Marker.Within, new RangeAnchor(new DateAnchor(day.Day, end.Month, end.Year, end.NextYear), end));
                anchors.RemoveAt(i + 1);
            }
        }

        // "Từ ngày 5 đến ngày 10 hằng tháng": in a recurring schedule the due day is the end of the window.
        if (anchors.Count == 2 && anchors[0] is (Marker.From, DayAnchor) && anchors[1] is (_, DayAnchor))
        {
            anchors.RemoveAt(0);
        }

        clause.Anchors.Clear();
        clause.Anchors.AddRange(anchors);
        var main = clause.Anchors.Where(a => a.Marker != Marker.From && !IsBound(clause, a.Anchor)).ToList();
        var starts = clause.Anchors.Where(a => a.Marker == Marker.From).ToList();
        if (main.Count > 1 || starts.Count > 1)
        {
            return null;
        }

        var recurring = clause.Frequency is not null
            || main.Any(a => a.Anchor is DayAnchor { Ref: not MonthRef.Same } or DayAnchor { Period: not null })
            || (clause.OpenEnd && main.Count == 1 && main[0].Anchor is YearAnchor);
        (Marker, Anchor)? only = main.Count == 1 ? main[0] : null;
        (Marker, Anchor)? start = starts.Count == 1 ? starts[0] : null;
        return recurring ? RecurringOf(text, clause, only, start, planYear) : OnceOf(text, clause, only, start, planYear);
    }

    /// <summary>In a recurring schedule, a year or span of years bounds it instead of being its anchor.</summary>
    private static bool IsBound(Clause clause, Anchor anchor) =>
        anchor is YearAnchor && (clause.Frequency is not null || clause.Anchors.Any(a => a.Anchor is not YearAnchor));

    private static Unparsed Mismatch(string text) => new(text, "Năm đã nêu không khớp với kỳ lặp lại.");

    // ---- Once ------------------------------------------------------------------------------------------------------

    private static Schedule OnceOf(string text, Clause clause, (Marker Marker, Anchor Anchor)? main, (Marker Marker, Anchor Anchor)? start, int planYear)
    {
        if (clause.OpenEnd)
        {
            return new Unparsed(text, "\"… và các năm tiếp theo\" chỉ dùng được với một năm bắt đầu (\"năm 2025 và các năm tiếp theo\").");
        }

        if (clause.Time is not null && main?.Anchor is not DateAnchor)
        {
            return new Unparsed(text, "Giờ chỉ ghi được kèm một ngày cụ thể (\"trước 17h00 ngày 20/12/2026\").");
        }

        if (main is null)
        {
            if (start is null)
            {
                return new Unparsed(text, "Không có mốc thời gian.");
            }

            // "Kể từ ngày 01 tháng 7 năm 2025", "Từ tháng 3": work that starts and then goes on.
            return Period(start.Value.Anchor, planYear, null, out var from, out _) is { } error
                ? new Unparsed(text, error)
                : new Continuous(text, from);
        }

        var (marker, anchor) = main.Value;
        if (start is { } s)
        {
            anchor = new RangeAnchor(s.Anchor, anchor);
            marker = Marker.Within;
        }

        switch (anchor)
        {
            case DateAnchor date:
            {
                var due = DateOf(date, planYear);
                if (due is null) return Invalid(text, date);
                if (Annotation(due.Value, date, planYear) is { } wrong) return new Unparsed(text, wrong);
                return new FixedDeadline(text, marker == Marker.Before && clause.Time is null ? due.Value.AddDays(-1) : due.Value, null, clause.Time);
            }

            case DateListAnchor list:
            {
                // "Trước ngày 15/6 và 15/12/2026": one-off dates sharing the year written last.
                var shared = list.Dates.LastOrDefault(d => d.Year is not null)?.Year ?? planYear;
                var parts = new List<Schedule>();
                foreach (var d in list.Dates)
                {
                    var due = DateOf(d with { Year = d.Year ?? shared }, planYear);
                    if (due is null) return Invalid(text, d);
                    parts.Add(new FixedDeadline(text, marker == Marker.Before ? due.Value.AddDays(-1) : due.Value, null));
                }

                return new Composite(text, parts);
            }

            case DayAnchor:
                return new Unparsed(text, "Chỉ có ngày mà không có tháng: chỉ rõ nghĩa với lịch hằng tháng (\"ngày 25 hằng tháng\").");

            case WeekdayAnchor:
                return new Unparsed(text, "Thứ trong tuần chỉ rõ nghĩa với lịch hằng tuần (\"thứ Sáu hằng tuần\").");

            case LunarAnchor lunar:
            {
                if (LunarYear(lunar, planYear, out var year) is { } wrongYear) return new Unparsed(text, wrongYear);
                if (SolarOf(lunar.Day, lunar.Month, year) is not { } day) return new Unparsed(text, $"Ngày {lunar.Day}/{lunar.Month} âm lịch năm {year} không tồn tại.");
                return new FixedDeadline(text, marker == Marker.Before ? day.AddDays(-1) : day, null);
            }

            case YearAnchor when marker is Marker.None or Marker.Within:
            {
                return Period(anchor, planYear, null, out var first, out var last) is { } error
                    ? new Unparsed(text, error)
                    : new WholePeriod(text, first!.Value, last!.Value);
            }

            default:
            {
                if (Period(anchor, planYear, null, out var first, out var last) is { } error)
                {
                    return new Unparsed(text, error);
                }

                return marker switch
                {
                    // "Trước quý II/2026", "trước tháng 10": done before the period starts.
                    Marker.Before => new FixedDeadline(text, first!.Value.AddDays(-1), null),
                    Marker.EndOf or Marker.By => new FixedDeadline(text, last!.Value, null),
                    _ => new FixedDeadline(text, last!.Value, first),
                };
            }
        }
    }

    /// <summary>First and last day of a period anchor (a range: from the first's start to the second's end).</summary>
    private static string? Period(Anchor anchor, int planYear, int? yearOfEnd, out DateOnly? first, out DateOnly? last)
    {
        first = last = null;
        switch (anchor)
        {
            case DateAnchor d:
            {
                var date = DateOf(d.Year is null && yearOfEnd is { } ye ? d with { Year = ye } : d, planYear);
                if (date is null) return InvalidText(d);
                if (Annotation(date.Value, d, planYear) is { } wrong) return wrong;
                first = last = date;
                return null;
            }

            case QuarterAnchor q:
            {
                var y = q.Year ?? yearOfEnd ?? planYear;
                if (!ValidYear(y)) return $"Năm {y} không hợp lệ.";
                first = new DateOnly(y, (q.Quarter * 3) - 2, 1);
                last = first.Value.AddMonths(3).AddDays(-1);
                return null;
            }

            case MonthAnchor m:
            {
                var y = m.Year ?? yearOfEnd ?? planYear;
                if (!ValidYear(y) || m.Month is < 1 or > 12) return $"Tháng {m.Month}/{y} không tồn tại.";
                first = new DateOnly(y, m.Month, 1);
                last = first.Value.AddMonths(1).AddDays(-1);
                return null;
            }

            case PartOfYearAnchor h:
            {
                var y = h.Year ?? yearOfEnd ?? planYear;
                if (!ValidYear(y)) return $"Năm {y} không hợp lệ.";
                first = h.First ? new DateOnly(y, 1, 1) : new DateOnly(y, 13 - h.Months, 1);
                last = h.First ? new DateOnly(y, h.Months, 1).AddMonths(1).AddDays(-1) : new DateOnly(y, 12, 31);
                return null;
            }

            case LunarAnchor l:
            {
                if (LunarYear(l, planYear, out var y) is { } wrongYear) return wrongYear;
                if (SolarOf(l.Day, l.Month, y) is not { } day) return $"Ngày {l.Day}/{l.Month} âm lịch năm {y} không tồn tại.";
                first = last = day;
                return null;
            }

            case YearAnchor ya:
            {
                var y = ya.Next ? planYear + 1 : ya.Year ?? yearOfEnd ?? planYear;
                var y2 = ya.Year2 ?? y;
                if (!ValidYear(y) || !ValidYear(y2) || y2 < y) return $"Các năm {y}–{y2} không tạo thành một giai đoạn hợp lệ.";
                first = new DateOnly(y, 1, 1);
                last = new DateOnly(y2, 12, 31);
                return null;
            }

            case RangeAnchor r:
            {
                if (Period(r.To, planYear, null, out _, out var end) is { } bad) return bad;
                if (Period(r.From, planYear, end!.Value.Year, out var begin, out _) is { } bad2) return bad2;
                if (begin > end) return "Khoảng thời gian kết thúc trước khi bắt đầu.";
                first = begin;
                last = end;
                return null;
            }

            default:
                return "Mốc này không phải một ngày hay một kỳ.";
        }
    }

    // ---- Recurring -------------------------------------------------------------------------------------------------

    private static Schedule RecurringOf(string text, Clause clause, (Marker Marker, Anchor Anchor)? main, (Marker Marker, Anchor Anchor)? start, int planYear)
    {
        DateOnly? from = null, to = null;
        foreach (var (marker, anchor) in clause.Anchors.Where(a => IsBound(clause, a.Anchor) && a.Marker != Marker.From))
        {
            if (Period(anchor, planYear, null, out var first, out var last) is { } error) return new Unparsed(text, error);
            if (marker != Marker.By) from = first;
            to = last;
        }

        if (start is { } s)
        {
            if (Period(s.Anchor, planYear, null, out var first, out _) is { } error) return new Unparsed(text, error);
            from = first;
        }

        var frequency = clause.Frequency;
        DueRule rule;
        var before = main?.Marker == Marker.Before && clause.Time is null;
        switch (main?.Anchor)
        {
            case null:
            {
                if (frequency is null)
                {
                    if (clause.OpenEnd) return new Unparsed(text, "\"… và các năm tiếp theo\" cần một năm bắt đầu.");
                    return new Unparsed(text, "Không rõ lặp lại theo kỳ nào (tháng, quý, năm).");
                }

                rule = DueRule.EndOfPeriod;
                break;
            }

            case YearAnchor year:
            {
                // "Năm 2025 và các năm tiếp theo": every year from that one on.
                if (Period(year, planYear, null, out var first, out _) is { } error) return new Unparsed(text, error);
                if (frequency is not (null or RecurrenceFrequency.Yearly)) return Mismatch(text);
                frequency = RecurrenceFrequency.Yearly;
                from = first;
                rule = DueRule.EndOfPeriod;
                break;
            }

            case DayAnchor day:
            {
                var named = day.Period;
                if (frequency is { } stated && named is { } n && Months(n) > Months(stated))
                {
                    return new Unparsed(text, "Văn bản nêu hai kỳ không khớp nhau (ví dụ \"hằng tháng\" và \"tháng cuối quý\").");
                }

                frequency ??= named;
                if (frequency is null)
                {
                    return new Unparsed(text, "Không rõ lặp lại theo kỳ nào (tháng, quý, năm): \"tháng cuối\" của kỳ nào?");
                }

                if (frequency == RecurrenceFrequency.Weekly)
                {
                    return new Unparsed(text, "Lịch hằng tuần không có ngày trong tháng.");
                }

                if (day.Ref == MonthRef.Same && frequency != RecurrenceFrequency.Monthly)
                {
                    return new Unparsed(text, "Chỉ có ngày mà không có tháng: chỉ rõ nghĩa với lịch hằng tháng (\"ngày 25 hằng tháng\").");
                }

                if (day.Day is < 1 or > 31)
                {
                    return new Unparsed(text, $"Ngày {day.Day} không tồn tại.");
                }

                var offset = day.Ref switch
                {
                    MonthRef.First => 1 - Months(frequency.Value),
                    MonthRef.Next => 1,
                    _ => 0,
                };
                rule = DueRule.DayOfLastMonth(day.Day) with { MonthOffset = offset };
                break;
            }

            case DateAnchor date:
            {
                if (date.Year is not null)
                {
                    return new Unparsed(text, "Lịch định kỳ không ghi năm vào ngày hạn; năm áp dụng ghi riêng (\"hằng năm trước ngày 31/3, giai đoạn 2026-2030\").");
                }

                if (frequency is not (null or RecurrenceFrequency.Yearly))
                {
                    return new Unparsed(text, "Ngày và tháng cố định mỗi kỳ chỉ dùng được với lịch hằng năm.");
                }

                // Checked against a leap year so that 29/02 is accepted; it falls on 28/02 in other years.
                if (date.Month is < 1 or > 12 || date.Day < 1 || date.Day > DateTime.DaysInMonth(2024, date.Month))
                {
                    return new Unparsed(text, $"Ngày {date.Day:00}/{date.Month:00} không tồn tại.");
                }

                frequency = RecurrenceFrequency.Yearly;
                rule = DueRule.DayAndMonth(date.Day, date.Month) with { YearOffset = date.NextYear ? 1 : 0 };
                break;
            }

            case DateListAnchor list:
                return DateList(text, clause, list, before, from, to);

            case QuarterAnchor or MonthAnchor or PartOfYearAnchor when frequency == RecurrenceFrequency.Yearly:
            {
                // "Quý I hằng năm", "tháng 12 hằng năm": due at the end of that part of every year.
                if (main.Value.Anchor is QuarterAnchor { Year: not null } or MonthAnchor { Year: not null } or PartOfYearAnchor { Year: not null })
                {
                    return new Unparsed(text, "Lịch hằng năm không ghi năm vào kỳ; năm áp dụng ghi riêng.");
                }

                if (Period(main.Value.Anchor, 2024, null, out var first, out var last) is { } error)
                {
                    return new Unparsed(text, error);
                }

                // "Trước tháng 12 hằng năm": before the part of the year starts.
                var due = main.Value.Marker == Marker.Before ? first!.Value : last!.Value;
                rule = DueRule.DayAndMonth(due.Day, due.Month);
                break;
            }

            case LunarAnchor lunar when frequency is null or RecurrenceFrequency.Yearly && lunar.Year is null && lunar.CanChi is null:
                frequency = RecurrenceFrequency.Yearly;
                rule = new DueRule(DueAnchor.LunarDate, lunar.Day, lunar.Month);
                break;

            case WeekdayAnchor weekday when frequency is null or RecurrenceFrequency.Weekly:
                frequency = RecurrenceFrequency.Weekly;
                rule = new DueRule(DueAnchor.Weekday, weekday.IsoDay);
                break;

            default:
                return new Unparsed(text, "Mốc thời gian này không khớp với kỳ lặp lại đã nêu.");
        }

        if (clause.OpenEnd && from is null)
        {
            return new Unparsed(text, "\"… và các năm tiếp theo\" cần một năm bắt đầu.");
        }

        if (clause.OpenEnd)
        {
            to = null;
        }

        if (from is { } f && to is { } t && t < f)
        {
            return new Unparsed(text, "Khoảng thời gian kết thúc trước khi bắt đầu.");
        }

        return new Recurring(text, frequency!.Value, rule with { Before = before, Time = clause.Time }, from, to);
    }

    /// <summary>
    /// "Hằng quý, trước ngày 15/3, 15/6, 15/9, 15/12": dates a whole period apart on one day are one recurring rule.
    /// Dates that do not repeat evenly are each a yearly date ("trước ngày 20/6 và 20/12 hằng năm" is half-yearly).
    /// </summary>
    private static Schedule DateList(string text, Clause clause, DateListAnchor list, bool before, DateOnly? from, DateOnly? to)
    {
        if (list.Dates.Any(d => d.Year is not null))
        {
            return new Unparsed(text, "Lịch định kỳ không ghi năm vào ngày hạn; năm áp dụng ghi riêng.");
        }

        foreach (var d in list.Dates)
        {
            if (d.Month is < 1 or > 12 || d.Day < 1 || d.Day > DateTime.DaysInMonth(2024, d.Month))
            {
                return new Unparsed(text, $"Ngày {d.Day:00}/{d.Month:00} không tồn tại.");
            }
        }

        var dates = list.Dates.OrderBy(d => d.Month).ToList();
        var step = 12 / dates.Count;
        var even = 12 % dates.Count == 0 && dates.All(d => d.Day == dates[0].Day)
            && dates.Select((d, i) => d.Month == dates[0].Month + (i * step)).All(ok => ok) && Frequency(step) is not null;
        if (even)
        {
            var implied = Frequency(step)!.Value;
            if (clause.Frequency is { } stated && stated != implied && stated != RecurrenceFrequency.Yearly)
            {
                return new Unparsed(text, "Các ngày liệt kê không lặp lại đúng theo kỳ đã nêu.");
            }

            var lastMonth = ((dates[0].Month + step - 1) / step) * step;
            var rule = DueRule.DayOfLastMonth(dates[0].Day) with { MonthOffset = dates[0].Month - lastMonth, Before = before, Time = clause.Time };
            return new Recurring(text, implied, rule, from, clause.OpenEnd ? null : to);
        }

        if (clause.Frequency is not (null or RecurrenceFrequency.Yearly))
        {
            return new Unparsed(text, "Các ngày liệt kê không cách đều nhau theo kỳ đã nêu.");
        }

        return new Composite(text, dates.Select(d => (Schedule)new Recurring(text, RecurrenceFrequency.Yearly,
            DueRule.DayAndMonth(d.Day, d.Month) with { Before = before, Time = clause.Time }, from, clause.OpenEnd ? null : to)).ToList());
    }

    private static int Months(RecurrenceFrequency f) => f switch
    {
        RecurrenceFrequency.Weekly => 0,
        RecurrenceFrequency.Monthly => 1,
        RecurrenceFrequency.Quarterly => 3,
        RecurrenceFrequency.HalfYearly => 6,
        _ => 12,
    };

    /// <summary>The frequency of a period of <paramref name="months"/> months (1, 3, 6, 12); null for any other length.</summary>
    internal static RecurrenceFrequency? Frequency(int months) => months switch
    {
        1 => RecurrenceFrequency.Monthly,
        3 => RecurrenceFrequency.Quarterly,
        6 => RecurrenceFrequency.HalfYearly,
        12 => RecurrenceFrequency.Yearly,
        _ => null,
    };

    // ---- Dates -----------------------------------------------------------------------------------------------------

    private static DateOnly? DateOf(DateAnchor d, int planYear)
    {
        var year = d.Year ?? (d.NextYear ? planYear + 1 : planYear);
        if (!ValidYear(year) || d.Month is < 1 or > 12)
        {
            return null;
        }

        var day = d.LastOfMonth ? DateTime.DaysInMonth(year, d.Month) : d.Day;
        return day >= 1 && day <= DateTime.DaysInMonth(year, d.Month) ? new DateOnly(year, d.Month, day) : null;
    }

    private static Unparsed Invalid(string text, DateAnchor d) => new(text, InvalidText(d));

    private static readonly string[] WeekdayNames = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];

    /// <summary>What the text says about a date in brackets (its weekday, its lunar date) must be true of it.</summary>
    private static string? Annotation(DateOnly date, DateAnchor d, int planYear)
    {
        if (d.Weekday is { } iso && (int)date.DayOfWeek != iso % 7)
        {
            return $"Ngày {VietnamTime.Date(date)} là {WeekdayNames[(int)date.DayOfWeek]}, không phải {WeekdayNames[iso % 7]}.";
        }

        if (d.Lunar is { } l)
        {
            var lunar = VietnameseLunarCalendar.FromSolar(date);
            var yearOk = LunarYear(l with { Year = l.Year }, lunar.Year, out var stated) is null && (l.Year is null && l.CanChi is null || stated == lunar.Year);
            if (lunar.Day != l.Day || lunar.Month != l.Month || !yearOk)
            {
                return $"Ngày {VietnamTime.Date(date)} là ngày {lunar.Day}/{lunar.Month} âm lịch năm {lunar.Year}, không phải {l.Day}/{l.Month} như văn bản ghi.";
            }
        }

        return null;
    }

    /// <summary>The lunar year: written, or named by can–chi (the one within 30 years of <paramref name="near"/>), or <paramref name="near"/>.</summary>
    private static string? LunarYear(LunarAnchor l, int near, out int year)
    {
        year = l.Year ?? near;
        if (l.CanChi is { } cc)
        {
            var found = Enumerable.Range(near - 30, 60).Where(y => (y + 6) % 10 == cc.Can && cc.Chi.Contains((y + 8) % 12)).ToList();
            if (found.Count != 1 || (l.Year is { } written && written != found[0]))
            {
                return "Tên năm âm lịch (can chi) không khớp với năm đã ghi.";
            }

            year = found[0];
        }

        return ValidYear(year) ? null : $"Năm {year} nằm ngoài lịch âm dương được hỗ trợ.";
    }

    /// <summary>The solar day of a lunar day in a lunar year; null when that day does not exist (a 30th in a 29-day month).</summary>
    internal static DateOnly? SolarOf(int day, int month, int lunarYear)
    {
        if (month is < 1 or > 12 || day < 1 || lunarYear is < 1901 or > 2099) return null;
        return day <= VietnameseLunarCalendar.DaysInMonth(lunarYear, month) ? VietnameseLunarCalendar.ToSolar(lunarYear, month, day) : null;
    }

    private static string InvalidText(DateAnchor d) =>
        $"Ngày {d.Day:00}/{d.Month:00}{(d.Year is { } y ? "/" + y : string.Empty)} không tồn tại.";

    private static bool ValidYear(int year) => year is >= 1990 and <= 2100;
}
