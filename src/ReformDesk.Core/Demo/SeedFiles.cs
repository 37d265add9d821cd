namespace ReformDesk.Core.Demo;

/// <summary>Bound from the "Demo" configuration section.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }
    public string? SeedsFolder { get; set; }

    /// <summary>Demo dossiers generated per commune (0 = none); tests use a few hundred to stay fast.</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 1_000_000, ErrorMessage = "Demo:DossiersPerCommune phải từ 0 đến 1.000.000 hồ sơ mỗi xã.")]
    public int DossiersPerCommune { get; set; } = 5000;
}

/// <summary>
/// Finds the seed documents (../shared/seeds beside the repository) at run time, so demo plans are imported
/// from the real documents rather than a copy. Missing seeds only mean no demo plan.
/// </summary>
public static class SeedFiles
{
    public static string? Folder(string? configured = null)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured) ? configured : null;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "seeds");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public static string? Find(string fileName, string? configured = null) =>
        Folder(configured) is { } folder && File.Exists(Path.Combine(folder, fileName)) ? Path.Combine(folder, fileName) : null;
}
