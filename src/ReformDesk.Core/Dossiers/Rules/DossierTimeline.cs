namespace ReformDesk.Core.Dossiers.Rules;

/// <summary>How the dossier reached the one-stop shop.</summary>
public enum DossierChannel
{
    /// <summary>Filed in person at the one-stop-shop counter (trực tiếp).</summary>
    Counter,

    /// <summary>Filed on the national or provincial public-service portal (trực tuyến).</summary>
    Online,

    /// <summary>Sent through the public postal service (bưu chính công ích).</summary>
    Postal,
}

/// <summary>
/// A request to supplement the dossier (form 02, "phiếu yêu cầu bổ sung, hoàn thiện hồ sơ") and, once the
/// citizen has resubmitted, when the supplement was received. The clock stops from the request to the resubmission.
/// </summary>
public sealed record SupplementRequest(DateTime RequestedAt, DateTime? SuppliedAt = null);

/// <summary>A suspension of processing (e.g. waiting for another agency); the clock stops from
/// <paramref name="From"/> to <paramref name="To"/> (open while <paramref name="To"/> is null).</summary>
public sealed record Suspension(DateTime From, DateTime? To = null);

/// <summary>An apology letter (form 04, "phiếu xin lỗi và hẹn lại ngày trả kết quả") with the new date promised.</summary>
public sealed record ApologyLetter(DateTime IssuedAt, DateOnly NewDate);

/// <summary>
/// Everything the rules need to know about one dossier (hồ sơ TTHC), as it is recorded: moments in local Vietnam time
/// (<see cref="DateTimeKind.Unspecified"/>). Nothing here is a status: the status is derived by
/// <see cref="DossierStatusRules"/>. Events later than the evaluation's as-of moment are ignored there, so the same
/// timeline can be measured at any period end.
/// </summary>
public sealed record DossierTimeline
{
    public required DateTime ReceivedAt { get; init; }
    public DossierChannel Channel { get; init; } = DossierChannel.Counter;
    public required ProcessingTime ProcessingTime { get; init; }

    /// <summary>
    /// The appointment date printed on the receipt (form 01), e.g. as imported from the provincial system. When present
    /// it replaces the computed date; supplement and suspension pauses still extend it. It must be the original
    /// appointment, not one already moved for a supplement, or the pause would be counted twice.
    /// </summary>
    public DateOnly? AppointmentDate { get; init; }

    public IReadOnlyList<SupplementRequest> SupplementRequests { get; init; } = [];
    public IReadOnlyList<Suspension> Suspensions { get; init; } = [];

    /// <summary>Refused / stopped in writing (form 03 or 05).</summary>
    public DateTime? RejectedAt { get; init; }

    /// <summary>The refusal in <see cref="RejectedAt"/> was made at intake (portal status 3, "không tiếp nhận"): the dossier was
    /// never received, so indicator 2.1 leaves it out. A refusal or stop after receipt (status 8) is judged like any end.</summary>
    public bool RefusedAtIntake { get; init; }

    /// <summary>Processing finished ("đã xử lý", result ready).</summary>
    public DateTime? ResolvedAt { get; init; }

    /// <summary>Result handed to the citizen.</summary>
    public DateTime? ResultReturnedAt { get; init; }

    /// <summary>Withdrawn by the citizen.</summary>
    public DateTime? WithdrawnAt { get; init; }

    /// <summary>The dossier's components were digitised (số hóa) as recorded by the provincial system.</summary>
    public bool Digitised { get; init; }

    /// <summary>Filed and handled fully online (trực tuyến toàn trình).</summary>
    public bool FullyOnline { get; init; }

    /// <summary>The fee was paid online.</summary>
    public bool PaidOnline { get; init; }

    /// <summary>How many times the citizen came to the office to file or complete this dossier (0 when filed online or by
    /// post; collecting the result is not counted). More than 1 is "đi lại nhiều lần".</summary>
    public int Visits { get; init; }

    /// <summary>Apology letters; the law allows the new date to be set only once (domain.md §2).</summary>
    public IReadOnlyList<ApologyLetter> ApologyLetters { get; init; } = [];

    /// <summary>Data errors that make the timeline impossible to evaluate (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        void Before(DateTime? later, string name)
        {
            if (later is { } t && t < ReceivedAt) errors.Add($"{name} ({t:yyyy-MM-dd HH:mm}) is before ReceivedAt.");
        }
        Before(RejectedAt, nameof(RejectedAt));
        Before(ResolvedAt, nameof(ResolvedAt));
        Before(ResultReturnedAt, nameof(ResultReturnedAt));
        Before(WithdrawnAt, nameof(WithdrawnAt));
        foreach (var s in SupplementRequests)
        {
            Before(s.RequestedAt, "SupplementRequest.RequestedAt");
            if (s.SuppliedAt is { } sup && sup < s.RequestedAt) errors.Add("SupplementRequest.SuppliedAt is before RequestedAt.");
        }
        foreach (var s in Suspensions)
        {
            Before(s.From, "Suspension.From");
            if (s.To is { } to && to < s.From) errors.Add("Suspension.To is before From.");
        }
        if (RefusedAtIntake && RejectedAt is null) errors.Add("RefusedAtIntake needs RejectedAt.");
        if (Visits < 0) errors.Add("Visits is negative.");
        return errors;
    }
}
