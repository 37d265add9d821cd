using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace ReformDesk.Core.Platform;

/// <summary>
/// The tamper-evident audit chain: each tenant's entries are numbered 1, 2, 3… and each carries
/// SHA-256(canonical content + previous hash). Appending locks the tenant's <see cref="AuditChainHead"/> row inside the
/// saving transaction, so concurrent writers queue instead of forking the chain. See docs/adr/0030-audit-hash-chain.md.
/// </summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The hash of <paramref name="entry"/> given the previous entry's hash. Every stored field takes part.</summary>
    public static string ComputeHash(AuditEntry entry, string previousHash)
    {
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new object?[]
        {
            "rd-audit-v1",
            entry.TenantId.ToString("D"),
            entry.Sequence,
            entry.Id.ToString("D"),
            Truncate(entry.AtUtc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            entry.UserId?.ToString("D"),
            entry.UserName,
            entry.Entity,
            entry.EntityId,
            entry.Action.ToString(),
            entry.Before,
            entry.After,
            previousHash,
        });
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }

    /// <summary>PostgreSQL keeps microseconds, SQLite keeps ticks: the chain hashes what both keep.</summary>
    public static DateTime Truncate(DateTime value) => new(value.Ticks - value.Ticks % 10, value.Kind);

    /// <summary>
    /// Numbers and hashes the audit entries this save adds, per tenant, after locking each tenant's head row (in tenant
    /// order, so two savers never deadlock). Runs inside the save's transaction; returns the new heads, written once the
    /// entries themselves are saved.
    /// </summary>
    internal static async ValueTask<IReadOnlyList<AuditChainHead>> LinkAsync(ReformDeskDbContext db, IReadOnlyList<AuditEntry> added, bool async, CancellationToken ct)
    {
        var heads = new List<AuditChainHead>();
        foreach (var group in added.GroupBy(a => a.TenantId).OrderBy(g => g.Key))
        {
            var head = await LockHeadAsync(db, group.Key, async, ct);
            foreach (var entry in group)
            {
                entry.AtUtc = Truncate(entry.AtUtc);
                entry.Sequence = head.Sequence + 1;
                entry.Hash = ComputeHash(entry, head.Hash);
                head = new AuditChainHead { TenantId = group.Key, Sequence = entry.Sequence.Value, Hash = entry.Hash };
            }

            heads.Add(head);
        }

        return heads;
    }

    internal static async ValueTask WriteHeadsAsync(ReformDeskDbContext db, IReadOnlyList<AuditChainHead> heads, bool async, CancellationToken ct)
    {
        foreach (var h in heads)
        {
            FormattableString sql = $"UPDATE \"AuditChainHeads\" SET \"Sequence\" = {h.Sequence}, \"Hash\" = {h.Hash} WHERE \"TenantId\" = {h.TenantId}";
            if (async) await db.Database.ExecuteSqlAsync(sql, ct);
            else db.Database.ExecuteSql(sql);
        }
    }

    private static async ValueTask<AuditChainHead> LockHeadAsync(ReformDeskDbContext db, Guid tenantId, bool async, CancellationToken ct)
    {
        // Creating the row first gives the lock something to hold even for a tenant's first entry.
        FormattableString create = $"INSERT INTO \"AuditChainHeads\" (\"TenantId\", \"Sequence\", \"Hash\") VALUES ({tenantId}, {0L}, {Genesis}) ON CONFLICT DO NOTHING";
        if (async) await db.Database.ExecuteSqlAsync(create, ct);
        else db.Database.ExecuteSql(create);

        // SQLite: the saving transaction already holds the database's write lock (BEGIN IMMEDIATE). PostgreSQL: a row lock.
        var query = db.Database.IsNpgsql()
            ? db.AuditChainHeads.FromSql($"SELECT * FROM \"AuditChainHeads\" WHERE \"TenantId\" = {tenantId} FOR UPDATE")
            : db.AuditChainHeads.FromSql($"SELECT * FROM \"AuditChainHeads\" WHERE \"TenantId\" = {tenantId}");
        query = query.AsNoTracking();
        return async ? await query.SingleAsync(ct) : query.Single();
    }

    /// <summary>
    /// Once, right after the AuditHashChain migration and before any chained entry exists: numbers and hashes the rows
    /// written before the chain (Sequence null) in (AtUtc, Id) order, per tenant, in one transaction that lifts the
    /// no-update trigger only for that. Once a chain has started, an unchained row can only have been slipped in behind the
    /// triggers' back, so it is never sealed: verify reports it.
    /// </summary>
    public static async Task SealUnchainedAsync(ReformDeskDbContext db, CancellationToken ct = default)
    {
        var entries = db.AuditEntries.IgnoreQueryFilters();
        if (await db.AuditChainHeads.AnyAsync(ct) || !await entries.AnyAsync(a => a.Sequence == null, ct)) return;

        var provider = AuditTriggers.For(db);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(provider.DropNoUpdate, ct);
        var tenants = await entries.Where(a => a.Sequence == null).Select(a => a.TenantId).Distinct().ToListAsync(ct);
        foreach (var tenantId in tenants.Order())
        {
            var head = await LockHeadAsync(db, tenantId, async: true, ct);
            var legacy = await entries.AsNoTracking().Where(a => a.TenantId == tenantId && a.Sequence == null)
                .OrderBy(a => a.AtUtc).ThenBy(a => a.Id).ToListAsync(ct);
            foreach (var entry in legacy)
            {
                entry.Sequence = head.Sequence + 1;
                entry.Hash = ComputeHash(entry, head.Hash);
                await db.Database.ExecuteSqlAsync(
                    $"UPDATE \"AuditEntries\" SET \"Sequence\" = {entry.Sequence}, \"Hash\" = {entry.Hash} WHERE \"TenantId\" = {tenantId} AND \"Id\" = {entry.Id}", ct);
                head = new AuditChainHead { TenantId = tenantId, Sequence = entry.Sequence.Value, Hash = entry.Hash };
            }

            await WriteHeadsAsync(db, [head], async: true, ct);
        }

        await db.Database.ExecuteSqlRawAsync(provider.CreateNoUpdate, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Walks every chain (or one tenant's) from the first entry and reports, per tenant, the first broken link:
    /// a missing number (a deleted row), a hash that does not match (a rewritten or reordered row), an unchained row,
    /// or a head that is ahead of the last entry (deleted tail). Reads one row at a time.
    /// </summary>
    public static async Task<IReadOnlyList<AuditChainReport>> VerifyAsync(ReformDeskDbContext db, Guid? tenantId = null, CancellationToken ct = default)
    {
        var entries = db.AuditEntries.IgnoreQueryFilters().AsNoTracking();
        var headsQuery = db.AuditChainHeads.AsNoTracking();
        List<Guid> tenants;
        if (tenantId is { } only)
        {
            tenants = [only];
        }
        else
        {
            tenants = (await headsQuery.Select(h => h.TenantId).ToListAsync(ct))
                .Union(await entries.Select(a => a.TenantId).Distinct().ToListAsync(ct)).Order().ToList();
        }

        var registry = await db.Tenants.AsNoTracking().Where(t => tenants.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var reports = new List<AuditChainReport>();
        foreach (var id in tenants)
        {
            var head = await headsQuery.FirstOrDefaultAsync(h => h.TenantId == id, ct);
            var (count, broken, last) = await WalkAsync(entries.Where(a => a.TenantId == id && a.Sequence != null).OrderBy(a => a.Sequence), ct);
            if (broken is null)
            {
                var unchained = await entries.Where(a => a.TenantId == id && a.Sequence == null).OrderBy(a => a.AtUtc).FirstOrDefaultAsync(ct);
                if (unchained is not null)
                {
                    broken = new AuditChainBreak(null, unchained.Id, unchained.AtUtc, "mục không có số thứ tự và mã băm (được chèn ngoài ứng dụng)");
                }
                else if ((head?.Sequence ?? 0) != (last?.Sequence ?? 0) || (head?.Hash ?? Genesis) != (last?.Hash ?? Genesis))
                {
                    broken = new AuditChainBreak((last?.Sequence ?? 0) + 1, null, null,
                        $"đầu chuỗi ghi nhận mục #{head?.Sequence ?? 0} nhưng mục cuối còn lại là #{last?.Sequence ?? 0} (mục cuối đã bị xóa hoặc sửa)");
                }
            }

            registry.TryGetValue(id, out var tenant);
            reports.Add(new AuditChainReport(id, tenant?.Code, tenant?.Name ?? "Dữ liệu chung toàn hệ thống", count, last?.Sequence ?? 0, last?.Hash ?? Genesis, broken));
        }

        return reports;
    }

    private static async Task<(long Count, AuditChainBreak? Broken, AuditEntry? Last)> WalkAsync(IQueryable<AuditEntry> chain, CancellationToken ct)
    {
        long expected = 1;
        var previous = Genesis;
        AuditEntry? last = null;
        await foreach (var entry in chain.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (entry.Sequence != expected)
            {
                return (expected - 1, new AuditChainBreak(expected, entry.Id, entry.AtUtc, $"thiếu mục #{expected} (mục tiếp theo còn lại là #{entry.Sequence}): đã bị xóa"), last);
            }

            if (ComputeHash(entry, previous) != entry.Hash)
            {
                return (expected - 1, new AuditChainBreak(expected, entry.Id, entry.AtUtc, $"mã băm của mục #{expected} không khớp: nội dung, thứ tự hoặc mục trước nó đã bị sửa"), last);
            }

            previous = entry.Hash;
            last = entry;
            expected++;
        }

        return (expected - 1, null, last);
    }
}

/// <summary>One tenant's chain: how many entries check out, the last good link, and the first broken one if any.</summary>
public sealed record AuditChainReport(Guid TenantId, string? Code, string Name, long Verified, long LastSequence, string LastHash, AuditChainBreak? Break)
{
    public bool Intact => Break is null;
}

/// <summary>Where the chain breaks: the expected number, the row found there (if any) and why, in Vietnamese.</summary>
public sealed record AuditChainBreak(long? Sequence, Guid? EntryId, DateTime? AtUtc, string Reason);
