using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Dossiers;

/// <summary>"CitizenLookup" settings of the public dossier lookup.</summary>
public sealed class CitizenLookupOptions
{
    /// <summary>Lookups (form posts and links with a key) per client address per minute; showing the empty form is free.</summary>
    [Range(1, 10_000, ErrorMessage = "CitizenLookup:PermitsPerMinute phải từ 1 đến 10000.")]
    public int PermitsPerMinute { get; set; } = 10;

    /// <summary>Wrong phone digits accepted per dossier code per day (Vietnam time) before the fallback closes for that code.</summary>
    [Range(1, 100, ErrorMessage = "CitizenLookup:FailuresPerCodePerDay phải từ 1 đến 100.")]
    public int FailuresPerCodePerDay { get; set; } = 5;

    /// <summary>Public address printed in the receipt's QR code (e.g. https://dichvucong.xa.gov.vn); empty: the address staff use.</summary>
    [Url(ErrorMessage = "CitizenLookup:PublicBaseUrl phải là địa chỉ http(s) đầy đủ.")]
    public string? PublicBaseUrl { get; set; }
}

/// <summary>The answer of the public lookup; <see cref="RetryAfter"/> is set when the code's phone fallback is closed for today.</summary>
public sealed record CitizenLookupOutcome(CitizenLookupResult? Result, TimeSpan? RetryAfter = null)
{
    public bool Limited => RetryAfter is not null;
}

/// <summary>
/// The public lookup, searching every commune (the citizen does not know its internal code) and never revealing which part
/// was wrong. The random key from the receipt is the main second factor; the last 4 phone digits remain as a fallback,
/// limited per dossier code per day (stored, so restarts and other instances share the count) on top of the per-address limit.
/// </summary>
public sealed class CitizenLookupService(ReformDeskDbContext db, DossierService dossiers, IOptions<CitizenLookupOptions> options)
{
    /// <param name="communeId">On a commune's portal: only that commune's dossiers are found.</param>
    public async Task<CitizenLookupResult?> ByKeyAsync(string? code, string? key, CancellationToken ct = default, Guid? communeId = null)
    {
        var c = NormalizeCode(code);
        var k = LookupKeys.Normalize(key);
        if (c is null || k is null)
        {
            return null;
        }

        var dossier = await db.Dossiers.IgnoreQueryFilters().AsNoTracking().Include(d => d.Events).FirstOrDefaultAsync(d => d.LookupKey == k, ct);
        return dossier is not null && string.Equals(dossier.Code, c, StringComparison.OrdinalIgnoreCase) && (communeId is null || dossier.TenantId == communeId)
            ? await PublicViewAsync(dossier, ct) : null;
    }

    public async Task<CitizenLookupOutcome> ByPhoneAsync(string? code, string? lastDigits, CancellationToken ct = default, Guid? communeId = null)
    {
        var c = NormalizeCode(code);
        var digits = (lastDigits ?? "").Trim();
        if (c is null)
        {
            return new CitizenLookupOutcome(null);
        }

        var now = dossiers.Now;
        var today = DateOnly.FromDateTime(now);
        var counted = c.ToUpperInvariant();
        var failures = await db.LookupAttempts.AsNoTracking().Where(a => a.Code == counted && a.Day == today).Select(a => a.Failures).FirstOrDefaultAsync(ct);
        if (failures >= options.Value.FailuresPerCodePerDay)
        {
            return new CitizenLookupOutcome(null, today.AddDays(1).ToDateTime(TimeOnly.MinValue) - now);
        }

        CitizenLookupResult? result = null;
        if (digits.Length == 4 && digits.All(char.IsAsciiDigit))
        {
            // As typed or in capitals (codes are issued in capitals; a citizen may type them in lower case, as the key lookup allows).
            var candidates = await db.Dossiers.IgnoreQueryFilters().AsNoTracking().Include(d => d.Events).Where(d => (d.Code == c || d.Code == counted) && (communeId == null || d.TenantId == communeId)).ToListAsync(ct);
            var dossier = candidates.FirstOrDefault(d => PhoneDigits(d.ApplicantPhone) is { Length: >= 4 } p && p.EndsWith(digits, StringComparison.Ordinal));
            result = dossier is null ? null : await PublicViewAsync(dossier, ct);
        }

        if (result is null)
        {
            await CountFailureAsync(counted, today, ct);
        }

        return new CitizenLookupOutcome(result);
    }

    // One statement on both providers, so two instances counting at once never lose a failure.
    // Not audited: a counter of strangers' guesses, not a change anyone made to the commune's data.
    private async Task CountFailureAsync(string code, DateOnly today, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "LookupAttempts" ("Code", "Day", "Failures") VALUES ({code}, {today}, 1) ON CONFLICT ("Code", "Day") DO UPDATE SET "Failures" = "LookupAttempts"."Failures" + 1""", ct);
        var old = today.AddDays(-7);
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "LookupAttempts" WHERE "Day" < {old}""", ct);
    }

    private async Task<CitizenLookupResult?> PublicViewAsync(Dossier dossier, CancellationToken ct)
    {
        var procedure = await db.Procedures.IgnoreQueryFilters().AsNoTracking().FirstAsync(p => p.TenantId == dossier.TenantId && p.Id == dossier.ProcedureId, ct);
        var supplements = await db.DossierSupplements.IgnoreQueryFilters().AsNoTracking().Where(s => s.TenantId == dossier.TenantId && s.DossierId == dossier.Id).ToListAsync(ct);
        var evaluation = DossierService.Evaluate(await dossiers.RulesForAsync(dossier.TenantId, ct), dossier, procedure, supplements, dossiers.Now);
        return evaluation is null
            ? null
            : new CitizenLookupResult(dossier.Code, procedure.Name, dossier.ReceivedAt, evaluation.IsOpen || evaluation.IsResolved ? evaluation.DueDate : null,
                evaluation.Status, DossierStatusText.Public(evaluation));
    }

    private static string? NormalizeCode(string? code)
    {
        var c = (code ?? "").Trim();
        return c.Length is 0 or > 60 ? null : c;
    }

    private static string PhoneDigits(string? phone) => new((phone ?? "").Where(char.IsAsciiDigit).ToArray());
}
