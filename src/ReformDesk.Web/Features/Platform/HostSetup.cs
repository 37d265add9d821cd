using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Demo;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using ReformDesk.Web.Features.Accounts;
using ReformDesk.Web.Features.Admin;
using ReformDesk.Web.Features.Accounts.Users;
using ReformDesk.Web.Features.Dossiers;
using ReformDesk.Web.Features.Emulation;
using ReformDesk.Web.Features.Organisation;
using ReformDesk.Web.Features.Plans;
using ReformDesk.Web.Features.PublicPortal;
using ReformDesk.Web.Features.CitizenVoice;

namespace ReformDesk.Web.Features.Platform;

public static class Policies
{
    public const string OrganisationEdit = nameof(OrganisationEdit);
    public const string AuditRead = nameof(AuditRead);
    public const string PlanManage = nameof(PlanManage);
    public const string AccountManage = nameof(AccountManage);
}

/// <summary>Service registration and the request pipeline, in one place.</summary>
public static class HostSetup
{
    public static void AddReformDesk(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        builder.AddPerimeter();

        if (string.Equals(config["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.ClearProviders().AddJsonConsole(o => o.IncludeScopes = true);
        }

        var database = config.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddReformDeskCore(database);
        services.AddScoped<RequestTenant>();
        services.AddOptions<ReformDesk.Web.Features.Documents.PdfOptions>().BindConfiguration("Pdf").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReformDesk.Core.Documents.IPdfRenderer, ReformDesk.Web.Features.Documents.ChromiumPdfRenderer>();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.UserName is not { Length: > 0 } || o.Password is { Length: > 0 }, "Smtp:Password phải có khi đã đặt Smtp:UserName.")
            .ValidateOnStart();
        services.AddSingleton<IMailSender, SmtpMailSender>();
        services.AddOptions<ReminderOptions>().BindConfiguration("Reminders").ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<ReminderJob>();
        // A fixed application name: keys restored from a backup on another machine or path still open the same cookies.
        services.AddDataProtection().SetApplicationName("ReformDesk")
            .PersistKeysToFileSystem(new DirectoryInfo(config["DataProtection:KeysFolder"] ?? "data/keys"));

        services.AddIdentity<AppUser, AppRole>(CoreServices.ConfigureIdentity)
            .AddEntityFrameworkStores<ReformDeskDbContext>()
            .AddClaimsPrincipalFactory<AppClaimsFactory>()
            .AddErrorDescriber<VietnameseIdentityErrors>();

        services.AddOptions<SessionSettings>().Bind(config.GetSection("Sessions")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SignInThrottleOptions>().Bind(config.GetSection("SignIn")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<DummyPasswordHash>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SessionSettings>>((o, sessions) => o.ExpireTimeSpan = TimeSpan.FromMinutes(sessions.Value.IdleTimeoutMinutes));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "rd_auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            // Sliding: the idle timeout (Sessions:IdleTimeoutMinutes) restarts while the user works.
            o.SlidingExpiration = true;
            // Every request checks the account's security stamp: sign-out, password change, disabling, new roles end all sessions.
            o.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
            // JSON callers get status codes, not a redirect to the login page.
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.OrganisationEdit, p => p.RequireRole(Roles.OrganisationEditors))
            .AddPolicy(Policies.AuditRead, p => p.RequireRole(Roles.AuditReaders))
            .AddPolicy(Policies.PlanManage, p => p.RequireRole(TaskPermissions.PlanManagers))
            .AddPolicy(Policies.AccountManage, p => p.RequireRole(Roles.AccountManagers));

        // Razor would otherwise write every Vietnamese letter as a numeric entity.
        services.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "X-CSRF-TOKEN";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRazorPages(o => o.RootDirectory = "/Features")
            .AddMvcOptions(o =>
            {
                o.Filters.Add<MethodNotAllowedFilter>();
                o.Filters.Add<ReadOnlyTenantGuard>();
                VietnameseBindingMessages.Apply(o.ModelBindingMessageProvider);
            });
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        // An unreadable JSON body throws, in production too, so ApiExceptionHandler answers it with a ProblemDetails.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            // Vietnamese messages stay readable in JSON instead of \u escapes.
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        services.AddOpenApi();
        services.AddHealthChecks().AddDbContextCheck<ReformDeskDbContext>("database");
        services.AddDossiers();
        services.AddPublicPortal();
        services.AddCitizenVoice();
        Satisfaction.SatisfactionSetup.AddSatisfaction(services);
        Satisfaction.PublicCache.Add(services, config);
        Reports.ReportsSetup.AddReports(services);

    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>Applies migrations and, when enabled, loads the demo communes (idempotent).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem("system:startup");
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        await Storage.MigrateAsync(db);
        await AuditTriggers.EnsureAsync(db, app.Logger);
        await scope.ServiceProvider.GetRequiredService<AccountService>().EnsureRolesAsync();
        if (app.Configuration.GetValue("Demo:Enabled", false))
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        }
        else if (!await db.Users.AnyAsync())
        {
            Console.WriteLine(FirstAccountHelp.Text(await db.Tenants.AnyAsync(), scope.ServiceProvider.GetRequiredService<DatabaseOptions>()));
        }
    }

    public static void UseReformDesk(this WebApplication app)
    {
        // Headers first: static files, status pages, errors and rate-limit refusals all carry them.
        app.UsePerimeter();
        if (app.Environment.IsDevelopment())
        {
            // Pages keep the developer page; JSON callers get what production answers (ApiExceptionHandler).
            app.UseWhen(ApiExceptionHandler.IsApi, api => api.UseExceptionHandler());
        }
        else
        {
            // ApiExceptionHandler answers /api; every other request gets the error page.
            app.UseExceptionHandler("/Error");
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<PasswordChangeGate>();
        app.UseMiddleware<TenantMiddleware>();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapRazorPages();
        app.MapOpenApi();

        var api = app.MapGroup("/api").AddEndpointFilter<AntiforgeryApiFilter>().AddEndpointFilter<ReadOnlyTenantGuard>();
        api.MapPlatformApi();
        api.MapOrganisationApi();
        api.MapEmulationApi();
        api.MapCouncilApi();
        api.MapPlansApi();
        api.MapAuditApi();
        api.MapDossiersApi();
        api.MapUsersApi();
        api.MapFeedbackApi();
        Targets.TargetsApi.MapTargetsApi(api);
        Inspections.InspectionsApi.MapInspectionsApi(api);
        Satisfaction.SatisfactionSetup.MapSatisfactionApi(api);
        ParIndex.ParIndexSetup.MapParIndexApi(api);
        Reports.ReportsSetup.MapReportsApi(api);

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var server = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>();
            var addresses = server.Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                Console.WriteLine($"ReformDesk đang chạy — mở trình duyệt tại: {address}");
            }
        });
    }
}
