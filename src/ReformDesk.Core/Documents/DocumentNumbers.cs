namespace ReformDesk.Core.Documents;

/// <summary>
/// The "Số, ký hiệu" line (Decree 30/2020/NĐ-CP, Appendix I, II.3): Arabic numerals, numbers under 10
/// padded with a leading zero; typed documents "Số: 05/KH-UBND", letters "Số: 12/UBND-VP".
/// </summary>
public static class DocumentNumbers
{
    /// <summary>What stands in for a number not yet given; the clerk writes it in by hand.</summary>
    public const string BlankNumber = "     ";

    /// <summary>Formats the whole line, e.g. "Số: 05/KH-UBND", "Số: 123/QĐ-UBND", "Số: 12/UBND-VP", "Số:      /KH-UBND".</summary>
    /// <param name="number">The register number, or null to leave space for it.</param>
    /// <param name="type">The document type; its abbreviation leads the symbol.</param>
    /// <param name="issuer">The issuing body's abbreviation, e.g. "UBND".</param>
    /// <param name="draftingUnit">For an official letter only: the drafting unit or field, e.g. "VP".</param>
    public static string Format(int? number, DocumentType type, string issuer, string? draftingUnit = null) =>
        $"Số: {FormatNumber(number)}/{Symbol(type, issuer, draftingUnit)}";

    /// <summary>The number alone: "05", "123", or blanks.</summary>
    public static string FormatNumber(int? number)
    {
        if (number is null)
        {
            return BlankNumber;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(number.Value, 1, nameof(number));
        return number.Value < 10
            ? "0" + number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The symbol after the slash: "KH-UBND", or "UBND-VP" for a letter.</summary>
    public static string Symbol(DocumentType type, string issuer, string? draftingUnit = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        var abbreviation = type.Abbreviation();
        if (abbreviation is not null)
        {
            return $"{abbreviation}-{issuer.Trim()}";
        }

        return string.IsNullOrWhiteSpace(draftingUnit) ? issuer.Trim() : $"{issuer.Trim()}-{draftingUnit.Trim()}";
    }
}
