namespace ReformDesk.Core.Documents;

/// <summary>
/// An administrative document in the national format of Decree 30/2020/NĐ-CP, ready for <see cref="DocxWriter"/>.
/// Text is given as it should print (capitals included); a "\n" inside a text forces a line break.
/// </summary>
public sealed record AdministrativeDocument
{
    /// <summary>Governing body, printed not bold above the issuer, e.g. "UBND THÀNH PHỐ HẢI PHÒNG". Optional.</summary>
    public string? ParentBody { get; init; }

    /// <summary>Issuing body, bold capitals, e.g. "ỦY BAN NHÂN DÂN\nPHƯỜNG TRẦN HƯNG ĐẠO".</summary>
    public required string IssuingBody { get; init; }

    /// <summary>The document type; gives the type name and the number's abbreviation.</summary>
    public required DocumentType Type { get; init; }

    /// <summary>The register number; null leaves a blank ("Số:      /KH-UBND") for the clerk.</summary>
    public int? Number { get; init; }

    /// <summary>Abbreviation of the issuing body used in the symbol, e.g. "UBND".</summary>
    public required string IssuerAbbreviation { get; init; }

    /// <summary>Official letters only: the drafting unit or field in the symbol, e.g. "VP" → "Số: 12/UBND-VP".</summary>
    public string? DraftingUnitAbbreviation { get; init; }

    /// <summary>Place name on the date line, e.g. "Trần Hưng Đạo".</summary>
    public required string Place { get; init; }

    /// <summary>Signing date; null leaves day and month blank ("ngày    tháng    năm 2026").</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Year printed when <see cref="Date"/> is null.</summary>
    public int? Year { get; init; }

    /// <summary>Subject (trích yếu): the title line under the type name; for a letter, the text after "V/v ".</summary>
    public required string Subject { get; init; }

    /// <summary>
    /// Decisions and resolutions: the enacting authority printed centred bold before the legal bases,
    /// e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG TRẦN HƯNG ĐẠO". Optional.
    /// </summary>
    public string? EnactingAuthority { get; init; }

    /// <summary>The "Căn cứ …;" paragraphs, in order, printed plain before the body.</summary>
    public IReadOnlyList<string> LegalBases { get; init; } = [];

    /// <summary>"Kính gửi:" addressees of a submission or letter. Empty for none.</summary>
    public IReadOnlyList<string> AddressedTo { get; init; } = [];

    /// <summary>The body, in order.</summary>
    public IReadOnlyList<Block> Body { get; init; } = [];

    /// <summary>"Nơi nhận" items without the leading dash; "Lưu: VT." is added when no item is the archive line ("Lưu:" or "Lưu VT…", any case).</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>The signature block.</summary>
    public required Signature Signature { get; init; }
}

/// <summary>
/// The signature block: <paramref name="Authority"/> ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Q.", "TL.", "TUQ." …;
/// null when the holder signs in their own name), <paramref name="Position"/> ("CHỦ TỊCH", "PHÓ CHỦ TỊCH")
/// and the signer's full name.
/// </summary>
public sealed record Signature(string? Authority, string Position, string SignerName);

/// <summary>A block of the document body.</summary>
public abstract record Block
{
    private Block()
    {
    }

    /// <summary>
    /// A section heading whose text carries its own numbering: level 1 "I. MỤC ĐÍCH, YÊU CẦU" (bold),
    /// level 2 "1. Mục đích" (bold), level 3 and deeper "a) …" (italic).
    /// </summary>
    public sealed record Heading(int Level, string Text) : Block;

    /// <summary>A body paragraph: justified, first-line indent, 14 pt.</summary>
    public sealed record Paragraph(string Text) : Block;

    /// <summary>A dash item ("- …") laid out like a body paragraph, as Vietnamese documents do.</summary>
    public sealed record Bullet(string Text) : Block;

    /// <summary>An article of a decision: "Điều 1." in bold, then the text.</summary>
    public sealed record Article(int Number, string Text) : Block;

    /// <summary>A bordered table, e.g. a list of nominees or awardees; the header row repeats on each page.</summary>
    public sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;

    /// <summary>A QR code of <paramref name="Text"/> with a caption (print and PDF); DOCX prints the caption and the text.</summary>
    public sealed record QrCode(string Text, string Caption) : Block;
}
