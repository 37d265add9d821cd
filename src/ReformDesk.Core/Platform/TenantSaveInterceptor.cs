using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Core.Platform;

/// <summary>
/// Runs inside every SaveChanges: stamps the tenant on new rows, refuses writes outside the current
/// tenant or while read-only, refuses changes to audit rows, appends one audit entry per change
/// and links every new audit entry (its own and those callers add) into the tenant's <see cref="AuditChain"/>,
/// in the transaction <see cref="ReformDeskDbContext"/> opens around each save.
/// </summary>
public sealed class TenantSaveInterceptor(TimeProvider clock) : SaveChangesInterceptor
{

    // Vietnamese text stays readable in the log; pages HTML-encode it on display.
    private static readonly JsonSerializerOptions SnapshotJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Prepare(eventData.Context);
        LinkAsync(eventData.Context, async: false, default).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Prepare(eventData.Context);
        await LinkAsync(eventData.Context, async: true, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        WriteHeadsAsync(eventData.Context, async: false, default).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await WriteHeadsAsync(eventData.Context, async: true, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private static async ValueTask LinkAsync(DbContext? context, bool async, CancellationToken ct)
    {
        if (context is not ReformDeskDbContext db) return;
        var added = db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        db.PendingChainHeads = added.Count == 0 ? null : await AuditChain.LinkAsync(db, added, async, ct);
    }

    // The heads move only once the entries are stored, so a failed save (even inside a caller's transaction) leaves them as they were.
    private static async ValueTask WriteHeadsAsync(DbContext? context, bool async, CancellationToken ct)
    {
        if (context is not ReformDeskDbContext { PendingChainHeads: { } heads } db) return;
        db.PendingChainHeads = null;
        await AuditChain.WriteHeadsAsync(db, heads, async, ct);
    }

    private static void Forget(DbContext? context)
    {
        if (context is ReformDeskDbContext db) db.PendingChainHeads = null;
    }

    private void Prepare(DbContext? context)
    {
        if (context is not ReformDeskDbContext db)
        {
            return;
        }

        var tenant = db.Tenant;
        if (tenant is { IsSystem: true, IsReadOnly: true } && db.ChangeTracker.HasChanges())
        {
            throw new TenantViolationException("Phạm vi xem số liệu của tỉnh chỉ được đọc, không được ghi.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var audits = new List<AuditEntry>();

        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (entry.Entity is AuditChainHead)
            {
                throw new TenantViolationException("Đầu chuỗi nhật ký chỉ do ứng dụng ghi.");
            }

            if (entry.Entity is AuditEntry)
            {
                if (entry.State != EntityState.Added)
                {
                    throw new TenantViolationException("Nhật ký thay đổi chỉ được ghi thêm, không được sửa hoặc xóa.");
                }

                continue;
            }

            if (entry.Entity is ITenantOwned owned)
            {
                GuardTenant(entry, owned, tenant);
            }

            if (entry.Entity is IDerivedData)
            {
                // Recomputable from audited rows (e.g. monthly dossier counts): auditing it would only repeat those rows.
                continue;
            }

            audits.Add(ToAudit(entry, tenant, now));
        }

        db.AuditEntries.AddRange(audits);
    }

    private static void GuardTenant(EntityEntry entry, ITenantOwned owned, TenantContext tenant)
    {
        if (tenant.IsSystem)
        {
            if (owned.TenantId == Guid.Empty)
            {
                throw new TenantViolationException($"Bản ghi {entry.Metadata.ClrType.Name} chưa gắn với xã/phường nào.");
            }

            return;
        }

        if (tenant.TenantId is not { } current)
        {
            throw new TenantViolationException("Không xác định được xã/phường đang làm việc; không thể ghi dữ liệu.");
        }

        if (tenant.IsReadOnly)
        {
            throw new TenantViolationException("Tài khoản chỉ có quyền xem dữ liệu của xã/phường này.");
        }

        if (entry.State == EntityState.Added && owned.TenantId == Guid.Empty)
        {
            owned.TenantId = current;
        }

        var original = entry.State == EntityState.Added
            ? owned.TenantId
            : (Guid)entry.Property(nameof(ITenantOwned.TenantId)).OriginalValue!;
        if (owned.TenantId != current || original != current)
        {
            throw new TenantViolationException("Không được ghi dữ liệu của xã/phường khác.");
        }
    }

    private static AuditEntry ToAudit(EntityEntry entry, TenantContext tenant, DateTime now)
    {
        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Create,
            EntityState.Deleted => AuditAction.Delete,
            _ => AuditAction.Update,
        };

        return new AuditEntry
        {
            TenantId = AuditTenant(entry.Entity, tenant),
            AtUtc = now,
            UserId = tenant.UserId,
            UserName = tenant.UserName,
            Entity = entry.Metadata.ClrType.Name,
            EntityId = KeyText(entry),
            Action = action,
            Before = action == AuditAction.Create ? null : Snapshot(entry, original: true, changedOnly: action == AuditAction.Update),
            After = action == AuditAction.Delete ? null : Snapshot(entry, original: false, changedOnly: action == AuditAction.Update),
        };
    }

    // Global rows (accounts, the tenant registry) are filed under the tenant they describe.
    private static Guid AuditTenant(object entity, TenantContext tenant) => entity switch
    {
        ITenantOwned owned => owned.TenantId,
        AppUser user => user.TenantId,
        Tenant registryRow => registryRow.Id,
        Calendar.CalendarOverride calendar => calendar.ProvinceId,
        Dossiers.IndexWeight weight => weight.ProvinceId ?? Guid.Empty,
        IAuditedUnder owner => owner.AuditTenantId,
        _ => tenant.TenantId ?? Guid.Empty,
    };

    private static string KeyText(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return "";
        }

        return string.Join("|", key.Properties
            .Where(p => p.Name != nameof(ITenantOwned.TenantId))
            .Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Snapshot(EntityEntry entry, bool original, bool changedOnly)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            if (changedOnly && !property.IsModified)
            {
                continue;
            }

            var name = property.Metadata.Name;
            var value = original ? property.OriginalValue : property.CurrentValue;
            values[name] = AuditNames.Secrets.Contains(name) ? (value is null ? null : "***") : value;
        }

        return JsonSerializer.Serialize(values, SnapshotJson);
    }
}
