using System.ComponentModel.DataAnnotations;

namespace ReformDesk.Core.Platform.Uploads;

/// <summary>The upload forms, each with its own size limit and the kinds of file it takes.</summary>
public enum UploadForm
{
    DossierLog,
    ProcedureCatalogue,
    PlanAppendix,
    FeedbackAttachment,
    ParCriteria,
    ParEvidence,
    AppraisalResults,
}

/// <summary>
/// Limits of <see cref="UploadGuard"/>, section <c>Uploads</c>. The defaults keep any input under 10 MB well below 512 MB
/// of memory (measured by the fuzz run, docs/reliability.md) while letting a 1,000,000-row dossier log through.
/// </summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>Largest file of the dossier-log form and CLI import, in MB.</summary>
    [Range(1, 1024)]
    public int DossierLogMegabytes { get; set; } = 64;

    [Range(1, 1024)]
    public int ProcedureCatalogueMegabytes { get; set; } = 8;

    [Range(1, 1024)]
    public int PlanAppendixMegabytes { get; set; } = 20;

    /// <summary>Photos and PDF sent with one feedback, together.</summary>
    [Range(1, 100, ErrorMessage = "Uploads:FeedbackAttachmentMegabytes phải từ 1 đến 100.")]
    public int FeedbackAttachmentMegabytes { get; set; } = 10;

    /// <summary>A province's PAR Index criteria workbook.</summary>
    [Range(1, 100)]
    public int ParCriteriaMegabytes { get; set; } = 4;

    /// <summary>Evidence files sent with one save of a PAR Index self-assessment, together.</summary>
    [Range(1, 200)]
    public int ParEvidenceMegabytes { get; set; } = 20;

    /// <summary>A year's appraisal results workbook (đánh giá, xếp loại).</summary>
    [Range(1, 100)]
    public int AppraisalResultsMegabytes { get; set; } = 4;

    /// <summary>Files inside an XLSX/DOCX (a real one has 10–30).</summary>
    [Range(1, 100_000)]
    public int MaxZipEntries { get; set; } = 500;

    /// <summary>Uncompressed size of one file inside an XLSX/DOCX, in MB (a 1,000,000-row sheet is about 200 MB).</summary>
    [Range(1, 4096)]
    public int MaxZipEntryMegabytes { get; set; } = 400;

    /// <summary>Uncompressed size of all files inside an XLSX/DOCX together, in MB.</summary>
    [Range(1, 8192)]
    public int MaxZipTotalMegabytes { get; set; } = 600;

    /// <summary>Uncompressed ÷ compressed size of an entry larger than 1 MB; Office XML is 5–30, a bomb 1,000.</summary>
    [Range(2, 1100)]
    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>Nesting of XML elements inside an XLSX/DOCX part (real documents stay under 30).</summary>
    [Range(16, 1000)]
    public int MaxXmlDepth { get; set; } = 128;

    /// <summary>XML characters of one spreadsheet part (sheets are read as a stream).</summary>
    [Range(1000, int.MaxValue)]
    public int MaxCharactersPerPart { get; set; } = 400_000_000;

    /// <summary>XML characters of a Word document's body, which is loaded whole (a 100-page appendix is under 2,000,000).</summary>
    [Range(1000, int.MaxValue)]
    public int MaxDocumentCharacters { get; set; } = 3_000_000;

    [Range(1, 10_000_000)]
    public int MaxSharedStrings { get; set; } = 2_000_000;

    /// <summary>Characters of all shared strings of a workbook together.</summary>
    [Range(1000, int.MaxValue)]
    public int MaxSharedStringCharacters { get; set; } = 40_000_000;

    [Range(1, 16_384)]
    public int MaxColumns { get; set; } = 100;

    /// <summary>Data rows (or records) of one file.</summary>
    [Range(1, 10_000_000)]
    public int MaxRows { get; set; } = 2_000_000;

    /// <summary>Characters of one CSV record (or line of pasted text). At least 1,000: with a limit of 100 the CSV reader refused every file ("không đọc được tệp CSV").</summary>
    [Range(1000, 10_000_000)]
    public int MaxLineLength { get; set; } = 65_536;

    /// <summary>Characters of one cell or JSON string value.</summary>
    [Range(10, 10_000_000)]
    public int MaxFieldLength { get; set; } = 8_000;

    /// <summary>Nesting of a JSON document (arrays and objects).</summary>
    [Range(2, 256)]
    public int MaxJsonDepth { get; set; } = 16;

    /// <summary>Background dossier imports running at once across all communes (one per commune at most).</summary>
    [Range(1, 64)]
    public int MaxConcurrentImports { get; set; } = 2;

    /// <summary>Imports waiting their turn; beyond this a new one is refused until the queue shortens.</summary>
    [Range(0, 1000)]
    public int MaxQueuedImports { get; set; } = 20;

    public long MaxBytes(UploadForm form) => form switch
    {
        UploadForm.DossierLog => DossierLogMegabytes,
        UploadForm.ProcedureCatalogue => ProcedureCatalogueMegabytes,
        UploadForm.FeedbackAttachment => FeedbackAttachmentMegabytes,
        UploadForm.ParCriteria => ParCriteriaMegabytes,
        UploadForm.ParEvidence => ParEvidenceMegabytes,
        UploadForm.AppraisalResults => AppraisalResultsMegabytes,
        _ => PlanAppendixMegabytes,
    } * 1024L * 1024L;
}
