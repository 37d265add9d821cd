using System.IO.Compression;
using Microsoft.Data.Sqlite;

namespace ReformDesk.Core.Platform;

/// <summary>
/// What a restore needs, in one zip: <c>reformdesk.db</c> (a consistent online copy of the SQLite database) and
/// <c>keys/</c> (the data-protection keys that encrypt sign-in cookies and antiforgery tokens; without them every
/// session ends and every open form fails after a restore). The zip holds those keys in clear: keep it as secret as
/// the database.
/// </summary>
public static class Backup
{
    public const string DatabaseEntry = "reformdesk.db";
    public const string KeysPrefix = "keys/";

    /// <summary>Writes the zip; returns how many key files went in. Never overwrites an existing file.</summary>
    public static int Create(string connectionString, string keysFolder, string destinationZip)
    {
        var destination = Path.GetFullPath(destinationZip);
        if (File.Exists(destination))
        {
            throw new IOException($"Tệp đích đã tồn tại: {destination}");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        var copy = Path.Combine(Path.GetTempPath(), "reformdesk-backup-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            Storage.BackupSqlite(connectionString, copy);
            SqliteConnection.ClearAllPools();
            using var zip = ZipFile.Open(destination, ZipArchiveMode.Create);
            zip.CreateEntryFromFile(copy, DatabaseEntry, CompressionLevel.Optimal);
            var keys = 0;
            if (Directory.Exists(keysFolder))
            {
                foreach (var file in Directory.EnumerateFiles(keysFolder, "*.xml").Order())
                {
                    zip.CreateEntryFromFile(file, KeysPrefix + Path.GetFileName(file), CompressionLevel.Optimal);
                    keys++;
                }
            }

            return keys;
        }
        finally
        {
            File.Delete(copy);
        }
    }

    /// <summary>
    /// Puts the database where <paramref name="connectionString"/> points (refusing to replace an existing one: stop the
    /// application and move it aside first) and adds the keys to <paramref name="keysFolder"/>. Returns the key count.
    /// </summary>
    public static int Restore(string zipPath, string connectionString, string keysFolder)
    {
        var database = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
        if (File.Exists(database))
        {
            throw new IOException($"Cơ sở dữ liệu đích đã tồn tại: {database}. Dừng ứng dụng, chuyển tệp đó sang chỗ khác rồi khôi phục lại.");
        }

        using var zip = ZipFile.OpenRead(Path.GetFullPath(zipPath));
        var db = zip.GetEntry(DatabaseEntry) ?? throw new InvalidDataException($"Tệp {zipPath} không phải bản sao lưu ReformDesk: thiếu {DatabaseEntry}.");
        var keyEntries = zip.Entries.Where(e => e.FullName.StartsWith(KeysPrefix, StringComparison.Ordinal) && e.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)).ToList();

        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        db.ExtractToFile(database);
        Directory.CreateDirectory(keysFolder);
        foreach (var entry in keyEntries)
        {
            // A key file is named by its key id: one already there is the same key.
            var target = Path.Combine(keysFolder, entry.Name);
            if (!File.Exists(target)) entry.ExtractToFile(target);
        }

        return keyEntries.Count;
    }
}
