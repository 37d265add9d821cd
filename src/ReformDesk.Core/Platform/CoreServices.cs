using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Demo;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;

namespace ReformDesk.Core.Platform;

/// <summary>Registrations shared by the web host and the CLI, so both run the same rules.</summary>
public static class CoreServices
{
    public static IServiceCollection AddReformDeskCore(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(database);
        services.BindSection<DemoOptions>(DemoOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => !o.Enabled || o.SeedsFolder is not { Length: > 0 } folder || Directory.Exists(folder),
                "Demo:SeedsFolder chỉ đến một thư mục không tồn tại; hãy sửa đường dẫn hoặc bỏ trống để dùng thư mục mẫu mặc định.")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<TenantSaveInterceptor>();
        services.AddScoped<TenantContext>();
        services.AddDbContext<ReformDeskDbContext>((sp, options) =>
            options.UseReformDeskStorage(database).AddInterceptors(sp.GetRequiredService<TenantSaveInterceptor>()));
        services.AddScoped<UnitService>();
        services.AddScoped<UnitMergeService>();
        services.AddSingleton<Calendar.CalendarCache>();
        services.AddScoped<Calendar.CalendarService>();
        services.AddScoped<PersonService>();
        services.AddScoped<FactService>();
        services.AddScoped<AppraisalImport>();
        services.AddScoped<AccountService>();
        services.AddScoped<PlanService>();
        services.AddScoped<NoticeService>();
        services.AddScoped<ReportingService>();
        services.AddScoped<ReminderService>();
        services.AddScoped<Targets.TargetService>();
        services.AddScoped<Targets.IIndicatorSource, Emulation.InitiativeIndicatorSource>();
        services.AddScoped<Targets.IIndicatorSource, Plans.ReportIndicatorSource>();
        services.AddScoped<Targets.IIndicatorSource, ReformDesk.Core.Dossiers.Index766IndicatorSource>();
        services.AddScoped<Targets.IIndicatorSource, CitizenVoice.FeedbackIndicatorSource>();
        services.AddScoped<Emulation.PledgeService>();
        services.AddScoped<ReformDesk.Core.Plans.Import.PlanImportService>();
        // Dossiers:CutOff; bound when the host has configuration (web, CLI), otherwise 15:00.
        services.BindSection<ReformDesk.Core.Dossiers.DossierSettings>(ReformDesk.Core.Dossiers.DossierSettings.Section)
            .Validate(o => o.CutOffTime is not null, "Dossiers:CutOff phải có dạng HH:mm, ví dụ 15:00.")
            .ValidateOnStart();
        services.AddScoped<ReformDesk.Core.Dossiers.DossierRules>();
        services.AddScoped<ReformDesk.Core.Dossiers.DossierService>();
        services.AddScoped<ReformDesk.Core.Dossiers.DossierEntryService>();
        services.AddScoped<ReformDesk.Core.Dossiers.CitizenLookupService>();
        services.AddScoped<AuditLogService>();
        services.AddScoped<ReformDesk.Core.Dossiers.Import.ProcedureCatalogueImporter>();
        services.AddScoped<ReformDesk.Core.Dossiers.Import.DossierLogImporter>();
        services.AddScoped<ReformDesk.Core.Dossiers.Import.DossierPortalExporter>();
        services.AddScoped<ReformDesk.Core.Dossiers.IndicatorService>();
        services.AddScoped<ReformDesk.Core.Dossiers.AtRiskService>();
        services.AddScoped<ReformDesk.Core.Dossiers.Index766Service>();
        services.AddScoped<ReformDesk.Core.Dossiers.DossierFilterChoices>();
        services.AddScoped<Targets.IIndicatorSource, ReformDesk.Core.Dossiers.DossierIndicatorSource>();
        services.AddScoped<ReformDesk.Core.Emulation.NominationService>();
        services.AddScoped<ReformDesk.Core.Emulation.MovementService>();
        services.AddScoped<ReformDesk.Core.Inspections.InspectionService>();
        services.AddScoped<ReformDesk.Core.Emulation.CouncilService>();
        services.AddScoped<ReformDesk.Core.Emulation.DecisionService>();
        services.BindSection<ReformDesk.Core.Emulation.Rules.AwardCompetenceOptions>(ReformDesk.Core.Emulation.Rules.AwardCompetenceOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<ReformDesk.Core.Emulation.Rules.AwardCompetenceOptions>, ReformDesk.Core.Emulation.Rules.AwardCompetenceOptionsValidator>();
        services.AddSingleton(sp => new ReformDesk.Core.Emulation.Rules.AwardCompetence(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ReformDesk.Core.Emulation.Rules.AwardCompetenceOptions>>().Value.Parse().Rules));
        services.AddScoped<ReformDesk.Core.Emulation.ProposalService>();
        services.AddScoped<ReformDesk.Core.Emulation.ProposalDocuments>();
        services.AddScoped<ReformDesk.Core.Emulation.EmulationDocuments>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<ParIndex.ParMeasures>();
        services.AddScoped<ParIndex.ParIndexService>();
        services.AddScoped<Satisfaction.SatisfactionService>();
        services.AddScoped<Satisfaction.PublicationService>();
        services.AddScoped<Targets.IIndicatorSource, Satisfaction.SatisfactionIndicatorSource>();
        services.TryAddScoped<Satisfaction.IFeedbackOnTimeSource, Satisfaction.FeedbackOnTimeFigures>();
        services.TryAddScoped<CitizenVoice.IFeedbackTrainingSource, CitizenVoice.RoutedFeedbackSource>();
        services.AddSingleton<CitizenVoice.UnitClassifierCache>();
        services.AddScoped<CitizenVoice.FeedbackUnitSuggester>();
        services.AddScoped<CitizenVoice.IFeedbackUnitSuggester>(sp => sp.GetRequiredService<CitizenVoice.FeedbackUnitSuggester>());
        services.BindSection<CitizenVoice.UnitSuggestionOptions>(CitizenVoice.UnitSuggestionOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.BindSection<Uploads.UploadOptions>(Uploads.UploadOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.MaxZipTotalMegabytes >= o.MaxZipEntryMegabytes, "Uploads:MaxZipTotalMegabytes phải lớn hơn hoặc bằng Uploads:MaxZipEntryMegabytes.")
            .ValidateOnStart();
        services.AddSingleton<Uploads.UploadGuard>();
        services.BindSection<CitizenVoice.CitizenVoiceOptions>(CitizenVoice.CitizenVoiceOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<CitizenVoice.FeedbackDeadlineService>();
        services.AddScoped<CitizenVoice.FeedbackService>();
        services.AddScoped<CitizenVoice.FeedbackIndicators>();
        services.AddScoped<Province.ProvinceWorkspaceService>();
        services.AddScoped<Home.HomeService>();
        services.AddScoped<CitizenVoice.FeedbackReminders>();
        services.AddScoped<CitizenVoice.FeedbackRetention>();
        services.AddScoped<CitizenVoice.PublicCatalogue>();
        // The default unit suggester; a learned one replaces this registration (TryAdd lets it come first).
        services.BindSection<Reports.ReportsOptions>(Reports.ReportsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<Reports.ReportDrafter>();
        services.AddScoped<Reports.PeriodicReportService>();
        services.AddScoped<Reports.ProvinceReportInbox>();
        return services;
    }

    /// <summary>
    /// Options bound from a configuration section when the host has configuration (web, CLI); tools that build
    /// services by hand get the defaults. Callers add the validation and ValidateOnStart.
    /// </summary>
    public static OptionsBuilder<T> BindSection<T>(this IServiceCollection services, string section) where T : class =>
        services.AddOptions<T>().Configure<IServiceProvider>((o, sp) =>
        {
            if (sp.GetService<IConfiguration>() is { } config)
            {
                config.GetSection(section).Bind(o);
            }
        });

    /// <summary>
    /// Password rules for every account. Identity's lockout is off: five wrong guesses by a stranger would lock the
    /// Chairman out, so the web host throttles sign-in by client and by account instead (ADR 0010).
    /// </summary>
    public static void ConfigureIdentity(IdentityOptions o)
    {
        o.Password.RequiredLength = 10;
        o.Password.RequireDigit = true;
        o.Password.RequireLowercase = true;
        o.Password.RequireUppercase = true;
        o.Password.RequireNonAlphanumeric = true;
        o.Lockout.AllowedForNewUsers = false;
        o.User.RequireUniqueEmail = false;
    }
}
