using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.ParIndex;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.ParIndex;

/// <summary>
/// A province (Hải Phòng) with the commune of <see cref="SqliteCommune"/> and any others added, the services built as the
/// web builds them, and the people who act: the commune's Chairman and the province's officer.
/// </summary>
public sealed class ParDesk : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private ParDesk(SqliteCommune commune, Guid provinceId)
    {
        Commune = commune;
        ProvinceId = provinceId;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddReformDeskCore(commune.Options);
        services.AddSingleton<TimeProvider>(commune.Clock);
        provider = services.BuildServiceProvider();
    }

    public SqliteCommune Commune { get; }
    public Guid ProvinceId { get; }
    public Guid CommuneId => Commune.TenantId;

    public ParActor Officer => new(Guid.NewGuid(), "Trần Thị Bình", [Roles.ProvinceOfficer], ProvinceId);

    public ParActor Chairman => ChairmanOf(CommuneId);

    public static ParActor ChairmanOf(Guid communeId) => new(Guid.NewGuid(), "Nguyễn Văn Ánh", [Roles.Chairman], communeId);

    /// <summary>The commune of <see cref="SqliteCommune"/> is made a ward ("Khối phường" in the small set).</summary>
    public static async Task<ParDesk> CreateAsync(DateTimeOffset now)
    {
        var commune = await SqliteCommune.CreateAsync(now);
        await using var system = commune.OpenSystem();
        var own = await system.Tenants.SingleAsync(t => t.Id == commune.TenantId);
        own.Type = LocalityType.Ward;
        await system.SaveChangesAsync();
        return new ParDesk(commune, own.ParentId!.Value);
    }

    /// <summary>Another commune of the province (or of <paramref name="parentId"/>).</summary>
    public async Task<Guid> AddCommuneAsync(string code, string name, LocalityType type, Guid? parentId = null)
    {
        await using var system = Commune.OpenSystem();
        var tenant = new Tenant { Code = code, Name = name, Kind = TenantKind.Commune, Type = type, ParentId = parentId ?? ProvinceId };
        system.Tenants.Add(tenant);
        await system.SaveChangesAsync();
        return tenant.Id;
    }

    public async Task<Guid> AddProvinceAsync(string code, string name)
    {
        await using var system = Commune.OpenSystem();
        var tenant = new Tenant { Code = code, Name = name, Kind = TenantKind.Province };
        system.Tenants.Add(tenant);
        await system.SaveChangesAsync();
        return tenant.Id;
    }

    /// <summary>Runs <paramref name="work"/> with a fresh service in a request scope working in <paramref name="tenantId"/>, as one web request.</summary>
    public Task<T> InAsync<T>(Guid tenantId, Func<ParIndexService, Task<T>> work) => InAsync<ParIndexService, T>(tenantId, work);

    /// <summary>Any Core service, resolved in a request scope working in <paramref name="tenantId"/>.</summary>
    public async Task<T> InAsync<TService, T>(Guid tenantId, Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(tenantId, false);
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<T> AsCommuneAsync<T>(Func<ParIndexService, Task<T>> work) => InAsync(CommuneId, work);

    public Task<T> AsProvinceAsync<T>(Func<ParIndexService, Task<T>> work) => InAsync(ProvinceId, work);

    /// <summary>The small set of <see cref="ParTestWorkbooks"/> imported by the officer for <paramref name="year"/>.</summary>
    public async Task<ParCriteriaSet> ImportSmallSetAsync(int year = 2025)
    {
        var result = await AsProvinceAsync(s => ImportAsync(s, Officer, year, ParTestWorkbooks.SmallCriteria()));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Message)));
        return (await AsProvinceAsync(s => s.SetAsync(ProvinceId, year)))!;
    }

    public async Task<ParParseResult> ImportAsync(ParIndexService service, ParActor actor, int year, List<string[]> criteria)
    {
        using var upload = ParTestWorkbooks.Upload(ParTestWorkbooks.Build(criteria, year));
        return await service.ImportSetAsync(actor, ProvinceId, year, upload);
    }

    /// <summary>Every leaf of the set with points (by code); evidence as a link unless <paramref name="explained"/>.</summary>
    public static IReadOnlyList<ParSelfInput> Scores(ParCriteriaSet set, IReadOnlyDictionary<string, string?> points, bool explained = false) =>
        [.. set.Leaves.Where(c => points.ContainsKey(c.Code)).Select(c => explained
            ? new ParSelfInput(c.Id, points[c.Code], null, null, null, $"Giải trình tiêu chí {c.Code}")
            : new ParSelfInput(c.Id, points[c.Code], null, $"https://thd.haiphong.gov.vn/minh-chung/{c.Code}", null, null))];

    /// <summary>The hand-computed sample: 4 + 2,5 + 2 + 1 (bonus) − 1 (penalty) = 8,5.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Sample = new Dictionary<string, string?>
    {
        ["1.1"] = "4", ["1.2"] = "2,5", ["1.3"] = "2", ["2.1"] = "1", ["3.1"] = "1",
    };

    /// <summary>A commune's assessment started, scored with <paramref name="points"/> and submitted; returns its id.</summary>
    public async Task<Guid> SubmittedAsync(Guid communeId, ParCriteriaSet set, IReadOnlyDictionary<string, string?> points)
    {
        var chairman = ChairmanOf(communeId);
        var id = Ok(await InAsync(communeId, s => s.StartAsync(chairman, set.Year))).Id;
        Ok(await InAsync(communeId, s => s.SaveSelfAsync(chairman, id, Scores(set, points))));
        Ok(await InAsync(communeId, s => s.SubmitAsync(chairman, id)));
        return id;
    }

    /// <summary>Submitted, then appraised as self-scored (except <paramref name="appraised"/>, commented) with the survey points.</summary>
    public async Task<Guid> AppraisedAsync(Guid communeId, ParCriteriaSet set, IReadOnlyDictionary<string, string?> points, string survey,
        IReadOnlyDictionary<string, string>? appraised = null)
    {
        var id = await SubmittedAsync(communeId, set, points);
        Ok(await AsProvinceAsync(s => s.StartAppraisalAsync(Officer, id)));
        var inputs = set.Leaves.Where(c => appraised?.ContainsKey(c.Code) == true)
            .Select(c => new ParAppraisalInput(c.Id, appraised![c.Code], "Minh chứng chưa đầy đủ")).ToList();
        Ok(await AsProvinceAsync(s => s.SaveAppraisalAsync(Officer, id, inputs, survey)));
        Ok(await AsProvinceAsync(s => s.CompleteAppraisalAsync(Officer, id)));
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        await Commune.DisposeAsync();
    }
}
