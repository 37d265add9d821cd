using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Core.Emulation;

/// <summary>EF mapping of the emulation and awards feature: keys lead with TenantId, links are composite.</summary>
internal static class EmulationModel
{
    public static void Configure(ModelBuilder builder)
    {
        CouncilModel.Configure(builder);
        builder.Entity<NominationRound>(e =>
        {
            e.HasKey(r => new { r.TenantId, r.Id });
            e.HasIndex(r => new { r.TenantId, r.MovementId, r.Kind, r.Year }).IsUnique();
            e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.RequiredUnitRating).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.ExtraChecklist).HasMaxLength(4000);
            e.Ignore(r => r.ExtraItems);
            e.HasOne<Movement>().WithMany().HasForeignKey(r => new { r.TenantId, r.MovementId }).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Nomination>(e =>
        {
            e.HasKey(n => new { n.TenantId, n.Id });
            e.HasIndex(n => new { n.TenantId, n.RoundId, n.UnitId });
            e.HasIndex(n => new { n.TenantId, n.MovementId, n.Status });
            e.Property(n => n.NomineeKind).HasConversion<string>().HasMaxLength(20);
            e.Property(n => n.AwardKind).HasConversion<string>().HasMaxLength(40);
            e.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(n => n.NomineeName).HasMaxLength(300);
            e.Property(n => n.AchievementSummary).HasMaxLength(4000);
            e.Property(n => n.AchievementKey).HasMaxLength(200);
            e.Property(n => n.Evidence).HasMaxLength(2000);
            e.Property(n => n.CreatedBy).HasMaxLength(256);
            e.Property(n => n.ConfirmedItems).HasMaxLength(2000);
            e.Property(n => n.ReturnReason).HasMaxLength(2000);
            e.Property(n => n.CouncilResult).HasMaxLength(2000);
            e.Ignore(n => n.Confirmed);
            e.HasOne<NominationRound>().WithMany().HasForeignKey(n => new { n.TenantId, n.RoundId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Unit>().WithMany().HasForeignKey(n => new { n.TenantId, n.UnitId }).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Unit>().WithMany().HasForeignKey(n => new { n.TenantId, n.NomineeUnitId }).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Person>().WithMany().HasForeignKey(n => new { n.TenantId, n.NomineePersonId }).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<AwardDecision>().WithMany().HasForeignKey(n => new { n.TenantId, n.DecisionId }).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Initiative>(e =>
        {
            e.HasKey(i => new { i.TenantId, i.Id });
            e.HasIndex(i => new { i.TenantId, i.AuthorPersonId });
            e.Property(i => i.Title).HasMaxLength(500);
            e.Property(i => i.Authors).HasMaxLength(500);
            e.Property(i => i.Problem).HasMaxLength(4000);
            e.Property(i => i.Solution).HasMaxLength(4000);
            e.Property(i => i.Effect).HasMaxLength(4000);
            e.Property(i => i.CouncilEvaluation).HasMaxLength(2000);
            e.Property(i => i.EffectEvidence).HasMaxLength(2000);
            e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.DecisionNumber).HasMaxLength(60);
            e.HasOne<Person>().WithMany().HasForeignKey(i => new { i.TenantId, i.AuthorPersonId }).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Unit>().WithMany().HasForeignKey(i => new { i.TenantId, i.UnitId }).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<CouncilMeeting>(e =>
        {
            e.HasKey(m => new { m.TenantId, m.Id });
            e.HasIndex(m => new { m.TenantId, m.RoundId, m.Date });
            e.Property(m => m.RuleSource).HasMaxLength(1000);
            e.HasOne<Council>().WithMany().HasForeignKey(m => new { m.TenantId, m.CouncilId }).OnDelete(DeleteBehavior.Restrict);
            e.Property(m => m.ThresholdBase).HasConversion<string>().HasMaxLength(20);
            e.HasOne<NominationRound>().WithMany().HasForeignKey(m => new { m.TenantId, m.RoundId }).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CouncilRecusal>(e =>
        {
            e.HasKey(r => new { r.TenantId, r.Id });
            e.HasIndex(r => new { r.TenantId, r.MeetingId, r.NominationId, r.MeetingMemberId }).IsUnique();
            e.Property(r => r.MemberName).HasMaxLength(200);
            e.HasOne<CouncilMeetingMember>().WithMany().HasForeignKey(r => new { r.TenantId, r.MeetingMemberId }).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<CouncilMeeting>().WithMany().HasForeignKey(r => new { r.TenantId, r.MeetingId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Nomination>().WithMany().HasForeignKey(r => new { r.TenantId, r.NominationId }).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CouncilMemberVote>(e =>
        {
            e.HasKey(v => new { v.TenantId, v.Id });
            e.HasIndex(v => new { v.TenantId, v.MeetingId, v.NominationId, v.MeetingMemberId }).IsUnique();
            e.Property(v => v.MemberName).HasMaxLength(200);
            e.HasOne<CouncilMeetingMember>().WithMany().HasForeignKey(v => new { v.TenantId, v.MeetingMemberId }).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<CouncilMeeting>().WithMany().HasForeignKey(v => new { v.TenantId, v.MeetingId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Nomination>().WithMany().HasForeignKey(v => new { v.TenantId, v.NominationId }).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CouncilBallotCount>(e =>
        {
            e.HasKey(c => new { c.TenantId, c.Id });
            e.HasIndex(c => new { c.TenantId, c.MeetingId, c.NominationId }).IsUnique();
            e.Property(c => c.RecordedBy).HasMaxLength(256);
            e.HasOne<CouncilMeeting>().WithMany().HasForeignKey(c => new { c.TenantId, c.MeetingId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Nomination>().WithMany().HasForeignKey(c => new { c.TenantId, c.NominationId }).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<AwardDecision>(e =>
        {
            e.HasKey(d => new { d.TenantId, d.Id });
            e.HasIndex(d => new { d.TenantId, d.RoundId });
            e.Property(d => d.Signer).HasMaxLength(200);
            e.Ignore(d => d.NumberText);
            e.HasOne<NominationRound>().WithMany().HasForeignKey(d => new { d.TenantId, d.RoundId }).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<AwardRecord>(e =>
        {
            e.HasKey(r => new { r.TenantId, r.Id });
            e.HasIndex(r => new { r.TenantId, r.PersonId });
            e.HasIndex(r => new { r.TenantId, r.UnitId });
            e.HasIndex(r => new { r.TenantId, r.Year });
            e.Property(r => r.NomineeKind).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.AwardKind).HasConversion<string>().HasMaxLength(40);
            e.Property(r => r.NomineeName).HasMaxLength(300);
            e.Property(r => r.AchievementKey).HasMaxLength(200);
            e.Property(r => r.AchievementSummary).HasMaxLength(4000);
            e.Property(r => r.DecisionNumber).HasMaxLength(60);
            e.Property(r => r.RevokedReason).HasMaxLength(2000);
            e.HasOne<Person>().WithMany().HasForeignKey(r => new { r.TenantId, r.PersonId }).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Unit>().WithMany().HasForeignKey(r => new { r.TenantId, r.UnitId }).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<AwardDecision>().WithMany().HasForeignKey(r => new { r.TenantId, r.DecisionId }).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
