using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Dossiers.Import;

/// <summary>
/// Writes the commune's dossiers received in a period as the national portal's sync body
/// (<c>{"service": "DongBoHoSoMC", "data": [records]}</c>, domain.md §8), so a commune can hand its data on; importing the
/// file gives back the same records. Streams: dossiers are read and written in chunks, never all held at once.
/// </summary>
public sealed class DossierPortalExporter(ReformDeskDbContext db)
{
    private const int Chunk = 2000;

    /// <summary>Longest period one export may cover, so a mistyped year does not start a runaway file.</summary>
    public const int MaxDays = 3700;

    /// <summary>A Vietnamese error naming the field, or null when the period is valid.</summary>
    public static string? CheckPeriod(DateOnly? from, DateOnly? to)
    {
        if (from is null) return "'Từ ngày' bị bỏ trống.";
        if (to is null) return "'Đến ngày' bị bỏ trống.";
        if (to < from) return "'Đến ngày' phải từ 'Từ ngày' trở đi.";
        if (to.Value.DayNumber - from.Value.DayNumber > MaxDays) return $"Mỗi lần xuất tối đa {MaxDays:N0} ngày.".Replace(',', '.');
        return null;
    }

    public static string FileName(DateOnly from, DateOnly to) => $"hoso-{from:yyyyMMdd}-{to:yyyyMMdd}.json";

    /// <summary>Writes the dossiers received from <paramref name="from"/> to <paramref name="to"/> (both included); returns how many.</summary>
    public async Task<int> ExportAsync(Stream output, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        if (CheckPeriod(from, to) is { } error) throw new ArgumentException(error);
        if (db.Tenant.TenantId is null) throw new InvalidOperationException("Exporting dossiers needs a commune (tenant) context.");
        var start = from.ToDateTime(TimeOnly.MinValue);
        var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var procedures = await db.Procedures.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
        await using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = PortalRecords.Json.Encoder, Indented = false });
        w.WriteStartObject();
        w.WriteString("service", PortalRecords.Service);
        w.WriteStartArray("data");
        var count = 0;
        string? after = null;
        var period = db.Dossiers.AsNoTracking().Where(d => d.ReceivedAt >= start && d.ReceivedAt < end);
        while (true)
        {
            // Keyset pages by code: stable and cheap on the (tenant, code) index.
            var page = await (after is null ? period : period.Where(d => string.Compare(d.Code, after) > 0))
                .OrderBy(d => d.Code).Take(Chunk).ToListAsync(ct);
            if (page.Count == 0) break;
            var ids = page.Select(d => d.Id).ToList();
            var supplements = (await db.DossierSupplements.AsNoTracking().Where(s => ids.Contains(s.DossierId)).ToListAsync(ct)).ToLookup(s => s.DossierId);
            foreach (var d in page)
            {
                PortalRecords.Write(w, d, procedures[d.ProcedureId], supplements[d.Id].ToList());
                count++;
            }

            await w.FlushAsync(ct);
            after = page[^1].Code;
        }

        w.WriteEndArray();
        w.WriteEndObject();
        await w.FlushAsync(ct);
        return count;
    }
}
