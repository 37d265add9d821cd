using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

/// <summary>An emulation movement (phong trào thi đua) launched by a commune for a year or a period.</summary>
public sealed class Movement : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Title { get; set; } = "";
    public int StartYear { get; set; }
    public int EndYear { get; set; }
    public string IssuingBody { get; set; } = "";
    public string? DocumentNumber { get; set; }
    public string? SourceDocument { get; set; }

    public string PeriodText => StartYear == EndYear ? $"Năm {StartYear}" : $"Giai đoạn {StartYear} - {EndYear}";
}
