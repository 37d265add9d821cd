using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Satisfaction;

/// <summary>The five SIPAS elements (Decision 1001/QĐ-BNV, domain.md §10).</summary>
public enum SatisfactionElement
{
    Access = 1,
    Procedure = 2,
    Officials = 3,
    Result = 4,
    FeedbackHandling = 5,
}

/// <summary>The five-level scale; the number is the level (5 = rất hài lòng).</summary>
public enum SatisfactionLevel
{
    VeryDissatisfied = 1,
    Dissatisfied = 2,
    Neutral = 3,
    Satisfied = 4,
    VerySatisfied = 5,
}

/// <summary>Where a per-dossier rating came from.</summary>
public enum RatingChannel
{
    /// <summary>The citizen scanned the receipt's QR code (or opened its link).</summary>
    Receipt = 1,

    /// <summary>The tablet at the counter, staff signed in, when the result was handed over.</summary>
    Counter = 2,
}

public static class SatisfactionText
{
    public static IReadOnlyList<SatisfactionElement> Elements { get; } = Enum.GetValues<SatisfactionElement>();

    /// <summary>Best first, as the paper form prints them.</summary>
    public static IReadOnlyList<SatisfactionLevel> Levels { get; } = [.. Enum.GetValues<SatisfactionLevel>().Reverse()];

    public static string Element(SatisfactionElement e) => e switch
    {
        SatisfactionElement.Access => "Tiếp cận dịch vụ",
        SatisfactionElement.Procedure => "Thủ tục hành chính",
        SatisfactionElement.Officials => "Công chức trực tiếp giải quyết công việc",
        SatisfactionElement.Result => "Kết quả giải quyết",
        _ => "Tiếp nhận, xử lý phản ánh, kiến nghị",
    };

    public static string Level(SatisfactionLevel level) => level switch
    {
        SatisfactionLevel.VerySatisfied => "Rất hài lòng",
        SatisfactionLevel.Satisfied => "Hài lòng",
        SatisfactionLevel.Neutral => "Bình thường",
        SatisfactionLevel.Dissatisfied => "Không hài lòng",
        _ => "Rất không hài lòng",
    };

    public static bool IsSatisfied(SatisfactionLevel level) => level >= SatisfactionLevel.Satisfied;

    /// <summary>The item code under which per-dossier ratings enter the index: one item per element.</summary>
    public static string RatingItem(SatisfactionElement e) => "DG-" + (int)e;
}

/// <summary>
/// A citizen's rating of one dossier on the five elements. One per dossier: rating again changes it (the audit log keeps the
/// earlier answers). The unit is copied from the dossier so results per unit need no join.
/// </summary>
public sealed class DossierRating : ITenantOwned
{
    private DossierRating()
    {
    }

    public Guid TenantId { get; set; }
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid DossierId { get; private set; }
    public Guid? UnitId { get; private set; }
    public SatisfactionLevel Access { get; private set; }
    public SatisfactionLevel Procedure { get; private set; }
    public SatisfactionLevel Officials { get; private set; }
    public SatisfactionLevel Result { get; private set; }
    public SatisfactionLevel FeedbackHandling { get; private set; }
    public string? Comment { get; private set; }
    public RatingChannel Channel { get; private set; }
    public DateTime RatedAt { get; private set; }
    public int Changes { get; private set; }

    public static DossierRating For(Dossier dossier, IReadOnlyDictionary<SatisfactionElement, SatisfactionLevel> levels, string? comment, RatingChannel channel, DateTime at) =>
        For(dossier.Id, dossier.UnitId, levels, comment, channel, at);

    public static DossierRating For(Guid dossierId, Guid? unitId, IReadOnlyDictionary<SatisfactionElement, SatisfactionLevel> levels, string? comment, RatingChannel channel, DateTime at)
    {
        var rating = new DossierRating { DossierId = dossierId, UnitId = unitId };
        rating.Set(levels, comment, channel, at);
        rating.Changes = 0;
        return rating;
    }

    /// <summary>The citizen changes their rating; the latest answers count.</summary>
    public void Change(IReadOnlyDictionary<SatisfactionElement, SatisfactionLevel> levels, string? comment, RatingChannel channel, DateTime at) =>
        Set(levels, comment, channel, at);

    private void Set(IReadOnlyDictionary<SatisfactionElement, SatisfactionLevel> levels, string? comment, RatingChannel channel, DateTime at)
    {
        Access = levels[SatisfactionElement.Access];
        Procedure = levels[SatisfactionElement.Procedure];
        Officials = levels[SatisfactionElement.Officials];
        Result = levels[SatisfactionElement.Result];
        FeedbackHandling = levels[SatisfactionElement.FeedbackHandling];
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        Channel = channel;
        RatedAt = at;
        Changes++;
    }

    public SatisfactionLevel Of(SatisfactionElement e) => e switch
    {
        SatisfactionElement.Access => Access,
        SatisfactionElement.Procedure => Procedure,
        SatisfactionElement.Officials => Officials,
        SatisfactionElement.Result => Result,
        _ => FeedbackHandling,
    };

    /// <summary>A "dislike" for Decision 766 indicator 5.4: any element rated không hài lòng or rất không hài lòng.</summary>
    public bool IsDislike => SatisfactionText.Elements.Any(e => Of(e) <= SatisfactionLevel.Dissatisfied);
}

/// <summary>One question of a questionnaire: a stable code, the element it measures, its wording.</summary>
public sealed record QuestionnaireItem(string Code, SatisfactionElement Element, string Text);

/// <summary>
/// A version of the survey questionnaire (elements → items) as data. A campaign keeps the version it was run with; changing the
/// questions makes a new version, so answers already entered keep their meaning.
/// </summary>
public sealed class SurveyQuestionnaire : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Name { get; private set; } = "";
    public int Version { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string ItemsJson { get; private set; } = "[]";

    public IReadOnlyList<QuestionnaireItem> Items => JsonSerializer.Deserialize<List<QuestionnaireItem>>(ItemsJson) ?? [];

    public static SurveyQuestionnaire Create(string name, int version, IReadOnlyList<QuestionnaireItem> items, DateTime at) =>
        new() { Name = name.Trim(), Version = version, ItemsJson = JsonSerializer.Serialize(items), CreatedAt = at };
}

/// <summary>A periodic survey: its questionnaire version, period, surveyed population N and margin e (sample n = N/(1+N·e²)).</summary>
public sealed class SurveyCampaign : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Title { get; private set; } = "";
    public Guid QuestionnaireId { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly EndDate { get; private set; }
    public int Population { get; private set; }
    public decimal MarginPercent { get; private set; }
    public DateTime CreatedAt { get; private set; }

    public int SuggestedSample => SampleSize.Suggest(Population, (double)MarginPercent / 100);

    public static SurveyCampaign Create(string title, Guid questionnaireId, DateOnly start, DateOnly end, int population, decimal marginPercent, DateTime at) =>
        new()
        {
            Title = title.Trim(), QuestionnaireId = questionnaireId, StartDate = start, EndDate = end,
            Population = population, MarginPercent = marginPercent, CreatedAt = at,
        };
}

/// <summary>One paper form of a campaign, typed in by staff: item code → level (an unanswered item is left out).</summary>
public sealed class SurveyResponse : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid CampaignId { get; private set; }
    public string FormNumber { get; private set; } = "";
    public Guid? UnitId { get; private set; }
    public DateOnly AnsweredOn { get; private set; }
    public string AnswersJson { get; private set; } = "{}";
    public string? Comment { get; private set; }
    public string EnteredBy { get; private set; } = "";
    public DateTime EnteredAt { get; private set; }

    public IReadOnlyDictionary<string, SatisfactionLevel> Answers =>
        JsonSerializer.Deserialize<Dictionary<string, SatisfactionLevel>>(AnswersJson) ?? [];

    public static SurveyResponse Create(Guid campaignId, string formNumber, Guid? unitId, DateOnly answeredOn,
        IReadOnlyDictionary<string, SatisfactionLevel> answers, string? comment, string enteredBy, DateTime at) =>
        new()
        {
            CampaignId = campaignId, FormNumber = formNumber.Trim(), UnitId = unitId, AnsweredOn = answeredOn,
            AnswersJson = JsonSerializer.Serialize(answers), Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            EnteredBy = enteredBy, EnteredAt = at,
        };
}

/// <summary>Sample size suggested for a survey: n = N / (1 + N·e²), rounded up (domain.md §10).</summary>
public static class SampleSize
{
    public static int Suggest(int population, double margin)
    {
        if (population <= 0 || margin <= 0) return 0;
        return (int)Math.Ceiling(population / (1 + population * margin * margin) - 1e-9);
    }
}

internal static class SatisfactionModel
{
    public static void Configure(ModelBuilder builder, bool npgsql)
    {
        // Vietnam local times (Kind=Unspecified), like the dossiers' own: zone-less columns on PostgreSQL.
        const string local = "timestamp without time zone";
        builder.Entity<DossierRating>(e =>
        {
            if (npgsql) e.Property(r => r.RatedAt).HasColumnType(local);
            e.HasKey(r => new { r.TenantId, r.Id });
            e.HasIndex(r => new { r.TenantId, r.DossierId }).IsUnique();
            e.HasIndex(r => new { r.TenantId, r.RatedAt });
            e.Property(r => r.Comment).HasMaxLength(2000);
            e.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
            e.HasOne<Dossier>().WithMany().HasForeignKey(r => new { r.TenantId, r.DossierId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Unit>().WithMany().HasForeignKey(r => new { r.TenantId, r.UnitId }).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<SurveyQuestionnaire>(e =>
        {
            if (npgsql) e.Property(q => q.CreatedAt).HasColumnType(local);
            e.HasKey(q => new { q.TenantId, q.Id });
            e.HasIndex(q => new { q.TenantId, q.Name, q.Version }).IsUnique();
            e.Property(q => q.Name).HasMaxLength(300);
            e.Property(q => q.ItemsJson).HasMaxLength(20000);
            e.Ignore(q => q.Items);
        });

        builder.Entity<SurveyCampaign>(e =>
        {
            if (npgsql) e.Property(c => c.CreatedAt).HasColumnType(local);
            e.HasKey(c => new { c.TenantId, c.Id });
            e.HasIndex(c => new { c.TenantId, c.StartDate });
            e.Property(c => c.Title).HasMaxLength(500);
            e.Property(c => c.MarginPercent).HasPrecision(5, 2);
            e.HasOne<SurveyQuestionnaire>().WithMany().HasForeignKey(c => new { c.TenantId, c.QuestionnaireId }).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<SurveyResponse>(e =>
        {
            if (npgsql) e.Property(r => r.EnteredAt).HasColumnType(local);
            e.HasKey(r => new { r.TenantId, r.Id });
            e.HasIndex(r => new { r.TenantId, r.CampaignId, r.FormNumber }).IsUnique();
            e.Property(r => r.FormNumber).HasMaxLength(40);
            e.Property(r => r.AnswersJson).HasMaxLength(8000);
            e.Property(r => r.Comment).HasMaxLength(2000);
            e.Property(r => r.EnteredBy).HasMaxLength(256);
            e.Ignore(r => r.Answers);
            e.HasOne<SurveyCampaign>().WithMany().HasForeignKey(r => new { r.TenantId, r.CampaignId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Unit>().WithMany().HasForeignKey(r => new { r.TenantId, r.UnitId }).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
