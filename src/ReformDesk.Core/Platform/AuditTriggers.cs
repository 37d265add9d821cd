using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace ReformDesk.Core.Platform;

/// <summary>
/// The database triggers that keep <c>AuditEntries</c> append-only, in one place: the migration installs them, the chain
/// sealing lifts the no-update one inside its transaction, and start-up (web and CLI) refuses to run unless each exists,
/// is enabled and has exactly this definition — a trigger replaced by a harmless one of the same name is caught too.
/// </summary>
public sealed partial class AuditTriggers
{
    private const string Refusal = "AuditEntries is append-only";

    private readonly IReadOnlyDictionary<string, string> expected;

    private AuditTriggers(bool postgres, string dropNoUpdate, string createNoUpdate, IReadOnlyDictionary<string, string> expected, string install)
    {
        Postgres = postgres;
        DropNoUpdate = dropNoUpdate;
        CreateNoUpdate = createNoUpdate;
        this.expected = expected;
        Install = install;
    }

    public bool Postgres { get; }
    public string DropNoUpdate { get; }
    public string CreateNoUpdate { get; }

    /// <summary>Idempotent: drops and recreates every audit trigger (and the PostgreSQL functions).</summary>
    public string Install { get; }

    // A REPLACE deletes the conflicting row without firing delete triggers, so the insert trigger refuses an existing Id or
    // Sequence before the conflict is resolved; it also refuses a row outside the chain.
    private const string SqliteNoUpdate = $"CREATE TRIGGER AuditEntries_NoUpdate BEFORE UPDATE ON AuditEntries BEGIN SELECT RAISE(ABORT, '{Refusal}'); END";
    private const string SqliteNoDelete = $"CREATE TRIGGER AuditEntries_NoDelete BEFORE DELETE ON AuditEntries BEGIN SELECT RAISE(ABORT, '{Refusal}'); END";
    private const string SqliteInsert = $"""
        CREATE TRIGGER AuditEntries_InsertOnly BEFORE INSERT ON AuditEntries
        WHEN NEW.Sequence IS NULL OR NEW.Hash IS NULL
          OR EXISTS (SELECT 1 FROM AuditEntries WHERE TenantId = NEW.TenantId AND Id = NEW.Id)
          OR EXISTS (SELECT 1 FROM AuditEntries WHERE TenantId = NEW.TenantId AND Sequence = NEW.Sequence)
        BEGIN SELECT RAISE(ABORT, '{Refusal}'); END
        """;

    public static readonly AuditTriggers Sqlite = new(
        postgres: false,
        dropNoUpdate: "DROP TRIGGER IF EXISTS AuditEntries_NoUpdate;",
        createNoUpdate: SqliteNoUpdate + ";",
        expected: new Dictionary<string, string>
        {
            ["AuditEntries_NoUpdate"] = SqliteNoUpdate,
            ["AuditEntries_NoDelete"] = SqliteNoDelete,
            ["AuditEntries_InsertOnly"] = SqliteInsert,
        },
        install: $"""
            DROP TRIGGER IF EXISTS AuditEntries_NoUpdate;
            DROP TRIGGER IF EXISTS AuditEntries_NoDelete;
            DROP TRIGGER IF EXISTS AuditEntries_InsertOnly;
            {SqliteNoUpdate};
            {SqliteNoDelete};
            {SqliteInsert};
            """);

    private const string PgRefuseBody = $"BEGIN RAISE EXCEPTION '{Refusal}'; END;";
    private const string PgChainedBody = $"BEGIN IF NEW.\"Sequence\" IS NULL OR NEW.\"Hash\" IS NULL THEN RAISE EXCEPTION '{Refusal}'; END IF; RETURN NEW; END;";
    private const string PgNoUpdate = "CREATE TRIGGER audit_entries_no_change BEFORE DELETE OR UPDATE ON \"AuditEntries\" FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()";
    private const string PgNoTruncate = "CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON \"AuditEntries\" FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()";
    private const string PgInsert = "CREATE TRIGGER audit_entries_chained BEFORE INSERT ON \"AuditEntries\" FOR EACH ROW EXECUTE FUNCTION audit_entries_chained()";

    // On PostgreSQL an upsert's DO UPDATE fires the update trigger and COPY fires row triggers, so there is no REPLACE-like
    // hole; TRUNCATE fires no row trigger, hence its own.
    public static readonly AuditTriggers Npgsql = new(
        postgres: true,
        dropNoUpdate: "DROP TRIGGER IF EXISTS audit_entries_no_change ON \"AuditEntries\";",
        createNoUpdate: PgNoUpdate + ";",
        expected: new Dictionary<string, string>
        {
            ["audit_entries_no_change"] = PgNoUpdate + "|" + PgRefuseBody,
            ["audit_entries_no_truncate"] = PgNoTruncate + "|" + PgRefuseBody,
            ["audit_entries_chained"] = PgInsert + "|" + PgChainedBody,
        },
        install: $"""
            CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ {PgRefuseBody} $$;
            CREATE OR REPLACE FUNCTION audit_entries_chained() RETURNS trigger LANGUAGE plpgsql AS $$ {PgChainedBody} $$;
            DROP TRIGGER IF EXISTS audit_entries_no_change ON "AuditEntries";
            DROP TRIGGER IF EXISTS audit_entries_no_truncate ON "AuditEntries";
            DROP TRIGGER IF EXISTS audit_entries_chained ON "AuditEntries";
            {PgNoUpdate};
            {PgNoTruncate};
            {PgInsert};
            """);

    public static AuditTriggers For(DbContext db) => db.Database.IsNpgsql() ? Npgsql : Sqlite;

    /// <summary>Called from the AuditHashChain migration of each provider.</summary>
    public static void InstallIn(MigrationBuilder migrationBuilder, bool postgres) => migrationBuilder.Sql((postgres ? Npgsql : Sqlite).Install);

    /// <summary>Down of the AuditHashChain migration: back to the two triggers of the Initial migration.</summary>
    public static void RemoveChainTriggersIn(MigrationBuilder migrationBuilder, bool postgres) => migrationBuilder.Sql(postgres
        ? """
          DROP TRIGGER IF EXISTS audit_entries_no_truncate ON "AuditEntries";
          DROP TRIGGER IF EXISTS audit_entries_chained ON "AuditEntries";
          DROP FUNCTION IF EXISTS audit_entries_chained();
          """
        : "DROP TRIGGER IF EXISTS AuditEntries_InsertOnly;");

    /// <summary>What is wrong with the triggers as the database has them; empty when all are in place.</summary>
    public async Task<IReadOnlyList<string>> ProblemsAsync(DbContext db, CancellationToken ct = default)
    {
        var actual = Postgres
            ? await db.Database.SqlQueryRaw<TriggerRow>("""
                SELECT t.tgname AS "Name", t.tgenabled::text AS "Enabled", pg_get_triggerdef(t.oid) || '|' || p.prosrc AS "Definition"
                FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                WHERE t.tgrelid = to_regclass('"AuditEntries"') AND NOT t.tgisinternal
                """).ToListAsync(ct)
            : await db.Database.SqlQueryRaw<TriggerRow>(
                "SELECT name AS Name, 'O' AS Enabled, sql AS Definition FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'AuditEntries'").ToListAsync(ct);

        var problems = new List<string>();
        foreach (var (name, definition) in expected)
        {
            var found = actual.FirstOrDefault(t => t.Name == name);
            if (found is null)
            {
                problems.Add($"thiếu trigger {name} / trigger {name} is missing");
            }
            else if (found.Enabled is not ("O" or "A"))
            {
                problems.Add($"trigger {name} đang bị tắt / trigger {name} is disabled");
            }
            else if (Normalise(found.Definition) != Normalise(definition))
            {
                problems.Add($"trigger {name} đã bị thay đổi / trigger {name} has been altered: {found.Definition}");
            }
        }

        return problems;
    }

    /// <summary>
    /// Start-up guard for the web host and the CLI: throws (after logging in Vietnamese and English) when an audit
    /// trigger is missing, disabled or altered, so nothing runs on a database whose audit log could be rewritten.
    /// </summary>
    public static async Task EnsureAsync(DbContext db, ILogger logger, CancellationToken ct = default)
    {
        var problems = await For(db).ProblemsAsync(db, ct);
        if (problems.Count == 0) return;

        var message = "Không khởi động: nhật ký thay đổi không còn được cơ sở dữ liệu bảo vệ (chỉ-ghi-thêm) — "
                      + string.Join("; ", problems)
                      + ". Chạy lại migration (reformdesk migrate) để cài lại trigger, rồi kiểm tra nhật ký bằng `reformdesk audit verify`. "
                      + "Refusing to start: the audit log's append-only triggers are not in place; run the migrations again, then `reformdesk audit verify`.";
        logger.LogCritical("{Message}", message);
        throw new AuditTriggersMissingException(message);
    }

    // Whitespace, a trailing semicolon and the schema PostgreSQL prints before the table name do not matter.
    private static string Normalise(string? sql) => string.Join("|", (sql ?? "").Split('|').Select(part =>
        Whitespace().Replace(SchemaPrefix().Replace(part, "\"AuditEntries\""), " ").Trim().TrimEnd(';').Trim()));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("[A-Za-z_][A-Za-z0-9_]*\\.\"AuditEntries\"")]
    private static partial Regex SchemaPrefix();

    private sealed record TriggerRow(string Name, string Enabled, string? Definition);
}

public sealed class AuditTriggersMissingException(string message) : InvalidOperationException(message);
