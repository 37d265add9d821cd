using Microsoft.EntityFrameworkCore;

namespace ReformDesk.Core.Calendar;

/// <summary>
/// A province's correction to the working-day calendar (a notice that moved a day off, a local holiday).
/// It belongs to the province tenant and applies to all its communes, so it is keyed by (ProvinceId, Date)
/// and read across communes; only the province's officers and system admins change it.
/// </summary>
public sealed class CalendarOverride
{
    public Guid ProvinceId { get; set; }
    public DateOnly Date { get; set; }
    public DayOffKind Kind { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The notice it comes from, e.g. "9441/TB-BNV".</summary>
    public string? Source { get; set; }

    public CalendarEntry ToEntry() => new(Date, Kind, Name);
}

internal static class CalendarModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<CalendarOverride>(e =>
        {
            e.HasKey(o => new { o.ProvinceId, o.Date });
            e.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(o => o.Name).HasMaxLength(200);
            e.Property(o => o.Source).HasMaxLength(100);
            e.HasOne<ReformDesk.Core.Organisation.Tenant>().WithMany().HasForeignKey(o => o.ProvinceId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
