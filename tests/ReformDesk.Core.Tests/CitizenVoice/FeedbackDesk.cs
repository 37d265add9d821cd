using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Core.Tests.Platform;
using ReformDesk.Core.Tests.Uploads;

namespace ReformDesk.Core.Tests.CitizenVoice;

/// <summary>
/// The commune of <see cref="SqliteCommune"/> (Phường Trần Hưng Đạo) with a second commune of the province, two units
/// (Phòng Kinh tế, Công an phường), the Core services built as the web builds them, and the people who handle feedback.
/// Today is Wednesday 14/10/2026 10:00 in Hà Nội (no holiday around it).
/// </summary>
public sealed class FeedbackDesk : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 10, 14, 3, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider provider;

    private FeedbackDesk(SqliteCommune commune, Guid otherCommuneId, Unit economy, Unit police)
    {
        Commune = commune;
        OtherCommuneId = otherCommuneId;
        Economy = economy;
        Police = police;
        provider = CommuneServices.Build(commune);
    }

    public SqliteCommune Commune { get; }
    public Guid CommuneId => Commune.TenantId;
    public Guid OtherCommuneId { get; }
    public Unit Economy { get; }
    public Unit Police { get; }

    public static Actor Person(string name, Guid? unit, params string[] roles) => new(Guid.NewGuid(), name, roles, unit, false);

    public static Actor Secretary => Person("Lê Thị Hoa", null, Roles.ReformSecretariat);
    public static Actor Chairman => Person("Nguyễn Văn Ánh", null, Roles.Chairman);
    public static Actor OneStop => Person("Phạm Thu Trang", null, Roles.OneStopShopStaff);
    public static Actor Supervisor => Person("Đỗ Văn Giám", null, Roles.Supervisor);
    public Actor EconomyHead => Person("Trần Quốc Hùng", Economy.Id, Roles.DepartmentHead);
    public Actor PoliceOfficer => Person("Vũ Minh Đức", Police.Id, Roles.Officer);

    public static async Task<FeedbackDesk> CreateAsync()
    {
        var commune = await SqliteCommune.CreateAsync(Now);
        var economy = await commune.UnitAsync("Phòng Kinh tế");
        var police = await commune.UnitAsync("Công an phường");
        await using var system = commune.OpenSystem();
        var own = system.Tenants.Single(t => t.Id == commune.TenantId);
        var other = new Tenant { Code = "HP-LC", Name = "Phường Lê Chân", Kind = TenantKind.Commune, ParentId = own.ParentId };
        system.Tenants.Add(other);
        await system.SaveChangesAsync();
        return new FeedbackDesk(commune, other.Id, economy, police);
    }

    /// <summary>A unit of the other commune (Phường Lê Chân).</summary>
    public async Task<Unit> OtherUnitAsync(string name)
    {
        await using var db = Commune.OpenFor(OtherCommuneId);
        var unit = new Unit { Name = name, Kind = UnitKind.Department };
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        return unit;
    }

    /// <summary>A fresh service in a request scope of staff working in <paramref name="tenantId"/> (the commune unless given).</summary>
    public Task<T> StaffAsync<T>(Func<FeedbackService, Task<T>> work, Guid? tenantId = null) =>
        InAsync(tenantId ?? CommuneId, readOnly: false, work);

    /// <summary>A fresh service in the public portal's scope: the commune, read-only, as the portal's filter leaves it.</summary>
    public Task<T> PortalAsync<T>(Func<FeedbackService, Task<T>> work, Guid? communeId = null) =>
        InAsync(communeId ?? CommuneId, readOnly: true, work);

    /// <summary>Any Core service in a request scope of the commune.</summary>
    public async Task<T> InAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(CommuneId, false);
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private async Task<T> InAsync<T>(Guid tenantId, bool readOnly, Func<FeedbackService, Task<T>> work)
    {
        await using var scope = provider.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantContext>();
        tenant.SetUser(null, readOnly ? "anonymous" : "thuky");
        tenant.SetTenant(tenantId, readOnly);
        return await work(scope.ServiceProvider.GetRequiredService<FeedbackService>());
    }

    /// <summary>A valid intake about a broken street light; change what a test is about with <c>with</c>.</summary>
    public static FeedbackIntake Intake(FeedbackChannel channel = FeedbackChannel.Web, string phone = "0912345678") =>
        new(channel, FeedbackCategory.Local, "Đèn chiếu sáng hỏng", "Đèn chiếu sáng trong ngõ 12 phố Chợ bị hỏng hai tuần nay, buổi tối rất tối.",
            "Ngõ 12 phố Chợ", "Nguyễn Văn An", phone, "an@example.vn", "Số 5 ngõ 12 phố Chợ");

    /// <summary>A citizen's web submission to the commune (or <paramref name="communeId"/>); its receipt.</summary>
    public async Task<FeedbackReceipt> SubmittedAsync(FeedbackIntake? intake = null, Guid? communeId = null, IReadOnlyList<SafeUpload>? files = null) =>
        Ok(await PortalAsync(s => s.SubmitFromWebAsync(communeId ?? CommuneId, intake ?? Intake(), files ?? []), communeId));

    /// <summary>Submitted, accepted and assigned to <paramref name="unit"/> (Phòng Kinh tế unless given).</summary>
    public async Task<FeedbackReceipt> InProgressAsync(Unit? unit = null, FeedbackIntake? intake = null)
    {
        var receipt = await SubmittedAsync(intake);
        Ok(await StaffAsync(s => s.AcceptAsync(Secretary, receipt.Id)));
        Ok(await StaffAsync(s => s.AssignAsync(Secretary, receipt.Id, (unit ?? Economy).Id)));
        return receipt;
    }

    /// <summary>In progress, drafted, approved and published with <paramref name="title"/> as its public title.</summary>
    public async Task<FeedbackReceipt> PublishedAsync(string title = "Đèn chiếu sáng hỏng", string answer = "Đã thay bóng đèn mới.", FeedbackIntake? intake = null)
    {
        var receipt = await InProgressAsync(intake: intake);
        Ok(await StaffAsync(s => s.SaveDraftAsync(EconomyHead, receipt.Id, answer)));
        Ok(await StaffAsync(s => s.ApproveAsync(Chairman, receipt.Id)));
        Ok(await StaffAsync(s => s.PublishAsync(Secretary, receipt.Id, title, "Đèn chiếu sáng trong ngõ bị hỏng.", answer)));
        return receipt;
    }

    public Task<FeedbackView?> ViewAsync(Actor actor, Guid id) => StaffAsync(s => s.GetAsync(actor, id));

    public static SafeUpload Png(string name = "anh-den.png", int size = 64) =>
        TestUploads.Safe([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Repeat((byte)7, size)], name, UploadForm.FeedbackAttachment);

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        await Commune.DisposeAsync();
    }
}
