using Microsoft.EntityFrameworkCore;

namespace ReformDesk.Core.Dossiers;

/// <summary>
/// One indicator's points and threshold in one version of the Decision 766 index. A version is every row with the same
/// (<see cref="ProvinceId"/>, <see cref="EffectiveFrom"/>): the national official values have no province; a province's
/// administrators add their own versions. A period is scored with the version in force on its last day (<see cref="Index766Weights.InForce"/>).
/// </summary>
public sealed class IndexWeight
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Null: the national official values.</summary>
    public Guid? ProvinceId { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>"2.1", "3.3", …</summary>
    public string Code { get; set; } = "";

    public int Group { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Full points; 0 for a monitored indicator (2.2).</summary>
    public decimal MaxPoints { get; set; }

    /// <summary>Rate in percent from which the full points are given; below it, rate × points ÷ threshold. Null: monitored, not scored.</summary>
    public decimal? Threshold { get; set; }

    /// <summary>Where the values come from (the Decision, a provincial notice).</summary>
    public string? Source { get; set; }

    internal static void Configure(ModelBuilder builder)
    {
        builder.Entity<IndexWeight>(e =>
        {
            e.HasKey(w => w.Id);
            e.HasIndex(w => new { w.ProvinceId, w.EffectiveFrom, w.Code }).IsUnique();
            e.Property(w => w.Code).HasMaxLength(10);
            e.Property(w => w.Name).HasMaxLength(300);
            e.Property(w => w.Source).HasMaxLength(200);
            e.Property(w => w.MaxPoints).HasPrecision(6, 2);
            e.Property(w => w.Threshold).HasPrecision(6, 2);
            e.HasOne<Organisation.Tenant>().WithMany().HasForeignKey(w => w.ProvinceId).OnDelete(DeleteBehavior.Cascade);
            e.HasData(Index766Catalogue.Official.Select((i, n) => new IndexWeight
            {
                Id = new Guid($"76600000-0000-0000-0000-{n + 1:000000000000}"),
                ProvinceId = null,
                EffectiveFrom = Index766Catalogue.DecisionDate,
                Code = i.Code,
                Group = i.Group,
                Name = i.Name,
                MaxPoints = i.MaxPoints,
                Threshold = i.Threshold,
                Source = Index766Catalogue.DecisionSource,
            }));
        });
    }
}

/// <summary>An indicator of the index with its official points (see docs/indicators.md §7 for the sources).</summary>
public sealed record Index766Indicator(string Code, int Group, string Name, decimal MaxPoints, decimal? Threshold);

/// <summary>The Decision 766/QĐ-TTg index: groups, indicators and the official points the database is seeded with.</summary>
public static class Index766Catalogue
{
    public static readonly DateOnly DecisionDate = new(2022, 6, 23);
    public const string DecisionSource = "Quyết định 766/QĐ-TTg ngày 23/6/2022";

    public static readonly IReadOnlyDictionary<int, string> Groups = new Dictionary<int, string>
    {
        [1] = "Công khai, minh bạch",
        [2] = "Tiến độ, kết quả giải quyết",
        [3] = "Cung cấp dịch vụ trực tuyến",
        [4] = "Số hóa hồ sơ",
        [5] = "Mức độ hài lòng",
    };

    public static readonly IReadOnlyList<Index766Indicator> Official =
    [
        new("1.1", 1, "Công bố, công khai thủ tục hành chính đúng hạn", 6, 100),
        new("1.2", 1, "Cập nhật thủ tục hành chính vào Cơ sở dữ liệu quốc gia đúng hạn", 4, 100),
        new("1.3", 1, "Công khai đầy đủ thủ tục hành chính", 2, 100),
        new("1.4", 1, "Đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia", 6, 100),
        new("2.1", 2, "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", 20, 100),
        new("2.2", 2, "Thời gian giải quyết trung bình (ngày làm việc, theo dõi)", 0, null),
        new("3.1", 3, "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến", 4, 80),
        new("3.2", 3, "Dịch vụ công trực tuyến tích hợp trên Cổng Dịch vụ công quốc gia", 4, 100),
        new("3.3", 3, "Tỷ lệ hồ sơ nộp trực tuyến", 4, 50),
        new("3.4", 3, "Thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia (cấp tỉnh)", 2, 100),
        new("3.5", 3, "Tỷ lệ thủ tục có phí, lệ phí tích hợp thanh toán trực tuyến", 4, 80),
        new("3.6", 3, "Tỷ lệ hồ sơ thanh toán trực tuyến", 4, 100),
        new("4.1", 4, "Tỷ lệ hồ sơ cấp kết quả điện tử", 6, 100),
        new("4.2", 4, "Tỷ lệ hồ sơ được số hóa", 4, 80),
        new("4.3", 4, "Tỷ lệ hồ sơ khai thác, sử dụng lại dữ liệu số hóa", 2, 80),
        new("4.4", 4, "Tỷ lệ hồ sơ kết nối kho dữ liệu của công dân", 4, 100),
        new("4.5", 4, "Tỷ lệ hồ sơ sử dụng Cơ sở dữ liệu quốc gia về dân cư (VNeID)", 4, 100),
        new("4.6", 4, "Cấp bản sao điện tử có chứng thực", 2, 100),
        new("5.2", 5, "Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn", 6, 100),
        new("5.3", 5, "Mức độ hài lòng trong xử lý phản ánh, kiến nghị", 6, 100),
        new("5.4", 5, "Mức độ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính", 6, 90),
    ];
}
