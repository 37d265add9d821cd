using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.CitizenVoice;

/// <summary>A new feedback's tracking code and its secret, shown once to the citizen.</summary>
public sealed record FeedbackReceipt(Guid Id, string Code, string Secret);

/// <summary>A row of the staff inbox; personal data already masked for those who may not see it.</summary>
public sealed record FeedbackRow(Feedback Feedback, string? UnitName, string CitizenName, FeedbackClockState? Clock, bool Late);

/// <summary>One feedback as a staff member may see it.</summary>
public sealed record FeedbackView(Feedback Feedback, string? UnitName, string? SuggestedUnitName, bool PersonalData, string CitizenName, string CitizenPhone,
    string? CitizenEmail, string? CitizenAddress, FeedbackClockState? Clock, bool Late, FeedbackDeadlineDays Deadlines, IReadOnlyList<FeedbackAction> Actions);

/// <summary>A published question and answer, as every public page shows it (no personal data is read).</summary>
public sealed record PublishedFeedback(string Code, FeedbackCategory Category, string Title, string Question, string Answer, string? UnitName, DateTime SubmittedAtUtc, DateTime PublishedAtUtc);

/// <summary>What the citizen sees with their code and secret.</summary>
public sealed record CitizenFeedbackView(Feedback Feedback, string? UnitName, IReadOnlyList<FeedbackEvent> Events);

/// <summary>A routed feedback for training a unit suggester: its text, category and the unit a person chose.</summary>
public sealed record FeedbackTrainingExample(Guid FeedbackId, string Text, FeedbackCategory Category, Guid UnitId, string UnitName, Guid? SuggestedUnitId, DateTime SubmittedAtUtc);

public sealed record FeedbackFilter(FeedbackStatus? Status = null, Guid? UnitId = null, bool LateOnly = false);

/// <summary>
/// Feedback and petitions of the current commune: intake from the public form (within the portal's commune) or by staff,
/// the handling steps (each an entity method, audited by the save interceptor), the citizen's follow-up with code and
/// secret, the published answers, and the routed examples a unit suggester learns from.
/// </summary>
public sealed class FeedbackService(
    ReformDeskDbContext db, TenantContext tenant, FeedbackDeadlineService deadlines, IFeedbackUnitSuggester suggester, UploadGuard guard, IOptions<CitizenVoiceOptions> options)
{
    public const string NotFoundMessage = "Không tìm thấy phản ánh với mã và mã bí mật đã nhập. Vui lòng kiểm tra lại.";

    public CitizenVoiceOptions Options => options.Value;

    public UploadGuard Guard => guard;

    // ----- intake -----

    /// <summary>
    /// A citizen's feedback from the public form of <paramref name="communeId"/>. The portal's request scope is read-only;
    /// this one save is allowed to write, as the citizen, into that commune only.
    /// </summary>
    public async Task<OperationResult<FeedbackReceipt>> SubmitFromWebAsync(Guid communeId, FeedbackIntake intake, IReadOnlyList<SafeUpload> files, CancellationToken ct = default)
    {
        if (Validate(intake with { Channel = FeedbackChannel.Web }, files) is { } invalid)
        {
            return invalid;
        }

        var since = deadlines.UtcNow.AddHours(-24);
        var digits = FeedbackText.PhoneDigits(intake.Phone);
        var recent = await db.Feedbacks.IgnoreQueryFilters().CountAsync(f => f.TenantId == communeId && f.PhoneDigits == digits && f.SubmittedAtUtc >= since, ct);
        if (recent >= Options.SubmissionsPerPhonePerDay)
        {
            return OperationResult<FeedbackReceipt>.Invalid(nameof(FeedbackIntake.Phone),
                $"Số điện thoại này đã gửi {recent} phản ánh trong 24 giờ qua (tối đa {Options.SubmissionsPerPhonePerDay}). Vui lòng theo dõi các phản ánh đã gửi bằng mã được cấp, hoặc gửi lại sau.");
        }

        WriteAsCitizen(communeId);
        return await CreateAsync(communeId, intake with { Channel = FeedbackChannel.Web }, files, ct);
    }

    /// <summary>Staff enter a feedback received at the counter, on the hotline or by letter; the citizen is told the code and secret.</summary>
    public async Task<OperationResult<FeedbackReceipt>> EnterAsync(Actor actor, FeedbackIntake intake, IReadOnlyList<SafeUpload> files, CancellationToken ct = default)
    {
        if (actor.TenantReadOnly || !FeedbackPermissions.Enterers.Any(actor.Roles.Contains) || tenant.TenantId is not { } communeId)
        {
            return OperationResult<FeedbackReceipt>.Forbidden("Tài khoản của bạn không được nhập phản ánh, kiến nghị.");
        }

        if (intake.Channel == FeedbackChannel.Web)
        {
            return OperationResult<FeedbackReceipt>.Invalid(nameof(FeedbackIntake.Channel), "Hãy chọn kênh tiếp nhận: trực tiếp, đường dây nóng hoặc thư.");
        }

        return Validate(intake, files) ?? await CreateAsync(communeId, intake, files, ct);
    }

    private OperationResult<FeedbackReceipt>? Validate(FeedbackIntake intake, IReadOnlyList<SafeUpload> files)
    {
        static OperationResult<FeedbackReceipt> Fail(string field, string message) => OperationResult<FeedbackReceipt>.Invalid(field, message);
        if (!Enum.IsDefined(intake.Channel)) return Fail(nameof(FeedbackIntake.Channel), "Kênh tiếp nhận không hợp lệ.");
        if (!Enum.IsDefined(intake.Category)) return Fail(nameof(FeedbackIntake.Category), "Hãy chọn loại phản ánh, kiến nghị.");
        if (string.IsNullOrWhiteSpace(intake.Name) || intake.Name.Trim().Length > 200) return Fail(nameof(FeedbackIntake.Name), "Họ và tên: bắt buộc, tối đa 200 ký tự.");
        if (!FeedbackText.IsPhone(intake.Phone)) return Fail(nameof(FeedbackIntake.Phone), $"Số điện thoại \"{intake.Phone}\" không hợp lệ: cần 10 chữ số (di động) hoặc 11 chữ số (cố định), bắt đầu bằng 0 (ví dụ 0912345678 hoặc 024 3826 1234).");
        if (!string.IsNullOrWhiteSpace(intake.Email) && (intake.Email.Length > 200 || !System.Net.Mail.MailAddress.TryCreate(intake.Email.Trim(), out _)))
            return Fail(nameof(FeedbackIntake.Email), $"Thư điện tử \"{intake.Email}\" không hợp lệ.");
        if (intake.Address is { Length: > 300 }) return Fail(nameof(FeedbackIntake.Address), "Địa chỉ: tối đa 300 ký tự.");
        if (string.IsNullOrWhiteSpace(intake.Title) || intake.Title.Trim().Length > 200) return Fail(nameof(FeedbackIntake.Title), "Tiêu đề: bắt buộc, tối đa 200 ký tự.");
        if (string.IsNullOrWhiteSpace(intake.Content) || intake.Content.Trim().Length is < 20 or > 5000)
            return Fail(nameof(FeedbackIntake.Content), "Nội dung: từ 20 đến 5.000 ký tự, nêu rõ sự việc, thời gian và địa điểm.");
        if (intake.Place is { Length: > 300 }) return Fail(nameof(FeedbackIntake.Place), "Địa điểm: tối đa 300 ký tự.");
        if (files.Count > Options.MaxAttachments) return Fail("Files", $"Gửi được tối đa {Options.MaxAttachments} tệp ảnh hoặc PDF.");
        var total = files.Sum(f => f.Length);
        var max = guard.Limits.MaxBytes(UploadForm.FeedbackAttachment);
        if (total > max) return Fail("Files", $"Các tệp đính kèm cộng lại {UploadText.Megabytes(total)}, vượt giới hạn {UploadText.Megabytes(max)}.");
        if (files.FirstOrDefault(f => f.Form != UploadForm.FeedbackAttachment) is { } wrong) return Fail("Files", $"Tệp \"{wrong.FileName}\" chưa được kiểm tra là ảnh hoặc PDF.");
        return null;
    }

    private async Task<OperationResult<FeedbackReceipt>> CreateAsync(Guid communeId, FeedbackIntake intake, IReadOnlyList<SafeUpload> files, CancellationToken ct)
    {
        var code = await NewCodeAsync(communeId, ct);
        var secret = LookupKeys.New();
        var feedback = Feedback.Submit(communeId, code, Hash(secret), intake, Now());
        foreach (var file in files)
        {
            feedback.Attach(new FeedbackAttachment(communeId, feedback.Id, SafeName(file.FileName, file.Kind), ContentType(file.Kind), file.Content));
        }

        db.Feedbacks.Add(feedback);
        await db.SaveChangesAsync(ct);
        return OperationResult<FeedbackReceipt>.Ok(new FeedbackReceipt(feedback.Id, code, LookupKeys.Display(secret)));
    }

    private async Task<string> NewCodeAsync(Guid communeId, CancellationToken ct)
    {
        while (true)
        {
            var code = "PA-" + RandomNumberGenerator.GetInt32(100_000, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!await db.Feedbacks.IgnoreQueryFilters().AnyAsync(f => f.TenantId == communeId && f.Code == code, ct))
            {
                return code;
            }
        }
    }

    // ----- the citizen's follow-up -----

    public async Task<CitizenFeedbackView?> FindForCitizenAsync(Guid communeId, string? code, string? secret, CancellationToken ct = default)
    {
        var feedback = await FindBySecretAsync(communeId, code, secret, tracked: false, ct);
        // Drafts and their return are the commune's internal work, not steps the citizen follows.
        return feedback is null ? null : new CitizenFeedbackView(feedback, await UnitNameAsync(communeId, feedback.UnitId, ct),
            feedback.Events.Where(e => e.Action is not (FeedbackAction.SaveDraft or FeedbackAction.ReturnDraft)).OrderBy(e => e.AtUtc).ToList());
    }

    public Task<OperationResult<FeedbackEvent>> RateAsync(Guid communeId, string? code, string? secret, FeedbackRating rating, CancellationToken ct = default) =>
        CitizenActAsync(communeId, code, secret, (f, by) => f.Rate(rating, by), ct);

    public Task<OperationResult<FeedbackEvent>> ReopenAsync(Guid communeId, string? code, string? secret, string? reason, CancellationToken ct = default) =>
        CitizenActAsync(communeId, code, secret, (f, by) => f.Reopen(reason, by), ct);

    public Task<OperationResult<FeedbackEvent>> SupplyInfoAsync(Guid communeId, string? code, string? secret, string? reply, CancellationToken ct = default) =>
        CitizenActAsync(communeId, code, secret, (f, by) => f.SupplyInfo(reply, by), ct);

    private async Task<OperationResult<FeedbackEvent>> CitizenActAsync(Guid communeId, string? code, string? secret, Func<Feedback, FeedbackActor, OperationResult<FeedbackEvent>> act, CancellationToken ct)
    {
        WriteAsCitizen(communeId);
        var feedback = await FindBySecretAsync(communeId, code, secret, tracked: true, ct);
        if (feedback is null)
        {
            return OperationResult<FeedbackEvent>.Invalid("Code", NotFoundMessage);
        }

        var result = act(feedback, Now());
        if (result.Succeeded)
        {
            await db.SaveChangesAsync(ct);
        }

        return result;
    }

    private async Task<Feedback?> FindBySecretAsync(Guid communeId, string? code, string? secret, bool tracked, CancellationToken ct)
    {
        var c = (code ?? "").Trim().ToUpperInvariant();
        var s = LookupKeys.Normalize(secret);
        if (c.Length is 0 or > 20 || s is null)
        {
            return null;
        }

        var query = db.Feedbacks.IgnoreQueryFilters().Include(f => f.Events).Where(f => f.TenantId == communeId && f.Code == c);
        var feedback = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
        return feedback is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(feedback.SecretHash), Encoding.ASCII.GetBytes(Hash(s))) ? feedback : null;
    }

    // ----- public pages -----

    /// <summary>Published answers of the commune, newest first, optionally searched without diacritics. Reads only the public texts.</summary>
    public async Task<IReadOnlyList<PublishedFeedback>> PublishedAsync(Guid communeId, string? search = null, int take = 50, CancellationToken ct = default)
    {
        var rows = await db.Feedbacks.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.TenantId == communeId && f.Status == FeedbackStatus.Published)
            .OrderByDescending(f => f.PublishedAtUtc)
            .Select(f => new { f.Code, f.Category, f.PublicTitle, f.PublicQuestion, f.PublicAnswer, f.UnitId, f.SubmittedAtUtc, f.PublishedAtUtc })
            .ToListAsync(ct);
        var units = await db.Units.IgnoreQueryFilters().AsNoTracking().Where(u => u.TenantId == communeId).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var words = FeedbackText.Fold(search);
        return rows
            .Where(r => words.Length == 0 || FeedbackText.Fold(r.PublicTitle + " " + r.PublicQuestion + " " + r.PublicAnswer).Contains(words, StringComparison.Ordinal))
            .Take(take)
            .Select(r => new PublishedFeedback(r.Code, r.Category, r.PublicTitle!, r.PublicQuestion!, r.PublicAnswer!, r.UnitId is { } u ? units.GetValueOrDefault(u) : null, r.SubmittedAtUtc, r.PublishedAtUtc!.Value))
            .ToList();
    }

    // ----- staff -----

    public async Task<IReadOnlyList<FeedbackRow>> InboxAsync(Actor actor, FeedbackFilter filter, CancellationToken ct = default)
    {
        if (!FeedbackPermissions.CanRead(actor) || tenant.TenantId is not { } communeId)
        {
            return [];
        }

        var query = db.Feedbacks.AsNoTracking();
        if (!FeedbackPermissions.SeesAll(actor) && !actor.Roles.Contains(Accounts.Roles.OneStopShopStaff))
        {
            var mine = actor.UnitId ?? Guid.Empty;
            query = query.Where(f => f.UnitId == mine);
        }

        if (filter.Status is { } s) query = query.Where(f => f.Status == s);
        if (filter.UnitId is { } u) query = query.Where(f => f.UnitId == u);
        var rows = await query.OrderByDescending(f => f.SubmittedAtUtc).Take(500).ToListAsync(ct);
        var units = await UnitNamesAsync(ct);
        var rules = await db.FeedbackDeadlines.AsNoTracking().ToListAsync(ct);
        var clock = await deadlines.ClockAsync(communeId, ct);
        var today = deadlines.Today;
        var result = new List<FeedbackRow>();
        foreach (var f in rows)
        {
            var days = FeedbackDeadlineDays.InForce(rules, f.Category, clock.Day(f.SubmittedAtUtc));
            var late = clock.IsLate(f, days, today);
            if (filter.LateOnly && !late) continue;
            result.Add(new FeedbackRow(f, f.UnitId is { } id ? units.GetValueOrDefault(id) : null,
                FeedbackPermissions.SeesPersonalData(actor, f) ? f.CitizenName : PersonalData.MaskName(f.CitizenName), clock.Current(f, days, today), late));
        }

        return result;
    }

    public async Task<FeedbackView?> GetAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        var f = await db.Feedbacks.AsNoTracking().Include(x => x.Events).Include(x => x.Attachments).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (f is null || !FeedbackPermissions.CanRead(actor) || !FeedbackPermissions.SeesMatter(actor, f) || tenant.TenantId is not { } communeId)
        {
            return null;
        }

        var units = await UnitNamesAsync(ct);
        var clock = await deadlines.ClockAsync(communeId, ct);
        var days = FeedbackDeadlineDays.InForce(await db.FeedbackDeadlines.AsNoTracking().ToListAsync(ct), f.Category, clock.Day(f.SubmittedAtUtc));
        var seen = FeedbackPermissions.SeesPersonalData(actor, f);
        var actions = FeedbackTransitions.Allowed(f.Status).Where(a => FeedbackPermissions.CanAct(actor, f, a)).ToList();
        return new FeedbackView(f, f.UnitId is { } u ? units.GetValueOrDefault(u) : null, f.SuggestedUnitId is { } su ? units.GetValueOrDefault(su) : null, seen,
            seen ? f.CitizenName : PersonalData.MaskName(f.CitizenName), seen ? f.CitizenPhone : PersonalData.MaskPhone(f.CitizenPhone),
            seen ? f.CitizenEmail : f.CitizenEmail is null ? null : PersonalData.Mask, seen ? f.CitizenAddress : f.CitizenAddress is null ? null : PersonalData.Mask,
            clock.Current(f, days, deadlines.Today), clock.IsLate(f, days, deadlines.Today), days, actions);
    }

    /// <summary>An attachment, for those who see the citizen's personal data only.</summary>
    public async Task<FeedbackAttachment?> AttachmentAsync(Actor actor, Guid feedbackId, Guid attachmentId, CancellationToken ct = default)
    {
        var f = await db.Feedbacks.AsNoTracking().FirstOrDefaultAsync(x => x.Id == feedbackId, ct);
        if (f is null || !FeedbackPermissions.SeesPersonalData(actor, f))
        {
            return null;
        }

        return await db.FeedbackAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.FeedbackId == feedbackId && a.Id == attachmentId, ct);
    }

    /// <summary>The suggester's proposal for a feedback's text (title, content, place); null when it has none.</summary>
    public Task<UnitSuggestion?> SuggestUnitAsync(Feedback f, CancellationToken ct = default) =>
        suggester.SuggestAsync(SuggestionText(f.Title, f.Details, f.Place), f.Category.ToString(), ct);

    /// <summary>The text the suggester reads and learns from: title, content and place.</summary>
    public static string SuggestionText(string title, string details, string? place) => $"{title}\n{details}\n{place}".Trim();

    /// <summary>The public texts proposed at publication: the question and answer with the citizen's personal data removed.</summary>
    public static (string Title, string Question, string Answer) PublicDraft(Feedback f) =>
        (PersonalData.Remove(f.Title, f), PersonalData.Remove(f.Details, f), PersonalData.Remove(f.Answer ?? f.Draft ?? "", f));

    public Task<OperationResult<FeedbackEvent>> AcceptAsync(Actor actor, Guid id, CancellationToken ct = default) =>
        ActAsync(actor, id, FeedbackAction.Accept, (f, by) => f.Accept(by), ct);

    public Task<OperationResult<FeedbackEvent>> RefuseAsync(Actor actor, Guid id, string? reason, CancellationToken ct = default) =>
        ActAsync(actor, id, FeedbackAction.Refuse, (f, by) => f.Refuse(reason, by), ct);

    public Task<OperationResult<FeedbackEvent>> AskInfoAsync(Actor actor, Guid id, string? question, CancellationToken ct = default) =>
        ActAsync(actor, id, FeedbackAction.AskInfo, (f, by) => f.AskInfo(question, by), ct);

    public Task<OperationResult<FeedbackEvent>> TransferOutAsync(Actor actor, Guid id, string? agency, CancellationToken ct = default) =>
        ActAsync(actor, id, FeedbackAction.TransferOut, (f, by) => f.TransferOut(agency, by), ct);

    public Task<OperationResult<FeedbackEvent>> SaveDraftAsync(Actor actor, Guid id, string? draft, CancellationToken ct = default) =>
        ActAsync(actor, id, FeedbackAction.SaveDraft, (f, by) => f.SaveDraft(draft, by), ct);

    public Task<OperationResult<FeedbackEvent>> ReturnDraftAsync(Actor actor, Guid id, string? note, CancellationToken ct = default) =>
        ActAsync(actor, id, FeedbackAction.ReturnDraft, (f, by) => f.ReturnDraft(note, by), ct);

    public Task<OperationResult<FeedbackEvent>> ApproveAsync(Actor actor, Guid id, CancellationToken ct = default) =>
        ActAsync(actor, id, FeedbackAction.Approve, (f, by) => f.Approve(by), ct);

    public Task<OperationResult<FeedbackEvent>> PublishAsync(Actor actor, Guid id, string? title, string? question, string? answer, CancellationToken ct = default) =>
        ActAsync(actor, id, FeedbackAction.Publish, (f, by) => f.Publish(title, question, answer, by), ct);

    /// <summary>Routes to a unit of the commune. The suggestion shown (if any) is asked again and stored with the unit chosen.</summary>
    public async Task<OperationResult<FeedbackEvent>> AssignAsync(Actor actor, Guid id, Guid unitId, CancellationToken ct = default)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return OperationResult<FeedbackEvent>.Invalid("UnitId", "Hãy chọn một đơn vị của xã, phường.");
        }

        UnitSuggestion? suggestion = null;
        return await ActAsync(actor, id, FeedbackAction.Assign, (f, by) => f.Assign(unit.Id, unit.Name, suggestion, by), ct,
            async f => suggestion = await SuggestUnitAsync(f, ct));
    }

    private async Task<OperationResult<FeedbackEvent>> ActAsync(Actor actor, Guid id, FeedbackAction action, Func<Feedback, FeedbackActor, OperationResult<FeedbackEvent>> act,
        CancellationToken ct, Func<Feedback, Task>? before = null)
    {
        var f = await db.Feedbacks.Include(x => x.Events).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (f is null || !FeedbackPermissions.CanRead(actor) || !FeedbackPermissions.SeesMatter(actor, f))
        {
            return OperationResult<FeedbackEvent>.NotFound("Không tìm thấy phản ánh.");
        }

        if (!FeedbackPermissions.CanAct(actor, f, action))
        {
            return OperationResult<FeedbackEvent>.Forbidden($"Tài khoản của bạn không được \"{FeedbackTransitions.Text(action).ToLowerInvariant()}\" phản ánh {f.Code}.");
        }

        if (before is not null)
        {
            await before(f);
        }

        var result = act(f, new FeedbackActor(actor.Name, deadlines.UtcNow));
        if (result.Succeeded)
        {
            await db.SaveChangesAsync(ct);
        }

        return result;
    }

    // ----- training data for the unit suggester -----

    /// <summary>The commune's routed feedback (text, category, the unit finally chosen), oldest first; anonymised matters are left out.</summary>
    public async Task<IReadOnlyList<FeedbackTrainingExample>> TrainingExamplesAsync(CancellationToken ct = default)
    {
        var units = await UnitNamesAsync(ct);
        var rows = await db.Feedbacks.AsNoTracking().Where(f => f.UnitId != null && f.AnonymisedAtUtc == null).OrderBy(f => f.SubmittedAtUtc)
            .Select(f => new { f.Id, f.Title, f.Details, f.Place, f.Category, f.UnitId, f.SuggestedUnitId, f.SubmittedAtUtc }).ToListAsync(ct);
        return rows.Select(r => new FeedbackTrainingExample(r.Id, SuggestionText(r.Title, r.Details, r.Place), r.Category, r.UnitId!.Value,
            units.GetValueOrDefault(r.UnitId!.Value, ""), r.SuggestedUnitId, r.SubmittedAtUtc)).ToList();
    }

    public Task<List<Unit>> UnitsAsync(CancellationToken ct = default) => db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Name).ToListAsync(ct);

    private Task<Dictionary<Guid, string>> UnitNamesAsync(CancellationToken ct) => db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);

    private async Task<string?> UnitNameAsync(Guid communeId, Guid? unitId, CancellationToken ct) =>
        unitId is { } u ? await db.Units.IgnoreQueryFilters().AsNoTracking().Where(x => x.TenantId == communeId && x.Id == u).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;

    private FeedbackActor Now() => new(tenant.UserName, deadlines.UtcNow);

    // The portal's scope is read-only for the commune; a citizen's own submission or follow-up writes into that commune only.
    private void WriteAsCitizen(Guid communeId)
    {
        if (!tenant.IsSystem)
        {
            tenant.SetUser(null, "citizen");
            tenant.SetTenant(communeId, readOnly: false);
        }
    }

    public static string Hash(string normalizedSecret) => Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(normalizedSecret)));

    private static string ContentType(UploadKind kind) => kind switch
    {
        UploadKind.Jpeg => "image/jpeg",
        UploadKind.Png => "image/png",
        _ => "application/pdf",
    };

    private static string SafeName(string? name, UploadKind kind)
    {
        var baseName = Path.GetFileNameWithoutExtension(name ?? "");
        var clean = new string(baseName.Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ').Take(80).ToArray()).Trim();
        return (clean.Length == 0 ? "tep" : clean) + kind switch { UploadKind.Jpeg => ".jpg", UploadKind.Png => ".png", _ => ".pdf" };
    }
}
