using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Organisation;

/// <summary>The deciding document of a recorded fact: its number and date (a link where the document is online).</summary>
public sealed record FactDocument(string? Number, DateOnly? Date, string? Url = null)
{
    /// <summary>Null when the document is complete and plausible; otherwise the Vietnamese reason naming the field.</summary>
    public static string? Problem(string? number, DateOnly? date, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(number) || number.Trim().Length > 60)
        {
            return "Hãy nhập số văn bản quyết định (tối đa 60 ký tự).";
        }

        if (date is null)
        {
            return "Hãy nhập ngày của văn bản quyết định.";
        }

        return date > today ? "Ngày của văn bản không được sau hôm nay." : null;
    }
}

/// <summary>
/// Kết quả đánh giá, xếp loại chất lượng of one person or one collective (unit) for one year, with the decision that
/// approved it. At most one per person and year, one per unit and year; a wrong entry is corrected, not duplicated.
/// </summary>
public sealed class Appraisal : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>The person appraised; null for a collective.</summary>
    public Guid? PersonId { get; private set; }

    /// <summary>The collective appraised; null for a person.</summary>
    public Guid? UnitId { get; private set; }

    public int Year { get; private set; }
    public AppraisalResult Classification { get; private set; }
    public string DecisionNumber { get; private set; } = "";
    public DateOnly DecisionDate { get; private set; }
    public string RecordedBy { get; private set; } = "";

    public static Appraisal OfPerson(Guid personId, int year, AppraisalResult result, string number, DateOnly date, string by) =>
        new() { PersonId = personId, Year = year, Classification = result, DecisionNumber = number.Trim(), DecisionDate = date, RecordedBy = by };

    public static Appraisal OfUnit(Guid unitId, int year, AppraisalResult result, string number, DateOnly date, string by) =>
        new() { UnitId = unitId, Year = year, Classification = result, DecisionNumber = number.Trim(), DecisionDate = date, RecordedBy = by };

    /// <summary>The appraisal of year Y is decided at the end of Y or early in Y+1.</summary>
    public static string? Problem(int year, string? number, DateOnly? date, DateOnly today)
    {
        if (year < 2000 || year > today.Year)
        {
            return $"Năm đánh giá phải từ 2000 đến {today.Year}.";
        }

        if (FactDocument.Problem(number, date, today) is { } problem)
        {
            return problem;
        }

        return date!.Value.Year < year || date.Value.Year > year + 1
            ? $"Quyết định phê duyệt kết quả đánh giá năm {year} phải ban hành trong năm {year} hoặc năm {year + 1}."
            : null;
    }

    public void Correct(AppraisalResult result, string number, DateOnly date, string by) =>
        (Classification, DecisionNumber, DecisionDate, RecordedBy) = (result, number.Trim(), date, by);

    public string Text => $"{VietnameseLabels.Of(Classification)} năm {Year} (Quyết định {DecisionNumber} ngày {VietnameseLabels.Date(DecisionDate)})";
}

/// <summary>
/// Kỷ luật of a person: level, decision, and the period it is in effect. It counts against awards in every calendar year
/// its period touches (ADR 0126); without an end date it counts for the year of <see cref="EffectiveFrom"/> only.
/// </summary>
public sealed class DisciplineRecord : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid PersonId { get; private set; }
    public DisciplineLevel Penalty { get; private set; }
    public string DecisionNumber { get; private set; } = "";
    public DateOnly DecisionDate { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public DateOnly? EffectiveTo { get; private set; }
    public string RecordedBy { get; private set; } = "";

    /// <summary>12 months for khiển trách and cảnh cáo, 18 for giáng chức and cách chức (ADR 0126); none for buộc thôi việc.</summary>
    public static DateOnly? DefaultEnd(DisciplineLevel level, DateOnly from) => level switch
    {
        DisciplineLevel.KhienTrach or DisciplineLevel.CanhCao => from.AddMonths(12).AddDays(-1),
        DisciplineLevel.GiangChuc or DisciplineLevel.CachChuc => from.AddMonths(18).AddDays(-1),
        _ => null,
    };

    public static string? Problem(string? number, DateOnly? date, DateOnly? from, DateOnly? to, DateOnly today)
    {
        if (FactDocument.Problem(number, date, today) is { } problem)
        {
            return problem;
        }

        if (from is { } f && f < date)
        {
            return "Ngày bắt đầu có hiệu lực không được trước ngày quyết định.";
        }

        return to is { } t && t < (from ?? date) ? "Ngày hết hiệu lực không được trước ngày bắt đầu có hiệu lực." : null;
    }

    public static DisciplineRecord Of(Guid personId, DisciplineLevel level, string number, DateOnly date, DateOnly? from, DateOnly? to, string by)
    {
        var start = from ?? date;
        return new() { PersonId = personId, Penalty = level, DecisionNumber = number.Trim(), DecisionDate = date, EffectiveFrom = start, EffectiveTo = to ?? DefaultEnd(level, start), RecordedBy = by };
    }

    public void Correct(DisciplineLevel level, string number, DateOnly date, DateOnly? from, DateOnly? to, string by)
    {
        var start = from ?? date;
        (Penalty, DecisionNumber, DecisionDate, EffectiveFrom, EffectiveTo, RecordedBy) = (level, number.Trim(), date, start, to ?? DefaultEnd(level, start), by);
    }

    public int LastYear => (EffectiveTo ?? EffectiveFrom).Year;

    public bool InEffectDuring(int year) => EffectiveFrom.Year <= year && year <= LastYear;

    public DisciplinaryAction ToRule() => new(Penalty, EffectiveFrom.Year, DecisionNumber, LastYear);
}

/// <summary>
/// A person's assignment to direct reform work (chỉ đạo, phụ trách, tham mưu, tổ chức thực hiện CCHC) from a date, by a
/// decision; the years of direct reform work in a period are derived from these (ADR 0127).
/// </summary>
public sealed class ReformWorkAssignment : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid PersonId { get; private set; }
    public string Duty { get; private set; } = "";
    public DateOnly From { get; private set; }
    public DateOnly? To { get; private set; }
    public string DecisionNumber { get; private set; } = "";
    public DateOnly DecisionDate { get; private set; }
    public string RecordedBy { get; private set; } = "";

    public static string? Problem(string? duty, string? number, DateOnly? date, DateOnly? from, DateOnly? to, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(duty) || duty.Trim().Length > 300)
        {
            return "Hãy ghi nhiệm vụ CCHC được phân công (tối đa 300 ký tự).";
        }

        if (FactDocument.Problem(number, date, today) is { } problem)
        {
            return problem;
        }

        if (from is null)
        {
            return "Hãy nhập ngày bắt đầu làm nhiệm vụ.";
        }

        return to is { } t && t < from ? "Ngày kết thúc không được trước ngày bắt đầu." : null;
    }

    public static ReformWorkAssignment Of(Guid personId, string duty, string number, DateOnly date, DateOnly from, DateOnly? to, string by) =>
        new() { PersonId = personId, Duty = duty.Trim(), DecisionNumber = number.Trim(), DecisionDate = date, From = from, To = to, RecordedBy = by };

    public void Correct(string duty, string number, DateOnly date, DateOnly from, DateOnly? to, string by) =>
        (Duty, DecisionNumber, DecisionDate, From, To, RecordedBy) = (duty.Trim(), number.Trim(), date, from, to, by);

    /// <summary>
    /// Full years of direct reform work between <paramref name="fromYear"/> and <paramref name="toYear"/>: the assignments'
    /// days inside the period, overlaps counted once, an open assignment running to <paramref name="today"/>, divided by 365.
    /// </summary>
    public static int YearsWithin(IEnumerable<ReformWorkAssignment> assignments, int fromYear, int toYear, DateOnly today)
    {
        var start = new DateOnly(fromYear, 1, 1);
        var end = new DateOnly(toYear, 12, 31);
        if (today < end)
        {
            end = today;
        }

        var days = 0;
        var covered = start.AddDays(-1);
        foreach (var a in assignments.OrderBy(a => a.From))
        {
            var from = a.From > covered ? a.From : covered.AddDays(1);
            if (from < start) from = start;
            var to = a.To ?? today;
            if (to > end) to = end;
            if (to < from) continue;
            days += to.DayNumber - from.DayNumber + 1;
            covered = to;
        }

        return days / 365;
    }
}

/// <summary>Đề tài, đề án khoa học đã được nghiệm thu of a person: one of the achievements of a Chiến sĩ thi đua cơ sở.</summary>
public sealed class AcceptedSchemeRecord : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid PersonId { get; private set; }
    public string Title { get; private set; } = "";
    public string DecisionNumber { get; private set; } = "";
    public DateOnly AcceptedOn { get; private set; }
    public string RecordedBy { get; private set; } = "";

    public static string? Problem(string? title, string? number, DateOnly? date, DateOnly today) =>
        string.IsNullOrWhiteSpace(title) || title.Trim().Length > 500
            ? "Hãy nhập tên đề tài, đề án (tối đa 500 ký tự)."
            : FactDocument.Problem(number, date, today);

    public static AcceptedSchemeRecord Of(Guid personId, string title, string number, DateOnly on, string by) =>
        new() { PersonId = personId, Title = title.Trim(), DecisionNumber = number.Trim(), AcceptedOn = on, RecordedBy = by };

    public void Correct(string title, string number, DateOnly on, string by) =>
        (Title, DecisionNumber, AcceptedOn, RecordedBy) = (title.Trim(), number.Trim(), on, by);
}

/// <summary>
/// The number of members of a collective in a year, from the document that states it (biên chế, danh sách). The members
/// with "Lao động tiên tiến" and the disciplined ones are counted from the award history and discipline records, never typed.
/// </summary>
public sealed class UnitMemberCount : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid UnitId { get; private set; }
    public int Year { get; private set; }
    public int MemberCount { get; private set; }
    public string Evidence { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";

    public static string? Problem(int year, int members, string? evidence, DateOnly today)
    {
        if (year < 2000 || year > today.Year)
        {
            return $"Năm phải từ 2000 đến {today.Year}.";
        }

        if (members is < 1 or > 100_000)
        {
            return "Số thành viên phải từ 1 đến 100.000.";
        }

        return string.IsNullOrWhiteSpace(evidence) || evidence.Trim().Length > 500
            ? "Hãy ghi văn bản xác định số thành viên (số, ngày; tối đa 500 ký tự)."
            : null;
    }

    public static UnitMemberCount Of(Guid unitId, int year, int members, string evidence, string by) =>
        new() { UnitId = unitId, Year = year, MemberCount = members, Evidence = evidence.Trim(), RecordedBy = by };

    public void Correct(int members, string evidence, string by) => (MemberCount, Evidence, RecordedBy) = (members, evidence.Trim(), by);
}

/// <summary>
/// A reform (CCHC) index rating entered with its evidence, for a year the province's appraised PAR Index does not give:
/// for one unit, or (no unit) for the commune as a whole (ADR 0128).
/// </summary>
public sealed class UnitReformRating : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>The unit rated; null for the commune as a whole.</summary>
    public Guid? UnitId { get; private set; }

    public int Year { get; private set; }
    public ReformRating Grade { get; private set; }
    public string EvidenceNumber { get; private set; } = "";
    public DateOnly EvidenceDate { get; private set; }
    public string? EvidenceUrl { get; private set; }
    public string RecordedBy { get; private set; } = "";

    public static string? Problem(int year, string? number, DateOnly? date, string? url, DateOnly today)
    {
        if (year < 2000 || year > today.Year)
        {
            return $"Năm xếp loại phải từ 2000 đến {today.Year}.";
        }

        if (FactDocument.Problem(number, date, today) is { } problem)
        {
            return problem;
        }

        return Blank(url) is { } u && (u.Length > 500 || !Uri.TryCreate(u, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            ? "Đường dẫn minh chứng phải là địa chỉ http(s) đầy đủ (tối đa 500 ký tự)."
            : null;
    }

    public static UnitReformRating Of(Guid? unitId, int year, ReformRating rating, string number, DateOnly date, string? url, string by) =>
        new() { UnitId = unitId, Year = year, Grade = rating, EvidenceNumber = number.Trim(), EvidenceDate = date, EvidenceUrl = Blank(url), RecordedBy = by };

    public void Correct(ReformRating rating, string number, DateOnly date, string? url, string by) =>
        (Grade, EvidenceNumber, EvidenceDate, EvidenceUrl, RecordedBy) = (rating, number.Trim(), date, Blank(url), by);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

internal static class FactsModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Appraisal>(e =>
        {
            e.HasKey(a => new { a.TenantId, a.Id });
            // NULLs are distinct in unique indexes on both providers: a person's row never collides with a unit's.
            e.HasIndex(a => new { a.TenantId, a.PersonId, a.Year }).IsUnique();
            e.HasIndex(a => new { a.TenantId, a.UnitId, a.Year }).IsUnique();
            e.HasIndex(a => new { a.TenantId, a.Year });
            e.Property(a => a.Classification).HasConversion<string>().HasMaxLength(30);
            e.Property(a => a.DecisionNumber).HasMaxLength(60);
            e.Property(a => a.RecordedBy).HasMaxLength(256);
            e.HasOne<Person>().WithMany().HasForeignKey(a => new { a.TenantId, a.PersonId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Unit>().WithMany().HasForeignKey(a => new { a.TenantId, a.UnitId }).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<DisciplineRecord>(e =>
        {
            e.HasKey(d => new { d.TenantId, d.Id });
            e.HasIndex(d => new { d.TenantId, d.PersonId });
            e.Property(d => d.Penalty).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.DecisionNumber).HasMaxLength(60);
            e.Property(d => d.RecordedBy).HasMaxLength(256);
            e.HasOne<Person>().WithMany().HasForeignKey(d => new { d.TenantId, d.PersonId }).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ReformWorkAssignment>(e =>
        {
            e.HasKey(a => new { a.TenantId, a.Id });
            e.HasIndex(a => new { a.TenantId, a.PersonId });
            e.Property(a => a.Duty).HasMaxLength(300);
            e.Property(a => a.DecisionNumber).HasMaxLength(60);
            e.Property(a => a.RecordedBy).HasMaxLength(256);
            e.HasOne<Person>().WithMany().HasForeignKey(a => new { a.TenantId, a.PersonId }).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<AcceptedSchemeRecord>(e =>
        {
            e.HasKey(s => new { s.TenantId, s.Id });
            e.HasIndex(s => new { s.TenantId, s.PersonId });
            e.Property(s => s.Title).HasMaxLength(500);
            e.Property(s => s.DecisionNumber).HasMaxLength(60);
            e.Property(s => s.RecordedBy).HasMaxLength(256);
            e.HasOne<Person>().WithMany().HasForeignKey(s => new { s.TenantId, s.PersonId }).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<UnitMemberCount>(e =>
        {
            e.HasKey(m => new { m.TenantId, m.Id });
            e.HasIndex(m => new { m.TenantId, m.UnitId, m.Year }).IsUnique();
            e.Property(m => m.Evidence).HasMaxLength(500);
            e.Property(m => m.RecordedBy).HasMaxLength(256);
            e.HasOne<Unit>().WithMany().HasForeignKey(m => new { m.TenantId, m.UnitId }).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<UnitReformRating>(e =>
        {
            e.HasKey(r => new { r.TenantId, r.Id });
            e.HasIndex(r => new { r.TenantId, r.UnitId, r.Year }).IsUnique();
            e.HasIndex(r => new { r.TenantId, r.Year });
            e.Property(r => r.Grade).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.EvidenceNumber).HasMaxLength(60);
            e.Property(r => r.EvidenceUrl).HasMaxLength(500);
            e.Property(r => r.RecordedBy).HasMaxLength(256);
            e.HasOne<Unit>().WithMany().HasForeignKey(r => new { r.TenantId, r.UnitId }).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
