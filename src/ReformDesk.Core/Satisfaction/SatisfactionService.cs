using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Plans;

namespace ReformDesk.Core.Satisfaction;

/// <summary>A calendar quarter (Q1 = January–March), the period results are shown and published for.</summary>
public readonly record struct Quarter(int Year, int Number)
{
    public DateOnly From => new(Year, (Number - 1) * 3 + 1, 1);
    public DateOnly To => From.AddMonths(3).AddDays(-1);
    public string Text => $"Quý {new[] { "I", "II", "III", "IV" }[Number - 1]}/{Year}";

    public static Quarter Of(DateOnly day) => new(day.Year, (day.Month - 1) / 3 + 1);

    public Quarter Previous() => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public bool IsValid => Number is >= 1 and <= 4 && Year is >= 2000 and <= 2100;
}

/// <summary>What the rating form shows about a dossier found by its receipt's code and key (no personal data).</summary>
public sealed record RatableDossier(Guid DossierId, string Code, string ProcedureName, DateTime ReceivedAt, DossierRating? Rating);

public sealed record CampaignView(SurveyCampaign Campaign, SurveyQuestionnaire Questionnaire, int Forms);

/// <summary>One paper form as typed: answers by item code (null = not answered).</summary>
public sealed record PaperForm(string? FormNumber, Guid? UnitId, DateOnly? AnsweredOn, IReadOnlyDictionary<string, SatisfactionLevel?> Answers, string? Comment);

public sealed record CampaignInput(string? Title, DateOnly? StartDate, DateOnly? EndDate, int? Population, decimal? MarginPercent);

public sealed record UnitSatisfaction(Guid? UnitId, string UnitName, SatisfactionScore Score);

/// <summary>Results of a period: every answer together, each source alone, and per unit (answers that name a unit).</summary>
public sealed record SatisfactionResults(DateOnly From, DateOnly To, SatisfactionScore All, SatisfactionScore Ratings, SatisfactionScore Surveys, IReadOnlyList<UnitSatisfaction> Units);

/// <summary>
/// Per-dossier ratings (the receipt's QR code, the counter tablet), survey campaigns with their paper forms, and the results
/// per element, unit and period (<see cref="SatisfactionIndex"/>). Errors name the field in Vietnamese.
/// </summary>
public sealed class SatisfactionService(ReformDeskDbContext db, TimeProvider clock)
{
    public DateTime Now => VietnamTime.Now(clock);

    public DateOnly Today => DateOnly.FromDateTime(Now);

    /// <summary>The dossier of the current commune whose receipt carries this code and key; null for any mismatch.</summary>
    public async Task<RatableDossier?> FindByKeyAsync(string? code, string? key, CancellationToken ct = default)
    {
        var k = LookupKeys.Normalize(key);
        var c = (code ?? "").Trim();
        if (k is null || c.Length is 0 or > 60) return null;
        var dossier = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(d => d.LookupKey == k, ct);
        if (dossier is null || !string.Equals(dossier.Code, c, StringComparison.OrdinalIgnoreCase)) return null;
        return await ViewAsync(dossier, ct);
    }

    public async Task<RatableDossier?> FindAsync(Guid dossierId, CancellationToken ct = default) =>
        await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(d => d.Id == dossierId, ct) is { } d ? await ViewAsync(d, ct) : null;

    private async Task<RatableDossier> ViewAsync(Dossier dossier, CancellationToken ct)
    {
        var procedure = await db.Procedures.AsNoTracking().Where(p => p.Id == dossier.ProcedureId).Select(p => p.Name).FirstAsync(ct);
        var rating = await db.DossierRatings.AsNoTracking().FirstOrDefaultAsync(r => r.DossierId == dossier.Id, ct);
        return new RatableDossier(dossier.Id, dossier.Code, procedure, dossier.ReceivedAt, rating);
    }

    /// <summary>The citizen's rating through the receipt: the code and key must match one dossier of this commune.</summary>
    public async Task<OperationResult<DossierRating>> RateByKeyAsync(string? code, string? key, IReadOnlyDictionary<SatisfactionElement, SatisfactionLevel?> levels,
        string? comment, CancellationToken ct = default)
    {
        var found = await FindByKeyAsync(code, key, ct);
        if (found is null)
        {
            return OperationResult<DossierRating>.Invalid("Key", "Mã hồ sơ và khóa tra cứu không khớp với hồ sơ nào của xã/phường. Vui lòng quét lại mã QR trên giấy tiếp nhận.");
        }

        // The public portal runs read-only (PortalTenantFilter); a citizen's rating is the one write it allows, for this save only.
        var tenant = db.Tenant;
        if (!tenant.IsReadOnly || tenant.TenantId is not { } commune) return await RateAsync(found.DossierId, levels, comment, RatingChannel.Receipt, ct);
        tenant.SetTenant(commune, readOnly: false);
        try
        {
            return await RateAsync(found.DossierId, levels, comment, RatingChannel.Receipt, ct);
        }
        finally
        {
            tenant.SetTenant(commune, readOnly: true);
        }
    }

    /// <summary>The rating entered on the counter tablet for a dossier of the current commune.</summary>
    public async Task<OperationResult<DossierRating>> RateAtCounterAsync(Guid dossierId, IReadOnlyDictionary<SatisfactionElement, SatisfactionLevel?> levels,
        string? comment, CancellationToken ct = default) =>
        await RateAsync(dossierId, levels, comment, RatingChannel.Counter, ct);

    private async Task<OperationResult<DossierRating>> RateAsync(Guid dossierId, IReadOnlyDictionary<SatisfactionElement, SatisfactionLevel?> levels,
        string? comment, RatingChannel channel, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        var chosen = new Dictionary<SatisfactionElement, SatisfactionLevel>();
        foreach (var e in SatisfactionText.Elements)
        {
            if (levels.GetValueOrDefault(e) is { } level && Enum.IsDefined(level)) chosen[e] = level;
            else errors[e.ToString()] = $"Hãy chọn mức hài lòng cho \"{SatisfactionText.Element(e)}\".";
        }

        if (comment is { Length: > 2000 }) errors["Comment"] = $"Ý kiến dài {comment.Length} ký tự; tối đa 2.000 ký tự.";
        if (errors.Count > 0) return OperationResult<DossierRating>.Invalid(errors);

        var dossier = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(d => d.Id == dossierId, ct);
        if (dossier is null) return OperationResult<DossierRating>.NotFound("Không tìm thấy hồ sơ.");
        var rating = await db.DossierRatings.FirstOrDefaultAsync(r => r.DossierId == dossierId, ct);
        if (rating is null)
        {
            rating = DossierRating.For(dossier, chosen, comment, channel, Now);
            db.DossierRatings.Add(rating);
        }
        else
        {
            rating.Change(chosen, comment, channel, Now);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<DossierRating>.Ok(rating);
    }

    /// <summary>The latest questionnaire version; the SIPAS default (version 1) is created the first time a commune needs one.</summary>
    public async Task<SurveyQuestionnaire> CurrentQuestionnaireAsync(CancellationToken ct = default)
    {
        var latest = await db.SurveyQuestionnaires.OrderByDescending(q => q.Version).ThenByDescending(q => q.CreatedAt).FirstOrDefaultAsync(ct);
        if (latest is not null) return latest;
        latest = SurveyQuestionnaire.Create(SipasQuestionnaire.Name, 1, SipasQuestionnaire.Items, Now);
        db.SurveyQuestionnaires.Add(latest);
        await db.SaveChangesAsync(ct);
        return latest;
    }

    public async Task<IReadOnlyList<SurveyQuestionnaire>> QuestionnairesAsync(CancellationToken ct = default) =>
        await db.SurveyQuestionnaires.AsNoTracking().OrderByDescending(q => q.Version).ToListAsync(ct);

    /// <summary>Saves the items as the next version (campaigns already run keep theirs). Codes must be unique; every element needs an item.</summary>
    public async Task<OperationResult<SurveyQuestionnaire>> SaveQuestionnaireVersionAsync(string? name, IReadOnlyList<QuestionnaireItem> items, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(name)) errors["Name"] = "Hãy nhập tên phiếu khảo sát.";
        foreach (var (item, i) in items.Select((x, i) => (x, i)))
        {
            if (string.IsNullOrWhiteSpace(item.Code) || item.Code.Length > 20) errors[$"Items[{i}].Code"] = $"Câu {i + 1}: mã câu hỏi phải có từ 1 đến 20 ký tự.";
            else if (string.IsNullOrWhiteSpace(item.Text)) errors[$"Items[{i}].Text"] = $"Câu {item.Code}: hãy nhập nội dung câu hỏi.";
            else if (!Enum.IsDefined(item.Element)) errors[$"Items[{i}].Element"] = $"Câu {item.Code}: yếu tố không hợp lệ.";
        }

        foreach (var duplicate in items.GroupBy(i => i.Code.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors["Items"] = $"Mã câu hỏi {duplicate.Key} bị trùng.";
        }

        var missing = SatisfactionText.Elements.Where(e => items.All(i => i.Element != e)).ToList();
        if (missing.Count > 0) errors["Items"] = "Thiếu câu hỏi cho yếu tố: " + string.Join(", ", missing.Select(SatisfactionText.Element)) + ".";
        if (errors.Count > 0) return OperationResult<SurveyQuestionnaire>.Invalid(errors);

        var version = (await db.SurveyQuestionnaires.MaxAsync(q => (int?)q.Version, ct) ?? 0) + 1;
        var saved = SurveyQuestionnaire.Create(name!, version, [.. items.Select(i => i with { Code = i.Code.Trim(), Text = i.Text.Trim() })], Now);
        db.SurveyQuestionnaires.Add(saved);
        await db.SaveChangesAsync(ct);
        return OperationResult<SurveyQuestionnaire>.Ok(saved);
    }

    public async Task<IReadOnlyList<CampaignView>> CampaignsAsync(CancellationToken ct = default)
    {
        var campaigns = await db.SurveyCampaigns.AsNoTracking().OrderByDescending(c => c.StartDate).ToListAsync(ct);
        var questionnaires = await db.SurveyQuestionnaires.AsNoTracking().ToDictionaryAsync(q => q.Id, ct);
        var forms = await db.SurveyResponses.AsNoTracking().GroupBy(r => r.CampaignId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return [.. campaigns.Select(c => new CampaignView(c, questionnaires[c.QuestionnaireId], forms.GetValueOrDefault(c.Id)))];
    }

    public async Task<CampaignView?> CampaignAsync(Guid id, CancellationToken ct = default)
    {
        var campaign = await db.SurveyCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null) return null;
        var questionnaire = await db.SurveyQuestionnaires.AsNoTracking().FirstAsync(q => q.Id == campaign.QuestionnaireId, ct);
        return new CampaignView(campaign, questionnaire, await db.SurveyResponses.CountAsync(r => r.CampaignId == id, ct));
    }

    /// <summary>A new campaign on the current questionnaire version.</summary>
    public async Task<OperationResult<SurveyCampaign>> CreateCampaignAsync(CampaignInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input.Title)) errors["Title"] = "Hãy nhập tên đợt khảo sát.";
        else if (input.Title.Length > 500) errors["Title"] = "Tên đợt khảo sát tối đa 500 ký tự.";
        if (input.StartDate is null) errors["StartDate"] = "Hãy nhập ngày bắt đầu (dd/MM/yyyy).";
        if (input.EndDate is null) errors["EndDate"] = "Hãy nhập ngày kết thúc (dd/MM/yyyy).";
        else if (input.StartDate is { } s && input.EndDate < s) errors["EndDate"] = $"Ngày kết thúc {VietnamTime.Date(input.EndDate)} trước ngày bắt đầu {VietnamTime.Date(s)}.";
        if (input.Population is not (>= 1 and <= 10_000_000)) errors["Population"] = "Số người được khảo sát (N) phải từ 1 đến 10.000.000.";
        if (input.MarginPercent is not (> 0 and <= 20)) errors["MarginPercent"] = "Sai số cho phép (e) phải lớn hơn 0% và không quá 20%.";
        if (errors.Count > 0) return OperationResult<SurveyCampaign>.Invalid(errors);

        var questionnaire = await CurrentQuestionnaireAsync(ct);
        var campaign = SurveyCampaign.Create(input.Title!, questionnaire.Id, input.StartDate!.Value, input.EndDate!.Value, input.Population!.Value, input.MarginPercent!.Value, Now);
        db.SurveyCampaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        return OperationResult<SurveyCampaign>.Ok(campaign);
    }

    /// <summary>Stores one paper form. The form number is unique in the campaign; at least one item must be answered.</summary>
    public async Task<OperationResult<SurveyResponse>> EnterFormAsync(Guid campaignId, PaperForm form, string enteredBy, CancellationToken ct = default)
    {
        var view = await CampaignAsync(campaignId, ct);
        if (view is null) return OperationResult<SurveyResponse>.NotFound("Không tìm thấy đợt khảo sát.");
        var errors = new Dictionary<string, string>();
        var number = (form.FormNumber ?? "").Trim();
        if (number.Length is 0 or > 40) errors["FormNumber"] = "Hãy nhập số phiếu (tối đa 40 ký tự).";
        else if (await db.SurveyResponses.AnyAsync(r => r.CampaignId == campaignId && r.FormNumber == number, ct))
        {
            errors["FormNumber"] = $"Phiếu số {number} đã được nhập trong đợt khảo sát này.";
        }

        var day = form.AnsweredOn ?? view.Campaign.StartDate;
        if (day < view.Campaign.StartDate || day > view.Campaign.EndDate)
        {
            errors["AnsweredOn"] = $"Ngày trả lời {VietnamTime.Date(day)} nằm ngoài thời gian khảo sát ({VietnamTime.Date(view.Campaign.StartDate)} – {VietnamTime.Date(view.Campaign.EndDate)}).";
        }

        if (form.UnitId is { } unit && !await db.Units.AnyAsync(u => u.Id == unit, ct)) errors["UnitId"] = "Đơn vị không thuộc xã/phường.";
        var items = view.Questionnaire.Items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        foreach (var code in form.Answers.Keys.Where(k => !items.ContainsKey(k)))
        {
            errors[$"Answers[{code}]"] = $"Phiếu phiên bản {view.Questionnaire.Version} không có câu {code}.";
        }

        var answers = form.Answers.Where(a => a.Value is not null && items.ContainsKey(a.Key)).ToDictionary(a => a.Key, a => a.Value!.Value, StringComparer.Ordinal);
        foreach (var bad in answers.Where(a => !Enum.IsDefined(a.Value))) errors[$"Answers[{bad.Key}]"] = $"Câu {bad.Key}: mức hài lòng không hợp lệ.";
        if (answers.Count == 0) errors["Answers"] = "Phiếu chưa có câu trả lời nào.";
        if (form.Comment is { Length: > 2000 }) errors["Comment"] = "Ý kiến khác tối đa 2.000 ký tự.";
        if (errors.Count > 0) return OperationResult<SurveyResponse>.Invalid(errors);

        var response = SurveyResponse.Create(campaignId, number, form.UnitId, day, answers, form.Comment, enteredBy, Now);
        db.SurveyResponses.Add(response);
        await db.SaveChangesAsync(ct);
        return OperationResult<SurveyResponse>.Ok(response);
    }

    /// <summary>Results of [from, to]: ratings by the day they were given, paper forms by the day they were answered.</summary>
    public async Task<SatisfactionResults> ResultsAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var start = from.ToDateTime(TimeOnly.MinValue);
        var next = to.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var ratings = await db.DossierRatings.AsNoTracking().Where(r => r.RatedAt >= start && r.RatedAt < next).ToListAsync(ct);
        var responses = await db.SurveyResponses.AsNoTracking().Where(r => r.AnsweredOn >= from && r.AnsweredOn <= to).ToListAsync(ct);
        var campaignIds = responses.Select(r => r.CampaignId).Distinct().ToList();
        var questionnaireOf = await db.SurveyCampaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.QuestionnaireId, ct);
        var itemsOf = (await db.SurveyQuestionnaires.AsNoTracking().Where(q => questionnaireOf.Values.Contains(q.Id)).ToListAsync(ct))
            .ToDictionary(q => q.Id, q => (IReadOnlyDictionary<string, QuestionnaireItem>)q.Items.ToDictionary(i => i.Code, StringComparer.Ordinal));

        var rated = ratings.Select(r => (r.UnitId, Answers: SatisfactionIndex.Answers(r))).ToList();
        var surveyed = responses.Select(r => (r.UnitId, Answers: SatisfactionIndex.Answers(r, itemsOf[questionnaireOf[r.CampaignId]]))).ToList();
        var all = rated.Concat(surveyed).ToList();
        var unitNames = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var units = all.Where(x => x.UnitId is not null).GroupBy(x => x.UnitId!.Value)
            .Select(g => new UnitSatisfaction(g.Key, unitNames.GetValueOrDefault(g.Key, "—"), SatisfactionIndex.Compute(g.Select(x => x.Answers))))
            .OrderBy(u => u.UnitName, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false)).ToList();
        return new SatisfactionResults(from, to, SatisfactionIndex.Compute(all.Select(x => x.Answers)),
            SatisfactionIndex.Compute(rated.Select(x => x.Answers)), SatisfactionIndex.Compute(surveyed.Select(x => x.Answers)), units);
    }

    /// <summary>Ratings given in [from, to] for Decision 766 indicator 5.4: how many, and how many are dislikes.</summary>
    public async Task<(int Rated, int Disliked)> DislikesAsync(DateOnly from, DateOnly to, Guid? unitId, CancellationToken ct = default)
    {
        var start = from.ToDateTime(TimeOnly.MinValue);
        var next = to.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var ratings = await db.DossierRatings.AsNoTracking().Where(r => r.RatedAt >= start && r.RatedAt < next && (unitId == null || r.UnitId == unitId)).ToListAsync(ct);
        return (ratings.Count, ratings.Count(r => r.IsDislike));
    }

    public async Task<int> CampaignsHeldAsync(DateOnly from, DateOnly to, CancellationToken ct = default) =>
        await db.SurveyCampaigns.CountAsync(c => c.StartDate <= to && c.EndDate >= from && db.SurveyResponses.Any(r => r.CampaignId == c.Id), ct);
}
