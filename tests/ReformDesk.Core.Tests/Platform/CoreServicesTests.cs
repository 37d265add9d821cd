using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Platform;

/// <summary>
/// The registrations the web and the CLI share: every service a page or command asks for can be built, each request gets
/// its own commune scope, and a wrong setting stops the start naming the setting.
/// </summary>
public sealed class CoreServicesTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 2, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The services as the hosts build them: the Core, the configuration, Identity's stores, the mail port the web supplies,
    /// and the commune's clock.
    /// </summary>
    private static ServiceProvider Host(SqliteCommune? commune, Dictionary<string, string?>? settings = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build());
        services.AddReformDeskCore(commune?.Options ?? new DatabaseOptions());
        services.AddIdentityCore<AppUser>(CoreServices.ConfigureIdentity).AddRoles<AppRole>().AddEntityFrameworkStores<ReformDeskDbContext>();
        services.AddSingleton<IMailSender, SmtpMailSender>();
        if (commune is not null) services.AddSingleton<TimeProvider>(commune.Clock);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static List<Type> CoreRegistrations()
    {
        var services = new ServiceCollection();
        services.AddReformDeskCore(new DatabaseOptions());
        return [.. services.Where(d => !d.ServiceType.IsGenericTypeDefinition).Select(d => d.ServiceType).Distinct()];
    }

    [Fact]
    public async Task Every_service_the_core_registers_is_built_in_a_communes_scope()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using var provider = Host(commune);
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(commune.TenantId, readOnly: false);
        var types = CoreRegistrations();
        Assert.Contains(typeof(ReformDesk.Core.Dossiers.DossierService), types);
        Assert.True(types.Count > 60, $"{types.Count} services");
        var failures = new List<string>();
        foreach (var type in types)
        {
            try
            {
                Assert.NotEmpty(scope.ServiceProvider.GetServices(type).OfType<object>());
            }
            catch (Exception e)
            {
                failures.Add($"{type.Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Each_indicator_source_is_registered_once()
    {
        using var provider = Host(null);
        using var scope = provider.CreateScope();
        var sources = scope.ServiceProvider.GetServices<ReformDesk.Core.Targets.IIndicatorSource>().Select(s => s.GetType().Name).ToList();
        Assert.Equal(sources.Distinct().Count(), sources.Count);
        Assert.Equal(["DossierIndicatorSource", "FeedbackIndicatorSource", "Index766IndicatorSource", "InitiativeIndicatorSource", "ReportIndicatorSource", "SatisfactionIndicatorSource"],
            sources.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_request_has_one_commune_context_shared_by_its_services_and_the_next_request_its_own()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using var provider = Host(commune);
        await using var first = provider.CreateAsyncScope();
        var context = first.ServiceProvider.GetRequiredService<TenantContext>();
        context.SetTenant(commune.TenantId, readOnly: true);
        var db = first.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        Assert.Same(context, db.Tenant);
        Assert.Same(db, first.ServiceProvider.GetRequiredService<ReformDeskDbContext>());

        await using var second = provider.CreateAsyncScope();
        var other = second.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        Assert.NotSame(db, other);
        Assert.Null(other.Tenant.TenantId);
        // Caches and the upload guard are one per application.
        Assert.Same(first.ServiceProvider.GetRequiredService<ReformDesk.Core.Calendar.CalendarCache>(), second.ServiceProvider.GetRequiredService<ReformDesk.Core.Calendar.CalendarCache>());
        Assert.Same(first.ServiceProvider.GetRequiredService<ReformDesk.Core.Platform.Uploads.UploadGuard>(), second.ServiceProvider.GetRequiredService<ReformDesk.Core.Platform.Uploads.UploadGuard>());
    }

    [Fact]
    public async Task The_clock_a_host_registers_after_the_core_is_the_one_every_save_uses()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using var provider = Host(commune);
        await using (var scope = provider.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(commune.TenantId, readOnly: false);
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            db.Units.Add(new ReformDesk.Core.Organisation.Unit { Name = "Phòng Kinh tế" });
            await db.SaveChangesAsync();
        }

        await using var read = commune.Open();
        Assert.Equal(Now.UtcDateTime, (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(read.AuditEntries, a => a.Entity == "Unit")).AtUtc);
    }

    public static TheoryData<string, string, string> WrongSettings => new()
    {
        { "Dossiers:CutOff", "15h", "Dossiers:CutOff phải có dạng HH:mm, ví dụ 15:00." },
        { "CitizenVoice:RetentionMonths", "0", "CitizenVoice:RetentionMonths phải từ 1 đến 240." },
        { "CitizenVoice:MaxAttachments", "11", "CitizenVoice:MaxAttachments phải từ 0 đến 10." },
        { "UnitSuggestion:MinConfidence", "1.5", "UnitSuggestion:MinConfidence phải từ 0 đến 1." },
        { "Uploads:FeedbackAttachmentMegabytes", "101", "Uploads:FeedbackAttachmentMegabytes phải từ 1 đến 100." },
        { "Uploads:MaxZipEntryMegabytes", "700", "Uploads:MaxZipTotalMegabytes phải lớn hơn hoặc bằng Uploads:MaxZipEntryMegabytes." },
        { "Awards:Competence:0:Award", "HuanChuongVang", "Awards:Competence:0:Award \"HuanChuongVang\" không phải hình thức khen thưởng đã biết" },
        { "Demo:DossiersPerCommune", "-1", "Demo:DossiersPerCommune phải từ 0 đến 1.000.000 hồ sơ mỗi xã." },
        // These keep .NET's English message, which names the field but not its section.
        { "Reports:DefaultDueDay", "29", "DefaultDueDay" },
        { "Uploads:MaxColumns", "0", "MaxColumns" },
    };

    [Theory]
    [MemberData(nameof(WrongSettings))]
    public void A_wrong_setting_stops_the_start_naming_the_setting(string key, string value, string message)
    {
        using var provider = Host(null, new() { [key] = value });
        var validator = provider.GetRequiredService<IStartupValidator>();
        var e = Assert.ThrowsAny<Exception>(validator.Validate);
        var failures = (e is AggregateException all ? all.InnerExceptions : [e]).OfType<OptionsValidationException>().SelectMany(x => x.Failures).ToList();
        Assert.Contains(failures, f => f.Contains(message, StringComparison.Ordinal));
        Assert.Single(failures);
    }

    [Fact]
    public void The_shipped_defaults_and_a_fully_written_competence_row_start()
    {
        using var provider = Host(null, new()
        {
            ["Dossiers:CutOff"] = "7:30",
            ["Awards:Competence:0:Award"] = "ChienSiThiDuaCoSo",
            ["Awards:Competence:0:From"] = "2026-07-01",
            ["Awards:Competence:0:DecidedBy"] = "Xa",
            ["Awards:Competence:0:Source"] = "Nghị định 152/2025/NĐ-CP",
        });
        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal(new TimeOnly(7, 30), provider.GetRequiredService<IOptions<ReformDesk.Core.Dossiers.DossierSettings>>().Value.CutOffTime);
    }

    [Fact]
    public void Configured_settings_reach_the_services_that_apply_them()
    {
        using var provider = Host(null, new() { ["Dossiers:CutOff"] = "16:30", ["Uploads:DossierLogMegabytes"] = "2" });
        using var scope = provider.CreateScope();
        Assert.Equal(new TimeOnly(16, 30), scope.ServiceProvider.GetRequiredService<ReformDesk.Core.Dossiers.DossierRules>().Options.CutOff);
        var guard = scope.ServiceProvider.GetRequiredService<ReformDesk.Core.Platform.Uploads.UploadGuard>();
        var check = guard.Check(new byte[3 * 1024 * 1024], "so-theo-doi.csv", ReformDesk.Core.Platform.Uploads.UploadForm.DossierLog);
        Assert.Equal("Tệp quá lớn: 3 MB, vượt giới hạn 2 MB của biểu mẫu nhật ký hồ sơ.", check.Error);
    }

    [Theory]
    [InlineData("Hp@2026abcd", true)]
    [InlineData("Hp@2026abc", true)]     // ten characters: the shortest allowed
    [InlineData("Hp@2026ab", false)]     // nine
    [InlineData("hp@2026abcd", false)]   // no capital
    [InlineData("HP@2026ABCD", false)]   // no small letter
    [InlineData("Hp@abcdefgh", false)]   // no digit
    [InlineData("Hp2026abcde", false)]   // no symbol
    public async Task A_password_needs_ten_characters_with_a_capital_a_small_letter_a_digit_and_a_symbol(string password, bool accepted)
    {
        using var provider = Host(null);
        using var scope = provider.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var results = await Task.WhenAll(users.PasswordValidators.Select(v => v.ValidateAsync(users, new AppUser { UserName = "can.bo" }, password)));
        Assert.Equal(accepted, results.All(r => r.Succeeded));
    }

    [Fact]
    public async Task Wrong_passwords_never_lock_an_account_so_a_stranger_cannot_lock_the_chairman_out()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using var provider = Host(commune);
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(commune.TenantId, readOnly: false);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var chairman = new AppUser { UserName = "chu.tich", FullName = "Nguyễn Văn Ánh", TenantId = commune.TenantId, Email = "ubnd@example.vn" };
        Assert.True((await users.CreateAsync(chairman, "Hp@2026abcd")).Succeeded);
        for (var i = 0; i < 20; i++) await users.AccessFailedAsync(chairman);
        Assert.False(await users.IsLockedOutAsync(chairman));
        Assert.True(await users.CheckPasswordAsync(chairman, "Hp@2026abcd"));
        // The commune's shared mailbox may serve two accounts.
        var deputy = new AppUser { UserName = "pho.chu.tich", FullName = "Trần Thị Bình", TenantId = commune.TenantId, Email = "ubnd@example.vn" };
        Assert.True((await users.CreateAsync(deputy, "Hp@2026efgh")).Succeeded);
    }
}
