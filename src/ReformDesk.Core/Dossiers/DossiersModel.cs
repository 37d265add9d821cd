using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Core.Dossiers;

/// <summary>EF mapping of the Dossiers feature: keys and indexes lead with TenantId, links are composite.</summary>
internal static class DossiersModel
{
    public static void Configure(ModelBuilder builder, bool postgres)
    {
        builder.Entity<Procedure>(e =>
        {
            e.HasKey(p => new { p.TenantId, p.Id });
            e.HasIndex(p => new { p.TenantId, p.Code }).IsUnique();
            e.Property(p => p.Code).HasMaxLength(60);
            e.Property(p => p.Name).HasMaxLength(500);
            e.Property(p => p.Field).HasMaxLength(200);
            e.Property(p => p.Fee).HasPrecision(18, 0);
            e.Property(p => p.FieldCode).HasMaxLength(60);
            e.Property(p => p.Documents).HasMaxLength(4000);
            e.Property(p => p.OnlineUrl).HasMaxLength(500);
        });

        builder.Entity<Dossier>(e =>
        {
            e.HasKey(d => new { d.TenantId, d.Id });
            e.HasIndex(d => new { d.TenantId, d.Code }).IsUnique();
            e.HasIndex(d => new { d.TenantId, d.ReceivedAt });
            e.HasIndex(d => new { d.TenantId, d.ProcedureId });
            e.Property(d => d.Code).HasMaxLength(60);
            e.Property(d => d.ApplicantName).HasMaxLength(200);
            e.Property(d => d.ApplicantPhone).HasMaxLength(20);
            e.Property(d => d.ApplicantSearch).HasMaxLength(200);
            e.Property(d => d.PhoneDigits).HasMaxLength(20);
            e.HasIndex(d => new { d.TenantId, d.ApplicantSearch });
            e.HasIndex(d => new { d.TenantId, d.PhoneDigits });
            e.Ignore(d => d.ActiveEvents);
            e.Ignore(d => d.Stage);
            e.HasMany(d => d.Events).WithOne().HasForeignKey(x => new { x.TenantId, x.DossierId }).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(d => d.Supplements).WithOne().HasForeignKey(s => new { s.TenantId, s.DossierId }).OnDelete(DeleteBehavior.Cascade);
            e.Property(d => d.SourceName).HasMaxLength(100);
            e.Property(d => d.RowHash).HasMaxLength(64);
            e.Property(d => d.LookupKey).HasMaxLength(LookupKeys.Length);
            // The public lookup searches every commune by key.
            e.HasIndex(d => d.LookupKey).IsUnique();
            e.Property(d => d.Channel).HasConversion<string>().HasMaxLength(10);
            e.Property(d => d.ApplicantEmail).HasMaxLength(200);
            e.Property(d => d.Summary).HasMaxLength(1000);
            e.Property(d => d.HandlingUnitName).HasMaxLength(200);
            e.Property(d => d.PortalListsJson).HasMaxLength(20000);
            e.HasOne<Procedure>().WithMany().HasForeignKey(d => new { d.TenantId, d.ProcedureId }).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Unit>().WithMany().HasForeignKey(d => new { d.TenantId, d.UnitId }).OnDelete(DeleteBehavior.Restrict);
            if (postgres)
            {
                // Local Vietnam time with Kind=Unspecified: Npgsql refuses it for timestamptz, so keep it zone-less.
                foreach (var p in new[] { nameof(Dossier.ReceivedAt), nameof(Dossier.ProcessedAt), nameof(Dossier.ReturnedAt), nameof(Dossier.RejectedAt), nameof(Dossier.WithdrawnAt) })
                {
                    e.Property(p).HasColumnType("timestamp without time zone");
                }
            }
        });

        builder.Entity<DossierSupplement>(e =>
        {
            e.HasKey(s => new { s.TenantId, s.Id });
            e.HasIndex(s => new { s.TenantId, s.DossierId });
            e.Property(s => s.Content).HasMaxLength(1000);
            if (postgres)
            {
                e.Property(s => s.RequestedAt).HasColumnType("timestamp without time zone");
                e.Property(s => s.SuppliedAt).HasColumnType("timestamp without time zone");
                e.Property(s => s.AppointmentBefore).HasColumnType("timestamp without time zone");
                e.Property(s => s.AppointmentAfter).HasColumnType("timestamp without time zone");
            }
        });

        builder.Entity<DossierEvent>(e =>
        {
            e.HasKey(x => new { x.TenantId, x.Id });
            e.HasIndex(x => new { x.TenantId, x.DossierId });
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.VoidReason).HasMaxLength(500);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.Property(x => x.VoidedBy).HasMaxLength(256);
            e.HasOne<Unit>().WithMany().HasForeignKey(x => new { x.TenantId, x.FromUnitId }).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Unit>().WithMany().HasForeignKey(x => new { x.TenantId, x.ToUnitId }).OnDelete(DeleteBehavior.Restrict);
            if (postgres)
            {
                e.Property(x => x.At).HasColumnType("timestamp without time zone");
            }
        });

        LookupAttempt.Configure(builder);

        builder.Entity<ImportMapping>(e =>
        {
            e.HasKey(m => new { m.TenantId, m.Id });
            e.HasIndex(m => new { m.TenantId, m.SourceName }).IsUnique();
            e.Property(m => m.SourceName).HasMaxLength(100);
            e.Property(m => m.ColumnsJson).HasMaxLength(4000);
        });
    }
}
