using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.ParIndex;

/// <summary>How a criterion's points are given (column "Cách chấm").</summary>
public enum ParScoringMethod
{
    /// <summary>Có/Không: zero or the maximum.</summary>
    YesNo,

    /// <summary>Tỷ lệ: the rate's share of the maximum (rate × max ÷ 100).</summary>
    Proportional,

    /// <summary>Theo mức: the points of the highest level the rate reaches (column "Mức điểm").</summary>
    Bands,
}

/// <summary>Regular criteria count towards the maximum; bonus points are added and penalty points subtracted on top.</summary>
public enum ParCriterionKind
{
    Regular,
    Bonus,
    Penalty,
}

/// <summary>
/// A province's commune PAR Index for one year: its criteria (fields → criteria → sub-criteria), grade bands, blocks and
/// survey part. Province-level reference data like <see cref="Calendar.CalendarOverride"/>: keyed by (ProvinceId, Year),
/// read by the province's communes, changed only by its officers (a re-import replaces the set while no commune has submitted).
/// </summary>
public sealed class ParCriteriaSet : IAuditedUnder
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProvinceId { get; set; }
    public int Year { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The decision it comes from, or "Mẫu minh họa" for the sample.</summary>
    public string? Source { get; set; }

    /// <summary>Points of the survey part, entered by the province at appraisal.</summary>
    public decimal SurveyMaxPoints { get; set; }

    public string? FileName { get; set; }
    public string ImportedBy { get; set; } = "";
    public DateTime ImportedAtUtc { get; set; }

    public List<ParCriterion> Criteria { get; set; } = [];
    public List<ParGradeBand> Bands { get; set; } = [];
    public List<ParBlock> Blocks { get; set; } = [];

    Guid IAuditedUnder.AuditTenantId => ProvinceId;

    /// <summary>Regular points (appraised part) plus the survey part: the 100 % of the grade bands.</summary>
    public decimal MaxTotal => Criteria.Where(c => c.IsLeaf && c.Kind == ParCriterionKind.Regular).Sum(c => c.MaxPoints) + SurveyMaxPoints;

    public IEnumerable<ParCriterion> Leaves => Criteria.Where(c => c.IsLeaf).OrderBy(c => c.Order);

    /// <summary>The block of a commune by its locality type; null when the set has none for it.</summary>
    public ParBlock? BlockOf(LocalityType type) => Blocks.OrderBy(b => b.Order).FirstOrDefault(b => b.Contains(type));
}

/// <summary>A field (level 1), criterion (2) or sub-criterion (3+). Only leaves are scored; a parent's maximum is its children's sum.</summary>
public sealed class ParCriterion : IAuditedUnder
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SetId { get; set; }
    public Guid ProvinceId { get; set; }
    public int Order { get; set; }

    /// <summary>"1", "1.2", "1.2.3".</summary>
    public string Code { get; set; } = "";

    public string? ParentCode { get; set; }
    public int Level { get; set; }
    public string Name { get; set; } = "";
    public ParCriterionKind Kind { get; set; }
    public decimal MaxPoints { get; set; }
    public ParScoringMethod Method { get; set; }

    /// <summary>For <see cref="ParScoringMethod.Bands"/>: "≥95%: 2; ≥80%: 1,5; ≥0%: 0".</summary>
    public string? Levels { get; set; }

    public bool EvidenceRequired { get; set; }

    /// <summary>Which of ReformDesk's measures proposes the value (<see cref="ParMeasures"/>); null: entered only.</summary>
    public string? Measure { get; set; }

    public string? Guidance { get; set; }
    public bool IsLeaf { get; set; }

    Guid IAuditedUnder.AuditTenantId => ProvinceId;

    public IReadOnlyList<ParLevel> ParsedLevels => ParLevel.TryParseAll(Levels, out var levels) ? levels : [];
}

/// <summary>
/// A scoring level of a "Theo mức" criterion: from this rate (percent), these points; <see cref="Above"/> when the level was
/// written "&gt;95%" (strictly above: exactly 95 % does not reach it).
/// </summary>
public sealed record ParLevel(decimal MinRate, decimal Points, bool Above = false)
{
    /// <summary>
    /// Parses "≥95%: 2; ≥80%: 1,5; ≥0%: 0" (also "95: 2", "&gt;=95%=2", "&gt;95%=2"); highest rate first. Each level splits at
    /// its last ':' or '=', so a threshold written "&gt;=" keeps its '='; the threshold may start with ≥, &gt;=, =&gt; (from) or
    /// &gt; (strictly above) and end with %.
    /// </summary>
    public static bool TryParseAll(string? text, out IReadOnlyList<ParLevel> levels)
    {
        levels = [];
        if (string.IsNullOrWhiteSpace(text)) return false;
        var list = new List<ParLevel>();
        foreach (var part in text.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var cut = part.LastIndexOfAny([':', '=']);
            if (cut < 0) return false;
            var rate = part[..cut].Trim();
            var above = false;
            foreach (var op in (string[])["≥", ">=", "=>", ">"])
            {
                if (rate.StartsWith(op, StringComparison.Ordinal))
                {
                    rate = rate[op.Length..].TrimStart();
                    above = op == ">";
                    break;
                }
            }

            rate = rate.EndsWith('%') ? rate[..^1] : rate;
            if (!ParNumbers.TryParse(rate, out var min) || !ParNumbers.TryParse(part[(cut + 1)..].Replace("điểm", "").Trim(), out var points)) return false;
            list.Add(new ParLevel(min, points, above));
        }

        if (list.Count == 0) return false;
        levels = list.OrderByDescending(l => l.MinRate).ThenByDescending(l => l.Above).ToList();
        return true;
    }

    public static decimal PointsFor(IReadOnlyList<ParLevel> levels, decimal rate) =>
        levels.FirstOrDefault(l => l.Above ? rate > l.MinRate : rate >= l.MinRate)?.Points ?? 0;
}

/// <summary>A grade: from <see cref="MinPercent"/> of the maximum total (e.g. "Xuất sắc" from 90 %, "A" from 90 %).</summary>
public sealed class ParGradeBand : IAuditedUnder
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SetId { get; set; }
    public Guid ProvinceId { get; set; }
    public int Order { get; set; }
    public string Name { get; set; } = "";
    public decimal MinPercent { get; set; }

    Guid IAuditedUnder.AuditTenantId => ProvinceId;
}

/// <summary>A ranking block (khối phường, khối xã …) and the locality types it holds ("phường", "xã", "đặc khu", "thị trấn").</summary>
public sealed class ParBlock : IAuditedUnder
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SetId { get; set; }
    public Guid ProvinceId { get; set; }
    public int Order { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Comma-separated <see cref="LocalityType"/> names.</summary>
    public string LocalityTypes { get; set; } = "";

    Guid IAuditedUnder.AuditTenantId => ProvinceId;

    public bool Contains(LocalityType type) =>
        LocalityTypes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Contains(type.ToString(), StringComparer.Ordinal);
}

/// <summary>Numbers as a Vietnamese spreadsheet writes them: "1,5" and "1.5" both read as one and a half.</summary>
public static partial class ParNumbers
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\d\s+\d")]
    private static partial System.Text.RegularExpressions.Regex DigitsApart();

    private static readonly System.Globalization.CultureInfo Vi = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        // Spaces beside the decimal mark or sign are typing slack ("87 , 5"); a space between two digits ("1 0") is not
        // a number an officer meant, so it is refused rather than read as 10.
        if (DigitsApart().IsMatch(text)) return false;
        var t = text.Trim().Replace(" ", "");
        // One separator only: a decimal mark either way ("87,5" or "87.5"); thousands separators do not occur in points.
        if (t.Count(ch => ch is ',' or '.') > 1) return false;
        return decimal.TryParse(t.Replace(',', '.'), System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint,
            System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    /// <summary>"87,5" — at most two decimals, vi-VN.</summary>
    public static string Text(decimal value) => value.ToString("0.##", Vi);
}

internal static class ParIndexModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ParCriteriaSet>(e =>
        {
            e.HasKey(s => s.Id);
            e.HasIndex(s => new { s.ProvinceId, s.Year }).IsUnique();
            e.Property(s => s.Name).HasMaxLength(300);
            e.Property(s => s.Source).HasMaxLength(300);
            e.Property(s => s.FileName).HasMaxLength(260);
            e.Property(s => s.ImportedBy).HasMaxLength(256);
            e.Property(s => s.SurveyMaxPoints).HasPrecision(7, 2);
            e.Ignore(s => s.MaxTotal);
            e.Ignore(s => s.Leaves);
            e.HasOne<Tenant>().WithMany().HasForeignKey(s => s.ProvinceId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(s => s.Criteria).WithOne().HasForeignKey(c => c.SetId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(s => s.Bands).WithOne().HasForeignKey(c => c.SetId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(s => s.Blocks).WithOne().HasForeignKey(c => c.SetId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ParCriterion>(e =>
        {
            e.HasKey(c => c.Id);
            e.HasIndex(c => new { c.SetId, c.Code }).IsUnique();
            e.Property(c => c.Code).HasMaxLength(20);
            e.Property(c => c.ParentCode).HasMaxLength(20);
            e.Property(c => c.Name).HasMaxLength(1000);
            e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Method).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Levels).HasMaxLength(500);
            e.Property(c => c.Measure).HasMaxLength(40);
            e.Property(c => c.Guidance).HasMaxLength(2000);
            e.Property(c => c.MaxPoints).HasPrecision(7, 2);
            e.Ignore(c => c.ParsedLevels);
        });

        builder.Entity<ParGradeBand>(e =>
        {
            e.HasKey(b => b.Id);
            e.HasIndex(b => new { b.SetId, b.Name }).IsUnique();
            e.Property(b => b.Name).HasMaxLength(60);
            e.Property(b => b.MinPercent).HasPrecision(6, 2);
        });

        builder.Entity<ParBlock>(e =>
        {
            e.HasKey(b => b.Id);
            e.HasIndex(b => new { b.SetId, b.Name }).IsUnique();
            e.Property(b => b.Name).HasMaxLength(100);
            e.Property(b => b.LocalityTypes).HasMaxLength(200);
        });

        builder.Entity<ParAssessment>(e =>
        {
            e.HasKey(a => a.Id);
            e.HasIndex(a => new { a.CommuneId, a.Year }).IsUnique();
            e.HasIndex(a => new { a.ProvinceId, a.Year });
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.AwardRating).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.Grade).HasMaxLength(60);
            e.Property(a => a.Block).HasMaxLength(100);
            e.Property(a => a.ReturnReason).HasMaxLength(2000);
            e.Property(a => a.SubmittedBy).HasMaxLength(256);
            e.Property(a => a.AppraisedBy).HasMaxLength(256);
            e.Property(a => a.PublishedBy).HasMaxLength(256);
            e.Property(a => a.SelfTotal).HasPrecision(7, 2);
            e.Property(a => a.AppraisedTotal).HasPrecision(7, 2);
            e.Property(a => a.SurveyPoints).HasPrecision(7, 2);
            e.Property(a => a.FinalScore).HasPrecision(7, 2);
            e.Property(a => a.Percent).HasPrecision(6, 2);
            e.HasOne<Tenant>().WithMany().HasForeignKey(a => a.CommuneId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ParCriteriaSet>().WithMany().HasForeignKey(a => a.SetId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(a => a.Scores).WithOne().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
            e.Navigation(a => a.Scores).UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        builder.Entity<ParScore>(e =>
        {
            e.HasKey(s => s.Id);
            e.HasIndex(s => new { s.AssessmentId, s.CriterionId }).IsUnique();
            e.Property(s => s.EvidenceKind).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.EvidenceText).HasMaxLength(1000);
            e.Property(s => s.Explanation).HasMaxLength(2000);
            e.Property(s => s.ProposedSource).HasMaxLength(500);
            e.Property(s => s.AppraisalComment).HasMaxLength(2000);
            e.Property(s => s.SelfPoints).HasPrecision(7, 2);
            e.Property(s => s.ProposedPoints).HasPrecision(7, 2);
            e.Property(s => s.AppraisedPoints).HasPrecision(7, 2);
            e.HasOne<ParCriterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ParEvidenceFile>(e =>
        {
            e.HasKey(f => f.Id);
            e.HasIndex(f => f.AssessmentId);
            e.Property(f => f.FileName).HasMaxLength(260);
            e.Property(f => f.Kind).HasConversion<string>().HasMaxLength(10);
            e.HasOne<ParAssessment>().WithMany().HasForeignKey(f => f.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
