namespace ReformDesk.Core.Tests.Plans;

/// <summary>
/// Finds the seed documents in <c>shared/seeds</c>: the repository sits beside <c>shared</c> (locally
/// /work/main next to /work/shared, in CI a clone with shared beside it), so walk up from the test binaries.
/// </summary>
public static class SeedFiles
{
    public static string Directory { get; } = FindDirectory();

    /// <summary>The seed file whose name starts with <paramref name="prefix"/>, e.g. "002_".</summary>
    public static string Path(string prefix)
    {
        var matches = System.IO.Directory.GetFiles(Directory, prefix + "*.txt");
        return matches.Length == 1
            ? matches[0]
            : throw new FileNotFoundException($"Expected one seed file starting with '{prefix}' in {Directory}, found {matches.Length}.");
    }

    public static string Read(string prefix) => File.ReadAllText(Path(prefix));

    private static string FindDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "seeds");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No shared/seeds folder above {AppContext.BaseDirectory}.");
    }
}
