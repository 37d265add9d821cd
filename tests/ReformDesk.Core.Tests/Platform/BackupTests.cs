using System.IO.Compression;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Platform;

/// <summary>Backup and restore of a SQLite commune with its data-protection keys: the round trip, and every refusal that protects existing files.</summary>
public sealed class BackupTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);
    private readonly string root = Directory.CreateTempSubdirectory("reformdesk-backup-test-").FullName;

    private string In(params string[] parts) => Path.Combine([root, .. parts]);

    private static string SqliteAt(string path) => $"Data Source={path};Pooling=False";

    private string KeysFolder(params string[] names)
    {
        var folder = In("keys");
        Directory.CreateDirectory(folder);
        foreach (var name in names) File.WriteAllText(Path.Combine(folder, name), $"<key id=\"{name}\" />");
        return folder;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task A_restored_backup_holds_the_same_commune_an_intact_audit_chain_and_the_keys()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await commune.UnitAsync("Phòng Kinh tế");
        await commune.UnitAsync("Văn phòng HĐND và UBND");
        var keys = KeysFolder("key-b.xml", "key-a.xml", "notes.txt");

        Assert.Equal(2, Backup.Create(commune.Options.ConnectionString, keys, In("out", "sao-luu.zip")));
        using (var zip = ZipFile.OpenRead(In("out", "sao-luu.zip")))
        {
            Assert.Equal(["reformdesk.db", "keys/key-a.xml", "keys/key-b.xml"], zip.Entries.Select(e => e.FullName));
        }

        var restoredKeys = In("restored", "keys");
        Assert.Equal(2, Backup.Restore(In("out", "sao-luu.zip"), SqliteAt(In("restored", "data", "reformdesk.db")), restoredKeys));
        Assert.Equal(["key-a.xml", "key-b.xml"], Directory.EnumerateFiles(restoredKeys).Select(Path.GetFileName).Order());
        Assert.Equal("<key id=\"key-a.xml\" />", await File.ReadAllTextAsync(Path.Combine(restoredKeys, "key-a.xml")));

        var restored = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = SqliteAt(In("restored", "data", "reformdesk.db")) };
        await using var db = Storage.CreateContext(restored, TenantContext.ForTenant(commune.TenantId, "test"), commune.Clock);
        Assert.Equal(["Phòng Kinh tế", "Văn phòng HĐND và UBND"], await db.Units.OrderBy(u => u.Name).Select(u => u.Name).ToListAsync());
        var report = Assert.Single(await AuditChain.VerifyAsync(db, commune.TenantId));
        Assert.Equal(("HP-THD", true), (report.Code, report.Intact));
        Assert.True(report.LastSequence >= 2);

        // The restored database goes on where the original stopped.
        db.Units.Add(new ReformDesk.Core.Organisation.Unit { Name = "Trung tâm Phục vụ hành chính công" });
        await db.SaveChangesAsync();
        Assert.True(Assert.Single(await AuditChain.VerifyAsync(db, commune.TenantId)).Intact);
    }

    [Fact]
    public async Task A_backup_is_a_copy_later_writes_to_the_live_database_do_not_reach()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await commune.UnitAsync("Phòng Kinh tế");
        Assert.Equal(0, Backup.Create(commune.Options.ConnectionString, In("no-keys-here"), In("a.zip")));
        await commune.UnitAsync("Phòng Văn hóa - Xã hội");

        Assert.Equal(0, Backup.Restore(In("a.zip"), SqliteAt(In("r.db")), In("r-keys")));
        Assert.Empty(Directory.EnumerateFiles(In("r-keys")));
        await using var db = Storage.CreateContext(new DatabaseOptions { ConnectionString = SqliteAt(In("r.db")) }, TenantContext.ForTenant(commune.TenantId, "test"), commune.Clock);
        Assert.Equal(["Phòng Kinh tế"], await db.Units.Select(u => u.Name).ToListAsync());
    }

    [Fact]
    public async Task An_existing_backup_file_is_never_overwritten()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await File.WriteAllTextAsync(In("cu.zip"), "bản cũ");
        var e = Assert.Throws<IOException>(() => Backup.Create(commune.Options.ConnectionString, KeysFolder("k.xml"), In("cu.zip")));
        Assert.Equal($"Tệp đích đã tồn tại: {In("cu.zip")}", e.Message);
        Assert.Equal("bản cũ", await File.ReadAllTextAsync(In("cu.zip")));
    }

    [Fact]
    public async Task A_restore_over_an_existing_database_is_refused_and_touches_no_key()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        Backup.Create(commune.Options.ConnectionString, KeysFolder("k.xml"), In("a.zip"));
        await File.WriteAllTextAsync(In("live.db"), "dữ liệu đang chạy");

        var e = Assert.Throws<IOException>(() => Backup.Restore(In("a.zip"), SqliteAt(In("live.db")), In("live-keys")));
        Assert.Equal($"Cơ sở dữ liệu đích đã tồn tại: {In("live.db")}. Dừng ứng dụng, chuyển tệp đó sang chỗ khác rồi khôi phục lại.", e.Message);
        Assert.Equal("dữ liệu đang chạy", await File.ReadAllTextAsync(In("live.db")));
        Assert.False(Directory.Exists(In("live-keys")));
    }

    [Fact]
    public void A_zip_without_the_database_is_not_a_backup()
    {
        using (var zip = ZipFile.Open(In("khac.zip"), ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("keys/k.xml").Open());
            writer.Write("<key />");
        }

        var e = Assert.Throws<InvalidDataException>(() => Backup.Restore(In("khac.zip"), SqliteAt(In("r.db")), In("r-keys")));
        Assert.Equal($"Tệp {In("khac.zip")} không phải bản sao lưu ReformDesk: thiếu reformdesk.db.", e.Message);
        Assert.False(File.Exists(In("r.db")));
        Assert.False(Directory.Exists(In("r-keys")));
    }

    [Fact]
    public async Task Restored_keys_join_those_already_there_and_only_key_files_are_taken()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        Backup.Create(commune.Options.ConnectionString, KeysFolder("k1.xml"), In("a.zip"));
        using (var zip = ZipFile.Open(In("a.zip"), ZipArchiveMode.Update))
        {
            foreach (var (name, text) in new[] { ("keys/k2.XML", "<key 2 />"), ("keys/readme.txt", "x"), ("other/k3.xml", "<key 3 />") })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        var target = In("target-keys");
        Directory.CreateDirectory(target);
        await File.WriteAllTextAsync(Path.Combine(target, "k1.xml"), "<key id=\"k1.xml\" /> đã có");
        await File.WriteAllTextAsync(Path.Combine(target, "k0.xml"), "<key 0 />");

        Assert.Equal(2, Backup.Restore(In("a.zip"), SqliteAt(In("r.db")), target));
        Assert.Equal(["k0.xml", "k1.xml", "k2.XML"], Directory.EnumerateFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // A key file is named by its key id: the one already there is kept as it is.
        Assert.Equal("<key id=\"k1.xml\" /> đã có", await File.ReadAllTextAsync(Path.Combine(target, "k1.xml")));
    }

    [Fact]
    public async Task A_key_entry_naming_other_folders_is_restored_inside_the_keys_folder_only()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        Backup.Create(commune.Options.ConnectionString, KeysFolder("k1.xml"), In("a.zip"));
        using (var zip = ZipFile.Open(In("a.zip"), ZipArchiveMode.Update))
        {
            foreach (var name in new[] { "keys/../../ra-ngoai.xml", "keys/thu-muc/k2.xml", "keys/" })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<key />");
            }
        }

        var target = In("restore", "keys");
        Assert.Equal(3, Backup.Restore(In("a.zip"), SqliteAt(In("restore", "r.db")), target));
        Assert.Equal(["k1.xml", "k2.xml", "ra-ngoai.xml"], Directory.EnumerateFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // "keys/../../" from the keys folder would be the backup folder itself.
        Assert.False(File.Exists(In("ra-ngoai.xml")) || File.Exists(In("restore", "ra-ngoai.xml")));
    }

    [Fact]
    public async Task Only_the_key_files_at_the_top_of_the_keys_folder_are_backed_up_in_name_order()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var keys = KeysFolder("key-c.xml", "key-a.xml", "key-b.xml.bak");
        Directory.CreateDirectory(Path.Combine(keys, "cu"));
        await File.WriteAllTextAsync(Path.Combine(keys, "cu", "key-old.xml"), "<key />");

        Assert.Equal(2, Backup.Create(commune.Options.ConnectionString, keys, In("a.zip")));
        using var zip = ZipFile.OpenRead(In("a.zip"));
        Assert.Equal(["reformdesk.db", "keys/key-a.xml", "keys/key-c.xml"], zip.Entries.Select(e => e.FullName));
        Assert.Equal("<key id=\"key-c.xml\" />", await new StreamReader(zip.GetEntry("keys/key-c.xml")!.Open()).ReadToEndAsync());
    }
}
