using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.ParIndex;

/// <summary>What a commune submits for one criterion; points as typed ("1,5"), evidence as a choice, a text or a file.</summary>
public sealed record ParSelfInput(Guid CriterionId, string? Points, string? EvidenceChoice, string? EvidenceText, SafeUpload? File, string? Explanation);

/// <summary>What the province enters for one criterion.</summary>
public sealed record ParAppraisalInput(Guid CriterionId, string? Points, string? Comment);

/// <summary>An assessment with its set and commune, as the pages show it.</summary>
public sealed record ParAssessmentView(ParAssessment Assessment, ParCriteriaSet Set, Tenant Commune, IReadOnlyDictionary<Guid, ParEvidenceFileInfo> Files);

public sealed record ParEvidenceFileInfo(Guid Id, string FileName, long Size);

/// <summary>One commune's line in the province's results for a year.</summary>
public sealed record ParCommuneResult(Guid CommuneId, string Code, string Name, string? Block, Guid? AssessmentId, ParStatus? Status,
    decimal? SelfTotal, decimal? AppraisedTotal, decimal? SurveyPoints, decimal? FinalScore, decimal? Percent, string? Grade, int? Rank);

/// <summary>One year of a commune's history.</summary>
public sealed record ParYear(int Year, ParStatus Status, decimal? SelfTotal, decimal? FinalScore, decimal? Percent, string? Grade, string? Block, int? Rank, int? BlockSize);

/// <summary>A choice of evidence the commune can point to: a plan task or a report it sent.</summary>
public sealed record ParEvidenceChoice(string Value, string Group, string Label);

/// <summary>
/// The commune PAR Index: criteria sets per province and year, the commune's self-assessment, the province's appraisal,
/// ranking and grades. The rows are global (province-level); every method confines itself to what the actor may see:
/// a commune only itself, a province officer only the communes of his province.
/// </summary>
public sealed class ParIndexService(ReformDeskDbContext db, ParMeasures measures, TimeProvider clock)
{
    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public int CurrentYear => VietnamTime.Today(clock).Year;

    public async Task<IReadOnlyList<Tenant>> RegistryAsync(CancellationToken ct = default) => await db.Tenants.AsNoTracking().ToListAsync(ct);

    public async Task<Guid?> ProvinceOfAsync(Guid tenantId, CancellationToken ct = default) => TenantAccess.ProvinceOf(tenantId, await RegistryAsync(ct));

    // ---- Criteria sets ----

    public Task<ParCriteriaSet?> SetAsync(Guid provinceId, int year, CancellationToken ct = default) =>
        db.Set<ParCriteriaSet>().AsNoTracking().AsSplitQuery().Include(s => s.Criteria).Include(s => s.Bands).Include(s => s.Blocks)
            .FirstOrDefaultAsync(s => s.ProvinceId == provinceId && s.Year == year, ct);

    public Task<List<ParCriteriaSet>> SetsAsync(Guid provinceId, CancellationToken ct = default) =>
        db.Set<ParCriteriaSet>().AsNoTracking().Where(s => s.ProvinceId == provinceId).OrderByDescending(s => s.Year).ToListAsync(ct);

    /// <summary>
    /// Stores the workbook as the province's set for <paramref name="year"/>, replacing the previous one while no commune has
    /// started scoring it. All or nothing: any problem stores nothing and lists every problem by sheet, row and column.
    /// </summary>
    public async Task<ParParseResult> ImportSetAsync(ParActor actor, Guid provinceId, int year, SafeUpload upload, CancellationToken ct = default)
    {
        static ParParseResult Refuse(string message) => new(null, [new ParImportError("", null, null, message)]);
        if (!ParIndexPermissions.CanAppraise(actor, provinceId)) return Refuse("Chỉ cán bộ Sở Nội vụ của tỉnh được nhập bộ tiêu chí.");
        if (year is < 2020 or > 2100) return Refuse($"Năm {year} không hợp lệ.");
        var parsed = ParCriteriaImporter.Parse(upload, provinceId, year);
        if (!parsed.Succeeded) return parsed;

        var existing = await db.Set<ParCriteriaSet>().FirstOrDefaultAsync(s => s.ProvinceId == provinceId && s.Year == year, ct);
        if (existing is not null)
        {
            if (await db.Set<ParAssessment>().AnyAsync(a => a.SetId == existing.Id, ct))
            {
                return Refuse($"Đã có xã/phường tự chấm theo bộ tiêu chí năm {year}; không thể thay bộ tiêu chí này.");
            }

        }

        var set = parsed.Set!;
        set.ImportedBy = actor.Name;
        set.ImportedAtUtc = UtcNow;
        // The old set goes first (its (province, year) is unique), in one transaction with the new one.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (existing is not null)
        {
            db.Remove(existing);
            await db.SaveChangesAsync(ct);
        }

        db.Add(set);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return parsed;
    }

    // ---- The commune's self-assessment ----

    /// <summary>The commune's assessment of the year, with its set; null when it has not started (or the year has no set).</summary>
    public async Task<ParAssessmentView?> ViewAsync(ParActor actor, Guid communeId, int year, CancellationToken ct = default)
    {
        var id = await db.Set<ParAssessment>().AsNoTracking().Where(a => a.CommuneId == communeId && a.Year == year).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        return id is { } found ? await ViewAsync(actor, found, ct) : null;
    }

    /// <summary>An assessment as its commune or its province's officers see it; null for anyone else.</summary>
    public async Task<ParAssessmentView?> ViewAsync(ParActor actor, Guid assessmentId, CancellationToken ct = default)
    {
        var assessment = await db.Set<ParAssessment>().AsNoTracking().Include(a => a.Scores).FirstOrDefaultAsync(a => a.Id == assessmentId, ct);
        if (assessment is null || !MayRead(actor, assessment)) return null;
        var set = await db.Set<ParCriteriaSet>().AsNoTracking().AsSplitQuery().Include(s => s.Criteria).Include(s => s.Bands).Include(s => s.Blocks).FirstAsync(s => s.Id == assessment.SetId, ct);
        var commune = await db.Tenants.AsNoTracking().FirstAsync(t => t.Id == assessment.CommuneId, ct);
        var files = await db.Set<ParEvidenceFile>().AsNoTracking().Where(f => f.AssessmentId == assessment.Id)
            .Select(f => new ParEvidenceFileInfo(f.Id, f.FileName, f.Size)).ToDictionaryAsync(f => f.Id, ct);
        return new ParAssessmentView(assessment, set, commune, files);
    }

    private static bool MayRead(ParActor actor, ParAssessment a) =>
        actor.HomeTenantId == a.CommuneId || ParIndexPermissions.CanAppraise(actor, a.ProvinceId);

    public async Task<ParEvidenceFile?> EvidenceFileAsync(ParActor actor, Guid fileId, CancellationToken ct = default)
    {
        var file = await db.Set<ParEvidenceFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct);
        if (file is null) return null;
        var assessment = await db.Set<ParAssessment>().AsNoTracking().FirstAsync(a => a.Id == file.AssessmentId, ct);
        return MayRead(actor, assessment) ? file : null;
    }

    /// <summary>Plan tasks and reports of the current commune that a score can point to.</summary>
    public async Task<IReadOnlyList<ParEvidenceChoice>> EvidenceChoicesAsync(int year, CancellationToken ct = default)
    {
        var plans = await db.Plans.AsNoTracking().Where(p => p.StartYear <= year && p.EndYear >= year).Select(p => p.Id).ToListAsync(ct);
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => plans.Contains(t.PlanId)).OrderBy(t => t.Number)
            .Select(t => new { t.Id, Title = t.Number + ". " + t.Content }).ToListAsync(ct);
        var obligations = await db.ReportObligations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Title, ct);
        var reports = await db.ReportSubmissions.AsNoTracking().Where(s => s.DueDate.Year == year).OrderBy(s => s.DueDate).ToListAsync(ct);
        return tasks.Select(t => new ParEvidenceChoice($"task:{t.Id}", "Nhiệm vụ kế hoạch", Short(t.Title)))
            .Concat(reports.Select(r => new ParEvidenceChoice($"report:{r.Id}", "Báo cáo đã gửi",
                $"{Short(obligations.GetValueOrDefault(r.ObligationId, "Báo cáo"))} — kỳ {VietnamTime.Date(r.DueDate)}, gửi {VietnamTime.Date(r.SubmittedOn)}")))
            .ToList();
    }

    private static string Short(string text) => text.Length <= 120 ? text : text[..117] + "…";

    /// <summary>Starts the current commune's assessment of <paramref name="year"/> on its province's set, with the proposals from data.</summary>
    public async Task<OperationResult<ParAssessment>> StartAsync(ParActor actor, int year, CancellationToken ct = default)
    {
        if (db.Tenant.TenantId is not { } communeId || db.Tenant.IsReadOnly || !ParIndexPermissions.CanSelfAssess(actor, communeId))
        {
            return OperationResult<ParAssessment>.Forbidden("Chỉ Chủ tịch và bộ phận tham mưu CCHC của xã/phường được tự chấm điểm.");
        }

        var registry = await RegistryAsync(ct);
        var commune = registry.First(t => t.Id == communeId);
        if (TenantAccess.ProvinceOf(communeId, registry) is not { } province || await SetAsync(province, year, ct) is not { } set)
        {
            return OperationResult<ParAssessment>.Invalid("Year", $"Tỉnh chưa ban hành bộ tiêu chí Chỉ số CCHC năm {year}.");
        }

        if (await db.Set<ParAssessment>().AnyAsync(a => a.CommuneId == communeId && a.Year == year, ct))
        {
            return OperationResult<ParAssessment>.Invalid("Year", $"Xã/phường đã có bản tự chấm Chỉ số CCHC năm {year}.");
        }

        var assessment = ParAssessment.Start(set, communeId, set.BlockOf(commune.Type)?.Name, UtcNow);
        await ProposeAsync(assessment, set, ct);
        db.Add(assessment);
        await db.SaveChangesAsync(ct);
        return OperationResult<ParAssessment>.Ok(assessment);
    }

    private async Task ProposeAsync(ParAssessment assessment, ParCriteriaSet set, CancellationToken ct)
    {
        var cache = new Dictionary<string, ParMeasurement?>();
        foreach (var criterion in set.Leaves.Where(c => c.Measure is not null))
        {
            if (!cache.TryGetValue(criterion.Measure!, out var measurement))
            {
                cache[criterion.Measure!] = measurement = await measures.MeasureAsync(criterion.Measure!, set.Year, ct);
            }

            assessment.Propose(criterion.Id, measurement is null ? null : ParScoring.PointsForRate(criterion, measurement.Rate),
                measurement is null ? "Không có dữ liệu" : $"{measurement.Source}: {ParNumbers.Text(measurement.Rate)}%");
        }
    }

    /// <summary>Saves the commune's draft scores (and refreshes the proposals from data); errors name the criterion.</summary>
    public async Task<OperationResult<ParAssessment>> SaveSelfAsync(ParActor actor, Guid assessmentId, IReadOnlyList<ParSelfInput> inputs, CancellationToken ct = default)
    {
        var (assessment, set, error) = await ForCommuneAsync(actor, assessmentId, ct);
        if (error is not null) return error;
        var errors = new Dictionary<string, string>();
        var criteria = set!.Leaves.ToDictionary(c => c.Id);
        var choices = (await EvidenceChoicesAsync(assessment!.Year, ct)).ToDictionary(c => c.Value, c => c.Label, StringComparer.Ordinal);
        var changes = new List<Action>();
        foreach (var (input, i) in inputs.Select((x, i) => (x, i)))
        {
            if (!criteria.TryGetValue(input.CriterionId, out var criterion))
            {
                errors[$"Rows[{i}]"] = "Tiêu chí không thuộc bộ tiêu chí của năm.";
                continue;
            }

            decimal? points = null;
            if (!string.IsNullOrWhiteSpace(input.Points))
            {
                if (!ParNumbers.TryParse(input.Points, out var p)) { errors[$"Rows[{i}].Points"] = $"Tiêu chí {criterion.Code}: “{input.Points}” không phải là số điểm."; continue; }
                if (ParScoring.Check(criterion, p) is { } message) { errors[$"Rows[{i}].Points"] = message; continue; }
                points = p;
            }

            var current = assessment!.ScoreOf(criterion.Id);
            var (kind, evidenceId, text) = (ParEvidenceKind.None, (Guid?)null, (string?)null);
            var choice = input.EvidenceChoice?.Trim() ?? "";
            var typed = input.EvidenceText?.Trim() ?? "";
            if (input.File is { } file)
            {
                var stored = new ParEvidenceFile(assessment.Id, assessment.CommuneId, file);
                db.Add(stored);
                (kind, evidenceId, text) = (ParEvidenceKind.File, stored.Id, stored.FileName);
            }
            else if (choices.TryGetValue(choice, out var label))
            {
                // The label is kept with the score so the province reads it without entering the commune's data.
                var isTask = choice.StartsWith("task:", StringComparison.Ordinal);
                (kind, evidenceId, text) = (isTask ? ParEvidenceKind.PlanTask : ParEvidenceKind.Report, Guid.Parse(choice[(choice.IndexOf(':') + 1)..]), label);
            }
            else if (choice.Length > 0 && choice != "keep")
            {
                errors[$"Rows[{i}].EvidenceChoice"] = $"Tiêu chí {criterion.Code}: không tìm thấy nhiệm vụ hoặc báo cáo đã chọn của xã/phường.";
                continue;
            }
            else if (typed.Length > 0)
            {
                if (typed.Length > 1000) { errors[$"Rows[{i}].EvidenceText"] = $"Tiêu chí {criterion.Code}: tài liệu kiểm chứng tối đa 1.000 ký tự."; continue; }
                var isUrl = Uri.TryCreate(typed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
                if (!isUrl && typed.Contains("://", StringComparison.Ordinal)) { errors[$"Rows[{i}].EvidenceText"] = $"Tiêu chí {criterion.Code}: đường dẫn phải bắt đầu bằng http:// hoặc https://."; continue; }
                (kind, text) = (isUrl ? ParEvidenceKind.Url : ParEvidenceKind.Document, typed);
            }
            else if (choice == "keep")
            {
                (kind, evidenceId, text) = (current.EvidenceKind, current.EvidenceId, current.EvidenceText);
            }

            var explanation = string.IsNullOrWhiteSpace(input.Explanation) ? null : input.Explanation.Trim();
            if (explanation is { Length: > 2000 }) { errors[$"Rows[{i}].Explanation"] = $"Tiêu chí {criterion.Code}: giải trình tối đa 2.000 ký tự."; continue; }
            var id = criterion.Id;
            changes.Add(() => assessment.SelfScore(id, points, kind, evidenceId, text, explanation));
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return OperationResult<ParAssessment>.Invalid(errors);
        }

        foreach (var change in changes) change();
        await ProposeAsync(assessment!, set, ct);
        await db.SaveChangesAsync(ct);
        return OperationResult<ParAssessment>.Ok(assessment!);
    }

    /// <summary>Submits to the province: every criterion scored, each score backed by evidence or explained. Then it is locked.</summary>
    public async Task<OperationResult<ParAssessment>> SubmitAsync(ParActor actor, Guid assessmentId, CancellationToken ct = default)
    {
        var (assessment, set, error) = await ForCommuneAsync(actor, assessmentId, ct);
        if (error is not null) return error;
        var errors = new Dictionary<string, string>();
        foreach (var criterion in set!.Leaves)
        {
            var score = assessment!.ScoreOf(criterion.Id);
            if (score.SelfPoints is null) errors[criterion.Code] = $"Tiêu chí {criterion.Code}: chưa chấm điểm.";
            else if (score.EvidenceKind == ParEvidenceKind.None && score.Explanation is null)
            {
                errors[criterion.Code] = criterion.EvidenceRequired
                    ? $"Tiêu chí {criterion.Code} cần tài liệu kiểm chứng; nếu không có, hãy giải trình."
                    : $"Tiêu chí {criterion.Code}: điểm không có tài liệu kiểm chứng cần giải trình.";
            }
        }

        if (errors.Count > 0) return OperationResult<ParAssessment>.Invalid(errors);
        assessment!.Submit(ParScoring.Total(set.Leaves, id => assessment.ScoreOf(id).SelfPoints), actor.Name, UtcNow);
        await db.SaveChangesAsync(ct);
        return OperationResult<ParAssessment>.Ok(assessment);
    }

    private async Task<(ParAssessment? Assessment, ParCriteriaSet? Set, OperationResult<ParAssessment>? Error)> ForCommuneAsync(ParActor actor, Guid assessmentId, CancellationToken ct)
    {
        var assessment = await db.Set<ParAssessment>().Include(a => a.Scores).FirstOrDefaultAsync(a => a.Id == assessmentId, ct);
        if (assessment is null || !MayRead(actor, assessment)) return (null, null, OperationResult<ParAssessment>.NotFound("Không tìm thấy bản tự chấm."));
        if (db.Tenant.TenantId != assessment.CommuneId || db.Tenant.IsReadOnly || !ParIndexPermissions.CanSelfAssess(actor, assessment.CommuneId))
        {
            return (null, null, OperationResult<ParAssessment>.Forbidden("Chỉ Chủ tịch và bộ phận tham mưu CCHC của xã/phường được tự chấm điểm."));
        }

        if (!assessment.CommuneMayEdit)
        {
            return (null, null, OperationResult<ParAssessment>.Conflict($"Bản tự chấm đang ở trạng thái “{ParTransitions.Vietnamese(assessment.Status)}”: xã/phường không sửa được nữa."));
        }

        var set = await db.Set<ParCriteriaSet>().AsNoTracking().AsSplitQuery().Include(s => s.Criteria).Include(s => s.Bands).Include(s => s.Blocks).FirstAsync(s => s.Id == assessment.SetId, ct);
        return (assessment, set, null);
    }

    // ---- The province's appraisal ----

    public async Task<OperationResult<ParAssessment>> StartAppraisalAsync(ParActor actor, Guid assessmentId, CancellationToken ct = default) =>
        await ProvinceStepAsync(actor, assessmentId, ParStatus.UnderAppraisal, (a, _) => { a.StartAppraisal(); return null; }, ct);

    public async Task<OperationResult<ParAssessment>> ReturnAsync(ParActor actor, Guid assessmentId, string? reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 2000)
        {
            return OperationResult<ParAssessment>.Invalid("Reason", "Hãy ghi lý do trả lại (tối đa 2.000 ký tự).");
        }

        return await ProvinceStepAsync(actor, assessmentId, ParStatus.Returned, (a, _) => { a.Return(reason.Trim()); return null; }, ct);
    }

    /// <summary>Saves the appraised points (a change from the commune's score needs a comment) and the survey points.</summary>
    public async Task<OperationResult<ParAssessment>> SaveAppraisalAsync(ParActor actor, Guid assessmentId, IReadOnlyList<ParAppraisalInput> inputs, string? survey, CancellationToken ct = default) =>
        await ProvinceStepAsync(actor, assessmentId, null, (a, set) =>
        {
            var errors = new Dictionary<string, string>();
            var criteria = set.Leaves.ToDictionary(c => c.Id);
            var changes = new List<Action>();
            foreach (var (input, i) in inputs.Select((x, i) => (x, i)))
            {
                if (!criteria.TryGetValue(input.CriterionId, out var criterion)) continue;
                decimal? points = null;
                if (!string.IsNullOrWhiteSpace(input.Points))
                {
                    if (!ParNumbers.TryParse(input.Points, out var p)) { errors[$"Rows[{i}].Points"] = $"Tiêu chí {criterion.Code}: “{input.Points}” không phải là số điểm."; continue; }
                    if (ParScoring.Check(criterion, p) is { } message) { errors[$"Rows[{i}].Points"] = message; continue; }
                    points = p;
                }

                var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
                if (comment is { Length: > 2000 }) { errors[$"Rows[{i}].Comment"] = $"Tiêu chí {criterion.Code}: nhận xét tối đa 2.000 ký tự."; continue; }
                if (points != a.ScoreOf(criterion.Id).SelfPoints && comment is null)
                {
                    errors[$"Rows[{i}].Comment"] = $"Tiêu chí {criterion.Code}: điểm thẩm định khác điểm tự chấm cần ghi nhận xét.";
                    continue;
                }

                var id = criterion.Id;
                changes.Add(() => a.Appraise(id, points, comment));
            }

            decimal? surveyPoints = null;
            if (!string.IsNullOrWhiteSpace(survey))
            {
                if (!ParNumbers.TryParse(survey, out var s) || s < 0 || s > set.SurveyMaxPoints || decimal.Round(s, 2) != s)
                {
                    errors["Survey"] = $"Điểm điều tra xã hội học phải từ 0 đến {ParNumbers.Text(set.SurveyMaxPoints)}.";
                }
                else
                {
                    surveyPoints = s;
                }
            }

            if (errors.Count > 0) return errors;
            foreach (var change in changes) change();
            a.EnterSurvey(surveyPoints);
            return null;
        }, ct);

    /// <summary>Fixes the final score (appraised + survey), its percent and grade; every criterion and the survey must be entered.</summary>
    public async Task<OperationResult<ParAssessment>> CompleteAppraisalAsync(ParActor actor, Guid assessmentId, CancellationToken ct = default) =>
        await ProvinceStepAsync(actor, assessmentId, ParStatus.Appraised, (a, set) =>
        {
            var errors = set.Leaves.Where(c => a.ScoreOf(c.Id).AppraisedPoints is null)
                .ToDictionary(c => c.Code, c => $"Tiêu chí {c.Code}: chưa có điểm thẩm định.");
            if (a.SurveyPoints is null && set.SurveyMaxPoints > 0) errors["Survey"] = "Chưa nhập điểm điều tra xã hội học.";
            if (errors.Count > 0) return errors;
            var appraised = ParScoring.Total(set.Leaves, id => a.ScoreOf(id).AppraisedPoints);
            a.CompleteAppraisal(ParScoring.Result(set, appraised, a.SurveyPoints ?? 0), actor.Name, UtcNow);
            return null;
        }, ct);

    public async Task<OperationResult<ParAssessment>> PublishAsync(ParActor actor, Guid assessmentId, CancellationToken ct = default) =>
        await ProvinceStepAsync(actor, assessmentId, ParStatus.Published, (a, _) => { a.Publish(actor.Name, UtcNow); return null; }, ct);

    private async Task<OperationResult<ParAssessment>> ProvinceStepAsync(ParActor actor, Guid assessmentId, ParStatus? to,
        Func<ParAssessment, ParCriteriaSet, Dictionary<string, string>?> step, CancellationToken ct)
    {
        var assessment = await db.Set<ParAssessment>().Include(a => a.Scores).FirstOrDefaultAsync(a => a.Id == assessmentId, ct);
        if (assessment is null || !MayRead(actor, assessment)) return OperationResult<ParAssessment>.NotFound("Không tìm thấy bản chấm điểm.");
        if (!ParIndexPermissions.CanAppraise(actor, assessment.ProvinceId))
        {
            return OperationResult<ParAssessment>.Forbidden("Chỉ cán bộ Sở Nội vụ của tỉnh được thẩm định Chỉ số CCHC.");
        }

        if (to is { } target ? !ParTransitions.Allowed(assessment.Status, target) : assessment.Status != ParStatus.UnderAppraisal)
        {
            var wanted = to is { } t ? $"chuyển sang “{ParTransitions.Vietnamese(t)}”" : "sửa điểm thẩm định";
            return OperationResult<ParAssessment>.Conflict($"Bản chấm điểm đang ở trạng thái “{ParTransitions.Vietnamese(assessment.Status)}”: không thể {wanted}.");
        }

        var set = await db.Set<ParCriteriaSet>().AsNoTracking().AsSplitQuery().Include(s => s.Criteria).Include(s => s.Bands).Include(s => s.Blocks).FirstAsync(s => s.Id == assessment.SetId, ct);
        if (step(assessment, set) is { } errors)
        {
            db.ChangeTracker.Clear();
            return OperationResult<ParAssessment>.Invalid(errors);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<ParAssessment>.Ok(assessment);
    }

    // ---- Results, ranking, history ----

    /// <summary>
    /// Every commune of the province for the year: status, self score, final score, percent, grade and rank within its block
    /// (among appraised and published indexes). For the province workspace and the results page.
    /// </summary>
    public async Task<IReadOnlyList<ParCommuneResult>> ProvinceResultsAsync(Guid provinceId, int year, CancellationToken ct = default)
    {
        var registry = await RegistryAsync(ct);
        var communes = registry.Where(t => t.Kind == TenantKind.Commune && TenantAccess.ProvinceOf(t.Id, registry) == provinceId).ToList();
        var set = await SetAsync(provinceId, year, ct);
        var assessments = await db.Set<ParAssessment>().AsNoTracking().Where(a => a.ProvinceId == provinceId && a.Year == year).ToDictionaryAsync(a => a.CommuneId, ct);
        var ranks = ParScoring.Rank(assessments.Values.Where(a => a.IsFinal).Select(a => (a.Id, a.Block, a.FinalScore ?? 0))).ToDictionary(r => r.AssessmentId);
        return communes.Select(c =>
        {
            var a = assessments.GetValueOrDefault(c.Id);
            return new ParCommuneResult(c.Id, c.Code, c.Name, a?.Block ?? set?.BlockOf(c.Type)?.Name, a?.Id, a?.Status, a?.SelfTotal, a?.AppraisedTotal, a?.SurveyPoints,
                a?.FinalScore, a?.Percent, a?.Grade, a is not null && ranks.TryGetValue(a.Id, out var r) ? r.Rank : null);
        })
        .OrderBy(r => r.Block ?? "\uffff", StringComparer.Ordinal).ThenBy(r => r.Rank ?? int.MaxValue).ThenBy(r => r.Name, StringComparer.Create(Vi, false))
        .ToList();
    }

    private static readonly System.Globalization.CultureInfo Vi = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The commune's years side by side, newest first, with its rank in its block when the year is appraised.</summary>
    public async Task<IReadOnlyList<ParYear>> HistoryAsync(ParActor actor, Guid communeId, CancellationToken ct = default)
    {
        var own = await db.Set<ParAssessment>().AsNoTracking().Where(a => a.CommuneId == communeId).OrderByDescending(a => a.Year).ToListAsync(ct);
        var result = new List<ParYear>();
        foreach (var a in own.Where(a => MayRead(actor, a)))
        {
            int? rank = null, size = null;
            if (a.IsFinal)
            {
                var peers = await db.Set<ParAssessment>().AsNoTracking()
                    .Where(p => p.ProvinceId == a.ProvinceId && p.Year == a.Year && p.Block == a.Block && (p.Status == ParStatus.Appraised || p.Status == ParStatus.Published))
                    .Select(p => new { p.Id, p.Block, p.FinalScore }).ToListAsync(ct);
                rank = ParScoring.Rank(peers.Select(p => (p.Id, p.Block, p.FinalScore ?? 0))).First(r => r.AssessmentId == a.Id).Rank;
                size = peers.Count;
            }

            result.Add(new ParYear(a.Year, a.Status, a.SelfTotal, a.FinalScore, a.Percent, a.Grade, a.Block, rank, size));
        }

        return result;
    }

    /// <summary>The commune's appraised grade per year as the award rules read it (bands named Xuất sắc … Yếu).</summary>
    public static async Task<IReadOnlyDictionary<int, ReformRating>> RatingsAsync(ReformDeskDbContext db, Guid communeId, CancellationToken ct = default) =>
        (await db.Set<ParAssessment>().AsNoTracking()
            .Where(a => a.CommuneId == communeId && a.AwardRating != null && (a.Status == ParStatus.Appraised || a.Status == ParStatus.Published))
            .Select(a => new { a.Year, a.AwardRating }).ToListAsync(ct))
        .ToDictionary(a => a.Year, a => a.AwardRating!.Value);
}
