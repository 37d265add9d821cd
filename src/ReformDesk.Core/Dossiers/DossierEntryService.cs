using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Dossiers;

/// <summary>What happened to a dossier after receipt, as recorded by one-stop staff.</summary>
public enum DossierEventKind
{
    SupplementRequested,
    SupplementSupplied,
    Processed,
    Returned,
    Rejected,
    Withdrawn,
}

/// <summary>The receipt form: the received moment is text "dd/MM/yyyy HH:mm" as typed.</summary>
public sealed record NewDossierInput(Guid ProcedureId, string? ReceivedAt, DossierChannel Channel, string? ApplicantName, string? ApplicantPhone,
    bool Digitised = false, bool FullyOnline = false, bool PaidOnline = false);

/// <summary>One recorded event of a dossier, from the audit log (with the refusal reason).</summary>
public sealed record DossierEventRecord(DossierEventKind Kind, DateTime At, string? Reason, string UserName, DateTime RecordedAtUtc);

public sealed record DossierDetail(Dossier Dossier, Procedure Procedure, IReadOnlyList<DossierSupplement> Supplements, DossierEvaluation? Evaluation,
    IReadOnlyList<DossierEventRecord> Events);

/// <summary>
/// Manual receipt of a dossier at the one-stop desk and the events after it. The appointment date is computed from the
/// commune's province calendar and the configured cut-off; every later event is a guarded transition (no impossible
/// order, no moment before the previous event or in the future); the status is always derived, never chosen.
/// Entity changes are audited by the interceptor; each event also writes a "DossierEvent" audit row carrying its reason.
/// </summary>
public sealed class DossierEntryService(ReformDeskDbContext db, DossierService dossiers, TimeProvider clock)
{
    public const string MomentFormat = "dd/MM/yyyy HH:mm";
    public const string EventEntity = "DossierEvent";
    public const string ManualSource = "Nhập tại Bộ phận một cửa";

    private static readonly string[] MomentFormats = ["dd/MM/yyyy HH:mm", "d/M/yyyy H:mm", "dd/MM/yyyy H:mm", "d/M/yyyy HH:mm"];

    public static bool TryParseMoment(string? text, out DateTime value)
    {
        var ok = DateTime.TryParseExact((text ?? "").Trim(), MomentFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
        value = DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
        return ok;
    }

    public static string Text(DateTime moment) => moment.ToString(MomentFormat, CultureInfo.InvariantCulture);

    public static string EventText(DossierEventKind kind) => kind switch
    {
        DossierEventKind.SupplementRequested => "Yêu cầu bổ sung hồ sơ",
        DossierEventKind.SupplementSupplied => "Công dân đã bổ sung hồ sơ",
        DossierEventKind.Processed => "Đã có kết quả giải quyết",
        DossierEventKind.Returned => "Đã trả kết quả",
        DossierEventKind.Rejected => "Từ chối giải quyết",
        _ => "Công dân rút hồ sơ",
    };

    /// <summary>The appointment a receipt at <paramref name="receivedAt"/> would get (for the form's preview).</summary>
    public async Task<OperationResult<DueDate>> AppointmentAsync(Guid procedureId, string? receivedAt, CancellationToken ct = default)
    {
        var procedure = await db.Procedures.AsNoTracking().FirstOrDefaultAsync(p => p.Id == procedureId, ct);
        if (procedure is null)
        {
            return OperationResult<DueDate>.Fail("ProcedureId", "Hãy chọn thủ tục trong danh mục.");
        }

        if (ReceivedError(receivedAt, out var moment) is { } error)
        {
            return OperationResult<DueDate>.Fail("ReceivedAt", error);
        }

        var rules = await dossiers.RulesForAsync(TenantId, ct);
        return OperationResult<DueDate>.Ok(rules.DueDates.Compute(moment, procedure.ProcessingTime));
    }

    public async Task<OperationResult<Dossier>> CreateAsync(NewDossierInput input, CancellationToken ct = default)
    {
        var procedure = await db.Procedures.AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.ProcedureId, ct);
        if (procedure is null)
        {
            return OperationResult<Dossier>.Fail("ProcedureId", "Hãy chọn thủ tục trong danh mục.");
        }

        if (ReceivedError(input.ReceivedAt, out var received) is { } error)
        {
            return OperationResult<Dossier>.Fail("ReceivedAt", error);
        }

        var name = input.ApplicantName?.Trim() ?? "";
        if (name.Length is 0 or > 200)
        {
            return OperationResult<Dossier>.Fail("ApplicantName", "'Người nộp' không được để trống (tối đa 200 ký tự).");
        }

        var phone = string.IsNullOrWhiteSpace(input.ApplicantPhone) ? null : input.ApplicantPhone.Trim();
        if (phone is not null && (phone.Length > 20 || phone.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '.' or '-' or '+')) || phone.Count(char.IsAsciiDigit) is < 9 or > 12))
        {
            return OperationResult<Dossier>.Fail("ApplicantPhone", "'Số điện thoại' phải gồm 9–12 chữ số (ví dụ 0912 345 678).");
        }

        if (!Enum.IsDefined(input.Channel))
        {
            return OperationResult<Dossier>.Fail("Channel", "Hãy chọn kênh tiếp nhận.");
        }

        if (input.FullyOnline && (input.Channel != DossierChannel.Online || !procedure.FullyOnlineAllowed))
        {
            return OperationResult<Dossier>.Fail("FullyOnline", "'Trực tuyến toàn trình' chỉ áp dụng cho hồ sơ nộp trực tuyến của thủ tục có cung cấp dịch vụ toàn trình.");
        }

        var rules = await dossiers.RulesForAsync(TenantId, ct);
        var due = rules.DueDates.Compute(received, procedure.ProcessingTime);
        var prefix = $"TN-{received:yyMMdd}-";
        var used = await db.Dossiers.AsNoTracking().Where(d => d.Code.StartsWith(prefix)).Select(d => d.Code).ToListAsync(ct);
        var next = used.Select(c => int.TryParse(c.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        var dossier = new Dossier
        {
            Code = prefix + next.ToString("0000", CultureInfo.InvariantCulture),
            ProcedureId = procedure.Id,
            ReceivedAt = received,
            Channel = input.Channel,
            ApplicantName = name,
            ApplicantPhone = phone,
            AppointmentDate = due.Date,
            Digitised = input.Digitised,
            FullyOnline = input.FullyOnline,
            PaidOnline = input.PaidOnline,
            Visits = input.Channel == DossierChannel.Counter ? 1 : 0,
            SourceName = ManualSource,
            LookupKey = LookupKeys.New(),
        };
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync(ct);
        return OperationResult<Dossier>.Ok(dossier);
    }

    /// <summary>The dossier for its printed receipt; a dossier from before lookup keys gets its key now (an audited update).</summary>
    public async Task<(Dossier Dossier, Procedure Procedure)?> ReceiptAsync(Guid id, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (dossier is null)
        {
            return null;
        }

        if (dossier.EnsureLookupKey())
        {
            await db.SaveChangesAsync(ct);
        }

        var procedure = await db.Procedures.AsNoTracking().FirstAsync(p => p.Id == dossier.ProcedureId, ct);
        return (dossier, procedure);
    }

    public async Task<DossierDetail?> DetailAsync(Guid id, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (dossier is null)
        {
            return null;
        }

        var procedure = await db.Procedures.AsNoTracking().FirstAsync(p => p.Id == dossier.ProcedureId, ct);
        var supplements = await db.DossierSupplements.AsNoTracking().Where(s => s.DossierId == id).OrderBy(s => s.RequestedAt).ToListAsync(ct);
        var rules = await dossiers.RulesForAsync(dossier.TenantId, ct);
        var evaluation = DossierService.Evaluate(rules, dossier, procedure, supplements, dossiers.Now);
        var key = id.ToString();
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.Entity == EventEntity && a.EntityId == key).ToListAsync(ct);
        var events = audit.Select(a => (a, e: a.After is null ? null : JsonSerializer.Deserialize<EventPayload>(a.After)))
            .Where(x => x.e is not null)
            .Select(x => new DossierEventRecord(x.e!.Kind, x.e.At, x.e.Reason, x.a.UserName, x.a.AtUtc))
            .OrderBy(e => e.At).ThenBy(e => e.RecordedAtUtc).ToList();
        return new DossierDetail(dossier, procedure, supplements, evaluation, events);
    }

    /// <summary>Records one event at <paramref name="atText"/> ("dd/MM/yyyy HH:mm") if the dossier's history allows it.</summary>
    public async Task<OperationResult<Dossier>> RecordAsync(Guid id, DossierEventKind kind, string? atText, string? reason, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (dossier is null)
        {
            return OperationResult<Dossier>.Fail("Id", "Không tìm thấy hồ sơ.");
        }

        OperationResult<Dossier> Fail(string field, string message) => OperationResult<Dossier>.Fail(field, $"Hồ sơ {dossier.Code}: {message}");

        if (!Enum.IsDefined(kind))
        {
            return Fail("Kind", "hãy chọn sự kiện.");
        }

        if (!TryParseMoment(atText, out var at))
        {
            return Fail("At", $"'Thời điểm' phải có dạng {MomentFormat} (ví dụ 05/03/2026 10:30).");
        }

        if (at < dossier.ReceivedAt)
        {
            return Fail("At", $"thời điểm {Text(at)} trước thời điểm tiếp nhận {Text(dossier.ReceivedAt)}.");
        }

        if (at > dossiers.Now)
        {
            return Fail("At", $"thời điểm {Text(at)} ở tương lai.");
        }

        if (dossier.RejectedAt is { } r) return Fail("Kind", $"đã bị từ chối lúc {Text(r)}; không ghi thêm sự kiện.");
        if (dossier.WithdrawnAt is { } w) return Fail("Kind", $"đã được rút lúc {Text(w)}; không ghi thêm sự kiện.");
        if (dossier.ReturnedAt is { } t) return Fail("Kind", $"đã trả kết quả lúc {Text(t)}; không ghi thêm sự kiện.");

        var supplements = await db.DossierSupplements.Where(s => s.DossierId == id).OrderBy(s => s.RequestedAt).ToListAsync(ct);
        var open = supplements.FirstOrDefault(s => s.SuppliedAt is null);
        var last = new[] { dossier.ReceivedAt, dossier.ProcessedAt ?? DateTime.MinValue }
            .Concat(supplements.Select(s => s.SuppliedAt ?? s.RequestedAt)).Max();
        string? BeforeLast() => at < last ? $"thời điểm {Text(at)} trước sự kiện đã ghi gần nhất ({Text(last)})." : null;

        var text = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (text is { Length: > 500 })
        {
            return Fail("Reason", "lý do, ghi chú tối đa 500 ký tự.");
        }

        switch (kind)
        {
            case DossierEventKind.SupplementRequested:
                if (dossier.ProcessedAt is not null) return Fail("Kind", "đã có kết quả giải quyết; không thể yêu cầu bổ sung.");
                if (open is not null) return Fail("Kind", $"đang chờ bổ sung theo yêu cầu lúc {Text(open.RequestedAt)}; hãy ghi 'đã bổ sung' trước.");
                if (BeforeLast() is { } e1) return Fail("At", e1);
                db.DossierSupplements.Add(new DossierSupplement { TenantId = dossier.TenantId, DossierId = dossier.Id, RequestedAt = at });
                break;
            case DossierEventKind.SupplementSupplied:
                if (open is null) return Fail("Kind", "không có yêu cầu bổ sung nào đang chờ.");
                if (at < open.RequestedAt) return Fail("At", $"thời điểm {Text(at)} trước thời điểm yêu cầu bổ sung {Text(open.RequestedAt)}.");
                open.SuppliedAt = at;
                if (dossier.Channel == DossierChannel.Counter) dossier.Visits++;
                break;
            case DossierEventKind.Processed:
                if (dossier.ProcessedAt is { } p) return Fail("Kind", $"đã ghi có kết quả lúc {Text(p)}.");
                if (open is not null) return Fail("Kind", "đang chờ công dân bổ sung; hãy ghi 'đã bổ sung' trước khi ghi kết quả.");
                if (BeforeLast() is { } e2) return Fail("At", e2);
                dossier.ProcessedAt = at;
                break;
            case DossierEventKind.Returned:
                if (dossier.ProcessedAt is not { } processed) return Fail("Kind", "chưa có kết quả giải quyết; không thể ghi trả kết quả.");
                if (at < processed) return Fail("At", $"thời điểm trả {Text(at)} trước thời điểm có kết quả {Text(processed)}.");
                dossier.ReturnedAt = at;
                if (dossier.Channel == DossierChannel.Counter) dossier.Visits++;
                break;
            case DossierEventKind.Rejected:
                if (dossier.ProcessedAt is not null) return Fail("Kind", "đã có kết quả giải quyết; không thể từ chối.");
                if (text is null || text.Length > 500) return Fail("Reason", "hãy ghi lý do từ chối (tối đa 500 ký tự).");
                if (BeforeLast() is { } e3) return Fail("At", e3);
                dossier.RejectedAt = at;
                break;
            case DossierEventKind.Withdrawn:
                if (dossier.ProcessedAt is not null) return Fail("Kind", "đã có kết quả giải quyết; không thể rút hồ sơ.");
                if (BeforeLast() is { } e4) return Fail("At", e4);
                dossier.WithdrawnAt = at;
                break;
        }

        db.AuditEntries.Add(new AuditEntry
        {
            TenantId = dossier.TenantId,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = db.Tenant.UserId,
            UserName = db.Tenant.UserName,
            Entity = EventEntity,
            EntityId = dossier.Id.ToString(),
            Action = AuditAction.Update,
            After = JsonSerializer.Serialize(new EventPayload(kind, at, text)),
        });
        await db.SaveChangesAsync(ct);
        return OperationResult<Dossier>.Ok(dossier);
    }

    private sealed record EventPayload(DossierEventKind Kind, DateTime At, string? Reason);

    private Guid TenantId => db.Tenant.TenantId ?? throw new InvalidOperationException("Receiving dossiers needs a commune (tenant) context.");

    private string? ReceivedError(string? text, out DateTime moment)
    {
        if (!TryParseMoment(text, out moment))
        {
            return $"'Thời điểm tiếp nhận' phải có dạng {MomentFormat} (ví dụ 02/03/2026 09:30).";
        }

        if (moment > dossiers.Now)
        {
            return $"'Thời điểm tiếp nhận' {Text(moment)} ở tương lai.";
        }

        if (moment.Year < Calendar.CalendarService.FirstYear || moment.Year >= Calendar.CalendarService.LastYear)
        {
            return $"'Thời điểm tiếp nhận' phải trong khoảng năm {Calendar.CalendarService.FirstYear}–{Calendar.CalendarService.LastYear - 1}.";
        }

        return null;
    }
}
