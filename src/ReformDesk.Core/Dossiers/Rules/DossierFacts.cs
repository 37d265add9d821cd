namespace ReformDesk.Core.Dossiers.Rules;

/// <summary>
/// What the indicators need to know about one dossier: its evaluated status plus flags and keys. Built with
/// <see cref="From"/> from a timeline evaluated at the period's end (for a month aggregate: the month's last day),
/// so that open dossiers carry their status at the period end (domain.md §2: "an open dossier is measured at the
/// period's end").
/// </summary>
public sealed record DossierFacts
{
    public required string ProcedureCode { get; init; }
    public Guid UnitId { get; init; }

    /// <summary>Calendar date of receipt (not the cut-off-adjusted date): decides the intake period.</summary>
    public required DateOnly ReceivedDate { get; init; }

    /// <summary>Date of the end moment (processed / returned / refused / withdrawn); null while open.</summary>
    public DateOnly? EndDate { get; init; }

    public required DossierStatus Status { get; init; }
    public DossierChannel Channel { get; init; }
    public ProcessingTimeKind ProcessingTimeKind { get; init; } = ProcessingTimeKind.WorkingDays;
    public bool Digitised { get; init; }
    public bool FullyOnline { get; init; }
    public bool PaidOnline { get; init; }

    /// <summary>The procedure is offered fully online (dịch vụ công trực tuyến toàn trình), from the procedure catalogue.</summary>
    public bool ProcedureAllowsFullyOnline { get; init; }

    /// <summary>The dossier carries a fee or charge (phí, lệ phí), from the procedure catalogue or the dossier.</summary>
    public bool HasFee { get; init; }

    public int SupplementRequestCount { get; init; }

    /// <summary>Indicator 2.1 as the portal computes it, at the same period end as <see cref="Status"/>.</summary>
    public PortalVerdict PortalVerdict { get; init; }

    public int Visits { get; init; }

    /// <summary>For resolved dossiers: working days taken, pauses excluded (see <see cref="DossierEvaluation.ProcessingWorkingDays"/>).</summary>
    public int? ProcessingWorkingDays { get; init; }

    public bool IsOpen => Status is DossierStatus.Pending or DossierStatus.PendingAtRisk or DossierStatus.PendingOverdue;
    public bool IsResolved => Status is DossierStatus.ResolvedEarly or DossierStatus.ResolvedOnTime or DossierStatus.ResolvedLate;

    /// <summary>Facts of a dossier from its timeline and its evaluation.</summary>
    public static DossierFacts From(DossierTimeline timeline, DossierEvaluation evaluation, string procedureCode, Guid unitId,
        bool procedureAllowsFullyOnline, bool hasFee)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(evaluation);
        return new DossierFacts
        {
            ProcedureCode = procedureCode,
            UnitId = unitId,
            ReceivedDate = DateOnly.FromDateTime(timeline.ReceivedAt),
            EndDate = evaluation.EndedAt is { } e ? DateOnly.FromDateTime(e) : null,
            Status = evaluation.Status,
            Channel = timeline.Channel,
            ProcessingTimeKind = timeline.ProcessingTime.Kind,
            Digitised = timeline.Digitised,
            FullyOnline = timeline.FullyOnline,
            PaidOnline = timeline.PaidOnline,
            ProcedureAllowsFullyOnline = procedureAllowsFullyOnline,
            HasFee = hasFee,
            SupplementRequestCount = evaluation.SupplementRequestCount,
            PortalVerdict = evaluation.Portal.Verdict,
            Visits = timeline.Visits,
            ProcessingWorkingDays = evaluation.ProcessingWorkingDays,
        };
    }
}
