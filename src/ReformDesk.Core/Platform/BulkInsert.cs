using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace ReformDesk.Core.Platform;

/// <summary>
/// Inserts many new rows of one entity type without the change tracker: one prepared INSERT reused per row on SQLite,
/// binary COPY on PostgreSQL. Columns, names and value conversions come from the EF model, so the rows read back through
/// EF exactly as if EF had written them. It bypasses <see cref="TenantSaveInterceptor"/>: the tenant guard is repeated
/// here, and the caller adds the audit entry (one per batch) to the DbContext and saves it in the same transaction, so
/// <see cref="TenantSaveInterceptor"/> links it into the audit chain. Audit entries themselves are never bulk-inserted.
/// </summary>
public static class BulkInsert
{
    public static async Task InsertAsync<T>(ReformDeskDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct = default)
        where T : class, ITenantOwned
    {
        if (typeof(T) == typeof(AuditEntry)) throw new InvalidOperationException("Audit entries go through SaveChanges, which links them into the audit chain.");
        if (rows.Count == 0) return;
        Guard(db.Tenant, rows);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var tableName = entity.GetTableName()!;
        var table = StoreObjectIdentifier.Table(tableName, entity.GetSchema());
        var columns = entity.GetProperties()
            .Select(p => new Column(p, p.GetColumnName(table)!, p.GetRelationalTypeMapping()))
            .ToArray();
        var columnList = string.Join(", ", columns.Select(c => Quote(c.Name)));

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            if (connection is NpgsqlConnection npgsql)
            {
                await CopyAsync(npgsql, tableName, columnList, columns, rows, ct);
            }
            else
            {
                // Without the caller's transaction, one of its own: a row the database refuses leaves none of the batch behind,
                // as COPY does on PostgreSQL (and the batch commits once instead of once per row).
                await using var own = transaction is null ? await connection.BeginTransactionAsync(ct) : null;
                Insert(connection, transaction ?? own, tableName, columnList, columns, rows);
                if (own is not null) await own.CommitAsync(ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Keeps the connection open for a long run of bulk writes (a whole import). On SQLite it also raises the page cache
    /// (the dossier table's indexes take random keys), keeps temporary b-trees in memory and lets WAL commits skip the
    /// fsync (synchronous=NORMAL: a power cut may lose the last batches, never corrupt the file; the import is resumable);
    /// the connection's settings are put back when the session ends, as it returns to the pool.
    /// </summary>
    public static async Task<IAsyncDisposable> SessionAsync(ReformDeskDbContext db, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        if (db.Database.GetDbConnection() is not Microsoft.Data.Sqlite.SqliteConnection sqlite) return new Session(db, null);
        var before = new Dictionary<string, object?>();
        foreach (var (pragma, value) in SessionPragmas)
        {
            using var read = sqlite.CreateCommand();
            read.CommandText = $"PRAGMA {pragma}";
            before[pragma] = read.ExecuteScalar();
            using var set = sqlite.CreateCommand();
            set.CommandText = $"PRAGMA {pragma} = {value}";
            set.ExecuteNonQuery();
        }

        return new Session(db, before);
    }

    private static readonly (string Pragma, string Value)[] SessionPragmas = [("cache_size", "-131072"), ("temp_store", "2"), ("synchronous", "1")];

    private sealed class Session(ReformDeskDbContext db, Dictionary<string, object?>? before) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (before is not null && db.Database.GetDbConnection() is Microsoft.Data.Sqlite.SqliteConnection sqlite)
            {
                foreach (var (pragma, value) in before)
                {
                    using var reset = sqlite.CreateCommand();
                    reset.CommandText = $"PRAGMA {pragma} = {Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)}";
                    reset.ExecuteNonQuery();
                }
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Guard<T>(TenantContext tenant, IReadOnlyCollection<T> rows) where T : ITenantOwned
    {
        if (tenant.IsSystem)
        {
            if (tenant.IsReadOnly) throw new TenantViolationException("Phạm vi xem số liệu của tỉnh chỉ được đọc, không được ghi.");
            if (rows.Any(r => r.TenantId == Guid.Empty)) throw new TenantViolationException("Bản ghi chưa gắn với xã/phường nào.");
            return;
        }

        if (tenant.TenantId is not { } current) throw new TenantViolationException("Không xác định được xã/phường đang làm việc; không thể ghi dữ liệu.");
        if (tenant.IsReadOnly) throw new TenantViolationException("Tài khoản chỉ có quyền xem dữ liệu của xã/phường này.");
        if (rows.Any(r => r.TenantId != current)) throw new TenantViolationException("Không được ghi dữ liệu của xã/phường khác.");
    }

    private static void Insert<T>(DbConnection connection, DbTransaction? transaction, string tableName, string columnList, Column[] columns, IReadOnlyCollection<T> rows)
        where T : class
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {Quote(tableName)} ({columnList}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        // The type mapping configures each parameter as EF would (e.g. a Guid bound as TEXT on SQLite).
        var parameters = columns.Select((c, i) =>
        {
            var parameter = c.Mapping.CreateParameter(command, "@p" + i, null, c.Property.IsNullable);
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                parameters[i].Value = columns[i].ProviderValue(row) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string tableName, string columnList, Column[] columns, IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class
    {
        var types = columns.Select(c => StoreTypeName(c.Mapping.StoreType)).ToArray();
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {Quote(tableName)} ({columnList}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            writer.StartRow();
            for (var i = 0; i < columns.Length; i++)
            {
                if (columns[i].ProviderValue(row) is { } value) writer.Write(value, types[i]);
                else writer.WriteNull();
            }
        }

        await writer.CompleteAsync(ct);
    }

    /// <summary>"character varying(60)" → "character varying": COPY needs the type, not its length.</summary>
    private static string StoreTypeName(string storeType) => storeType.IndexOf('(') is var i and > 0 ? storeType[..i].Trim() : storeType;

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping)
    {
        private readonly Func<object, object?> get = Property.GetGetter().GetClrValue;

        public object? ProviderValue(object row)
        {
            var value = get(row);
            var converter = Mapping.Converter;
            return value is not null && converter is not null ? converter.ConvertToProvider(value) : value;
        }
    }
}
