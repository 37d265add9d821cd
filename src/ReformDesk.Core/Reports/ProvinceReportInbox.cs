using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Reports;

/// <summary>One commune's report as the province sees it in its inbox.</summary>
public sealed record InboxRow(Guid Id, Guid CommuneId, string CommuneName, string Title, string PeriodCode, DateOnly DueDate,
    DateOnly? SubmittedOn, PeriodicReportStatus Status, int Returns, string? ReturnComment)
{
    public bool Late => SubmittedOn is { } s && s > DueDate;

    /// <summary>Returned and not yet sent again.</summary>
    public bool IsReturned => Status is PeriodicReportStatus.Draft or PeriodicReportStatus.AwaitingApproval or PeriodicReportStatus.Approved;
}

/// <summary>
/// The Department of Home Affairs' inbox: every report the communes of the officer's province have sent, on time or late
/// against their due rule. Reading spans the province's communes (the rows are filtered to them explicitly); receiving,
/// accepting and returning with comments are the province's own steps, each written in the report's commune for that one
/// save and audited under the officer's name (ADR 0108). Everything else about a commune stays read-only to the province.
/// </summary>
public sealed class ProvinceReportInbox(ReformDeskDbContext db, TimeProvider clock)
{
    /// <summary>Who works the inbox.</summary>
    public static readonly string[] Officers = [Roles.ProvinceOfficer];

    public async Task<IReadOnlyList<InboxRow>> InboxAsync(Guid homeTenantId, IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        var communes = await CommunesAsync(homeTenantId, roles, ct);
        var ids = communes.Keys.ToList();
        var rows = await db.Set<PeriodicReport>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => ids.Contains(r.TenantId) && (r.SubmittedOn != null))
            .ToListAsync(ct);
        return rows
            .Select(r => new InboxRow(r.Id, r.TenantId, communes[r.TenantId].Name, r.Title, r.PeriodCode, r.DueDate, r.SubmittedOn, r.Status, r.Returns, r.ReturnComment))
            .OrderByDescending(r => r.SubmittedOn).ThenBy(r => r.CommuneName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
            .ToList();
    }

    /// <summary>A report of one of the province's communes that has been sent at least once, with its commune; null otherwise.</summary>
    public async Task<(PeriodicReport Report, Tenant Commune)?> OpenAsync(Guid id, Guid homeTenantId, IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        var communes = await CommunesAsync(homeTenantId, roles, ct);
        var ids = communes.Keys.ToList();
        var report = await db.Set<PeriodicReport>().IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == id && ids.Contains(r.TenantId) && r.SubmittedOn != null, ct);
        return report is null ? null : (report, communes[report.TenantId]);
    }

    /// <summary>The sent report of one of the province's communes with its Decree-30 document; null otherwise.</summary>
    public async Task<(PeriodicReport Report, Documents.AdministrativeDocument Document)?> DocumentAsync(Guid id, Guid homeTenantId, IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        if (await OpenAsync(id, homeTenantId, roles, ct) is not var (report, commune)) return null;
        var registry = await db.Tenants.AsNoTracking().ToListAsync(ct);
        return (report, ReportDocuments.Build(report, commune, ReportDocuments.ProvinceOf(commune.Id, registry)));
    }

    public Task<OperationResult<PeriodicReport>> ReceiveAsync(Guid id, Actor officer, Guid homeTenantId, CancellationToken ct = default) =>
        ActAsync(id, officer, homeTenantId, r => r.Receive(officer.Name, clock.GetUtcNow().UtcDateTime), ct);

    public Task<OperationResult<PeriodicReport>> AcceptAsync(Guid id, Actor officer, Guid homeTenantId, CancellationToken ct = default) =>
        ActAsync(id, officer, homeTenantId, r => r.Accept(officer.Name, clock.GetUtcNow().UtcDateTime), ct);

    public Task<OperationResult<PeriodicReport>> ReturnAsync(Guid id, string? comment, Actor officer, Guid homeTenantId, CancellationToken ct = default) =>
        ActAsync(id, officer, homeTenantId, r => r.Return(comment, officer.Name, clock.GetUtcNow().UtcDateTime), ct);

    private async Task<OperationResult<PeriodicReport>> ActAsync(Guid id, Actor officer, Guid homeTenantId, Func<PeriodicReport, string?> step, CancellationToken ct)
    {
        if (!Officers.Any(officer.Roles.Contains))
        {
            return OperationResult<PeriodicReport>.Forbidden("Chỉ cán bộ Sở Nội vụ được tiếp nhận hoặc trả lại báo cáo.");
        }

        var ids = (await CommunesAsync(homeTenantId, officer.Roles, ct)).Keys.ToList();
        var report = await db.Set<PeriodicReport>().IgnoreQueryFilters()
            .FirstOrDefaultAsync(r => r.Id == id && ids.Contains(r.TenantId) && r.SubmittedOn != null, ct);
        if (report is null)
        {
            return OperationResult<PeriodicReport>.NotFound("Không tìm thấy báo cáo của xã/phường thuộc tỉnh.");
        }

        if (step(report) is { } error)
        {
            return OperationResult<PeriodicReport>.Invalid("Comment", error);
        }

        // The province's scope in a commune is read-only; this one save, of this report, is written in the report's commune.
        var tenant = db.Tenant;
        var (previous, readOnly) = (tenant.TenantId, tenant.IsReadOnly);
        tenant.SetTenant(report.TenantId, readOnly: false);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            if (previous is { } p) tenant.SetTenant(p, readOnly);
            else tenant.SetTenant(report.TenantId, readOnly: true);
        }

        return OperationResult<PeriodicReport>.Ok(report);
    }

    private async Task<Dictionary<Guid, Tenant>> CommunesAsync(Guid homeTenantId, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        if (!roles.Contains(Roles.ProvinceOfficer) && !roles.Contains(Roles.SystemAdmin)) return [];
        var registry = await db.Tenants.AsNoTracking().ToListAsync(ct);
        return TenantAccess.AccessibleCommunes(homeTenantId, roles, registry).ToDictionary(t => t.Id);
    }
}
