using System.Linq.Expressions;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Calendar;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;

namespace ReformDesk.Core.Platform;

/// <summary>
/// The one DbContext. Every <see cref="ITenantOwned"/> entity gets a query filter on the current tenant
/// and a key that leads with TenantId; <see cref="TenantSaveInterceptor"/> stamps, guards and audits writes.
/// </summary>
public sealed class ReformDeskDbContext(DbContextOptions<ReformDeskDbContext> options, TenantContext tenant)
    : IdentityDbContext<AppUser, AppRole, Guid>(options)
{
    public TenantContext Tenant { get; } = tenant;

    // Read by the query filters; EF re-evaluates these per query, so one model serves every tenant.
    private Guid? CurrentTenantId => Tenant.TenantId;
    private bool SeesAllTenants => Tenant.IsSystem;

    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PositionTenure> PositionTenures => Set<PositionTenure>();
    public DbSet<Movement> Movements => Set<Movement>();
    public DbSet<Inspections.InspectionPlan> InspectionPlans => Set<Inspections.InspectionPlan>();
    public DbSet<Inspections.Inspection> Inspections => Set<Inspections.Inspection>();
    public DbSet<Inspections.InspectionFinding> InspectionFindings => Set<Inspections.InspectionFinding>();
    public DbSet<NominationRound> NominationRounds => Set<NominationRound>();
    public DbSet<Nomination> Nominations => Set<Nomination>();
    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<CouncilMeeting> CouncilMeetings => Set<CouncilMeeting>();
    public DbSet<CouncilRecusal> CouncilRecusals => Set<CouncilRecusal>();
    public DbSet<CouncilMemberVote> CouncilMemberVotes => Set<CouncilMemberVote>();
    public DbSet<CouncilBallotCount> CouncilBallotCounts => Set<CouncilBallotCount>();
    public DbSet<Council> Councils => Set<Council>();
    public DbSet<CouncilMembership> CouncilMemberships => Set<CouncilMembership>();
    public DbSet<CouncilMeetingMember> CouncilMeetingMembers => Set<CouncilMeetingMember>();
    public DbSet<CouncilBallotReceipt> CouncilBallotReceipts => Set<CouncilBallotReceipt>();
    public DbSet<AwardDecision> AwardDecisions => Set<AwardDecision>();
    public DbSet<AwardRecord> AwardRecords => Set<AwardRecord>();
    public DbSet<AwardProposal> AwardProposals => Set<AwardProposal>();
    public DbSet<AwardProposalItem> AwardProposalItems => Set<AwardProposalItem>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanSection> PlanSections => Set<PlanSection>();
    public DbSet<PlanTask> PlanTasks => Set<PlanTask>();
    public DbSet<PlanTaskCoordinator> PlanTaskCoordinators => Set<PlanTaskCoordinator>();
    public DbSet<TaskOccurrence> TaskOccurrences => Set<TaskOccurrence>();
    public DbSet<TaskUpdate> TaskUpdates => Set<TaskUpdate>();
    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();
    public DbSet<ReportObligation> ReportObligations => Set<ReportObligation>();
    public DbSet<ReportSubmission> ReportSubmissions => Set<ReportSubmission>();
    public DbSet<ReminderLog> ReminderLogs => Set<ReminderLog>();
    public DbSet<Notice> Notices => Set<Notice>();
    public DbSet<CalendarOverride> CalendarOverrides => Set<CalendarOverride>();
    public DbSet<ReformDesk.Core.Dossiers.IndexWeight> IndexWeights => Set<ReformDesk.Core.Dossiers.IndexWeight>();
    public DbSet<Targets.Target> Targets => Set<Targets.Target>();
    public DbSet<Pledge> Pledges => Set<Pledge>();
    public DbSet<MovementMilestone> MovementMilestones => Set<MovementMilestone>();
    public DbSet<Procedure> Procedures => Set<Procedure>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<DossierSupplement> DossierSupplements => Set<DossierSupplement>();
    public DbSet<DossierEvent> DossierEvents => Set<DossierEvent>();
    public DbSet<LookupAttempt> LookupAttempts => Set<LookupAttempt>();
    public DbSet<DossierMonthlyCounts> DossierMonthlyCounts => Set<DossierMonthlyCounts>();
    public DbSet<DossierAggregateMark> DossierAggregateMarks => Set<DossierAggregateMark>();
    public DbSet<DossierOutcome> DossierOutcomes => Set<DossierOutcome>();
    public DbSet<ImportMapping> ImportMappings => Set<ImportMapping>();
    public DbSet<CitizenVoice.Feedback> Feedbacks => Set<CitizenVoice.Feedback>();
    public DbSet<CitizenVoice.FeedbackEvent> FeedbackEvents => Set<CitizenVoice.FeedbackEvent>();
    public DbSet<CitizenVoice.FeedbackAttachment> FeedbackAttachments => Set<CitizenVoice.FeedbackAttachment>();
    public DbSet<CitizenVoice.FeedbackDeadline> FeedbackDeadlines => Set<CitizenVoice.FeedbackDeadline>();
    public DbSet<Satisfaction.DossierRating> DossierRatings => Set<Satisfaction.DossierRating>();
    public DbSet<Satisfaction.SurveyQuestionnaire> SurveyQuestionnaires => Set<Satisfaction.SurveyQuestionnaire>();
    public DbSet<Satisfaction.SurveyCampaign> SurveyCampaigns => Set<Satisfaction.SurveyCampaign>();
    public DbSet<Satisfaction.SurveyResponse> SurveyResponses => Set<Satisfaction.SurveyResponse>();
    public DbSet<Satisfaction.PublishedResults> PublishedResults => Set<Satisfaction.PublishedResults>();
    public DbSet<CitizenVoice.UnitSuggestionModel> UnitSuggestionModels => Set<CitizenVoice.UnitSuggestionModel>();
    public DbSet<Reports.PeriodicReport> PeriodicReports => Set<Reports.PeriodicReport>();
    public DbSet<Appraisal> Appraisals => Set<Appraisal>();
    public DbSet<DisciplineRecord> DisciplineRecords => Set<DisciplineRecord>();
    public DbSet<ReformWorkAssignment> ReformWorkAssignments => Set<ReformWorkAssignment>();
    public DbSet<AcceptedSchemeRecord> AcceptedSchemes => Set<AcceptedSchemeRecord>();
    public DbSet<UnitMemberCount> UnitMemberCounts => Set<UnitMemberCount>();
    public DbSet<UnitReformRating> UnitReformRatings => Set<UnitReformRating>();

    /// <summary>Chain heads computed by the interceptor for the save in progress, written once its rows are stored.</summary>
    internal IReadOnlyList<AuditChainHead>? PendingChainHeads { get; set; }

    // Every save with changes runs in an explicit transaction, so the audit chain's head is locked and advanced
    // atomically with the rows it describes; a caller's own transaction is used as is.
    // A dossier's cached outcome is deleted after the save that changes it, in the same transaction.
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (Database.CurrentTransaction is not null || !ChangeTracker.HasChanges())
        {
            var stale = DossierOutcome.StaleKeys(ChangeTracker);
            var saved = base.SaveChanges(acceptAllChangesOnSuccess);
            DossierOutcome.Invalidate(this, stale);
            return saved;
        }

        using var transaction = Database.BeginTransaction();
        var staleKeys = DossierOutcome.StaleKeys(ChangeTracker);
        var result = base.SaveChanges(acceptAllChangesOnSuccess);
        DossierOutcome.Invalidate(this, staleKeys);
        transaction.Commit();
        return result;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is not null || !ChangeTracker.HasChanges())
        {
            var stale = DossierOutcome.StaleKeys(ChangeTracker);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await DossierOutcome.InvalidateAsync(this, stale, cancellationToken);
            return saved;
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        var staleKeys = DossierOutcome.StaleKeys(ChangeTracker);
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await DossierOutcome.InvalidateAsync(this, staleKeys, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<AppUser>(e =>
        {
            e.Property(u => u.FullName).HasMaxLength(200);
            e.HasIndex(u => u.TenantId);
            e.HasOne<Tenant>().WithMany().HasForeignKey(u => u.TenantId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Unit>().WithMany().HasForeignKey(u => new { u.TenantId, u.UnitId }).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Person>().WithMany().HasForeignKey(u => new { u.TenantId, u.PersonId }).OnDelete(DeleteBehavior.Restrict);
            e.Ignore(u => u.IsDisabled);
        });

        builder.Entity<Tenant>(e =>
        {
            e.HasKey(t => t.Id);
            e.HasIndex(t => t.Code).IsUnique();
            e.HasIndex(t => t.ParentId);
            e.Property(t => t.Code).HasMaxLength(40);
            e.Property(t => t.Name).HasMaxLength(200);
            e.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(t => t.Type).HasConversion<string>().HasMaxLength(20);
            e.HasOne<Tenant>().WithMany().HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Unit>(e =>
        {
            e.HasKey(u => new { u.TenantId, u.Id });
            e.HasIndex(u => new { u.TenantId, u.Name }).IsUnique();
            e.Property(u => u.Name).HasMaxLength(300);
            e.Property(u => u.Note).HasMaxLength(1000);
            e.Property(u => u.Kind).HasConversion<string>().HasMaxLength(40);
            e.HasOne<Unit>().WithMany().HasForeignKey(u => new { u.TenantId, u.MergedIntoId }).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Person>(e =>
        {
            e.HasKey(p => new { p.TenantId, p.Id });
            e.HasIndex(p => new { p.TenantId, p.FullName });
            e.Property(p => p.FullName).HasMaxLength(200);
            e.Property(p => p.Email).HasMaxLength(200);
            e.Property(p => p.Note).HasMaxLength(1000);
        });

        builder.Entity<PositionTenure>(e =>
        {
            e.HasKey(p => new { p.TenantId, p.Id });
            e.HasIndex(p => new { p.TenantId, p.PersonId });
            e.Property(p => p.Title).HasMaxLength(200);
            // Composite foreign keys carry the tenant, so a row can never point into another commune.
            e.HasOne<Person>().WithMany().HasForeignKey(p => new { p.TenantId, p.PersonId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Unit>().WithMany().HasForeignKey(p => new { p.TenantId, p.UnitId }).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Movement>(e =>
        {
            e.HasKey(m => new { m.TenantId, m.Id });
            e.HasIndex(m => new { m.TenantId, m.Title }).IsUnique();
            e.Property(m => m.Title).HasMaxLength(500);
            e.Property(m => m.IssuingBody).HasMaxLength(200);
            e.Property(m => m.DocumentNumber).HasMaxLength(60);
            e.Property(m => m.SourceDocument).HasMaxLength(200);
        });

        builder.Entity<AuditEntry>(e =>
        {
            e.HasKey(a => new { a.TenantId, a.Id });
            e.HasIndex(a => new { a.TenantId, a.AtUtc });
            e.HasIndex(a => new { a.TenantId, a.Entity, a.EntityId });
            e.Property(a => a.Entity).HasMaxLength(100);
            e.Property(a => a.EntityId).HasMaxLength(100);
            e.Property(a => a.UserName).HasMaxLength(256);
            e.Property(a => a.Action).HasConversion<string>().HasMaxLength(10);
            e.Property(a => a.Hash).HasMaxLength(64);
            e.HasIndex(a => new { a.TenantId, a.Sequence }).IsUnique();
        });

        builder.Entity<AuditChainHead>(e =>
        {
            e.HasKey(h => h.TenantId);
            e.Property(h => h.Hash).HasMaxLength(64);
        });

        PlansModel.Configure(builder);
        CalendarModel.Configure(builder);
        ReformDesk.Core.Targets.TargetsModel.Configure(builder);
        PledgesModel.Configure(builder);
        MovementModel.Configure(builder);
        ReformDesk.Core.Inspections.InspectionsModel.Configure(builder);
        DossiersModel.Configure(builder, Database.IsNpgsql());
        ReformDesk.Core.Dossiers.DossierMonthlyCounts.Configure(builder, Database.IsNpgsql());
        ReformDesk.Core.Dossiers.IndexWeight.Configure(builder);
        ReformDesk.Core.Dossiers.DossierAggregateMark.Configure(builder);
        DossierOutcome.Configure(builder, Database.IsNpgsql());
        EmulationModel.Configure(builder);
        ProposalModel.Configure(builder);
        CitizenVoice.CitizenVoiceModel.Configure(builder);
        Satisfaction.SatisfactionModel.Configure(builder, Database.IsNpgsql());
        Satisfaction.PublishedResults.Configure(builder, Database.IsNpgsql());
        CitizenVoice.UnitSuggestionModel.Configure(builder);
        ParIndex.ParIndexModel.Configure(builder);
        Reports.PeriodicReport.Configure(builder);
        FactsModel.Configure(builder);

        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType))
            {
                ApplyTenantFilterMethod.MakeGenericMethod(entityType.ClrType).Invoke(this, [builder]);
            }
        }
    }

    private static readonly System.Reflection.MethodInfo ApplyTenantFilterMethod =
        typeof(ReformDeskDbContext).GetMethod(nameof(ApplyTenantFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

    private void ApplyTenantFilter<T>(ModelBuilder builder) where T : class, ITenantOwned
    {
        Expression<Func<T, bool>> filter = e => SeesAllTenants || e.TenantId == CurrentTenantId;
        builder.Entity<T>().HasQueryFilter(filter);
    }
}
