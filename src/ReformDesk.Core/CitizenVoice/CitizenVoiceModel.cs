using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Core.CitizenVoice;

/// <summary>EF mapping of feedback: keys and indexes lead with TenantId, links are composite, times are UTC.</summary>
internal static class CitizenVoiceModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Feedback>(e =>
        {
            e.HasKey(f => new { f.TenantId, f.Id });
            e.HasIndex(f => new { f.TenantId, f.Code }).IsUnique();
            e.HasIndex(f => new { f.TenantId, f.Status });
            e.HasIndex(f => new { f.TenantId, f.SubmittedAtUtc });
            e.HasIndex(f => new { f.TenantId, f.PhoneDigits, f.SubmittedAtUtc });
            e.HasIndex(f => new { f.TenantId, f.UnitId });
            e.Property(f => f.Code).HasMaxLength(20);
            e.Property(f => f.SecretHash).HasMaxLength(64);
            e.Property(f => f.Channel).HasConversion<string>().HasMaxLength(20);
            e.Property(f => f.Category).HasConversion<string>().HasMaxLength(20);
            e.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(f => f.Rating).HasConversion<string>().HasMaxLength(10);
            e.Property(f => f.Title).HasMaxLength(200);
            e.Property(f => f.Details).HasMaxLength(5000);
            e.Property(f => f.Place).HasMaxLength(300);
            e.Property(f => f.CitizenName).HasMaxLength(200);
            e.Property(f => f.CitizenPhone).HasMaxLength(30);
            e.Property(f => f.PhoneDigits).HasMaxLength(20);
            e.Property(f => f.CitizenEmail).HasMaxLength(200);
            e.Property(f => f.CitizenAddress).HasMaxLength(300);
            e.Property(f => f.SuggestionReason).HasMaxLength(500);
            e.Property(f => f.RefusalReason).HasMaxLength(2000);
            e.Property(f => f.InfoRequest).HasMaxLength(2000);
            e.Property(f => f.InfoReply).HasMaxLength(5000);
            e.Property(f => f.TransferredTo).HasMaxLength(300);
            e.Property(f => f.Draft).HasMaxLength(10000);
            e.Property(f => f.DraftNote).HasMaxLength(2000);
            e.Property(f => f.Answer).HasMaxLength(10000);
            e.Property(f => f.ApprovedBy).HasMaxLength(256);
            e.Property(f => f.PublicTitle).HasMaxLength(200);
            e.Property(f => f.PublicQuestion).HasMaxLength(5000);
            e.Property(f => f.PublicAnswer).HasMaxLength(10000);
            e.Property(f => f.ReopenReason).HasMaxLength(2000);
            e.Ignore(f => f.Reopened);
            e.Ignore(f => f.ClosedAtUtc);
            e.HasMany(f => f.Events).WithOne().HasForeignKey(x => new { x.TenantId, x.FeedbackId }).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(f => f.Attachments).WithOne().HasForeignKey(x => new { x.TenantId, x.FeedbackId }).OnDelete(DeleteBehavior.Cascade);
            e.Navigation(f => f.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
            e.Navigation(f => f.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
            e.HasOne<Unit>().WithMany().HasForeignKey(f => new { f.TenantId, f.UnitId }).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Unit>().WithMany().HasForeignKey(f => new { f.TenantId, f.SuggestedUnitId }).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<FeedbackEvent>(e =>
        {
            e.HasKey(x => new { x.TenantId, x.Id });
            e.HasIndex(x => new { x.TenantId, x.FeedbackId });
            e.Property(x => x.Action).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.FromStatus).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ToStatus).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Text).HasMaxLength(200);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.By).HasMaxLength(256);
        });

        builder.Entity<FeedbackAttachment>(e =>
        {
            e.HasKey(x => new { x.TenantId, x.Id });
            e.HasIndex(x => new { x.TenantId, x.FeedbackId });
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ContentType).HasMaxLength(60);
        });

        builder.Entity<FeedbackDeadline>(e =>
        {
            e.HasKey(x => new { x.TenantId, x.Id });
            e.HasIndex(x => new { x.TenantId, x.Category, x.EffectiveFrom }).IsUnique();
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
            e.Ignore(x => x.Days);
        });
    }
}
