using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

/// <summary>What a commune types to launch or edit a movement; the timeline is one "when" phrase per milestone kind.</summary>
public sealed record MovementInput(
    string? Title,
    int? StartYear,
    int? EndYear,
    string? IssuingBody,
    string? DocumentNumber,
    string? LegalBases,
    string? Contents,
    string? Participants,
    IReadOnlyDictionary<MilestoneKind, string?>? Timeline = null);

/// <summary>The commune sets up its own movements (title, level, period, bases, contents, participants, timeline).</summary>
public sealed class MovementService(ReformDeskDbContext db)
{
    public const int MaxSpanYears = 10;

    public Task<List<Movement>> ListAsync(CancellationToken ct = default) =>
        db.Movements.AsNoTracking().OrderByDescending(m => m.StartYear).ThenBy(m => m.Title).ToListAsync(ct);

    public Task<Movement?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Movements.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);

    /// <summary>The milestones in the order of the movement (launch first); the kind is stored as text, so it is ordered here, not in SQL.</summary>
    public async Task<List<MovementMilestone>> TimelineAsync(Guid movementId, CancellationToken ct = default) =>
        (await db.MovementMilestones.AsNoTracking().Where(m => m.MovementId == movementId).ToListAsync(ct)).OrderBy(m => m.Kind).ToList();

    /// <summary>The reports the movement's plan asks for, by title.</summary>
    public Task<List<Plans.ReportObligation>> ObligationsAsync(Guid movementId, CancellationToken ct = default) =>
        db.ReportObligations.AsNoTracking().Where(o => o.MovementId == movementId).OrderBy(o => o.Title).ToListAsync(ct);

    /// <summary>The form's starting values for an existing movement.</summary>
    public async Task<MovementInput?> InputOfAsync(Guid id, CancellationToken ct = default)
    {
        if (await FindAsync(id, ct) is not { } m)
        {
            return null;
        }

        var timeline = (await TimelineAsync(id, ct)).GroupBy(x => x.Kind).ToDictionary(g => g.Key, g => (string?)g.First().WhenText);
        return new MovementInput(m.Title, m.StartYear, m.EndYear, m.IssuingBody, m.DocumentNumber, m.LegalBases, m.Contents, m.Participants, timeline);
    }

    public Task<OperationResult<Movement>> CreateAsync(MovementInput input, Actor actor, CancellationToken ct = default) =>
        SaveAsync(null, input, actor, ct);

    public Task<OperationResult<Movement>> UpdateAsync(Guid id, MovementInput input, Actor actor, CancellationToken ct = default) =>
        SaveAsync(id, input, actor, ct);

    private async Task<OperationResult<Movement>> SaveAsync(Guid? id, MovementInput input, Actor actor, CancellationToken ct)
    {
        if (!EmulationPermissions.CanSetUpMovement(actor))
        {
            return OperationResult<Movement>.Forbidden("Chỉ bộ phận tham mưu thi đua, khen thưởng hoặc Chủ tịch được lập phong trào thi đua.");
        }

        Movement? movement = null;
        if (id is { } existing && (movement = await db.Movements.FirstOrDefaultAsync(m => m.Id == existing, ct)) is null)
        {
            return OperationResult<Movement>.NotFound("Không tìm thấy phong trào thi đua.");
        }

        if (Validate(input) is { } error)
        {
            return OperationResult<Movement>.Invalid(error.Field, error.Message);
        }

        var title = input.Title!.Trim();
        if (await db.Movements.AnyAsync(m => m.Title == title && m.Id != (id ?? Guid.Empty), ct))
        {
            return OperationResult<Movement>.Invalid(nameof(MovementInput.Title), $"Đã có phong trào thi đua tên “{title}”.");
        }

        if (movement is null)
        {
            movement = new Movement();
            db.Movements.Add(movement);
        }

        movement.Title = title;
        movement.StartYear = input.StartYear!.Value;
        movement.EndYear = input.EndYear!.Value;
        movement.IssuingBody = input.IssuingBody!.Trim();
        movement.DocumentNumber = Clean(input.DocumentNumber);
        movement.LegalBases = Lines(input.LegalBases);
        movement.Contents = Lines(input.Contents);
        movement.Participants = Lines(input.Participants);

        var milestones = id is null ? [] : await db.MovementMilestones.Where(m => m.MovementId == movement.Id).ToListAsync(ct);
        foreach (var kind in Enum.GetValues<MilestoneKind>())
        {
            var when = Clean(input.Timeline?.GetValueOrDefault(kind));
            var current = milestones.FirstOrDefault(m => m.Kind == kind);
            if (when is null)
            {
                if (current is not null)
                {
                    db.MovementMilestones.Remove(current);
                }
            }
            else if (current is null)
            {
                db.MovementMilestones.Add(new MovementMilestone { MovementId = movement.Id, Kind = kind, WhenText = when, Date = FixedDate(when) });
            }
            else if (current.WhenText != when)
            {
                current.WhenText = when;
                current.Date = FixedDate(when);
            }
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<Movement>.Ok(movement);
    }

    /// <summary>The first problem of the input, named by its field, or null.</summary>
    public static (string Field, string Message)? Validate(MovementInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            return (nameof(MovementInput.Title), "Hãy nhập tên phong trào thi đua.");
        }

        if (input.Title.Trim().Length > 500)
        {
            return (nameof(MovementInput.Title), "Tên phong trào dài quá 500 ký tự.");
        }

        if (input.StartYear is not (>= 2000 and <= 2100))
        {
            return (nameof(MovementInput.StartYear), "Năm bắt đầu phải là năm có 4 chữ số (2000–2100).");
        }

        if (input.EndYear is not { } end || end < input.StartYear)
        {
            return (nameof(MovementInput.EndYear), "Năm kết thúc không được trước năm bắt đầu.");
        }

        if (end - input.StartYear >= MaxSpanYears)
        {
            return (nameof(MovementInput.EndYear), $"Một phong trào kéo dài tối đa {MaxSpanYears} năm.");
        }

        if (string.IsNullOrWhiteSpace(input.IssuingBody))
        {
            return (nameof(MovementInput.IssuingBody), "Hãy nhập cơ quan phát động (ví dụ: UBND xã …).");
        }

        if (input.IssuingBody.Trim().Length > 200)
        {
            return (nameof(MovementInput.IssuingBody), "Tên cơ quan phát động dài quá 200 ký tự.");
        }

        if (Clean(input.DocumentNumber) is { Length: > 60 })
        {
            return (nameof(MovementInput.DocumentNumber), "Số văn bản dài quá 60 ký tự.");
        }

        foreach (var (field, text, name) in new[]
                 {
                     (nameof(MovementInput.LegalBases), input.LegalBases, "Căn cứ"),
                     (nameof(MovementInput.Contents), input.Contents, "Nội dung thi đua"),
                     (nameof(MovementInput.Participants), input.Participants, "Đối tượng tham gia"),
                 })
        {
            if (Lines(text) is { Length: > 4000 })
            {
                return (field, $"{name} dài quá 4.000 ký tự.");
            }
        }

        foreach (var (kind, when) in input.Timeline ?? new Dictionary<MilestoneKind, string?>())
        {
            if (Clean(when) is { Length: > 300 })
            {
                return ($"Timeline[{kind}]", $"Thời gian “{MovementMilestone.KindText(kind)}” dài quá 300 ký tự.");
            }
        }

        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Lines(string? text) =>
        Movement.Lines(text?.Replace("\r", "", StringComparison.Ordinal)) is { Count: > 0 } lines ? string.Join('\n', lines) : null;

    /// <summary>A milestone written as a plain date ("15/01/2026") also gets its date; any other wording stays text.</summary>
    private static DateOnly? FixedDate(string when) =>
        DateOnly.TryParseExact(when, ["d/M/yyyy", "dd/MM/yyyy"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : null;
}
