using Microsoft.Extensions.Options;
using ReformDesk.Core.Calendar;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// Test data for dossiers: a dossier (counter channel, one visit, a lookup key) built step by step with its supplement
/// requests and saved into a <see cref="SqliteCommune"/>, plus the commune's procedures and the services that read them.
/// </summary>
public sealed class DossierBuilder
{
    private readonly Dossier dossier;
    private readonly List<DossierSupplement> supplements = [];

    public DossierBuilder(string code, Procedure procedure, DateTime receivedAt) => dossier = new Dossier
    {
        Code = code, ProcedureId = procedure.Id, ReceivedAt = receivedAt, Channel = DossierChannel.Counter, Visits = 1, LookupKey = LookupKeys.New(),
    };

    public DossierBuilder Applicant(string name, string? phone = null) => With(d => (d.ApplicantName, d.ApplicantPhone) = (name, phone));

    public DossierBuilder Online() => With(d => (d.Channel, d.Visits) = (DossierChannel.Online, 0));

    public DossierBuilder Appointment(DateOnly date) => With(d => d.AppointmentDate = date);

    public DossierBuilder InUnit(Guid unitId) => With(d => d.UnitId = unitId);

    public DossierBuilder Processed(DateTime at, DateTime? returned = null) => With(d => (d.ProcessedAt, d.ReturnedAt) = (at, returned));

    public DossierBuilder Rejected(DateTime at, bool atIntake = false) => With(d => (d.RejectedAt, d.RefusedAtIntake) = (at, atIntake));

    public DossierBuilder Withdrawn(DateTime at) => With(d => d.WithdrawnAt = at);

    public DossierBuilder Supplement(DateTime requested, DateTime? supplied = null, string? content = null)
    {
        supplements.Add(new DossierSupplement { DossierId = dossier.Id, RequestedAt = requested, SuppliedAt = supplied, Content = content });
        return this;
    }

    public DossierBuilder With(Action<Dossier> change)
    {
        change(dossier);
        return this;
    }

    public Task<Dossier> SaveAsync(SqliteCommune commune) => SaveAsync(commune.Open());

    /// <summary>Saved by <paramref name="db"/>, so into the commune that context is opened for.</summary>
    public async Task<Dossier> SaveAsync(ReformDeskDbContext db)
    {
        AddTo(db);
        await db.SaveChangesAsync();
        return dossier;
    }

    /// <summary>Added to <paramref name="db"/> without saving, so that many dossiers are saved at once.</summary>
    public Dossier AddTo(ReformDeskDbContext db)
    {
        db.Dossiers.Add(dossier);
        db.DossierSupplements.AddRange(supplements);
        return dossier;
    }

    /// <summary>A procedure of the commune's catalogue: <paramref name="days"/> working days unless hours or same-day are given.</summary>
    public static async Task<Procedure> ProcedureAsync(SqliteCommune commune, string code, string name, int? days = 5, int? hours = null, bool sameDay = false,
        string? field = null, bool fullyOnline = false)
    {
        var procedure = new Procedure
        {
            Code = code, Name = name, ProcessingDays = days, ProcessingHours = hours, SameDay = sameDay, Field = field, FullyOnlineAllowed = fullyOnline,
        };
        var db = commune.Open();
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync();
        return procedure;
    }

    /// <summary>
    /// Marks the monthly indicator buckets of <paramref name="first"/>–<paramref name="last"/> for these procedures, as the dossier
    /// service does when it saves, so the indicators recompute months that dossiers saved by this builder fall in.
    /// </summary>
    public static async Task MarkMonthsAsync(SqliteCommune commune, DateOnly first, DateOnly last, params Procedure[] procedures)
    {
        var months = new List<DateOnly>();
        for (var m = new DateOnly(first.Year, first.Month, 1); m <= last; m = m.AddMonths(1)) months.Add(m);
        await using var db = commune.Open();
        await DossierAggregates.MarkAsync(db, commune.TenantId, from m in months from p in procedures select new AggregateBucket(m, p.Id));
    }

    /// <summary>The commune's rules (its province's calendar from <paramref name="db"/>) with the given cut-off.</summary>
    public static DossierRules Rules(ReformDeskDbContext db, SqliteCommune commune, string cutOff = "15:00") =>
        new(new CalendarService(db, new CalendarCache(), commune.Clock), Options.Create(new DossierSettings { CutOff = cutOff }));

    public static DossierService Service(SqliteCommune commune, ReformDeskDbContext? db = null, string cutOff = "15:00")
    {
        db ??= commune.Open();
        return new DossierService(db, commune.Clock, Rules(db, commune, cutOff));
    }

    public static DossierEntryService Entry(SqliteCommune commune, string cutOff = "15:00")
    {
        var db = commune.Open();
        return new DossierEntryService(db, Service(commune, db, cutOff), commune.Clock);
    }

    public static AtRiskService AtRisk(SqliteCommune commune)
    {
        var db = commune.Open();
        return new AtRiskService(db, commune.Clock, Rules(db, commune));
    }

    public static DossierLogImporter Importer(SqliteCommune commune)
    {
        var db = commune.Open();
        return new DossierLogImporter(db, commune.Clock, Rules(db, commune));
    }
}
