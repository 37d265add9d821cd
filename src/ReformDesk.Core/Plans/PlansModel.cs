using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Core.Plans;

/// <summary>EF mapping of the Plans feature: keys lead with TenantId, links are composite so they stay inside one commune.</summary>
internal static class PlansModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Plan>(e =>
        {
            e.HasKey(p => new { p.TenantId, p.Id });
            e.HasIndex(p => new { p.TenantId, p.StartYear });
            e.Property(p => p.Number).HasMaxLength(60);
            e.Property(p => p.Title).HasMaxLength(500);
            e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.SourceDocument).HasMaxLength(200);
        });

        builder.Entity<PlanSection>(e =>
        {
            e.HasKey(s => new { s.TenantId, s.Id });
            e.HasIndex(s => new { s.TenantId, s.PlanId, s.Order });
            e.Property(s => s.Code).HasMaxLength(10);
            e.Property(s => s.Title).HasMaxLength(500);
            e.HasOne<Plan>().WithMany().HasForeignKey(s => new { s.TenantId, s.PlanId }).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<PlanTask>(e =>
        {
            e.HasKey(t => new { t.TenantId, t.Id });
            e.HasIndex(t => new { t.TenantId, t.PlanId, t.Order });
            e.HasIndex(t => new { t.TenantId, t.LeadUnitId });
            e.Property(t => t.Number).HasMaxLength(20);
            e.Property(t => t.Content).HasMaxLength(4000);
            e.Property(t => t.ScheduleText).HasMaxLength(500);
            e.Property(t => t.ScheduleJson).HasMaxLength(4000);
            e.Property(t => t.Deliverable).HasMaxLength(2000);
            e.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(t => t.LeadCollective).HasConversion<string>().HasMaxLength(30);
            e.Property(t => t.CollectiveCoordinators).HasMaxLength(200);
            e.HasOne<Plan>().WithMany().HasForeignKey(t => new { t.TenantId, t.PlanId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<PlanSection>().WithMany().HasForeignKey(t => new { t.TenantId, t.SectionId }).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Unit>().WithMany().HasForeignKey(t => new { t.TenantId, t.LeadUnitId }).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<PlanTaskCoordinator>(e =>
        {
            e.HasKey(c => new { c.TenantId, c.TaskId, c.UnitId });
            e.HasIndex(c => new { c.TenantId, c.UnitId });
            e.HasOne<PlanTask>().WithMany().HasForeignKey(c => new { c.TenantId, c.TaskId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Unit>().WithMany().HasForeignKey(c => new { c.TenantId, c.UnitId }).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<TaskOccurrence>(e =>
        {
            e.HasKey(o => new { o.TenantId, o.Id });
            e.HasIndex(o => new { o.TenantId, o.TaskId, o.DueDate }).IsUnique();
            e.HasOne<PlanTask>().WithMany().HasForeignKey(o => new { o.TenantId, o.TaskId }).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<TaskUpdate>(e =>
        {
            e.HasKey(u => new { u.TenantId, u.Id });
            e.HasIndex(u => new { u.TenantId, u.TaskId, u.AtUtc });
            e.Property(u => u.AuthorName).HasMaxLength(256);
            e.Property(u => u.Text).HasMaxLength(4000);
            e.Property(u => u.DocumentNumber).HasMaxLength(60);
            e.Property(u => u.Link).HasMaxLength(1000);
            e.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
            e.HasOne<PlanTask>().WithMany().HasForeignKey(u => new { u.TenantId, u.TaskId }).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<EvidenceFile>(e =>
        {
            e.HasKey(f => new { f.TenantId, f.Id });
            e.HasIndex(f => new { f.TenantId, f.UpdateId });
            e.Property(f => f.FileName).HasMaxLength(260);
            e.Property(f => f.ContentType).HasMaxLength(100);
            e.HasOne<TaskUpdate>().WithMany().HasForeignKey(f => new { f.TenantId, f.UpdateId }).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ReportObligation>(e =>
        {
            e.HasKey(o => new { o.TenantId, o.Id });
            e.HasIndex(o => new { o.TenantId, o.PlanId });
            e.Property(o => o.Title).HasMaxLength(500);
            e.Property(o => o.Recipient).HasMaxLength(200);
            e.Property(o => o.ScheduleText).HasMaxLength(500);
            e.Property(o => o.ScheduleJson).HasMaxLength(4000);
            e.HasOne<Plan>().WithMany().HasForeignKey(o => new { o.TenantId, o.PlanId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Unit>().WithMany().HasForeignKey(o => new { o.TenantId, o.UnitId }).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ReportSubmission>(e =>
        {
            e.HasKey(s => new { s.TenantId, s.Id });
            e.HasIndex(s => new { s.TenantId, s.ObligationId, s.DueDate }).IsUnique();
            e.Property(s => s.DocumentNumber).HasMaxLength(60);
            e.Property(s => s.SubmittedBy).HasMaxLength(256);
            e.Property(s => s.Note).HasMaxLength(1000);
            e.HasOne<ReportObligation>().WithMany().HasForeignKey(s => new { s.TenantId, s.ObligationId }).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ReminderLog>(e =>
        {
            e.HasKey(r => new { r.TenantId, r.Key });
            e.Property(r => r.Key).HasMaxLength(200);
            e.Property(r => r.Recipients).HasMaxLength(2000);
        });

        builder.Entity<Notice>(e =>
        {
            e.HasKey(n => new { n.TenantId, n.Id });
            e.HasIndex(n => new { n.TenantId, n.UserId, n.ReadAtUtc });
            e.Property(n => n.Title).HasMaxLength(500);
            e.Property(n => n.Link).HasMaxLength(500);
        });
    }
}
