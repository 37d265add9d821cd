using System.Globalization;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Dossiers;

/// <summary>What happened to a dossier, in the order of Decree 118/2025's one-stop process (forms 01–05 of Circular 03/2025).</summary>
public enum DossierEventKind
{
    Received,
    Transferred,
    SupplementRequested,
    SupplementSupplied,
    Suspended,
    Resumed,
    FinancialObligation,
    ObligationFulfilled,
    ApologyIssued,
    Rejected,
    Withdrawn,
    Stopped,
    Processed,
    Returned,
}

/// <summary>Where a dossier stands in its lifecycle (not its timeliness, which the rules derive).</summary>
public enum DossierStage
{
    Processing,
    AwaitingSupplement,
    Suspended,
    AwaitingPayment,
    Processed,
    Returned,
    Refused,
    Withdrawn,
    Stopped,
}

/// <summary>One event of a dossier's lifecycle. A wrong one is never deleted: it is voided with a reason (audited).</summary>
public sealed class DossierEvent : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid DossierId { get; set; }
    public DossierEventKind Kind { get; init; }

    /// <summary>Local Vietnam time (Kind=Unspecified), like every dossier moment.</summary>
    public DateTime At { get; init; }

    /// <summary>Reason or note (refusal, stop, suspension, apology, financial obligation).</summary>
    public string? Reason { get; init; }

    /// <summary>Transfer: the unit the dossier came from and went to.</summary>
    public Guid? FromUnitId { get; init; }

    public Guid? ToUnitId { get; init; }

    /// <summary>Apology letter (form 04): the new appointment, which may be set only once.</summary>
    public DateOnly? NewAppointment { get; init; }

    /// <summary>Reconstructed from the dossier's imported moments rather than recorded at the counter.</summary>
    public bool Derived { get; init; }

    public string RecordedBy { get; init; } = "";
    public DateTime RecordedAtUtc { get; init; }

    public DateTime? VoidedAtUtc { get; private set; }
    public string? VoidReason { get; private set; }
    public string? VoidedBy { get; private set; }

    public bool Active => VoidedAtUtc is null;

    internal void Void(string reason, string by, DateTime atUtc)
    {
        VoidReason = reason;
        VoidedBy = by;
        VoidedAtUtc = atUtc;
    }
}

/// <summary>
/// The transition table: which event may follow which stage, and the stage it leads to. Receipt only opens a dossier;
/// an apology letter leaves the stage as it is (and is allowed once, checked by <see cref="Dossier"/>).
/// </summary>
public static class DossierTransitions
{
    public static DossierStage? Next(DossierStage stage, DossierEventKind kind) => (stage, kind) switch
    {
        (DossierStage.Processing, DossierEventKind.Transferred) => DossierStage.Processing,
        (DossierStage.Processing, DossierEventKind.SupplementRequested) => DossierStage.AwaitingSupplement,
        (DossierStage.AwaitingSupplement, DossierEventKind.SupplementSupplied) => DossierStage.Processing,
        (DossierStage.Processing, DossierEventKind.Suspended) => DossierStage.Suspended,
        (DossierStage.Suspended, DossierEventKind.Resumed) => DossierStage.Processing,
        (DossierStage.Processing, DossierEventKind.FinancialObligation) => DossierStage.AwaitingPayment,
        (DossierStage.AwaitingPayment, DossierEventKind.ObligationFulfilled) => DossierStage.Processing,
        (DossierStage.Processing or DossierStage.AwaitingSupplement or DossierStage.Suspended or DossierStage.AwaitingPayment, DossierEventKind.ApologyIssued) => stage,
        (DossierStage.Processing or DossierStage.AwaitingSupplement, DossierEventKind.Rejected) => DossierStage.Refused,
        (DossierStage.Processing or DossierStage.AwaitingSupplement or DossierStage.Suspended or DossierStage.AwaitingPayment, DossierEventKind.Withdrawn) => DossierStage.Withdrawn,
        (DossierStage.Processing or DossierStage.AwaitingSupplement or DossierStage.Suspended or DossierStage.AwaitingPayment, DossierEventKind.Stopped) => DossierStage.Stopped,
        (DossierStage.Processing, DossierEventKind.Processed) => DossierStage.Processed,
        (DossierStage.Processed, DossierEventKind.Returned) => DossierStage.Returned,
        _ => null,
    };

    /// <summary>The events that may be recorded next (receipt never: it opens the dossier).</summary>
    public static IReadOnlyList<DossierEventKind> Allowed(DossierStage stage) =>
        Enum.GetValues<DossierEventKind>().Where(k => Next(stage, k) is not null).ToList();

    public static bool IsFinal(DossierStage stage) => stage is DossierStage.Returned or DossierStage.Refused or DossierStage.Withdrawn or DossierStage.Stopped;

    public static string Text(DossierEventKind kind) => kind switch
    {
        DossierEventKind.Received => "Tiếp nhận hồ sơ",
        DossierEventKind.Transferred => "Chuyển xử lý sang đơn vị khác",
        DossierEventKind.SupplementRequested => "Yêu cầu bổ sung hồ sơ",
        DossierEventKind.SupplementSupplied => "Công dân đã bổ sung hồ sơ",
        DossierEventKind.Suspended => "Tạm dừng giải quyết",
        DossierEventKind.Resumed => "Tiếp tục giải quyết",
        DossierEventKind.FinancialObligation => "Chờ thực hiện nghĩa vụ tài chính",
        DossierEventKind.ObligationFulfilled => "Đã thực hiện nghĩa vụ tài chính",
        DossierEventKind.ApologyIssued => "Phiếu xin lỗi và hẹn lại ngày trả kết quả",
        DossierEventKind.Rejected => "Từ chối giải quyết",
        DossierEventKind.Withdrawn => "Công dân rút hồ sơ",
        DossierEventKind.Stopped => "Dừng giải quyết",
        DossierEventKind.Processed => "Đã có kết quả giải quyết",
        _ => "Đã trả kết quả",
    };

    public static string Text(DossierStage stage) => stage switch
    {
        DossierStage.Processing => "Đang giải quyết",
        DossierStage.AwaitingSupplement => "Chờ công dân bổ sung",
        DossierStage.Suspended => "Tạm dừng",
        DossierStage.AwaitingPayment => "Chờ thực hiện nghĩa vụ tài chính",
        DossierStage.Processed => "Đã có kết quả, chờ trả",
        DossierStage.Returned => "Đã trả kết quả",
        DossierStage.Refused => "Đã từ chối",
        DossierStage.Withdrawn => "Đã rút",
        _ => "Đã dừng giải quyết",
    };
}

/// <summary>Who records an event and when: Vietnam local time (moments may not be later) and UTC (the record's stamp).</summary>
public readonly record struct Recorder(string UserName, DateTime Now, DateTime NowUtc);

/// <summary>What the one who records an event adds besides its kind and moment.</summary>
public sealed record DossierEventDetails(string? Reason = null, Guid? ToUnitId = null, DateOnly? NewAppointment = null);

/// <summary>The dossier's lifecycle: each transition is a method that refuses an illegal move and keeps the moments in step.</summary>
public sealed partial class Dossier
{
    private readonly List<DossierEvent> events = [];
    private readonly List<DossierSupplement> supplements = [];

    public IReadOnlyList<DossierEvent> Events => events;

    public IReadOnlyList<DossierSupplement> Supplements => supplements;

    public IEnumerable<DossierEvent> ActiveEvents => events.Where(e => e.Active).OrderBy(e => e.At).ThenBy(e => e.RecordedAtUtc).ThenBy(e => e.Kind);

    /// <summary>The stage the active events lead to (a dossier without events is being processed).</summary>
    public DossierStage Stage => Replay(ActiveEvents, out var stage) is null ? stage : DossierStage.Processing;

    public OperationResult<DossierEvent> Transfer(DateTime at, Guid toUnitId, string? note, Recorder by) => Apply(DossierEventKind.Transferred, at, new(note, toUnitId), by);
    public OperationResult<DossierEvent> RequestSupplement(DateTime at, string? note, Recorder by) => Apply(DossierEventKind.SupplementRequested, at, new(note), by);
    public OperationResult<DossierEvent> ReceiveSupplement(DateTime at, Recorder by) => Apply(DossierEventKind.SupplementSupplied, at, new(), by);
    public OperationResult<DossierEvent> Suspend(DateTime at, string? reason, Recorder by) => Apply(DossierEventKind.Suspended, at, new(reason), by);
    public OperationResult<DossierEvent> Resume(DateTime at, Recorder by) => Apply(DossierEventKind.Resumed, at, new(), by);
    public OperationResult<DossierEvent> AwaitFinancialObligation(DateTime at, string? note, Recorder by) => Apply(DossierEventKind.FinancialObligation, at, new(note), by);
    public OperationResult<DossierEvent> FulfilFinancialObligation(DateTime at, Recorder by) => Apply(DossierEventKind.ObligationFulfilled, at, new(), by);
    public OperationResult<DossierEvent> IssueApology(DateTime at, string? reason, DateOnly newAppointment, Recorder by) => Apply(DossierEventKind.ApologyIssued, at, new(reason, NewAppointment: newAppointment), by);
    public OperationResult<DossierEvent> Refuse(DateTime at, string? reason, Recorder by) => Apply(DossierEventKind.Rejected, at, new(reason), by);
    public OperationResult<DossierEvent> Withdraw(DateTime at, string? note, Recorder by) => Apply(DossierEventKind.Withdrawn, at, new(note), by);
    public OperationResult<DossierEvent> Stop(DateTime at, string? reason, Recorder by) => Apply(DossierEventKind.Stopped, at, new(reason), by);
    public OperationResult<DossierEvent> MarkProcessed(DateTime at, Recorder by) => Apply(DossierEventKind.Processed, at, new(), by);
    public OperationResult<DossierEvent> ReturnResult(DateTime at, Recorder by) => Apply(DossierEventKind.Returned, at, new(), by);

    /// <summary>Records <paramref name="kind"/> through its transition method's rules (the page's single entry point).</summary>
    public OperationResult<DossierEvent> Apply(DossierEventKind kind, DateTime at, DossierEventDetails details, Recorder by)
    {
        OperationResult<DossierEvent> Fail(string field, string message) => OperationResult<DossierEvent>.Invalid(field, $"Hồ sơ {Code}: {message}");

        if (!Enum.IsDefined(kind) || kind == DossierEventKind.Received)
        {
            return Fail("Kind", "hãy chọn sự kiện.");
        }

        if (at < ReceivedAt)
        {
            return Fail("At", $"thời điểm {Text(at)} trước thời điểm tiếp nhận {Text(ReceivedAt)}.");
        }

        if (at > by.Now)
        {
            return Fail("At", $"thời điểm {Text(at)} ở tương lai.");
        }

        var active = ActiveEvents.ToList();
        if (Replay(active, out var stage) is { } broken)
        {
            return Fail("Kind", broken);
        }

        if (DossierTransitions.Next(stage, kind) is null)
        {
            return Fail("Kind", $"đang ở bước \"{DossierTransitions.Text(stage)}\"; không thể ghi \"{DossierTransitions.Text(kind)}\".");
        }

        if (active.Count > 0 && at < active[^1].At)
        {
            return Fail("At", $"thời điểm {Text(at)} trước sự kiện đã ghi gần nhất ({Text(active[^1].At)}).");
        }

        var reason = string.IsNullOrWhiteSpace(details.Reason) ? null : details.Reason.Trim();
        if (reason is { Length: > 500 })
        {
            return Fail("Reason", "lý do, ghi chú tối đa 500 ký tự.");
        }

        switch (kind)
        {
            case DossierEventKind.Rejected or DossierEventKind.Stopped or DossierEventKind.Suspended when reason is null:
                return Fail("Reason", $"hãy ghi lý do {(kind == DossierEventKind.Rejected ? "từ chối" : kind == DossierEventKind.Stopped ? "dừng giải quyết" : "tạm dừng")}.");
            case DossierEventKind.Transferred when details.ToUnitId is not { } to || to == Guid.Empty:
                return Fail("ToUnitId", "hãy chọn đơn vị nhận hồ sơ.");
            case DossierEventKind.Transferred when details.ToUnitId == UnitId:
                return Fail("ToUnitId", "hồ sơ đang ở chính đơn vị này.");
            case DossierEventKind.ApologyIssued:
                if (active.FirstOrDefault(e => e.Kind == DossierEventKind.ApologyIssued) is { } earlier)
                {
                    return Fail("Kind", $"đã có phiếu xin lỗi lúc {Text(earlier.At)} hẹn lại ngày {VietnamTime.Date(earlier.NewAppointment)}; ngày hẹn mới chỉ được đặt một lần.");
                }

                if (reason is null)
                {
                    return Fail("Reason", "hãy ghi lý do chậm trễ.");
                }

                if (details.NewAppointment is not { } date || date <= DateOnly.FromDateTime(at) || (AppointmentDate is { } original && date <= original))
                {
                    return Fail("NewAppointment", "ngày hẹn trả mới phải sau ngày hẹn ban đầu và sau ngày lập phiếu.");
                }

                break;
        }

        var added = new DossierEvent
        {
            TenantId = TenantId,
            DossierId = Id,
            Kind = kind,
            At = at,
            Reason = reason,
            FromUnitId = kind == DossierEventKind.Transferred ? UnitId : null,
            ToUnitId = kind == DossierEventKind.Transferred ? details.ToUnitId : null,
            NewAppointment = kind == DossierEventKind.ApologyIssued ? details.NewAppointment : null,
            RecordedBy = by.UserName,
            RecordedAtUtc = by.NowUtc,
        };
        events.Add(added);
        Project();
        return OperationResult<DossierEvent>.Ok(added);
    }

    /// <summary>Voids a wrongly recorded event (a reason is required; the receipt cannot be voided) if the events left still make a legal history.</summary>
    public OperationResult<DossierEvent> Correct(Guid eventId, string? reason, Recorder by)
    {
        OperationResult<DossierEvent> Fail(string field, string message) => OperationResult<DossierEvent>.Invalid(field, $"Hồ sơ {Code}: {message}");
        var target = events.FirstOrDefault(e => e.Id == eventId && e.Active);
        if (target is null)
        {
            return Fail("EventId", "không tìm thấy sự kiện cần hủy (hoặc đã hủy).");
        }

        if (target.Kind == DossierEventKind.Received)
        {
            return Fail("EventId", "không hủy được sự kiện tiếp nhận.");
        }

        var text = reason?.Trim() ?? "";
        if (text.Length is 0 or > 500)
        {
            return Fail("CorrectionReason", "hãy ghi lý do hủy sự kiện ghi nhầm (tối đa 500 ký tự).");
        }

        if (Replay(ActiveEvents.Where(e => e.Id != eventId), out _) is { } broken)
        {
            return Fail("EventId", $"không hủy được \"{DossierTransitions.Text(target.Kind)}\" lúc {Text(target.At)} vì các sự kiện sau phụ thuộc vào nó ({broken}). Hãy hủy các sự kiện sau trước.");
        }

        target.Void(text, by.UserName, by.NowUtc);
        Project();
        return OperationResult<DossierEvent>.Ok(target);
    }

    /// <summary>
    /// A dossier stored before the events table (imported logs, old entries) gets its events reconstructed from its
    /// moments and supplements, marked <see cref="DossierEvent.Derived"/>; false when it already had events.
    /// </summary>
    public bool EnsureEvents(DateTime nowUtc)
    {
        if (events.Count > 0)
        {
            return false;
        }

        foreach (var e in DeriveEvents(nowUtc))
        {
            events.Add(e);
        }

        return true;
    }

    /// <summary>The events an imported dossier's moments imply (receipt, supplements, then its end moments).</summary>
    public IReadOnlyList<DossierEvent> DeriveEvents(DateTime nowUtc)
    {
        var list = new List<DossierEvent>();
        void Add(DossierEventKind kind, DateTime at) => list.Add(new DossierEvent
        {
            TenantId = TenantId, DossierId = Id, Kind = kind, At = at, Derived = true, RecordedBy = SourceName ?? "", RecordedAtUtc = nowUtc,
        });

        Add(DossierEventKind.Received, ReceivedAt);
        foreach (var s in supplements.OrderBy(s => s.RequestedAt))
        {
            Add(DossierEventKind.SupplementRequested, s.RequestedAt);
            if (s.SuppliedAt is { } supplied)
            {
                Add(DossierEventKind.SupplementSupplied, supplied);
            }
        }

        if (RejectedAt is { } rejected) Add(DossierEventKind.Rejected, rejected);
        else if (WithdrawnAt is { } withdrawn) Add(DossierEventKind.Withdrawn, withdrawn);
        else if ((ProcessedAt ?? ReturnedAt) is { } processed)
        {
            Add(DossierEventKind.Processed, processed);
            if (ReturnedAt is { } returned) Add(DossierEventKind.Returned, returned < processed ? processed : returned);
        }

        return list;
    }

    /// <summary>Opens the lifecycle of a dossier received at the counter.</summary>
    public void Receive(Recorder by)
    {
        if (events.Count > 0)
        {
            throw new InvalidOperationException("The dossier already has events.");
        }

        events.Add(new DossierEvent { TenantId = TenantId, DossierId = Id, Kind = DossierEventKind.Received, At = ReceivedAt, RecordedBy = by.UserName, RecordedAtUtc = by.NowUtc });
    }

    /// <summary>Null when <paramref name="history"/> is a legal sequence (its stage in <paramref name="stage"/>), else why not.</summary>
    private static string? Replay(IEnumerable<DossierEvent> history, out DossierStage stage)
    {
        stage = DossierStage.Processing;
        foreach (var e in history)
        {
            if (e.Kind == DossierEventKind.Received)
            {
                continue;
            }

            if (DossierTransitions.Next(stage, e.Kind) is not { } next)
            {
                return $"\"{DossierTransitions.Text(e.Kind)}\" lúc {Text(e.At)} không thể theo sau bước \"{DossierTransitions.Text(stage)}\"";
            }

            stage = next;
        }

        return null;
    }

    /// <summary>Keeps the moments every rule reads (end moments, supplements, unit, new appointment) in step with the active events.</summary>
    private void Project()
    {
        var active = ActiveEvents.ToList();
        DateTime? At(DossierEventKind kind) => active.LastOrDefault(e => e.Kind == kind)?.At;
        ProcessedAt = At(DossierEventKind.Processed);
        ReturnedAt = At(DossierEventKind.Returned);
        RejectedAt = At(DossierEventKind.Rejected) ?? At(DossierEventKind.Stopped);
        WithdrawnAt = At(DossierEventKind.Withdrawn);
        ApologyAppointment = active.FirstOrDefault(e => e.Kind == DossierEventKind.ApologyIssued)?.NewAppointment;

        var transfers = events.Where(e => e.Kind == DossierEventKind.Transferred).OrderBy(e => e.At).ThenBy(e => e.RecordedAtUtc).ToList();
        if (transfers.Count > 0)
        {
            UnitId = transfers.LastOrDefault(e => e.Active)?.ToUnitId ?? transfers[0].FromUnitId;
        }

        var wanted = new List<(DateTime Requested, DateTime? Supplied, string? Content)>();
        foreach (var e in active)
        {
            if (e.Kind == DossierEventKind.SupplementRequested) wanted.Add((e.At, null, e.Reason));
            else if (e.Kind == DossierEventKind.SupplementSupplied && wanted.Count > 0) wanted[^1] = wanted[^1] with { Supplied = e.At };
        }

        var rows = supplements.OrderBy(s => s.RequestedAt).ToList();
        for (var i = 0; i < Math.Max(rows.Count, wanted.Count); i++)
        {
            if (i >= wanted.Count)
            {
                supplements.Remove(rows[i]);
            }
            else if (i >= rows.Count)
            {
                supplements.Add(new DossierSupplement { TenantId = TenantId, DossierId = Id, RequestedAt = wanted[i].Requested, SuppliedAt = wanted[i].Supplied, Content = wanted[i].Content });
            }
            else
            {
                rows[i].RequestedAt = wanted[i].Requested;
                rows[i].SuppliedAt = wanted[i].Supplied;
                rows[i].Content ??= wanted[i].Content;
            }
        }

        if (Channel == Rules.DossierChannel.Counter)
        {
            Visits = Math.Max(Visits, 1 + active.Count(e => e.Kind == DossierEventKind.SupplementSupplied));
        }
    }

    private static string Text(DateTime moment) => moment.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
