using System.Globalization;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Plans.Import;

namespace ReformDesk.Core.Dossiers.Import;

/// <summary>Parsers for the cells of a dossier log (Vietnamese formats, invariant of the server's culture).</summary>
public static class DossierValues
{
    private static readonly string[] DateTimeFormats =
    [
        "dd/MM/yyyy HH:mm", "d/M/yyyy H:mm", "dd/MM/yyyy HH:mm:ss", "d/M/yyyy H:mm:ss", "dd-MM-yyyy HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss",
        "yyyyMMddHHmmss", // the national portal's JSON
    ];

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "yyyy-MM-dd"];

    /// <summary>
    /// "dd/MM/yyyy HH:mm" or "dd/MM/yyyy" (midnight), or an Excel serial date (an XLSX cell formatted as a date).
    /// The result has Kind=Unspecified: local Vietnam time, as the rules expect.
    /// </summary>
    public static bool TryParseDateTime(string? text, out DateTime value)
    {
        value = default;
        var s = (text ?? "").Trim();
        if (s.Length == 0)
        {
            return false;
        }

        if (DateTime.TryParseExact(s, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value)
            || DateTime.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value))
        {
            value = DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
            return value.Year is >= 1990 and <= 2100;
        }

        // Excel serials between 1990 and 2100; anything else is not a date.
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 32874 and < 73051)
        {
            value = DateTime.SpecifyKind(DateTime.FromOADate(serial), DateTimeKind.Unspecified);
            value = new DateTime(value.Ticks - value.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Unspecified);
            return true;
        }

        return false;
    }

    public static bool TryParseDate(string? text, out DateOnly value)
    {
        var ok = TryParseDateTime(text, out var dt);
        value = DateOnly.FromDateTime(dt);
        return ok;
    }

    /// <summary>Yes/no cells: "x", "có", "1", "đã số hóa" … are yes; empty, "0", "không" are no.</summary>
    public static bool TryParseFlag(string? text, out bool value)
    {
        var key = VietnameseText.Key(text ?? "");
        value = false;
        switch (key)
        {
            case "" or "0" or "khong" or "chua" or "false" or "no" or "n" or "-":
                return true;
            case "x" or "1" or "co" or "da" or "true" or "yes" or "y" or "v":
                value = true;
                return true;
        }

        if (key.StartsWith("khong ", StringComparison.Ordinal) || key.StartsWith("chua ", StringComparison.Ordinal))
        {
            return true;
        }

        if (key.StartsWith("da ", StringComparison.Ordinal) || key.StartsWith("co ", StringComparison.Ordinal))
        {
            value = true;
            return true;
        }

        return false;
    }

    /// <summary>"Trực tiếp"/"Tại quầy" → counter, "Trực tuyến"/"DVC" → online, "Bưu chính (BCCI)" → postal; empty → counter.</summary>
    public static bool TryParseChannel(string? text, out DossierChannel value)
    {
        var key = VietnameseText.Key(text ?? "");
        value = DossierChannel.Counter;
        if (key.Length == 0 || key.Contains("truc tiep", StringComparison.Ordinal) || key.Contains("tai quay", StringComparison.Ordinal) || key == "counter" || key.Contains("mot cua", StringComparison.Ordinal))
        {
            return true;
        }

        if (key.Contains("truc tuyen", StringComparison.Ordinal) || key.Contains("online", StringComparison.Ordinal) || key.Contains("dvc", StringComparison.Ordinal) || key.Contains("cong dich vu", StringComparison.Ordinal))
        {
            value = DossierChannel.Online;
            return true;
        }

        if (key.Contains("buu chinh", StringComparison.Ordinal) || key.Contains("bcci", StringComparison.Ordinal) || key == "postal")
        {
            value = DossierChannel.Postal;
            return true;
        }

        return false;
    }

    /// <summary>A whole number ≥ 0; "1.000" and "1,000" are thousands (Vietnamese and English grouping).</summary>
    public static bool TryParseCount(string? text, out int value)
    {
        var s = (text ?? "").Trim().Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (s.Length == 0)
        {
            value = 0;
            return true;
        }

        return int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A fee in đồng: "50.000", "50,000", "50000 đồng"; "Không"/"Miễn" → 0.</summary>
    public static bool TryParseFee(string? text, out decimal? value)
    {
        var key = VietnameseText.Key(text ?? "");
        value = null;
        if (key.Length == 0)
        {
            return true;
        }

        if (key.StartsWith("khong", StringComparison.Ordinal) || key.StartsWith("mien", StringComparison.Ordinal))
        {
            value = 0;
            return true;
        }

        var digits = new string(key.TakeWhile(c => char.IsDigit(c) || c == ' ').Where(char.IsDigit).ToArray());
        if (digits.Length is 0 or > 12)
        {
            return false;
        }

        value = decimal.Parse(digits, CultureInfo.InvariantCulture);
        return true;
    }
}
