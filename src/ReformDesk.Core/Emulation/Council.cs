using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

public enum CouncilRole
{
    /// <summary>Chủ tịch Hội đồng.</summary>
    Chairman,
    /// <summary>Phó Chủ tịch Hội đồng.</summary>
    ViceChairman,
    /// <summary>Ủy viên thường trực.</summary>
    StandingMember,
    /// <summary>Ủy viên.</summary>
    Member,
    /// <summary>Thư ký Hội đồng.</summary>
    Secretary,
}

public static class CouncilRoleText
{
    public static string Vietnamese(this CouncilRole role) => role switch
    {
        CouncilRole.Chairman => "Chủ tịch Hội đồng",
        CouncilRole.ViceChairman => "Phó Chủ tịch Hội đồng",
        CouncilRole.StandingMember => "Ủy viên thường trực",
        CouncilRole.Member => "Ủy viên",
        _ => "Thư ký Hội đồng",
    };
}

/// <summary>
/// The commune's standing emulation and awards council (Hội đồng Thi đua - Khen thưởng), set up by a decision of the
/// Chairman: its members (people of the commune, with their roles) and its regulation's voting rule with the text it
/// comes from. A meeting copies the rule when it is set up, so a later change never alters a past tally.
/// </summary>
public sealed class Council : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "Hội đồng Thi đua - Khen thưởng";

    /// <summary>The establishing decision, e.g. "12/QĐ-UBND".</summary>
    public string DecisionNumber { get; set; } = "";

    public DateOnly? DecisionDate { get; set; }
    public int QuorumNumerator { get; set; } = 2;
    public int QuorumDenominator { get; set; } = 3;
    public int PassPercent { get; set; } = 70;
    public ThresholdBase ThresholdBase { get; set; } = ThresholdBase.AllMembers;
    public bool SecretBallot { get; set; } = true;

    /// <summary>Where the quorum and pass rule come from, e.g. "Quy chế hoạt động ban hành kèm theo Quyết định 12/QĐ-UBND, Điều 6".</summary>
    public string RuleSource { get; set; } = "";

    public CouncilSettings Settings() => new()
    {
        Quorum = new Ratio(QuorumNumerator, QuorumDenominator),
        PassThreshold = Ratio.Percent(PassPercent),
        ThresholdBase = ThresholdBase,
        SecretBallot = SecretBallot,
    };
}

/// <summary>One person's seat on the council; leaving the council keeps the row (inactive) for the meetings it sat in.</summary>
public sealed class CouncilMembership : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CouncilId { get; set; }
    public Guid PersonId { get; set; }
    public CouncilRole Role { get; set; } = CouncilRole.Member;
    public bool Active { get; set; } = true;
}

/// <summary>
/// A council member as seated at one meeting: the person, name and role at that date, and whether present. Votes,
/// recusals and the ballots handed in at a secret ballot refer to this row.
/// </summary>
public sealed class CouncilMeetingMember : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MeetingId { get; set; }

    /// <summary>Null only for meetings recorded before members were chosen from people and whose name matched nobody.</summary>
    public Guid? PersonId { get; set; }

    public string Name { get; set; } = "";
    public CouncilRole Role { get; set; } = CouncilRole.Member;
    public bool Present { get; set; }
    public int Order { get; set; }
}

/// <summary>
/// At a secret ballot: this member handed in a ballot on this nomination. Deliberately without the choice — only
/// the counting board's <see cref="CouncilBallotCount"/> says how the ballots went.
/// </summary>
public sealed class CouncilBallotReceipt : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MeetingId { get; set; }
    public Guid NominationId { get; set; }
    public Guid MeetingMemberId { get; set; }
}

internal static class CouncilModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Council>(e =>
        {
            e.HasKey(c => new { c.TenantId, c.Id });
            e.HasIndex(c => c.TenantId).IsUnique();
            e.Property(c => c.Name).HasMaxLength(200);
            e.Property(c => c.DecisionNumber).HasMaxLength(60);
            e.Property(c => c.RuleSource).HasMaxLength(1000);
            e.Property(c => c.ThresholdBase).HasConversion<string>().HasMaxLength(20);
        });

        builder.Entity<CouncilMembership>(e =>
        {
            e.HasKey(m => new { m.TenantId, m.Id });
            e.HasIndex(m => new { m.TenantId, m.CouncilId, m.PersonId }).IsUnique();
            e.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
            e.HasOne<Council>().WithMany().HasForeignKey(m => new { m.TenantId, m.CouncilId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Person>().WithMany().HasForeignKey(m => new { m.TenantId, m.PersonId }).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<CouncilMeetingMember>(e =>
        {
            e.HasKey(m => new { m.TenantId, m.Id });
            e.HasIndex(m => new { m.TenantId, m.MeetingId, m.Name }).IsUnique();
            e.Property(m => m.Name).HasMaxLength(200);
            e.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
            e.HasOne<CouncilMeeting>().WithMany().HasForeignKey(m => new { m.TenantId, m.MeetingId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Person>().WithMany().HasForeignKey(m => new { m.TenantId, m.PersonId }).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<CouncilBallotReceipt>(e =>
        {
            e.HasKey(r => new { r.TenantId, r.Id });
            e.HasIndex(r => new { r.TenantId, r.MeetingId, r.NominationId, r.MeetingMemberId }).IsUnique();
            e.HasOne<CouncilMeeting>().WithMany().HasForeignKey(r => new { r.TenantId, r.MeetingId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Nomination>().WithMany().HasForeignKey(r => new { r.TenantId, r.NominationId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<CouncilMeetingMember>().WithMany().HasForeignKey(r => new { r.TenantId, r.MeetingMemberId }).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
