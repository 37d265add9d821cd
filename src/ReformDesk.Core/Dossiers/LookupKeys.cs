using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace ReformDesk.Core.Dossiers;

/// <summary>
/// The citizen's lookup key printed on the receipt: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
/// drawn with the cryptographic generator: 31^12 ≈ 2^59 possibilities, far beyond guessing through a rate-limited page.
/// </summary>
public static class LookupKeys
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 12;

    public static string New() => new(RandomNumberGenerator.GetItems<char>(Alphabet, Length));

    /// <summary>The key as typed or scanned (spaces, dashes, lower case allowed); null when it cannot be a key.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null || typed.Length > 40)
        {
            return null;
        }

        var chars = typed.Where(c => c is not (' ' or '-' or '.')).Select(char.ToUpperInvariant).ToArray();
        return chars.Length == Length && chars.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? new string(chars) : null;
    }

    /// <summary>Printed in groups of four, as people copy it: ABCD-EFGH-JKMN.</summary>
    public static string Display(string key) => string.Join('-', key.Chunk(4).Select(c => new string(c)));
}

/// <summary>
/// Failed phone-digit lookups of one dossier code on one Vietnam day. Stored (not in memory) so the limit survives a restart
/// and holds across instances; not tenant-owned because the public lookup does not know the commune.
/// </summary>
public sealed class LookupAttempt
{
    public string Code { get; set; } = "";
    public DateOnly Day { get; set; }
    public int Failures { get; set; }

    internal static void Configure(ModelBuilder builder) => builder.Entity<LookupAttempt>(e =>
    {
        e.HasKey(a => new { a.Code, a.Day });
        e.Property(a => a.Code).HasMaxLength(60);
    });
}
