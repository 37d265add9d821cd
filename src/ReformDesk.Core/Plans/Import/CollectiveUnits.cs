using ReformDesk.Core.Organisation;

namespace ReformDesk.Core.Plans.Import;

/// <summary>A group of units named by a plan instead of a unit: "Các phòng, ban, ngành, đơn vị", "các tổ dân phố".</summary>
public enum CollectiveKind
{
    /// <summary>"Các phòng, ban chuyên môn", "các cơ quan chuyên môn thuộc UBND", "các bộ phận".</summary>
    AllDepartments,

    /// <summary>"Các cơ quan, đơn vị", "các phòng, ban, ngành, đơn vị", "các ban, ngành, đoàn thể".</summary>
    AllUnits,

    /// <summary>"Các đơn vị có liên quan": which ones is decided task by task.</summary>
    RelatedUnits,

    /// <summary>"Các tổ dân phố", "các thôn", "các khu phố", "các tổ trưởng tổ dân phố".</summary>
    ResidentialGroups,

    /// <summary>"Các đoàn thể", "các tổ chức chính trị - xã hội", "các hội, đoàn thể".</summary>
    MassOrganisations,

    /// <summary>"Các đơn vị sự nghiệp", "các trường học", "các trạm y tế".</summary>
    PublicServiceUnits,
}

/// <summary>
/// Recognises the collective phrases of plan appendices and says which of the commune's units they stand for.
/// A collective is stored on the task as such and never becomes a unit (docs/plans-import.md).
/// </summary>
public static class CollectiveUnits
{
    private static readonly string[] Plural = ["cac ", "nhung ", "toan bo ", "tat ca cac ", "tat ca ", "moi "];

    private static readonly string[] Residential = ["to dan pho", "thon", "khu pho", "ap", "ban", "khom", "khu dan cu", "to truong", "to dan"];

    private static readonly string[] Mass = ["doan the", "to chuc chinh tri", "hoi doan the", "hoi, doan", "cac hoi", "to chuc doan the"];

    private static readonly string[] PublicService = ["don vi su nghiep", "truong hoc", "cac truong", "tram y te", "co so giao duc"];

    private static readonly string[] Departmental = ["phong", "ban", "bo phan", "co quan chuyen mon", "phong chuyen mon", "cong chuc"];

    /// <summary>The collective a name stands for, or null when it names one unit.</summary>
    public static CollectiveKind? Recognise(string? name)
    {
        var key = UnitNameMatcher.Normalize(name);
        if (key.Length == 0)
        {
            return null;
        }

        if (key is "doan the" or "cac doan the")
        {
            return CollectiveKind.MassOrganisations;
        }

        var plural = Plural.FirstOrDefault(p => key.StartsWith(p, StringComparison.Ordinal));
        var related = key.Contains("lien quan", StringComparison.Ordinal);

        // "Đơn vị liên quan", "cơ quan có liên quan" are collectives even without "các".
        if (plural is null && !(related && StartsWithGeneric(key)))
        {
            return null;
        }

        var rest = plural is null ? key : key[plural.Length..];
        if (related)
        {
            return CollectiveKind.RelatedUnits;
        }

        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length > 0 ? words[0] : "";

        if (Residential.Any(r => rest.StartsWith(r + " ", StringComparison.Ordinal) || rest == r) && !rest.StartsWith("ban ", StringComparison.Ordinal) && !rest.StartsWith("ban nganh", StringComparison.Ordinal))
        {
            return CollectiveKind.ResidentialGroups;
        }

        if (rest.Contains("to dan pho", StringComparison.Ordinal) && !rest.Contains("nganh", StringComparison.Ordinal) && !rest.Contains("doan the", StringComparison.Ordinal))
        {
            return CollectiveKind.ResidentialGroups;
        }

        if (PublicService.Any(p => rest.StartsWith(p, StringComparison.Ordinal) || ("cac " + rest).StartsWith(p, StringComparison.Ordinal)))
        {
            return CollectiveKind.PublicServiceUnits;
        }

        if (Mass.Any(m => rest.StartsWith(m, StringComparison.Ordinal)) || rest.StartsWith("hoi ", StringComparison.Ordinal) && rest.Contains("doan", StringComparison.Ordinal))
        {
            return CollectiveKind.MassOrganisations;
        }

        // Only departments named ("các phòng, ban chuyên môn"); anything wider ("ngành, đơn vị, đoàn thể") is every unit.
        var listed = rest.Replace(" va ", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var departmentsOnly = listed.All(w => w is "phong" or "ban" or "bo" or "phan" or "chuyen" or "mon" or "co" or "quan" or "thuoc"
            or "uy" or "nhan" or "dan" or "xa" or "phuong" or "thi" or "tran" or "cong" or "chuc" or "ubnd");
        if (departmentsOnly && Departmental.Any(d => rest.StartsWith(d, StringComparison.Ordinal))
            && (first != "co" || rest.Contains("chuyen mon", StringComparison.Ordinal)))
        {
            return CollectiveKind.AllDepartments;
        }

        return StartsWithGeneric(rest) ? CollectiveKind.AllUnits : null;
    }

    private static bool StartsWithGeneric(string key) =>
        key.StartsWith("don vi", StringComparison.Ordinal) || key.StartsWith("co quan", StringComparison.Ordinal)
        || key.StartsWith("phong", StringComparison.Ordinal) || key.StartsWith("ban", StringComparison.Ordinal)
        || key.StartsWith("nganh", StringComparison.Ordinal) || key.StartsWith("to chuc", StringComparison.Ordinal)
        || key.StartsWith("bo phan", StringComparison.Ordinal) || key.StartsWith("dia phuong", StringComparison.Ordinal);

    /// <summary>The kinds of unit a collective stands for; empty for <see cref="CollectiveKind.RelatedUnits"/> (decided per task).</summary>
    public static IReadOnlyList<UnitKind> Members(CollectiveKind kind) => kind switch
    {
        CollectiveKind.AllDepartments => [UnitKind.Department],
        CollectiveKind.ResidentialGroups => [UnitKind.ResidentialGroup],
        CollectiveKind.MassOrganisations => [UnitKind.PartyOrMassOrganisation],
        CollectiveKind.PublicServiceUnits => [UnitKind.School, UnitKind.HealthStation, UnitKind.Centre],
        CollectiveKind.AllUnits => Enum.GetValues<UnitKind>(),
        _ => [],
    };

    public static string Vietnamese(CollectiveKind kind) => kind switch
    {
        CollectiveKind.AllDepartments => "Các phòng, ban chuyên môn",
        CollectiveKind.AllUnits => "Các cơ quan, đơn vị",
        CollectiveKind.RelatedUnits => "Các đơn vị có liên quan",
        CollectiveKind.ResidentialGroups => "Các thôn, tổ dân phố",
        CollectiveKind.MassOrganisations => "Các tổ chức chính trị - xã hội, đoàn thể",
        _ => "Các đơn vị sự nghiệp",
    };

    /// <summary>Stored form on a task: the kinds' names, comma-separated, in a fixed order.</summary>
    public static string Store(IEnumerable<CollectiveKind> kinds) =>
        string.Join(',', kinds.Distinct().Order().Select(k => k.ToString()));

    public static IReadOnlyList<CollectiveKind> Read(string? stored) =>
        string.IsNullOrWhiteSpace(stored)
            ? []
            : stored.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => Enum.TryParse<CollectiveKind>(s, out var k) ? k : (CollectiveKind?)null)
                .Where(k => k is not null).Select(k => k!.Value).ToList();

    /// <summary>True for text that starts in lower case and is no collective: a fragment of a list, not a unit's name.</summary>
    public static bool IsFragment(string name)
    {
        var t = name.TrimStart();
        return t.Length > 0 && char.IsLetter(t[0]) && char.IsLower(t[0]) && Recognise(t) is null;
    }
}
