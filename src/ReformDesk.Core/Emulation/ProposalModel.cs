using Microsoft.EntityFrameworkCore;

namespace ReformDesk.Core.Emulation;

/// <summary>EF mapping of proposals upward and the award history's higher-level columns; keys lead with TenantId.</summary>
internal static class ProposalModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<AwardProposal>(e =>
        {
            e.HasKey(p => new { p.TenantId, p.Id });
            e.HasIndex(p => new { p.TenantId, p.RoundId, p.Status });
            e.Property(p => p.Level).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.AddressedTo).HasMaxLength(500);
            e.Property(p => p.Signer).HasMaxLength(200);
            e.Property(p => p.ReturnReason).HasMaxLength(2000);
            e.Property(p => p.HigherDecisionNumber).HasMaxLength(60);
            e.Property(p => p.HigherAuthority).HasMaxLength(300);
            e.Property(p => p.CreatedBy).HasMaxLength(256);
            e.Ignore(p => p.NumberText);
            e.HasOne<NominationRound>().WithMany().HasForeignKey(p => new { p.TenantId, p.RoundId }).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<AwardProposalItem>(e =>
        {
            e.HasKey(i => new { i.TenantId, i.Id });
            e.HasIndex(i => new { i.TenantId, i.NominationId }).IsUnique();
            e.HasIndex(i => new { i.TenantId, i.ProposalId });
            e.HasOne<AwardProposal>().WithMany().HasForeignKey(i => new { i.TenantId, i.ProposalId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Nomination>().WithMany().HasForeignKey(i => new { i.TenantId, i.NominationId }).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<AwardRecord>(e =>
        {
            // Rows before proposals existed were all the commune's own decisions.
            e.Property(r => r.DecidedBy).HasConversion<string>().HasMaxLength(20).HasDefaultValue(Rules.AwardLevel.Xa);
            e.Property(r => r.IssuingAuthority).HasMaxLength(300);
            e.HasOne<AwardProposal>().WithMany().HasForeignKey(r => new { r.TenantId, r.ProposalId }).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
