using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Plans;

namespace ReformDesk.Core.Platform;

/// <summary>Filters of the audit page; dates are days in Vietnam, both ends included.</summary>
public sealed record AuditFilter(string? User = null, DateOnly? From = null, DateOnly? To = null, string? Entity = null, int Page = 1);

/// <summary>One field of one change, values already readable ("(trống)", "Có", dd/MM/yyyy…).</summary>
public sealed record AuditChange(string Field, string? Before, string? After);

public sealed record AuditRow(AuditEntry Entry, string EntityName, IReadOnlyList<AuditChange> Changes);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Page, bool HasMore);

/// <summary>The current commune's audit log, a page at a time, in chain order, and the check of its chain.</summary>
public sealed class AuditLogService(ReformDeskDbContext db)
{
    public const int PageSize = 50;
    private const int MaxPage = 100_000;
    private const int MaxValueLength = 300;
    private const int MaxListItems = 10;
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public async Task<AuditPage> ListAsync(AuditFilter filter, CancellationToken ct = default)
    {
        var page = Math.Clamp(filter.Page, 1, MaxPage);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim();
            query = query.Where(a => a.UserName.Contains(user));
        }

        if (!string.IsNullOrEmpty(filter.Entity))
        {
            query = query.Where(a => a.Entity == filter.Entity);
        }

        if (filter.From is { } from)
        {
            var since = VietnamMidnightUtc(from);
            query = query.Where(a => a.AtUtc >= since);
        }

        if (filter.To is { } to)
        {
            var before = VietnamMidnightUtc(to.AddDays(1));
            query = query.Where(a => a.AtUtc < before);
        }

        var rows = await query.OrderByDescending(a => a.Sequence).ThenByDescending(a => a.AtUtc)
            .Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        return new AuditPage(rows.Take(PageSize).Select(Describe).ToList(), page, rows.Count > PageSize);
    }

    /// <summary>The newest <paramref name="take"/> entries (1–1,000), optionally of one entity type, as stored (the JSON API).</summary>
    public Task<List<AuditEntry>> LatestAsync(string? entity, int take, CancellationToken ct = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(entity)) query = query.Where(a => a.Entity == entity);
        return query.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).Take(Math.Clamp(take, 1, 1000)).ToListAsync(ct);
    }

    /// <summary>The current commune's chain, walked from its first entry.</summary>
    public async Task<AuditChainReport> VerifyAsync(CancellationToken ct = default)
    {
        var tenant = db.Tenant.TenantId ?? throw new InvalidOperationException("Verifying the audit chain needs a commune.");
        return (await AuditChain.VerifyAsync(db, tenant, ct)).Single();
    }

    public static AuditRow Describe(AuditEntry entry) => new(entry, AuditNames.Entity(entry.Entity), Changes(entry));

    /// <summary>Field by field: for an update the fields that changed, for a creation or deletion every stored field.</summary>
    public static IReadOnlyList<AuditChange> Changes(AuditEntry entry)
    {
        var before = Fields(entry.Before);
        var after = Fields(entry.After);
        if (before is null && after is null)
        {
            return [];
        }

        var names = (before?.Keys ?? Enumerable.Empty<string>()).Union(after?.Keys ?? Enumerable.Empty<string>()).ToList();
        return names.Select(name => new AuditChange(
                AuditNames.Field(name),
                before is null ? null : Value(name, before.GetValueOrDefault(name)),
                after is null ? null : Value(name, after.GetValueOrDefault(name))))
            .ToList();
    }

    private static Dictionary<string, JsonElement>? Fields(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
                : new Dictionary<string, JsonElement> { ["Value"] = document.RootElement.Clone() };
        }
        catch (JsonException)
        {
            return new Dictionary<string, JsonElement> { ["Value"] = JsonSerializer.SerializeToElement(json) };
        }
    }

    private static string Value(string field, JsonElement value)
    {
        if (AuditNames.Secrets.Contains(field)) return value.ValueKind == JsonValueKind.Null ? "(trống)" : "(đã ẩn)";
        return value.ValueKind switch
        {
            JsonValueKind.Undefined or JsonValueKind.Null => "(trống)",
            JsonValueKind.True => "Có",
            JsonValueKind.False => "Không",
            JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole.ToString("N0", Vi) : value.GetDouble().ToString("0.####", Vi),
            JsonValueKind.String => Text(field, value.GetString()!),
            JsonValueKind.Array => List(field, value),
            _ => Shorten(value.GetRawText()),
        };
    }

    private static string List(string field, JsonElement array)
    {
        var items = array.EnumerateArray().Select(v => Value(field, v)).ToList();
        var shown = string.Join(", ", items.Take(MaxListItems));
        return items.Count > MaxListItems ? $"{shown} … (tổng {items.Count.ToString("N0", Vi)})" : shown;
    }

    private static string Text(string field, string text)
    {
        if (DateTime.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment))
        {
            return field.EndsWith("Utc", StringComparison.Ordinal) ? VietnamTime.DateTimeText(moment) : moment.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
        }

        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return VietnamTime.Date(day);
        }

        return Shorten(text);
    }

    private static string Shorten(string text) => text.Length <= MaxValueLength ? text : text[..MaxValueLength] + "…";

    private static DateTime VietnamMidnightUtc(DateOnly day) =>
        VietnamTime.StartOfDayUtc(day);
}
