using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Dossiers;

/// <summary>The receipt form: the received moment is text "dd/MM/yyyy HH:mm" as typed.</summary>
public sealed record NewDossierInput(Guid ProcedureId, string? ReceivedAt, DossierChannel Channel, string? ApplicantName, string? ApplicantPhone,
    bool Digitised = false, bool FullyOnline = false, bool PaidOnline = false);

/// <summary>
/// A dossier with its timeline: <see cref="Events"/> are every event, voided ones included (derived from the moments for a
/// dossier stored before the events table); <see cref="Allowed"/> the events that may be recorded next.
/// </summary>
public sealed record DossierDetail(Dossier Dossier, Procedure Procedure, IReadOnlyList<DossierSupplement> Supplements, DossierEvaluation? Evaluation,
    IReadOnlyList<DossierEvent> Events, DossierStage Stage, IReadOnlyList<DossierEventKind> Allowed, IReadOnlyDictionary<Guid, string> Units, DueDate? Due);

/// <summary>An event to record, as typed on the detail page.</summary>
public sealed record DossierEventInput(DossierEventKind Kind, string? At, string? Reason = null, Guid? ToUnitId = null, string? NewAppointment = null);

/// <summary>
/// Manual receipt of a dossier at the one-stop desk and the events after it. The appointment date is computed from the
/// commune's province calendar and the configured cut-off; every later event goes through the dossier's transition
/// methods (<see cref="DossierTransitions"/>), which refuse an illegal move; the timeliness status is always derived.
/// Events are rows of their own (DossierEvents), audited by the interceptor like every entity change.
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

    /// <summary>The appointment a receipt at <paramref name="receivedAt"/> would get (for the form's preview).</summary>
    public async Task<OperationResult<DueDate>> AppointmentAsync(Guid procedureId, string? receivedAt, CancellationToken ct = default)
    {
        var procedure = await db.Procedures.AsNoTracking().FirstOrDefaultAsync(p => p.Id == procedureId, ct);
        if (procedure is null)
        {
            return OperationResult<DueDate>.Invalid("ProcedureId", "Hãy chọn thủ tục trong danh mục.");
        }

        if (ReceivedError(receivedAt, out var moment) is { } error)
        {
            return OperationResult<DueDate>.Invalid("ReceivedAt", error);
        }

        var rules = await dossiers.RulesForAsync(TenantId, ct);
        return OperationResult<DueDate>.Ok(rules.DueDates.Compute(moment, procedure.ProcessingTime));
    }

    public async Task<OperationResult<Dossier>> CreateAsync(NewDossierInput input, CancellationToken ct = default)
    {
        var procedure = await db.Procedures.AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.ProcedureId, ct);
        if (procedure is null)
        {
            return OperationResult<Dossier>.Invalid("ProcedureId", "Hãy chọn thủ tục trong danh mục.");
        }

        if (ReceivedError(input.ReceivedAt, out var received) is { } error)
        {
            return OperationResult<Dossier>.Invalid("ReceivedAt", error);
        }

        var name = input.ApplicantName?.Trim() ?? "";
        if (name.Length is 0 or > 200)
        {
            return OperationResult<Dossier>.Invalid("ApplicantName", "'Người nộp' không được để trống (tối đa 200 ký tự).");
        }

        var phone = string.IsNullOrWhiteSpace(input.ApplicantPhone) ? null : input.ApplicantPhone.Trim();
        if (phone is not null && (phone.Length > 20 || phone.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '.' or '-' or '+')) || phone.Count(char.IsAsciiDigit) is < 9 or > 12))
        {
            return OperationResult<Dossier>.Invalid("ApplicantPhone", "'Số điện thoại' phải gồm 9–12 chữ số (ví dụ 0912 345 678).");
        }

        if (!Enum.IsDefined(input.Channel))
        {
            return OperationResult<Dossier>.Invalid("Channel", "Hãy chọn kênh tiếp nhận.");
        }

        if (input.FullyOnline && (input.Channel != DossierChannel.Online || !procedure.FullyOnlineAllowed))
        {
            return OperationResult<Dossier>.Invalid("FullyOnline", "'Trực tuyến toàn trình' chỉ áp dụng cho hồ sơ nộp trực tuyến của thủ tục có cung cấp dịch vụ toàn trình.");
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
            AppointmentTime = due.Moment is { } dueAt ? TimeOnly.FromDateTime(dueAt) : null,
            Digitised = input.Digitised,
            FullyOnline = input.FullyOnline,
            PaidOnline = input.PaidOnline,
            Visits = input.Channel == DossierChannel.Counter ? 1 : 0,
            SourceName = ManualSource,
            LookupKey = LookupKeys.New(),
        };
        dossier.Receive(Recorder());
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
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Events).Include(d => d.Supplements).AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (dossier is null)
        {
            return null;
        }

        var procedure = await db.Procedures.AsNoTracking().FirstAsync(p => p.Id == dossier.ProcedureId, ct);
        var rules = await dossiers.RulesForAsync(dossier.TenantId, ct);
        var evaluation = DossierService.Evaluate(rules, dossier, procedure, dossier.Supplements, dossiers.Now);
        dossier.EnsureEvents(clock.GetUtcNow().UtcDateTime);
        var stage = dossier.Stage;
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Name).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        DueDate? due = null;
        try
        {
            due = rules.DueDates.Compute(dossier.ReceivedAt, procedure.ProcessingTime);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Outside the calendar's years: the page shows the stored appointment only.
        }

        var events = dossier.Events.OrderBy(e => e.At).ThenBy(e => e.RecordedAtUtc).ThenBy(e => e.Kind).ToList();
        return new DossierDetail(dossier, procedure, dossier.Supplements.OrderBy(s => s.RequestedAt).ToList(), evaluation, events, stage,
            DossierTransitions.Allowed(stage), units, due);
    }

    /// <summary>Records one event at its moment ("dd/MM/yyyy HH:mm") through the dossier's transition method.</summary>
    public async Task<OperationResult<DossierEvent>> RecordAsync(Guid id, DossierEventInput input, CancellationToken ct = default)
    {
        var dossier = await TrackedAsync(id, ct);
        if (dossier is null)
        {
            return OperationResult<DossierEvent>.NotFound("Không tìm thấy hồ sơ.");
        }

        if (!TryParseMoment(input.At, out var at))
        {
            return OperationResult<DossierEvent>.Invalid("At", $"Hồ sơ {dossier.Code}: 'Thời điểm' phải có dạng {MomentFormat} (ví dụ 05/03/2026 10:30).");
        }

        DateOnly? newDate = null;
        if (input.Kind == DossierEventKind.ApologyIssued)
        {
            if (!DateOnly.TryParseExact((input.NewAppointment ?? "").Trim(), ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return OperationResult<DossierEvent>.Invalid("NewAppointment", $"Hồ sơ {dossier.Code}: 'Ngày hẹn trả mới' phải có dạng dd/MM/yyyy.");
            }

            newDate = parsed;
        }

        if (input.Kind == DossierEventKind.Transferred && input.ToUnitId is { } unit && !await db.Units.AnyAsync(u => u.Id == unit, ct))
        {
            return OperationResult<DossierEvent>.Invalid("ToUnitId", $"Hồ sơ {dossier.Code}: hãy chọn đơn vị nhận hồ sơ trong danh sách.");
        }

        var result = dossier.Apply(input.Kind, at, new DossierEventDetails(input.Reason, input.ToUnitId, newDate), Recorder());
        if (result.Succeeded)
        {
            await db.SaveChangesAsync(ct);
        }

        return result;
    }

    /// <summary>Voids a wrongly recorded event with a reason; the change is audited by the interceptor like any update.</summary>
    public async Task<OperationResult<DossierEvent>> CorrectAsync(Guid id, Guid eventId, string? reason, CancellationToken ct = default)
    {
        var dossier = await TrackedAsync(id, ct);
        if (dossier is null)
        {
            return OperationResult<DossierEvent>.NotFound("Không tìm thấy hồ sơ.");
        }

        var result = dossier.Correct(eventId, reason, Recorder());
        if (result.Succeeded)
        {
            await db.SaveChangesAsync(ct);
        }

        return result;
    }

    /// <summary>The dossier with its events and supplements, tracked; an imported dossier's derived events are stored with the first change.</summary>
    private async Task<Dossier?> TrackedAsync(Guid id, CancellationToken ct)
    {
        var dossier = await db.Dossiers.Include(d => d.Events).Include(d => d.Supplements).AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, ct);
        dossier?.EnsureEvents(clock.GetUtcNow().UtcDateTime);
        return dossier;
    }

    private Recorder Recorder() => new(db.Tenant.UserName, dossiers.Now, clock.GetUtcNow().UtcDateTime);

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
