using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Calendar;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Plans.Scheduling;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>
/// A commune on a real SQLite file for the Plans service tests: today is Wednesday 10/06/2026, 10:00 in Hà Nội; three units
/// (the lead, a coordinator, a unit with nothing to do with the tasks), the actors who act on plans, and the services.
/// </summary>
public sealed class PlanCommune : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 6, 10, 3, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 6, 10);

    private PlanCommune(SqliteCommune db, Unit lead, Unit coordinator, Unit outsider) =>
        (Db, Lead, Coordinator, Outsider) = (db, lead, coordinator, outsider);

    public SqliteCommune Db { get; }
    public Unit Lead { get; }
    public Unit Coordinator { get; }
    public Unit Outsider { get; }

    public static async Task<PlanCommune> CreateAsync()
    {
        var db = await SqliteCommune.CreateAsync(Now);
        return new PlanCommune(db, await db.UnitAsync("Phòng Văn hóa - Xã hội"), await db.UnitAsync("Phòng Kinh tế"), await db.UnitAsync("Công an phường", UnitKind.Police));
    }

    public PlanBuilder Plan(string title = "Kế hoạch cải cách hành chính năm 2026") => new(Db, title);

    public PlanService Plans() => new(Db.Open(), Db.Clock);

    public ReportingService Reporting() => new(Db.Open(), Plans());

    /// <summary>The reminder job's service as the host wires it, all on one unit of work, sending through <paramref name="mail"/>.</summary>
    public ReminderService Reminders(IMailSender mail)
    {
        var db = Db.Open();
        var plans = new PlanService(db, Db.Clock);
        var calendars = new CalendarService(db, new CalendarCache(), Db.Clock);
        var rules = new DossierRules(calendars, Options.Create(new DossierSettings()));
        var feedback = new FeedbackReminders(db, new FeedbackDeadlineService(db, calendars, rules, Db.Clock), Options.Create(new CitizenVoiceOptions()));
        return new ReminderService(db, plans, new ReportingService(db, plans), new AtRiskService(db, Db.Clock, rules), feedback, mail, Db.Clock,
            NullLogger<ReminderService>.Instance);
    }

    public static Actor Secretariat(bool readOnly = false) => new(Guid.NewGuid(), "Nguyễn Thị Thu (Tham mưu CCHC)", [Roles.ReformSecretariat], null, readOnly);

    public Actor LeadHead() => new(Guid.NewGuid(), "Trần Văn Minh", [Roles.DepartmentHead], Lead.Id, false);

    public Actor CoordinatorOfficer() => new(Guid.NewGuid(), "Lê Thị Hà", [Roles.Officer], Coordinator.Id, false);

    public Actor OutsiderOfficer() => new(Guid.NewGuid(), "Phạm Quốc Huy", [Roles.Officer], Outsider.Id, false);

    /// <summary>An account of the commune with its roles, stored as Identity stores it.</summary>
    public async Task<AppUser> AccountAsync(string userName, Guid? unitId, params string[] roles)
    {
        await using var db = Db.Open();
        var user = new AppUser { Id = Guid.NewGuid(), TenantId = Db.TenantId, UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), Email = $"{userName}@tranhungdao.gov.vn", FullName = userName, UnitId = unitId };
        db.Users.Add(user);
        foreach (var name in roles)
        {
            var role = db.Roles.FirstOrDefault(r => r.Name == name) ?? db.Roles.Add(new AppRole(name) { NormalizedName = name.ToUpperInvariant() }).Entity;
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = role.Id });
            await db.SaveChangesAsync();
        }

        await db.SaveChangesAsync();
        return user;
    }

    public async Task DisableAsync(AppUser user)
    {
        await using var db = Db.Open();
        db.Users.Attach(user);
        user.Disable(Now.UtcDateTime);
        await db.SaveChangesAsync();
    }

    /// <summary>A second commune in the same database, and a context opened for it.</summary>
    public async Task<ReformDeskDbContext> OtherCommuneAsync()
    {
        var id = Guid.NewGuid();
        await using (var system = Db.OpenSystem())
        {
            system.Tenants.Add(new Tenant { Id = id, Code = "HP-NQ", Name = "Phường Ngô Quyền", Kind = TenantKind.Commune });
            await system.SaveChangesAsync();
        }

        return Db.OpenFor(id);
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}

/// <summary>The plan and its tasks as stored, a task found by its number.</summary>
public sealed record BuiltPlan(Plan Plan, IReadOnlyList<PlanTask> Tasks)
{
    public PlanTask this[string number] => Tasks.Single(t => t.Number == number);
}

/// <summary>Test-data builder for a plan: sections and tasks with their schedule parsed as the import parses it.</summary>
public sealed class PlanBuilder(SqliteCommune commune, string title)
{
    private readonly List<(string Code, string Title)> sections = [];
    private readonly List<(int Section, PlanTask Task, Guid[] Coordinators)> tasks = [];
    private (int Start, int End) years = (2026, 2026);
    private bool draft;
    private bool confirmation;
    private PlanStatus? closed;
    private Guid? tenant;

    public PlanBuilder Years(int start, int end)
    {
        years = (start, end);
        return this;
    }

    /// <summary>The plan is saved into another commune of the same database (a province's communes side by side).</summary>
    public PlanBuilder In(Guid tenantId)
    {
        tenant = tenantId;
        return this;
    }

    public PlanBuilder Draft()
    {
        draft = true;
        return this;
    }

    public PlanBuilder Closed()
    {
        closed = PlanStatus.Closed;
        return this;
    }

    public PlanBuilder WithConfirmation()
    {
        confirmation = true;
        return this;
    }

    public PlanBuilder Section(string code, string sectionTitle)
    {
        sections.Add((code, sectionTitle));
        return this;
    }

    /// <summary>A task in the last section (a section "I" is opened if none was).</summary>
    public PlanBuilder Task(string number, string schedule, Unit? lead, params Unit[] coordinators) =>
        Task(number, schedule, lead, null, coordinators);

    public PlanBuilder Task(string number, string schedule, Unit? lead, CollectiveKind? leadGroup, params Unit[] coordinators)
    {
        if (sections.Count == 0)
        {
            Section("I", "Công tác chỉ đạo, điều hành");
        }

        var parsed = ScheduleParser.Parse(schedule, years.Start);
        tasks.Add((sections.Count - 1, new PlanTask
        {
            Number = number, Order = tasks.Count + 1, Content = $"Nhiệm vụ {number}: triển khai thực hiện cải cách hành chính",
            LeadUnitId = lead?.Id, LeadCollective = leadGroup, ScheduleText = schedule, ScheduleJson = ScheduleJson.Serialize(parsed),
            ScheduleNeedsReview = parsed.NeedsReview, Deliverable = "Báo cáo kết quả",
        }, coordinators.Select(c => c.Id).ToArray()));
        return this;
    }

    public async Task<BuiltPlan> SaveAsync()
    {
        await using var db = tenant is { } other ? commune.OpenFor(other) : commune.Open();
        var plan = draft
            ? new Plan { Title = title, Number = "/KH-UBND", StartYear = years.Start, EndYear = years.End }
            : Plan.FromIssuedDocument(title, "05/KH-UBND", years.Start, years.End, new DateOnly(years.Start, 1, 5), null, null);
        plan.RequiresCompletionConfirmation = confirmation;
        if (closed is not null)
        {
            Assert.True(plan.Close().Succeeded);
        }

        db.Plans.Add(plan);
        var stored = sections.Select((s, i) => new PlanSection { PlanId = plan.Id, Code = s.Code, Title = s.Title, Order = i + 1 }).ToList();
        db.PlanSections.AddRange(stored);
        foreach (var (section, task, coordinators) in tasks)
        {
            (task.PlanId, task.SectionId) = (plan.Id, stored[section].Id);
            db.PlanTasks.Add(task);
            db.PlanTaskCoordinators.AddRange(coordinators.Select(c => new PlanTaskCoordinator { TaskId = task.Id, UnitId = c }));
        }

        await db.SaveChangesAsync();
        return new BuiltPlan(plan, tasks.Select(t => t.Task).ToList());
    }
}
