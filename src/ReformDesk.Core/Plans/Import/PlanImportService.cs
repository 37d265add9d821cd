using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans.Scheduling;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.Plans.Import;

public sealed record UnitResolution(string NameInDocument, UnitMatchKind Kind, Guid? UnitId, string? MatchedName, double Score, CollectiveKind? Collective = null)
{
    public bool IsNew => Kind == UnitMatchKind.NoMatch;
}

/// <summary>A new unit that looks like another (new or existing) one: the import page proposes merging them.</summary>
public sealed record MergeProposal(string NewName, string Similar, double Score);

public sealed record PreviewTask(string SectionCode, string SectionTitle, AppendixRow Row, UnitResolution Lead, IReadOnlyList<UnitResolution> Coordinators, Schedule Schedule);

/// <summary>What saving would create, and every problem by row; nothing is stored until <see cref="PlanImportService.SaveAsync"/>.</summary>
public sealed record ImportPreview(IReadOnlyList<AppendixSection> Sections, IReadOnlyList<PreviewTask> Tasks, IReadOnlyList<string> NewUnits, IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<MergeProposal>? Merges = null)
{
    public bool CanSave => Tasks.Count > 0 && Problems.All(p => p.Severity != ProblemSeverity.Error);
}

public sealed record PlanHeader(string? Title, string? Number, int StartYear, int EndYear, DateOnly? IssuedOn = null, string? LegalBases = null, string? SourceDocument = null);

/// <summary>
/// Turns an appendix table into a plan: units matched to the commune's (diacritic-insensitive, fuzzy),
/// unknown units proposed for creation, schedules parsed; saved all-or-nothing in one SaveChanges.
/// </summary>
public sealed class PlanImportService(ReformDeskDbContext db)
{
    /// <summary>The appendix of a checked upload (pasted text reaches here as a text upload too).</summary>
    public static AppendixTable Read(SafeUpload upload) => AppendixReader.Read(upload);

    public async Task<ImportPreview> PreviewAsync(AppendixTable table, int planYear, CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var known = units.Select(u => (u.Id, u.Name)).ToList();
        var problems = table.Problems.ToList();
        var newUnits = new List<string>();
        var tasks = new List<PreviewTask>();

        UnitResolution Resolve(string name, int row, string field)
        {
            // A collective is a group, whatever units happen to exist; it is never matched to or made into a unit.
            if (CollectiveUnits.Recognise(name) is { } collective)
            {
                return new UnitResolution(name, UnitMatchKind.Collective, null, CollectiveUnits.Vietnamese(collective), 1, collective);
            }

            var match = UnitNameMatcher.Match(name, known);
            if (!match.IsMatch && CollectiveUnits.IsFragment(name))
            {
                problems.Add(new ImportProblem(row, field,
                    $"Dòng {row}: \"{name}\" (viết thường) không phải tên một đơn vị; không tạo đơn vị mới từ cụm này.", ProblemSeverity.Warning));
                return new UnitResolution(name, UnitMatchKind.Fragment, null, null, match.Score);
            }

            if (match.IsMatch)
            {
                return new UnitResolution(name, match.Kind, match.UnitId, match.UnitName, match.Score);
            }

            // Two spellings of the same new unit in one appendix become one new unit.
            var existingNew = newUnits.FirstOrDefault(n => UnitNameMatcher.Normalize(n) == UnitNameMatcher.Normalize(name));
            if (existingNew is null)
            {
                newUnits.Add(name);
            }

            return new UnitResolution(name, UnitMatchKind.NoMatch, null, existingNew ?? name, match.Score);
        }

        foreach (var section in table.Sections)
        {
            foreach (var row in section.Tasks)
            {
                var schedule = ScheduleParser.Parse(row.ScheduleText, planYear);
                if (schedule.NeedsReview && row.ScheduleText.Trim().Length > 0)
                {
                    problems.Add(new ImportProblem(row.SourceRow, "Thời gian thực hiện",
                        $"Dòng {row.SourceRow}: chưa hiểu thời gian \"{row.ScheduleText}\"; nhiệm vụ {row.Number} sẽ được đánh dấu để người phụ trách xác định thời hạn.", ProblemSeverity.Warning));
                }

                var lead = Resolve(row.LeadUnit, row.SourceRow, "Cơ quan chủ trì");
                if (lead.Kind == UnitMatchKind.Collective)
                {
                    problems.Add(new ImportProblem(row.SourceRow, "Cơ quan chủ trì",
                        $"Dòng {row.SourceRow}: cơ quan chủ trì là một nhóm (\"{row.LeadUnit}\"); nhiệm vụ {row.Number} được giao cho cả nhóm, Bộ phận tham mưu CCHC theo dõi.", ProblemSeverity.Warning));
                }

                tasks.Add(new PreviewTask(section.Code, section.Title, row, lead,
                    row.CoordinatingUnits.Select(c => Resolve(c, row.SourceRow, "Cơ quan phối hợp")).ToList(), schedule));
            }
        }

        if (tasks.Count == 0 && problems.All(p => p.Severity != ProblemSeverity.Error))
        {
            problems.Add(new ImportProblem(null, null, "Không tìm thấy nhiệm vụ nào trong bảng.", ProblemSeverity.Error));
        }

        return new ImportPreview(table.Sections, tasks, newUnits, problems.OrderBy(p => p.Row ?? 0).ToList(), MergeProposals(newUnits, known));
    }

    /// <summary>Threshold under the automatic match: close enough that a person should look before a second unit is made.</summary>
    public const double MergeThreshold = 0.6;

    private static List<MergeProposal> MergeProposals(List<string> newUnits, List<(Guid Id, string Name)> known)
    {
        var proposals = new List<MergeProposal>();
        for (var i = 0; i < newUnits.Count; i++)
        {
            var others = known.Select(k => k.Name).Concat(newUnits.Take(i));
            var best = others.Select(o => (Name: o, Score: UnitNameMatcher.Similarity(newUnits[i], o))).OrderByDescending(x => x.Score).FirstOrDefault();
            if (best.Name is not null && best.Score >= MergeThreshold)
            {
                proposals.Add(new MergeProposal(newUnits[i], best.Name, Math.Round(best.Score, 2)));
            }
        }

        return proposals;
    }

    public static IReadOnlyDictionary<string, string> ValidateHeader(PlanHeader header)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(header.Title))
        {
            errors["Title"] = "Tên kế hoạch là bắt buộc.";
        }
        else if (header.Title.Length > 500)
        {
            errors["Title"] = "Tên kế hoạch không được dài quá 500 ký tự.";
        }

        if (header.StartYear is < 2000 or > 2100)
        {
            errors["StartYear"] = "Năm bắt đầu phải trong khoảng 2000–2100.";
        }

        if (header.EndYear < header.StartYear || header.EndYear > header.StartYear + 10)
        {
            errors["EndYear"] = "Năm kết thúc phải từ năm bắt đầu đến tối đa 10 năm sau.";
        }

        if (header.Number is { Length: > 60 })
        {
            errors["Number"] = "Số, ký hiệu không được dài quá 60 ký tự.";
        }

        return errors;
    }

    /// <summary>Recomputes the preview from the same table (never trusting what the browser sent back) and saves it whole.</summary>
    public async Task<OperationResult<Plan>> SaveAsync(PlanHeader header, AppendixTable table, CancellationToken ct = default)
    {
        var headerErrors = ValidateHeader(header);
        if (headerErrors.Count > 0)
        {
            return OperationResult<Plan>.Invalid(headerErrors);
        }

        var preview = await PreviewAsync(table, header.StartYear, ct);
        if (!preview.CanSave)
        {
            var first = preview.Problems.FirstOrDefault(p => p.Severity == ProblemSeverity.Error);
            return OperationResult<Plan>.Invalid("table", first?.Message ?? "Bảng không có nhiệm vụ nào.");
        }

        var created = new Dictionary<string, Unit>();
        Guid? UnitIdOf(UnitResolution resolution)
        {
            if (resolution.Kind is UnitMatchKind.Collective or UnitMatchKind.Fragment)
            {
                return null;
            }

            if (resolution.UnitId is { } id)
            {
                return id;
            }

            var key = UnitNameMatcher.Normalize(resolution.MatchedName);
            if (!created.TryGetValue(key, out var unit))
            {
                unit = new Unit { Name = resolution.MatchedName!.Trim(), Kind = GuessKind(resolution.MatchedName), Note = "Tạo khi nhập phụ lục kế hoạch" };
                db.Units.Add(unit);
                created[key] = unit;
            }

            return unit.Id;
        }

        var plan = Plan.FromIssuedDocument(header.Title!.Trim(), string.IsNullOrWhiteSpace(header.Number) ? null : header.Number.Trim(),
            header.StartYear, header.EndYear, header.IssuedOn, header.LegalBases, header.SourceDocument);
        db.Plans.Add(plan);

        var order = 0;
        var sections = new Dictionary<(string, string), PlanSection>();
        foreach (var task in preview.Tasks)
        {
            if (!sections.TryGetValue((task.SectionCode, task.SectionTitle), out var section))
            {
                section = new PlanSection { PlanId = plan.Id, Code = task.SectionCode, Title = task.SectionTitle, Order = sections.Count + 1 };
                db.PlanSections.Add(section);
                sections[(task.SectionCode, task.SectionTitle)] = section;
            }

            var entity = new PlanTask
            {
                PlanId = plan.Id,
                SectionId = section.Id,
                Number = task.Row.Number,
                Order = ++order,
                Content = task.Row.Content,
                LeadUnitId = UnitIdOf(task.Lead),
                LeadCollective = task.Lead.Collective,
                CollectiveCoordinators = CollectiveUnits.Store(task.Coordinators.Where(c => c.Collective is not null).Select(c => c.Collective!.Value)),
                ScheduleText = task.Row.ScheduleText,
                ScheduleJson = ScheduleJson.Serialize(task.Schedule),
                ScheduleNeedsReview = task.Schedule.NeedsReview,
                Deliverable = task.Row.Deliverable,
            };
            db.PlanTasks.Add(entity);
            foreach (var unitId in task.Coordinators.Select(UnitIdOf).OfType<Guid>().Distinct().Where(id => id != entity.LeadUnitId))
            {
                db.PlanTaskCoordinators.Add(new PlanTaskCoordinator { TaskId = entity.Id, UnitId = unitId });
            }
        }

        // One SaveChanges is one transaction: the plan, its tasks and any new units are stored together or not at all.
        await db.SaveChangesAsync(ct);
        return OperationResult<Plan>.Ok(plan);
    }

    public static UnitKind GuessKind(string? name)
    {
        var n = UnitNameMatcher.Normalize(name);
        return n switch
        {
            _ when n.StartsWith("phong ", StringComparison.Ordinal) || n.StartsWith("van phong", StringComparison.Ordinal) => UnitKind.Department,
            _ when n.StartsWith("trung tam", StringComparison.Ordinal) => UnitKind.Centre,
            _ when n.StartsWith("cong an", StringComparison.Ordinal) => UnitKind.Police,
            _ when n.StartsWith("ban chi huy quan su", StringComparison.Ordinal) => UnitKind.Military,
            _ when n.StartsWith("truong", StringComparison.Ordinal) => UnitKind.School,
            _ when n.StartsWith("tram y te", StringComparison.Ordinal) => UnitKind.HealthStation,
            _ when n.StartsWith("to dan pho", StringComparison.Ordinal) || n.StartsWith("thon", StringComparison.Ordinal) || n.StartsWith("khu pho", StringComparison.Ordinal) => UnitKind.ResidentialGroup,
            _ when n.Contains("mat tran", StringComparison.Ordinal) || n.StartsWith("doan ", StringComparison.Ordinal) || n.StartsWith("hoi ", StringComparison.Ordinal) || n.StartsWith("dang uy", StringComparison.Ordinal) => UnitKind.PartyOrMassOrganisation,
            _ => UnitKind.Other,
        };
    }
}
