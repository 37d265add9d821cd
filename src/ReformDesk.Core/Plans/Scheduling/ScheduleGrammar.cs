namespace ReformDesk.Core.Plans.Scheduling;

/// <summary>How a time expression is bounded by the word in front of it.</summary>
internal enum Marker
{
    None,

    /// <summary>"trong", "vào", "cả", "suốt": the whole period.</summary>
    Within,

    /// <summary>"cuối", "hết", "kết thúc": the end of the period, start unknown.</summary>
    EndOf,

    /// <summary>"chậm nhất", "hạn", "đến", "đến hết", "muộn nhất": the named day is the last day on time.</summary>
    By,

    /// <summary>"trước": the day before the named day is the last day on time (docs/schedules.md).</summary>
    Before,

    /// <summary>"từ", "kể từ", "bắt đầu từ": when the work starts.</summary>
    From,
}

internal enum MonthRef
{
    /// <summary>"ngày 10 hằng tháng": the month of the period (monthly schedules).</summary>
    Same,

    /// <summary>"tháng cuối quý".</summary>
    Last,

    /// <summary>"tháng đầu quý".</summary>
    First,

    /// <summary>"tháng đầu quý sau", "tháng sau": the month after the period.</summary>
    Next,
}

internal abstract record Anchor;

/// <summary>A solar date; <see cref="Weekday"/> and <see cref="Lunar"/> are what the text adds in brackets, checked against it.</summary>
internal sealed record DateAnchor(int Day, int Month, int? Year, bool NextYear = false) : Anchor
{
    public int? Weekday { get; init; }

    public LunarAnchor? Lunar { get; init; }

    /// <summary>"ngày cuối cùng của tháng 12": the month's last day, whatever its length.</summary>
    public bool LastOfMonth { get; init; }
}

internal sealed record DateListAnchor(IReadOnlyList<DateAnchor> Dates) : Anchor;

/// <summary>A day inside each period: "ngày 10 hằng tháng", "ngày 15 tháng cuối cùng của mỗi quý".</summary>
internal sealed record DayAnchor(int Day, MonthRef Ref, RecurrenceFrequency? Period) : Anchor;

internal sealed record QuarterAnchor(int Quarter, int? Year) : Anchor;

internal sealed record MonthAnchor(int Month, int? Year) : Anchor;

/// <summary>"6 tháng đầu năm", "9 tháng đầu năm 2022", "6 tháng cuối năm".</summary>
internal sealed record PartOfYearAnchor(int Months, bool First, int? Year) : Anchor;

/// <summary>"năm 2026", "giai đoạn 2026-2030", "năm" (the plan's), "năm sau" (<see cref="Next"/>).</summary>
internal sealed record YearAnchor(int? Year, int? Year2, bool Next = false) : Anchor;

internal sealed record RangeAnchor(Anchor From, Anchor To) : Anchor;

/// <summary>A lunar date: "Tết Nguyên đán" (1/1), "Rằm tháng Giêng", "03/3 âm lịch"; the year as a number or a can–chi name.</summary>
internal sealed record LunarAnchor(int Day, int Month, int? Year, (int Can, int[] Chi)? CanChi = null) : Anchor;

internal sealed record WeekdayAnchor(int IsoDay) : Anchor;

/// <summary>What one clause of a schedule says, slot by slot, before it is turned into a <see cref="Schedule"/>.</summary>
internal sealed class Clause
{
    public RecurrenceFrequency? Frequency { get; set; }

    public List<(Marker Marker, Anchor Anchor)> Anchors { get; } = [];

    public TimeOnly? Time { get; set; }

    public bool OpenEnd { get; set; }
}

/// <summary>
/// The grammar of one Vietnamese time expression: a free-order sequence of constituents — filler verbs ("báo cáo",
/// "hoàn thành"), a frequency ("hằng quý", "định kỳ 6 tháng", "06 tháng/lần"), boundary words ("trước", "chậm nhất",
/// "từ", "kể từ"), a time of day ("17h00"), an anchor (a date or list of dates, a day inside each period, a quarter,
/// month, half-year, year or span of years, Tết Nguyên đán, a weekday) and an open end ("và các năm tiếp theo").
/// <see cref="Read"/> returns null at the first token no constituent accepts, with that token's position.
/// </summary>
internal sealed class ScheduleGrammar
{
    private static readonly string[][] Fillers =
    [
        ["thoi", "gian"], ["thoi", "han"], ["thuc", "hien"], ["hoan", "thanh"], ["trien", "khai"], ["to", "chuc"],
        ["ban", "hanh"], ["bao", "cao"], ["gui"], ["nop"], ["xong"], ["cua"], ["ket", "qua"], ["so", "ket"], ["tong", "ket"],
        ["duoc", "tinh"], ["tinh"], ["duoc"], ["la"], ["nam", "bao", "cao"], ["dinh", "ky"], ["dip"], ["sang"], ["chieu"],
    ];

    private static readonly (string[] Words, Marker Marker)[] Markers =
    [
        (["bat", "dau", "tu"], Marker.From), (["ke", "tu"], Marker.From), (["bat", "dau"], Marker.From), (["tu"], Marker.From),
        (["cham", "nhat", "la"], Marker.By), (["cham", "nhat"], Marker.By), (["muon", "nhat"], Marker.By), (["han", "chot"], Marker.By),
        (["han", "cuoi"], Marker.By), (["khong", "muon", "hon"], Marker.By), (["khong", "qua"], Marker.By),
        (["den", "het"], Marker.By), (["den"], Marker.By), (["toi"], Marker.By), (["han"], Marker.By),
        (["truoc"], Marker.Before),
        (["ket", "thuc"], Marker.EndOf), (["cuoi"], Marker.EndOf), (["het"], Marker.EndOf),
        (["trong", "suot"], Marker.Within), (["trong", "ca"], Marker.Within), (["trong"], Marker.Within), (["vao"], Marker.Within),
        (["ca"], Marker.Within), (["suot"], Marker.Within), (["tai"], Marker.Within),
    ];

    private static readonly string[] CanNames = ["giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy"];

    private static readonly string[] ChiNames = ["ty", "suu", "dan", "mao", "thin", "ty", "ngo", "mui", "than", "dau", "tuat", "hoi"];

    private readonly List<Token> tokens;
    private int pos;

    private ScheduleGrammar(List<Token> tokens) => this.tokens = tokens;

    /// <summary>The clause, or null and the character offset where the text stopped making sense.</summary>
    public static Clause? Read(string key, out int failedAt)
    {
        var grammar = new ScheduleGrammar(ScheduleTokens.Read(key));
        var clause = grammar.ReadClause();
        failedAt = clause is null ? grammar.FailedAt : -1;
        return clause;
    }

    private int FailedAt => pos < tokens.Count ? tokens[pos].Start : tokens.Count > 0 ? tokens[^1].End : 0;

    private bool AtEnd => pos >= tokens.Count;

    private Clause? ReadClause()
    {
        var clause = new Clause();
        var marker = Marker.None;
        var anyTime = false;
        while (!AtEnd)
        {
            if (Mark(',') || Mark(':'))
            {
                continue;
            }

            if (OpenEnd())
            {
                if (clause.OpenEnd) return null;
                clause.OpenEnd = true;
                continue;
            }

            if (Frequency(out var frequency))
            {
                if (clause.Frequency is { } had && had != frequency) return null;
                clause.Frequency ??= frequency;
                anyTime = true;
                continue;
            }

            if (Time(out var time))
            {
                if (clause.Time is not null) return null;
                clause.Time = time;
                continue;
            }

            if (Anchor(out var anchor))
            {
                clause.Anchors.Add((marker, anchor));
                marker = Marker.None;
                anyTime = true;
                continue;
            }

            if (Words("tu", "nay") || Words("ke", "tu", "nay"))
            {
                continue;
            }

            if (MarkerWords(out var m))
            {
                // "chậm nhất vào ngày", "hoàn thành trước": the strongest boundary word wins.
                marker = (Marker)Math.Max((int)marker, (int)m);
                continue;
            }

            if (Filler())
            {
                continue;
            }

            return null;
        }

        // A boundary word with nothing after it, or fillers alone, say nothing about time.
        return anyTime && marker == Marker.None ? clause : null;
    }

    private bool Filler()
    {
        foreach (var words in Fillers)
        {
            // "báo cáo quý" is a frequency, read before fillers; here "báo cáo" is only the verb.
            if (Words(words)) return true;
        }

        return false;
    }

    private bool MarkerWords(out Marker marker)
    {
        foreach (var (words, m) in Markers)
        {
            // "trước khi", "từ khi", "sau khi" start an event, not a time: the whole phrase is then not ours.
            if (Peek(words) && !PeekAt(words.Length, "khi"))
            {
                pos += words.Length;
                marker = m;
                return true;
            }
        }

        marker = Marker.None;
        return false;
    }

    private bool OpenEnd()
    {
        var start = pos;
        Word("va");
        if ((Word("cac") || Word("nhung")) && Word("nam") && (Words("tiep", "theo") || Words("ke", "tiep") || Word("sau") || Word("tiep")))
        {
            return true;
        }

        pos = start;
        return Words("tro", "di") || Words("tro", "ve", "sau");
    }

    // ---- Frequency ------------------------------------------------------------------------------------------------

    private bool Frequency(out RecurrenceFrequency frequency)
    {
        var start = pos;
        frequency = default;
        var periodic = Words("dinh", "ky");
        var each = Word("hang") || Word("moi");
        if (each || periodic)
        {
            // "định kỳ 6 tháng một lần", "hằng quý", "định kỳ hằng tháng", "mỗi năm".
            if (!each && EveryN(out frequency))
            {
                return true;
            }

            if (PeriodWord(out var f, allowKy: false))
            {
                frequency = f!.Value;
                _ = !each && (Words("mot", "lan") || Words("1", "lan"));
                return true;
            }

            pos = start;
            return false;
        }

        if (EveryN(out frequency))
        {
            return true;
        }

        // "Báo cáo quý", "báo cáo 6 tháng": a report named by its period repeats with it ("báo cáo quý I" does not).
        if (Words("bao", "cao") && PeriodWord(out var reported, allowKy: false) && !NextIsPeriodNumber())
        {
            frequency = reported!.Value;
            return true;
        }

        pos = start;
        return false;
    }

    /// <summary>"6 tháng/lần", "03 tháng một lần", "1 năm/lần", "2 lần/năm".</summary>
    private bool EveryN(out RecurrenceFrequency frequency)
    {
        var start = pos;
        frequency = default;
        if (Number(1, 12, out var n))
        {
            if (Word("lan") && (Mark('/') || Word("moi") || Word("trong")) && Word("nam") && 12 % n == 0 && ScheduleMeaning.Frequency(12 / n) is { } perYear)
            {
                frequency = perYear;
                return true;
            }

            pos = start + 1;
            var months = Word("thang") ? n : Word("nam") ? n * 12 : Word("tuan") && n == 1 ? -1 : 0;
            if (months != 0 && ((Mark('/') && Word("lan")) || Words("mot", "lan") || Words("1", "lan") || (Number(1, 1, out _) && Word("lan"))))
            {
                if (months == -1)
                {
                    frequency = RecurrenceFrequency.Weekly;
                    return true;
                }

                if (ScheduleMeaning.Frequency(months) is { } f)
                {
                    frequency = f;
                    return true;
                }
            }
        }

        pos = start;
        return false;
    }

    /// <summary>"tuần", "tháng", "quý", "6 tháng", "nửa năm", "năm"; with <paramref name="allowKy"/> also "kỳ (báo cáo)" (null).</summary>
    private bool PeriodWord(out RecurrenceFrequency? frequency, bool allowKy)
    {
        var start = pos;
        frequency = Try(() => Word("tuan"), RecurrenceFrequency.Weekly)
            ?? Try(() => (Number(6, 6, out _) || Word("sau")) && Word("thang") && !PeekAny("dau", "cuoi"), RecurrenceFrequency.HalfYearly)
            ?? Try(() => Words("nua", "nam"), RecurrenceFrequency.HalfYearly)
            ?? Try(() => Word("thang") && !NextIsNumber(), RecurrenceFrequency.Monthly)
            ?? Try(() => Word("quy") && !NextIsPeriodNumber(), RecurrenceFrequency.Quarterly)
            ?? Try(() => Word("nam") && !NextIsNumber() && !PeekAny("sau", "tiep", "ke"), RecurrenceFrequency.Yearly);
        if (frequency is not null)
        {
            return true;
        }

        if (allowKy && Word("ky"))
        {
            Words("bao", "cao");
            return true;
        }

        pos = start;
        return false;

        RecurrenceFrequency? Try(Func<bool> read, RecurrenceFrequency value)
        {
            if (read()) return value;
            pos = start;
            return null;
        }
    }

    // ---- Time of day ----------------------------------------------------------------------------------------------

    /// <summary>"17h00", "17 giờ 30 phút", "16h30 chiều", "lúc 9 giờ sáng", "17:00".</summary>
    private bool Time(out TimeOnly time)
    {
        var start = pos;
        time = default;
        Word("luc");
        if (Number(0, 23, out var hour))
        {
            var minute = 0;
            var ok = false;
            if (Word("h") || Word("gio"))
            {
                ok = true;
                if (Number(0, 59, out var m)) minute = m;
                _ = Word("phut") || Mark('\'') || Mark('’');
            }
            else if (Mark(':') && Number(0, 59, out var m2) && tokens[pos - 1].Value.Length == 2)
            {
                ok = true;
                minute = m2;
            }

            if (ok)
            {
                if (Word("chieu") || Word("toi")) hour = hour < 12 ? hour + 12 : hour;
                else Word("sang");
                time = new TimeOnly(hour, minute);
                return true;
            }
        }

        pos = start;
        return false;
    }

    // ---- Anchors --------------------------------------------------------------------------------------------------

    private bool Anchor(out Anchor anchor)
    {
        var start = pos;
        if (Single(out anchor!))
        {
            // "từ tháng 3 đến tháng 6", "01/3 - 15/3/2026", "tháng 8-9/2026": a range of two anchors of one kind.
            var beforeRange = pos;
            if ((Mark('-') || Words("den", "het") || Word("den") || Word("toi")) && Single(out var to) && to!.GetType() == anchor.GetType()
                && anchor is DateAnchor or MonthAnchor)
            {
                anchor = new RangeAnchor(anchor, to);
                return true;
            }

            pos = beforeRange;
            if (anchor is MonthAnchor { Year: null } first && Mark('-') && Number(1, 12, out var m2))
            {
                anchor = new RangeAnchor(first, new MonthAnchor(m2, YearSuffix()));
                return true;
            }

            pos = beforeRange;
            return true;
        }

        pos = start;
        return false;
    }

    private bool Single(out Anchor? anchor)
    {
        var start = pos;
        anchor = null;
        var dayWord = Word("ngay");
        if (NextIsNumber())
        {
            // A bare number is a day only after "ngày": "6 tháng" is half a year, never the 6th.
            if (DateOrList(out anchor))
            {
                return true;
            }

            // "ngày 28 tháng Chạp", "ngày 15 tháng 8 âm lịch" before "ngày 10 của tháng cuối quý".
            pos = start;
            if (dayWord && Word("ngay") && Lunar(out var lunarDay, requireEvidence: true))
            {
                anchor = lunarDay;
                return true;
            }

            pos = start;
            if (dayWord && Word("ngay") && Day(out anchor))
            {
                return true;
            }

            pos = start;
            if (!dayWord) { }

            if (!dayWord && (YearSpan(out anchor) || Half(out anchor)))
            {
                return true;
            }

            // "03/3 âm lịch", "ngày 15 tháng 8 âm lịch".
            pos = start;
            if (Lunar(out var lunarDate, requireEvidence: true))
            {
                anchor = lunarDate;
                return true;
            }

            pos = start;
            return false;
        }

        var afterDayWord = pos;
        if (dayWord && Word("cuoi") && Optional("cung") && Optional("cua") && Word("thang") && Number(1, 12, out var lastOf))
        {
            // "ngày cuối cùng của tháng 12".
            anchor = new DateAnchor(31, lastOf, YearSuffix()) { LastOfMonth = true };
            return true;
        }

        pos = afterDayWord;
        if (Lunar(out var lunar, requireEvidence: true))
        {
            anchor = lunar;
            return true;
        }

        pos = afterDayWord;
        if (Weekday(out var weekdayAnchor))
        {
            anchor = weekdayAnchor;
            return true;
        }

        if (dayWord)
        {
            pos = start;
            return false;
        }

        if (Word("quy") && PeriodNumber(out var q))
        {
            anchor = new QuarterAnchor(q, YearSuffix());
            return true;
        }

        pos = start;
        if (Word("thang") && Number(1, 12, out var month) && !PeekMark('/', then: 1, 12) )
        {
            anchor = new MonthAnchor(month, YearSuffix());
            return true;
        }

        pos = start;
        if (Word("thang") && Number(1, 12, out var slashMonth) && Mark('/') && Year(out var slashYear))
        {
            anchor = new MonthAnchor(slashMonth, slashYear);
            return true;
        }

        pos = start;
        if (Half(out anchor))
        {
            return true;
        }

        pos = start;
        if (Words("giai", "doan") && YearSpan(out anchor))
        {
            return true;
        }

        pos = start;
        if (Word("nam"))
        {
            if (Word("sau") || Words("tiep", "theo") || Words("ke", "tiep"))
            {
                anchor = new YearAnchor(null, null, Next: true);
                return true;
            }

            if (Year(out var y))
            {
                int? y2 = Mark('-') && Year(out var second) ? second : null;
                anchor = new YearAnchor(y, y2);
                return true;
            }

            anchor = new YearAnchor(null, null);
            return true;
        }

        pos = start;
        return false;
    }

    /// <summary>"thứ Sáu", "thứ 5", "Chủ nhật"; followed by a dated day ("thứ Bảy 14/2/2026") it is that date, checked.</summary>
    private bool Weekday(out Anchor anchor)
    {
        var start = pos;
        anchor = null!;
        int iso;
        if (Word("thu") && WeekdayNumber(out var n)) iso = n;
        else if (Back(start) && Words("chu", "nhat")) iso = 7;
        else
        {
            pos = start;
            return false;
        }

        var after = pos;
        Mark(',');
        Word("ngay");
        if (Date(out var date) && date.Year is not null)
        {
            anchor = date with { Weekday = iso };
            return true;
        }

        pos = after;
        anchor = new WeekdayAnchor(iso);
        return true;
    }

    private bool WeekdayNumber(out int iso)
    {
        iso = 0;
        if (Number(2, 7, out var n))
        {
            iso = n - 1;
            return true;
        }

        string[] names = ["hai", "ba", "tu", "nam", "sau", "bay"];
        for (var i = 0; i < names.Length; i++)
        {
            if (Word(names[i]))
            {
                iso = i + 1;
                return true;
            }
        }

        return false;
    }

    /// <summary>"15/3", "15/3/2026", "15.01.2026", "15-01-2026", "15 tháng 01 năm 2026", then more of them ("15/3, 15/6 và 15/9").</summary>
    private bool DateOrList(out Anchor? anchor)
    {
        anchor = null;
        if (!Date(out var first))
        {
            return false;
        }

        var dates = new List<DateAnchor> { first };
        while (true)
        {
            var before = pos;
            if ((Mark(',') || Word("va") || Mark(';') || Mark('&')) && Optional("ngay") && Date(out var next))
            {
                dates.Add(next);
                continue;
            }

            pos = before;
            break;
        }

        anchor = dates.Count == 1 ? first : new DateListAnchor(dates);
        return true;
    }

    private bool Date(out DateAnchor date)
    {
        var start = pos;
        date = null!;
        if (!Number(1, 99, out var day))
        {
            return false;
        }

        var afterDay = pos;
        int? year = null;
        int month;
        if (Mark('/') && Number(1, 99, out month))
        {
            if (Mark('/'))
            {
                if (!Year(out var y)) { pos = start; return false; }
                year = y;
            }
        }
        else if (Back(afterDay) && Mark('-') && Number(1, 12, out month))
        {
            // "30-5" or "15-01-2026"; "15.01.2026" only with its year ("15.01" could be a number).
            if (Mark('-'))
            {
                if (!Year(out var y)) { pos = start; return false; }
                year = y;
            }
        }
        else if (Back(afterDay) && Mark('.') && Number(1, 12, out month) && Mark('.') && Year(out var dotted))
        {
            year = dotted;
        }
        else if (Back(afterDay) && Optional("cua") && Word("thang") && Number(1, 99, out month))
        {
            if (Word("nam"))
            {
                if (!Year(out var y)) { pos = start; return false; }
                year = y;
            }
        }
        else
        {
            pos = start;
            return false;
        }

        var next = false;
        if (year is null)
        {
            var beforeNext = pos;
            Word("cua");
            if (Word("nam") && (Word("sau") || Words("tiep", "theo") || Words("ke", "tiep") || Words("lien", "ke")))
            {
                // "năm sau năm báo cáo", "năm liền kề năm báo cáo": the year after the one reported on.
                next = true;
                var after = pos;
                Word("cua");
                if (!(Word("nam") && Words("bao", "cao"))) pos = after;
            }
            else
            {
                pos = beforeNext;
            }
        }

        date = new DateAnchor(day, month, year, next);

        // "03/3 âm lịch": the date itself is lunar.
        if (Words("am", "lich") || Word("al"))
        {
            pos = start;
            return false;
        }

        // What the text adds after a dated day: "(chủ Nhật)", "(thứ ba)", "(tức 27 tháng Chạp, năm Ất Tỵ)".
        var annotated = pos;
        Mark(',');
        if ((Word("thu") && WeekdayNumber(out var iso)) || (Words("chu", "nhat") && (iso = 7) == 7))
        {
            date = date with { Weekday = iso };
            annotated = pos;
        }

        pos = annotated;
        Mark(',');
        var stated = Word("tuc") || Word("nham");
        if (Lunar(out var lunar, requireEvidence: !stated))
        {
            date = date with { Lunar = lunar };
        }
        else
        {
            pos = annotated;
        }

        return true;
    }

    /// <summary>
    /// A lunar day: "Tết Nguyên đán", "mùng 6 Tết", "Rằm tháng Giêng", "ngày 27 tháng Chạp", "15/8 âm lịch", with an
    /// optional year ("năm Bính Ngọ", "năm 2026"). <paramref name="requireEvidence"/>: the words must show it is lunar.
    /// </summary>
    private bool Lunar(out LunarAnchor anchor, bool requireEvidence)
    {
        var start = pos;
        anchor = null!;
        int day, month;
        var evidence = false;
        if (Word("tet"))
        {
            _ = Words("nguyen", "dan") || Words("am", "lich") || Words("co", "truyen");
            day = 1;
            month = 1;
            evidence = true;
        }
        else
        {
            Word("ngay");
            if (Word("ram")) { day = 15; evidence = true; }
            else if (Word("mung") && Number(1, 30, out var d)) { day = d; evidence = true; }
            else if (Number(1, 30, out var d2)) day = d2;
            else { pos = start; return false; }

            if (Word("tet")) month = 1;
            else if (Word("thang") || Mark('/'))
            {
                if (Word("gieng")) { month = 1; evidence = true; }
                else if (Word("chap")) { month = 12; evidence = true; }
                else if (Number(1, 12, out var m)) month = m;
                else if (VietnameseNumber.Read(tokens, ref pos) is { } spelled and >= 1 and <= 12) month = spelled;
                else { pos = start; return false; }
            }
            else { pos = start; return false; }
        }

        if (Words("am", "lich") || Word("al")) evidence = true;
        if (requireEvidence && !evidence)
        {
            pos = start;
            return false;
        }

        var beforeYear = pos;
        Mark(',');
        Word("nam");
        (int, int[])? canChi = null;
        if (!AtEnd && CanIndex(tokens[pos].Value) is { } can && pos + 1 < tokens.Count && ChiIndexes(tokens[pos + 1].Value) is { } chi)
        {
            canChi = (can, chi);
            pos += 2;
        }

        int? year = Year(out var y) ? y : null;
        if (canChi is null && year is null) pos = beforeYear;
        anchor = new LunarAnchor(day, month, year, canChi);
        return true;
    }

    private static int? CanIndex(string word) => Array.IndexOf(CanNames, word) is var i and >= 0 ? i : null;

    // "Tý" and "Tỵ" fold to the same key; the can's parity tells them apart (a year's can and chi share parity).
    private static int[]? ChiIndexes(string word) =>
        word == "ty" ? [0, 5] : Array.IndexOf(ChiNames, word) is var i and >= 0 ? [i] : null;

    /// <summary>Reads <paramref name="word"/> when it is there; always true, to chain in a condition.</summary>
    private bool Optional(string word)
    {
        Word(word);
        return true;
    }

    /// <summary>Moves back to <paramref name="position"/> to try another reading; always true, to chain in a condition.</summary>
    private bool Back(int position)
    {
        pos = position;
        return true;
    }

    /// <summary>A day inside each period: "10 hằng tháng", "15 tháng cuối cùng của mỗi quý", "05 tháng đầu quý sau", "25".</summary>
    private bool Day(out Anchor? anchor)
    {
        var start = pos;
        anchor = null;
        if (!Number(1, 99, out var day) || PeekAny("thang") && PeekNumberAt(1))
        {
            pos = start;
            return false;
        }

        var here = pos;
        Word("cua");
        if ((Word("hang") || Word("moi") || Word("cac")) && Word("thang"))
        {
            anchor = new DayAnchor(day, MonthRef.Same, RecurrenceFrequency.Monthly);
            return true;
        }

        pos = here;
        Word("cua");
        if (Word("thang"))
        {
            if (Words("bao", "cao"))
            {
                // "ngày 25 (của) tháng báo cáo": the month being reported on, each month.
                anchor = new DayAnchor(day, MonthRef.Same, RecurrenceFrequency.Monthly);
                return true;
            }

            MonthRef? reference = Word("cuoi") ? MonthRef.Last : Word("dau") ? MonthRef.First
                : Word("sau") || Words("tiep", "theo") || Words("ke", "tiep") ? MonthRef.Next : null;
            if (reference is null)
            {
                anchor = new DayAnchor(day, MonthRef.Same, null);
                return true;
            }

            if (reference == MonthRef.Next)
            {
                anchor = new DayAnchor(day, MonthRef.Next, RecurrenceFrequency.Monthly);
                return true;
            }

            Word("cung");
            Word("tien");
            Word("cua");
            var each = Word("moi") || Word("hang") || Word("cac");
            var named = PeriodWord(out var period, allowKy: true);
            if (each && !named)
            {
                pos = start;
                return false;
            }

            if (reference == MonthRef.First && (Word("sau") || Words("tiep", "theo") || Words("ke", "tiep")))
            {
                reference = MonthRef.Next;

                // "tháng đầu quý sau quý báo cáo": the period after the one reported on says the same again.
                var after = pos;
                if (!((Word("quy") || Word("ky") || Word("nam") || Words("6", "thang")) && Words("bao", "cao"))) pos = after;
            }

            anchor = new DayAnchor(day, reference.Value, period);
            return true;
        }

        pos = here;
        if (PeekAny("thang") || NextIsMarkNumber())
        {
            pos = start;
            return false;
        }

        anchor = new DayAnchor(day, MonthRef.Same, null);
        return true;
    }

    /// <summary>"2026-2030" (after "giai đoạn", or alone).</summary>
    private bool YearSpan(out Anchor? anchor)
    {
        var start = pos;
        anchor = null;
        if (Year(out var y) && Mark('-') && Year(out var y2))
        {
            anchor = new YearAnchor(y, y2);
            return true;
        }

        pos = start;
        return false;
    }

    /// <summary>"6 tháng đầu năm 2026", "9 tháng đầu năm", "nửa cuối năm".</summary>
    private bool Half(out Anchor? anchor)
    {
        var start = pos;
        anchor = null;
        var months = Number(1, 11, out var n) && Word("thang") ? n : Back(start) && Word("nua") ? 6 : 0;
        if (months > 0)
        {
            var first = Word("dau") ? true : Word("cuoi") ? false : (bool?)null;
            if (first is not null && Word("nam"))
            {
                anchor = new PartOfYearAnchor(months, first.Value, Year(out var y) ? y : null);
                return true;
            }
        }

        pos = start;
        return false;
    }

    /// <summary>"/2026", " năm 2026", "-2026" after a quarter or month.</summary>
    private int? YearSuffix()
    {
        var start = pos;
        if ((Mark('/') || Word("nam") || Mark('-')) && Year(out var y))
        {
            return y;
        }

        pos = start;
        return null;
    }

    private bool PeriodNumber(out int quarter)
    {
        quarter = AtEnd ? 0 : tokens[pos].Value switch
        {
            "i" or "1" => 1,
            "ii" or "2" => 2,
            "iii" or "3" => 3,
            "iv" or "4" => 4,
            _ => 0,
        };
        if (quarter == 0) return false;
        pos++;
        return true;
    }

    // ---- Token helpers --------------------------------------------------------------------------------------------

    private bool Year(out int year)
    {
        year = 0;
        if (!AtEnd && tokens[pos] is { Kind: TokenKind.Number, Value.Length: 4 } t)
        {
            year = t.Number;
            pos++;
            return true;
        }

        return false;
    }

    private bool Number(int min, int max, out int value)
    {
        value = 0;
        if (!AtEnd && tokens[pos] is { Kind: TokenKind.Number, Value.Length: <= 2 } t && t.Number >= min && t.Number <= max)
        {
            value = t.Number;
            pos++;

            // "ngày 15 (mười lăm)": the number written out again in words is read and must agree.
            var before = pos;
            if (VietnameseNumber.Read(tokens, ref pos) is { } spelled && spelled != value)
            {
                pos = before;
            }

            return true;
        }

        return false;
    }

    private bool NextIsNumber() => !AtEnd && tokens[pos].Kind == TokenKind.Number;

    private bool PeekNumberAt(int offset) => pos + offset < tokens.Count && tokens[pos + offset].Kind == TokenKind.Number;

    private bool NextIsMarkNumber() =>
        pos + 1 < tokens.Count && tokens[pos].Kind == TokenKind.Mark && tokens[pos].Value is "/" or "." or "-" && tokens[pos + 1].Kind == TokenKind.Number;

    private bool NextIsPeriodNumber() =>
        !AtEnd && (tokens[pos].Kind == TokenKind.Number || tokens[pos].Value is "i" or "ii" or "iii" or "iv");

    /// <summary>True when the next tokens are "/" and a one- or two-digit number in range (a day/month, not month/year).</summary>
    private bool PeekMark(char mark, int then, int max) =>
        pos + 1 < tokens.Count && tokens[pos].IsMark(mark) && tokens[pos + 1] is { Kind: TokenKind.Number, Value.Length: <= 2 } n
        && n.Number >= then && n.Number <= max;

    private bool Mark(char mark)
    {
        if (!AtEnd && tokens[pos].IsMark(mark))
        {
            pos++;
            return true;
        }

        return false;
    }

    private bool Word(string word)
    {
        if (!AtEnd && tokens[pos].IsWord(word))
        {
            pos++;
            return true;
        }

        return false;
    }

    private bool Words(params string[] words)
    {
        if (!Peek(words)) return false;
        pos += words.Length;
        return true;
    }

    private bool Peek(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (pos + i >= tokens.Count || !(tokens[pos + i].Value == words[i] && tokens[pos + i].Kind != TokenKind.Mark))
            {
                return false;
            }
        }

        return true;
    }

    private bool PeekAt(int offset, string word) => pos + offset < tokens.Count && tokens[pos + offset].IsWord(word);

    private bool PeekAny(params string[] words) => !AtEnd && tokens[pos].Kind == TokenKind.Word && words.Contains(tokens[pos].Value);
}
