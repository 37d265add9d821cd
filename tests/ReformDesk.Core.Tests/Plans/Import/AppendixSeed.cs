namespace ReformDesk.Core.Tests.Plans.Import;

/// <summary>
/// Tìm tệp mẫu trong thư mục shared/seeds: đi ngược lên từ AppContext.BaseDirectory đến thư mục có chứa "shared/seeds"
/// (kho mã ở /work/main, shared ở /work/shared; trên CI là bản clone với shared/ nằm cạnh).
/// </summary>
internal static class AppendixSeed
{
    public const string PlanPrefix = "002_";

    public static string Path(string prefix)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var seeds = System.IO.Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(seeds))
            {
                var match = Directory.GetFiles(seeds, prefix + "*").OrderBy(f => f, StringComparer.Ordinal).FirstOrDefault();
                if (match is not null)
                {
                    return match;
                }
            }

            dir = dir.Parent;
        }

        throw new FileNotFoundException(
            $"Không tìm thấy tệp mẫu '{prefix}*' trong thư mục shared/seeds nào phía trên {AppContext.BaseDirectory}.");
    }

    public static string ReadText(string prefix) => File.ReadAllText(Path(prefix));

    /// <summary>Các dòng của bảng phụ lục trong tệp mẫu, từ dòng tiêu đề đầu tiên đến hết (giữ dòng trống = ngắt trang).</summary>
    public static IReadOnlyList<string> AppendixLines(string prefix = PlanPrefix)
    {
        var lines = ReadText(prefix).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var appendix = Array.FindIndex(lines, l => l.Trim() == "Phụ lục");
        var header = Array.FindIndex(lines, appendix, l => l.StartsWith("TT\t", StringComparison.Ordinal));
        return lines[header..].ToList();
    }
}
