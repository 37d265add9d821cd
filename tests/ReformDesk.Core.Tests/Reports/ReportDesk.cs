using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Reports;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Reports;

/// <summary>
/// Hải Phòng with the commune of <see cref="SqliteCommune"/> (Phường Trần Hưng Đạo) and a second one (Phường Lê Chân), Hà Nội
/// with Phường Ba Đình, the Core services built as the web builds them, and the people who draft, approve and receive
/// periodic reports. Today is Sunday 20/09/2026 10:00 in Hà Nội.
/// </summary>
public sealed class ReportDesk : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);
    public static readonly ReportPeriodKey ThirdQuarter = new(ReportKind.Quarter, 2026, 3);

    private readonly ServiceProvider provider;

    private ReportDesk(SqliteCommune commune, Guid provinceId, Guid neighbourId, Guid otherProvinceId, Guid farCommuneId)
    {
        Commune = commune;
        ProvinceId = provinceId;
        NeighbourId = neighbourId;
        OtherProvinceId = otherProvinceId;
        FarCommuneId = farCommuneId;
        provider = CommuneServices.Build(commune);
    }

    public SqliteCommune Commune { get; }
    public Guid CommuneId => Commune.TenantId;
    public Guid ProvinceId { get; }
    public Guid NeighbourId { get; }
    public Guid OtherProvinceId { get; }
    public Guid FarCommuneId { get; }

    public static Actor Person(string name, params string[] roles) => new(Guid.NewGuid(), name, roles, null, false);

    public static Actor Secretary => Person("Lê Thị Hoa", Roles.ReformSecretariat);
    public static Actor Chairman => Person("Nguyễn Văn Ánh", Roles.Chairman);
    public static Actor Officer => Person("Trần Thị Bình", Roles.ProvinceOfficer);

    public static async Task<ReportDesk> CreateAsync()
    {
        var commune = await SqliteCommune.CreateAsync(Now);
        await using var system = commune.OpenSystem();
        var provinceId = system.Tenants.Single(t => t.Id == commune.TenantId).ParentId!.Value;
        var neighbour = new Tenant { Code = "HP-LC", Name = "Phường Lê Chân", Kind = TenantKind.Commune, ParentId = provinceId };
        var otherProvince = new Tenant { Code = "HN", Name = "Thành phố Hà Nội", Kind = TenantKind.Province };
        var far = new Tenant { Code = "HN-BD", Name = "Phường Ba Đình", Kind = TenantKind.Commune, ParentId = otherProvince.Id };
        system.Tenants.AddRange(neighbour, otherProvince, far);
        await system.SaveChangesAsync();
        return new ReportDesk(commune, provinceId, neighbour.Id, otherProvince.Id, far.Id);
    }

    /// <summary>The commune's periodic reports service (or another commune's) in a fresh request scope.</summary>
    public Task<T> InAsync<T>(Func<PeriodicReportService, Task<T>> work, Guid? communeId = null, bool readOnly = false) =>
        InAsync<PeriodicReportService, T>(communeId ?? CommuneId, readOnly, (service, _) => work(service));

    /// <summary>The province's inbox as the officer's request has it: working in the commune (read-only) the officer chose.</summary>
    public Task<T> InboxAsync<T>(Func<ProvinceReportInbox, TenantContext, Task<T>> work) =>
        InAsync(CommuneId, readOnly: true, work);

    private async Task<T> InAsync<TService, T>(Guid tenantId, bool readOnly, Func<TService, TenantContext, Task<T>> work) where TService : notnull
    {
        await using var scope = provider.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantContext>();
        tenant.SetUser(null, "test");
        tenant.SetTenant(tenantId, readOnly);
        return await work(scope.ServiceProvider.GetRequiredService<TService>(), tenant);
    }

    /// <summary>An obligation of the commune (or of its movement) to report to <paramref name="recipient"/> on <paramref name="schedule"/> in 2026.</summary>
    public async Task<ReportObligation> ObligationAsync(string title, string schedule, string recipient = "Sở Nội vụ", Guid? movementId = null) =>
        Ok(await InAsync<ReportingService, OperationResult<ReportObligation>>(CommuneId, false,
            (s, _) => s.AddAsync(new ObligationInput(title, null, recipient, schedule, 2026, 2026, MovementId: movementId))));

    public async Task<Movement> MovementAsync(int startYear, int endYear, string title = "Phong trào thi đua đẩy mạnh cải cách hành chính")
    {
        await using var db = Commune.Open();
        var movement = new Movement { Title = title, StartYear = startYear, EndYear = endYear, IssuingBody = "UBND phường Trần Hưng Đạo" };
        db.Movements.Add(movement);
        await db.SaveChangesAsync();
        return movement;
    }

    /// <summary>A report of <paramref name="period"/> drafted by the secretariat of the commune (or <paramref name="communeId"/>).</summary>
    public async Task<PeriodicReport> DraftedAsync(ReportPeriodKey? period = null, Guid? communeId = null) =>
        Ok(await InAsync(s => s.DraftAsync(period ?? ThirdQuarter, Secretary), communeId));

    /// <summary>Drafted, sent to the Chairman, approved and submitted to the province as document <paramref name="number"/>.</summary>
    public async Task<PeriodicReport> SubmittedAsync(ReportPeriodKey? period = null, Guid? communeId = null, int? number = 5)
    {
        var id = (await DraftedAsync(period, communeId)).Id;
        Ok(await InAsync(s => s.RequestApprovalAsync(id, Secretary), communeId));
        Ok(await InAsync(s => s.ApproveAsync(id, Chairman), communeId));
        return Ok(await InAsync(s => s.SubmitAsync(id, number, Secretary), communeId));
    }

    public Task<PeriodicReport?> FindAsync(Guid id, Guid? communeId = null) => InAsync(s => s.FindAsync(id), communeId);

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        await Commune.DisposeAsync();
    }
}
