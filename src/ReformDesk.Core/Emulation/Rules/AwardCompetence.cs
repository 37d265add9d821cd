using System.Globalization;

namespace ReformDesk.Core.Emulation.Rules;

/// <summary>
/// From <see cref="From"/> on (until a later row of the same award), <see cref="DecidedBy"/>'s Chairman decides
/// <see cref="Award"/>; null = the form is no longer given. <see cref="Source"/> is shown to users and says
/// "[cần xác minh]" where the reading of the text is not confirmed.
/// </summary>
public sealed record CompetenceRule(AwardKind Award, DateOnly? From, AwardLevel? DecidedBy, string Source)
{
    public bool Unverified => Source.Contains(AwardCompetence.Unverified, StringComparison.Ordinal);
}

/// <summary>
/// Who decides each award form on a date: a dated table (rule data), the defaults below plus any rows the deployment
/// adds under <c>Awards:Competence</c>. A later row (or a configured row on the same date) replaces an earlier one.
/// </summary>
public sealed class AwardCompetence
{
    public const string Unverified = "[cần xác minh]";

    private const string Law2003 = "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Nghị định 91/2017/NĐ-CP";
    private const string Law2022 = "Luật Thi đua, khen thưởng số 06/2022/QH15";
    private const string Decree152 = "Nghị định 152/2025/NĐ-CP (phân cấp, phân quyền thi đua, khen thưởng khi không còn cấp huyện, từ 01/7/2025)";

    private static readonly DateOnly Law2022From = new(2024, 1, 1);
    private static readonly DateOnly NoDistrictFrom = new(2025, 7, 1);

    public static readonly IReadOnlyList<CompetenceRule> Defaults =
    [
        new(AwardKind.LaoDongTienTien, null, AwardLevel.Xa, $"{Law2003} {Unverified}"),
        new(AwardKind.ChienSiThiDuaCoSo, null, AwardLevel.Huyen, $"{Law2003} {Unverified}"),
        new(AwardKind.TapTheLaoDongTienTien, null, AwardLevel.Huyen, $"{Law2003} {Unverified}"),
        new(AwardKind.TapTheLaoDongXuatSac, null, AwardLevel.Tinh, $"{Law2003} {Unverified}"),
        new(AwardKind.GiayKhenChuTichXa, null, AwardLevel.Xa, Law2003),
        new(AwardKind.GiayKhenChuTichHuyen, null, AwardLevel.Huyen, Law2003),
        new(AwardKind.BangKhenChuTichTinh, null, AwardLevel.Tinh, Law2003),

        new(AwardKind.LaoDongTienTien, Law2022From, AwardLevel.Xa, $"{Law2022}, Điều 80 khoản 3"),
        new(AwardKind.GiayKhenChuTichXa, Law2022From, AwardLevel.Xa, $"{Law2022}, Điều 80 khoản 3"),
        new(AwardKind.ChienSiThiDuaCoSo, Law2022From, AwardLevel.Huyen, $"{Law2022}, Điều 80 khoản 2"),
        new(AwardKind.TapTheLaoDongTienTien, Law2022From, AwardLevel.Huyen, $"{Law2022}, Điều 80 khoản 2"),
        new(AwardKind.GiayKhenChuTichHuyen, Law2022From, AwardLevel.Huyen, $"{Law2022}, Điều 80 khoản 2"),
        new(AwardKind.TapTheLaoDongXuatSac, Law2022From, AwardLevel.Tinh, $"{Law2022}, Điều 79"),
        new(AwardKind.BangKhenChuTichTinh, Law2022From, AwardLevel.Tinh, $"{Law2022}, Điều 79"),

        // With no district level, its Chairman's awards: our reading is that they pass to the commune Chairman.
        new(AwardKind.ChienSiThiDuaCoSo, NoDistrictFrom, AwardLevel.Xa, $"{Decree152} {Unverified}"),
        new(AwardKind.TapTheLaoDongTienTien, NoDistrictFrom, AwardLevel.Xa, $"{Decree152} {Unverified}"),
        new(AwardKind.GiayKhenChuTichHuyen, NoDistrictFrom, null, $"{Decree152}: không còn cấp huyện"),
    ];

    private readonly IReadOnlyList<CompetenceRule> rules;

    public AwardCompetence(IEnumerable<CompetenceRule>? configured = null) =>
        rules = [.. Defaults, .. configured ?? []];

    public static AwardCompetence Default { get; } = new();

    /// <summary>Every row, defaults then configured ones, as the competence page lists them.</summary>
    public IReadOnlyList<CompetenceRule> Rules => rules;

    /// <summary>The row in force on <paramref name="on"/>: latest start on or before it; on the same start the later row wins.</summary>
    public CompetenceRule For(AwardKind award, DateOnly on) =>
        rules.Select((r, i) => (Rule: r, Index: i))
            .Where(x => x.Rule.Award == award && (x.Rule.From is null || x.Rule.From <= on))
            .OrderBy(x => x.Rule.From ?? DateOnly.MinValue).ThenBy(x => x.Index)
            .Select(x => x.Rule)
            .LastOrDefault()
        ?? throw new InvalidOperationException($"No competence row for {award}.");

    public bool CommuneMayDecide(AwardKind award, DateOnly on) => For(award, on).DecidedBy == AwardLevel.Xa;

    /// <summary>Null when the commune may decide; otherwise why not, in Vietnamese, naming who decides and the source.</summary>
    public string? RefusalForCommune(AwardKind award, DateOnly on)
    {
        var rule = For(award, on);
        var name = AwardCatalogue.NameOf(award);
        return rule.DecidedBy switch
        {
            AwardLevel.Xa => null,
            null => $"“{name}” không còn được xét tặng từ ngày {VietnamDate(rule.From)} ({rule.Source}).",
            var level => $"“{name}” do {DeciderText(level)} quyết định ({rule.Source}); Ủy ban nhân dân xã chỉ lập tờ trình đề nghị cấp trên.",
        };
    }

    /// <summary>"Chủ tịch Ủy ban nhân dân tỉnh" for a level; "không còn xét tặng" for none.</summary>
    public static string DeciderText(AwardLevel? level) => level switch
    {
        AwardLevel.Xa or AwardLevel.CoSo => "Chủ tịch Ủy ban nhân dân xã",
        AwardLevel.Huyen => "Chủ tịch Ủy ban nhân dân cấp huyện",
        AwardLevel.Tinh => "Chủ tịch Ủy ban nhân dân tỉnh",
        _ => "không còn xét tặng",
    };

    private static string VietnamDate(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>Rows a deployment adds to the competence table (<c>Awards:Competence:0:Award</c> …), e.g. once a reading is confirmed.</summary>
public sealed class AwardCompetenceOptions
{
    public const string Section = "Awards";

    public List<CompetenceSetting> Competence { get; set; } = [];

    public sealed class CompetenceSetting
    {
        /// <summary>An <see cref="AwardKind"/> name, e.g. ChienSiThiDuaCoSo.</summary>
        public string? Award { get; set; }

        /// <summary>yyyy-MM-dd.</summary>
        public string? From { get; set; }

        /// <summary>Xa, Tinh, Huyen, or None (no longer given).</summary>
        public string? DecidedBy { get; set; }

        public string? Source { get; set; }
    }

    /// <summary>The configured rows, or the first problem in Vietnamese naming the row.</summary>
    public (IReadOnlyList<CompetenceRule> Rules, string? Error) Parse()
    {
        var result = new List<CompetenceRule>();
        for (var i = 0; i < Competence.Count; i++)
        {
            var s = Competence[i];
            var where = $"Awards:Competence:{i}";
            if (!Enum.TryParse<AwardKind>(s.Award, ignoreCase: false, out var award) || !Enum.IsDefined(award))
            {
                return ([], $"{where}:Award \"{s.Award}\" không phải hình thức khen thưởng đã biết ({string.Join(", ", Enum.GetNames<AwardKind>())}).");
            }

            if (!DateOnly.TryParseExact(s.From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
            {
                return ([], $"{where}:From phải là ngày dạng yyyy-MM-dd.");
            }

            AwardLevel? level = null;
            if (s.DecidedBy != "None" && (!Enum.TryParse<AwardLevel>(s.DecidedBy, ignoreCase: false, out var parsed) || parsed == AwardLevel.CoSo || !Enum.IsDefined(parsed)))
            {
                return ([], $"{where}:DecidedBy phải là Xa, Huyen, Tinh hoặc None.");
            }
            else if (s.DecidedBy != "None")
            {
                level = Enum.Parse<AwardLevel>(s.DecidedBy!);
            }

            if (string.IsNullOrWhiteSpace(s.Source))
            {
                return ([], $"{where}:Source phải ghi văn bản làm căn cứ.");
            }

            result.Add(new CompetenceRule(award, from, level, s.Source.Trim()));
        }

        return (result, null);
    }
}

/// <summary>Refuses a bad configured row at start, naming it.</summary>
public sealed class AwardCompetenceOptionsValidator : Microsoft.Extensions.Options.IValidateOptions<AwardCompetenceOptions>
{
    public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, AwardCompetenceOptions options) =>
        options.Parse().Error is { } error
            ? Microsoft.Extensions.Options.ValidateOptionsResult.Fail(error)
            : Microsoft.Extensions.Options.ValidateOptionsResult.Success;
}
