using Microsoft.EntityFrameworkCore.Migrations;

namespace ReformDesk.Core.Platform;

/// <summary>
/// Hand-written SQL for migrations that add counts to <c>DossierMonthlyCounts</c>: existing rows get the new columns as 0,
/// so every existing bucket is marked stale and the next indicator read recomputes it (<c>IndicatorService.EnsureFreshAsync</c>).
/// Same SQL on SQLite and PostgreSQL.
/// </summary>
public static class AggregateBackfill
{
    public const string MarkEveryBucketStale = """
        INSERT INTO "DossierAggregateMarks" ("TenantId", "Month", "ProcedureId")
        SELECT DISTINCT c."TenantId", c."Month", c."ProcedureId" FROM "DossierMonthlyCounts" c
        WHERE NOT EXISTS (SELECT 1 FROM "DossierAggregateMarks" m
                          WHERE m."TenantId" = c."TenantId" AND m."Month" = c."Month" AND m."ProcedureId" = c."ProcedureId");
        """;

    public static void MarkEveryBucketStaleIn(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(MarkEveryBucketStale);
}
