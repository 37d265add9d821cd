using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Documents;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Plans.Scheduling;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Demo;

/// <summary>
/// Loads the seed communes, their units, chairmen and movements, plus one demo account per role.
/// Every insert is keyed by a natural key (tenant code, unit name, user name), so running it again adds nothing.
/// </summary>
public sealed class DemoSeeder(ReformDeskDbContext db, UserManager<AppUser> users, RoleManager<AppRole> roles, PlanImportService importer, Microsoft.Extensions.Options.IOptions<DemoOptions> demoOptions, ReformDesk.Core.Dossiers.DossierRules dossierRules, ILogger<DemoSeeder> logger,
    Microsoft.Extensions.DependencyInjection.IServiceScopeFactory scopes, TimeProvider clock)
{
    private readonly DemoOptions options = demoOptions.Value;

    public const string DemoPassword = "ReformDesk@2026";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!db.Tenant.IsSystem)
        {
            throw new InvalidOperationException("Demo seeding needs a system tenant context.");
        }

        await EnsureRolesAsync();
        var data = DemoDataFile.Load();
        var added = 0;

        foreach (var province in data.Provinces)
        {
            var provinceTenant = await EnsureTenantAsync(province.Code, province.Name, TenantKind.Province,
                province.Kind == "City" ? LocalityType.CentralCity : LocalityType.Province, null, null, cancellationToken);

            var districts = new Dictionary<string, Tenant>();
            foreach (var district in province.Districts ?? [])
            {
                districts[district.Code] = await EnsureTenantAsync(district.Code, district.Name, TenantKind.District,
                    district.Name.StartsWith("Thành phố", StringComparison.Ordinal) ? LocalityType.DistrictCity : LocalityType.District,
                    provinceTenant.Id, district.ValidTo is null ? null : DateOnly.Parse(district.ValidTo, System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
            }

            await EnsureUserAsync($"sonv.{Slug(province.Code)}", $"Cán bộ Sở Nội vụ {province.Name}", provinceTenant.Id, Roles.ProvinceOfficer);
            await EnsureUserAsync($"quantri.{Slug(province.Code)}", $"Quản trị tài khoản {province.Name}", provinceTenant.Id, Roles.ProvinceAdmin);

            foreach (var commune in province.Communes)
            {
                var parent = commune.DistrictCode is { } d && districts.TryGetValue(d, out var district) ? district.Id : provinceTenant.Id;
                var tenant = await EnsureTenantAsync(commune.Code, commune.Name, TenantKind.Commune,
                    commune.Kind == "Ward" ? LocalityType.Ward : LocalityType.Commune, parent, null, cancellationToken);
                added += await SeedCommuneAsync(tenant, commune, cancellationToken);
                await Satisfaction.PublicationDemo.PublishAsync(scopes, tenant.Id, $"chutich.{Slug(commune.Code)}", cancellationToken);
            }
        }

        await ParIndex.ParIndexDemo.SeedAsync(scopes, cancellationToken);
        var firstCommune = await db.Tenants.Where(t => t.Kind == TenantKind.Commune).OrderBy(t => t.Code).FirstAsync(cancellationToken);
        await EnsureUserAsync("admin", "Quản trị hệ thống", firstCommune.Id, Roles.SystemAdmin);
        logger.LogInformation("Demo data checked; {Added} new rows added", added);
    }

    private async Task<int> SeedCommuneAsync(Tenant tenant, DemoCommune commune, CancellationToken cancellationToken)
    {
        var added = 0;
        var existingUnits = await db.Units.Where(u => u.TenantId == tenant.Id).Select(u => u.Name).ToListAsync(cancellationToken);
        foreach (var unit in (commune.Units ?? []).DistinctBy(u => u.Name))
        {
            if (existingUnits.Contains(unit.Name))
            {
                continue;
            }

            db.Units.Add(new Unit
            {
                TenantId = tenant.Id,
                Name = unit.Name,
                Kind = Enum.TryParse<UnitKind>(unit.Kind, out var kind) ? kind : UnitKind.Other,
                Note = unit.Role,
            });
            added++;
        }

        var year = (commune.Movements ?? []).Select(m => m.PeriodStartYear).DefaultIfEmpty(VietnamTime.Year(clock)).Min();
        var officials = new List<DemoPerson>();
        if (commune.Chairman?.FullName is { Length: > 0 } chairmanName)
        {
            officials.Add(new DemoPerson(chairmanName, $"Chủ tịch UBND {commune.Name.ToLowerFirst()}"));
        }

        officials.AddRange((commune.People ?? []).Where(p => !string.IsNullOrWhiteSpace(p.FullName)));
        var existingPeople = await db.People.Where(p => p.TenantId == tenant.Id).Select(p => p.FullName).ToListAsync(cancellationToken);
        foreach (var official in officials.DistinctBy(p => p.FullName))
        {
            if (existingPeople.Contains(official.FullName!))
            {
                continue;
            }

            var person = new Person { TenantId = tenant.Id, FullName = official.FullName! };
            db.People.Add(person);
            db.PositionTenures.Add(new PositionTenure
            {
                TenantId = tenant.Id,
                PersonId = person.Id,
                Title = official.Position ?? "",
                FromYear = year,
            });
            added += 2;
        }

        var existingMovements = await db.Movements.Where(m => m.TenantId == tenant.Id).Select(m => m.Title).ToListAsync(cancellationToken);
        foreach (var movement in commune.Movements ?? [])
        {
            if (existingMovements.Contains(movement.FullTitle ?? movement.Title))
            {
                continue;
            }

            var plan = (commune.Documents ?? []).FirstOrDefault(d => d.Type == "MovementPlan");
            var entity = new Movement
            {
                TenantId = tenant.Id,
                Title = movement.FullTitle ?? movement.Title,
                StartYear = movement.PeriodStartYear,
                EndYear = movement.PeriodEndYear,
                IssuingBody = movement.IssuingBody ?? $"UBND {commune.Name.ToLowerFirst()}",
                DocumentNumber = movement.DocumentNumber,
                SourceDocument = commune.SeedFile,
                LegalBases = plan?.LegalBases is { Count: > 0 } bases ? string.Join("\n", bases) : null,
                Contents = movement.Contents is { Count: > 0 } contents ? string.Join("\n", contents) : null,
                Participants = movement.Participants is { } who
                    ? string.Join("\n", (who.Collectives ?? []).Concat(who.Individuals ?? []))
                    : null,
            };
            db.Movements.Add(entity);
            foreach (var step in movement.Timeline ?? [])
            {
                db.MovementMilestones.Add(new MovementMilestone
                {
                    TenantId = tenant.Id,
                    MovementId = entity.Id,
                    Kind = step.Milestone switch
                    {
                        "launch" => MilestoneKind.Launch,
                        "annual-review" => MilestoneKind.AnnualReview,
                        "midterm" => MilestoneKind.MidTermReview,
                        "final" => MilestoneKind.FinalReview,
                        _ => MilestoneKind.Report,
                    },
                    // Blank date lines of unsigned drafts ("ngày tháng năm 2026") are not a time.
                    WhenText = step.When is { Length: > 0 } when && !when.StartsWith("ngày tháng", StringComparison.Ordinal) ? when : null,
                    Date = DateOnly.TryParseExact(step.Parsed, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null,
                });
            }

            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        added += await SeedObligationsAsync(tenant, commune, cancellationToken);
        added += await SeedPlansAsync(tenant, commune, cancellationToken);
        added += await SeedTargetsAsync(tenant, commune, cancellationToken);
        added += await SeedPledgesAsync(tenant, commune, cancellationToken);
        // Seeded by the commune code so every start generates the same demo logs; skipped once the commune has dossiers.
        added += await ReformDesk.Core.Dossiers.DemoDossierGenerator.SeedAsync(db, dossierRules, clock, tenant.Id, commune.Code, options.DossiersPerCommune,
            commune.Code.Aggregate(17, (h, c) => unchecked(h * 31 + c)), cancellationToken);
        added += await ReformDesk.Core.CitizenVoice.FeedbackDemo.SeedAsync(db, tenant, clock.GetUtcNow().UtcDateTime, cancellationToken);
        added += await Satisfaction.SatisfactionDemo.SeedAsync(db, tenant.Id, VietnamTime.Now(clock),
            commune.Code.Aggregate(23, (h, c) => unchecked(h * 31 + c)), cancellationToken);
        if (commune.SeedFile?.StartsWith("000_", StringComparison.Ordinal) == true)
        {
            added += await ReformDesk.Core.Emulation.EmulationDemo.SeedAsync(db, tenant, VietnamTime.Today(clock), cancellationToken);
        }

        added += await SeedRoundsAsync(tenant, commune, cancellationToken);

        var slug = Slug(commune.Code);
        var units = await db.Units.Where(u => u.TenantId == tenant.Id).ToListAsync(cancellationToken);
        // Department accounts work in the reform secretariat (the lead unit of most appendix tasks); one-stop staff in the centre.
        var secretariat = units.FirstOrDefault(u => u.Note?.Contains("cơ quan thường trực", StringComparison.OrdinalIgnoreCase) == true)
            ?? units.FirstOrDefault(u => u.Kind == UnitKind.Department);
        var centre = units.FirstOrDefault(u => u.Name.Contains("hành chính công", StringComparison.OrdinalIgnoreCase)
            || u.Name.Contains("Một cửa", StringComparison.OrdinalIgnoreCase) || u.Name.Contains("tiếp nhận và trả kết quả", StringComparison.OrdinalIgnoreCase));
        foreach (var (prefix, role, label) in CommuneAccounts)
        {
            var unit = role switch
            {
                Roles.DepartmentHead or Roles.Officer => secretariat,
                Roles.OneStopShopStaff => centre,
                _ => null,
            };
            await EnsureUserAsync($"{prefix}.{slug}", $"{label} {commune.Name}", tenant.Id, role, unit?.Id);
        }

        return added;
    }

    /// <summary>
    /// The reporting duties the documents state, as obligations. A duty whose timing the schedule parser
    /// cannot turn into dates ("kịp thời", no date at all) is left out rather than guessed.
    /// </summary>
    private async Task<int> SeedObligationsAsync(Tenant tenant, DemoCommune commune, CancellationToken cancellationToken)
    {
        var existing = await db.ReportObligations.Where(o => o.TenantId == tenant.Id).Select(o => o.Title).ToListAsync(cancellationToken);
        var movements = await db.Movements.Where(m => m.TenantId == tenant.Id).ToListAsync(cancellationToken);
        var units = await db.Units.Where(u => u.TenantId == tenant.Id).ToListAsync(cancellationToken);
        var duties = (commune.ReportObligations ?? []).Select(o => (Duty: o, Movement: (DemoMovement?)null))
            .Concat((commune.Movements ?? []).SelectMany(m => (m.ReportObligations ?? []).Select(o => (Duty: o, Movement: (DemoMovement?)m))));
        var added = 0;
        foreach (var (duty, movement) in duties)
        {
            var fromYear = movement?.PeriodStartYear ?? 2026;
            var toYear = movement?.PeriodEndYear ?? 2026;
            if (existing.Contains(duty.What) || ScheduleTextFor(duty, fromYear, toYear) is not { } scheduleText)
            {
                continue;
            }

            var schedule = ScheduleParser.Parse(scheduleText, fromYear);
            var unit = units.FirstOrDefault(u => string.Equals(u.Name, duty.Who?.Replace(" (chủ trì)", ""), StringComparison.OrdinalIgnoreCase));
            db.ReportObligations.Add(new ReportObligation
            {
                TenantId = tenant.Id,
                Title = duty.What,
                UnitId = unit?.Id,
                Recipient = duty.To ?? "",
                ScheduleText = scheduleText,
                ScheduleJson = ScheduleJson.Serialize(schedule),
                FromYear = fromYear,
                ToYear = toYear,
                MovementId = movement is null ? null : movements.FirstOrDefault(m => m.Title == (movement.FullTitle ?? movement.Title))?.Id,
            });
            existing.Add(duty.What);
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>Imports each seed plan's task appendix through the same importer officials use.</summary>
    private async Task<int> SeedPlansAsync(Tenant tenant, DemoCommune commune, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var document in (commune.Documents ?? []).Where(d => d.Type == "Plan" && d.SeedFile is not null))
        {
            var title = $"Kế hoạch {document.Title}";
            if (await db.Plans.AnyAsync(p => p.TenantId == tenant.Id && p.Title == title, cancellationToken))
            {
                continue;
            }

            if (SeedFiles.Find(document.SeedFile!, options.SeedsFolder) is not { } path)
            {
                logger.LogWarning("Seed {File} not found; the demo plan of {Commune} is skipped", document.SeedFile, commune.Name);
                continue;
            }

            var table = AppendixReader.FromText(await File.ReadAllTextAsync(path, cancellationToken));
            var year = document.Year ?? 2026;
            var header = new PlanHeader(title, document.Number, year, year, null, string.Join("\n", document.LegalBases ?? []), document.SeedFile);
            // The importer matches units of one commune, so it runs inside that commune, not as the cross-tenant seeder.
            db.Tenant.SetTenant(tenant.Id, readOnly: false);
            try
            {
                var result = await importer.SaveAsync(header, table, cancellationToken);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Demo plan {document.SeedFile}: {string.Join("; ", result.Errors.Values)}");
                }

                var plan = result.Value!;
                var loose = await db.ReportObligations.Where(o => o.MovementId == null && o.PlanId == null).ToListAsync(cancellationToken);
                loose.ForEach(o => o.PlanId = plan.Id);
                await db.SaveChangesAsync(cancellationToken);
                added++;
            }
            finally
            {
                db.Tenant.UseSystem("system:seed");
            }
        }

        return added;
    }

    /// <summary>The numeric targets the documents state, linked to their plan or movement, each measured from data where a source exists.</summary>
    private async Task<int> SeedTargetsAsync(Tenant tenant, DemoCommune commune, CancellationToken cancellationToken)
    {
        var existing = await db.Targets.Where(t => t.TenantId == tenant.Id).Select(t => t.Text).ToListAsync(cancellationToken);
        var plan = await db.Plans.Where(p => p.TenantId == tenant.Id).OrderBy(p => p.StartYear).FirstOrDefaultAsync(cancellationToken);
        var movements = await db.Movements.Where(m => m.TenantId == tenant.Id).ToListAsync(cancellationToken);
        var items = (commune.PlanTargets ?? []).Select(t => (Target: t, Movement: (DemoMovement?)null))
            .Concat((commune.Movements ?? []).SelectMany(m => (m.Targets ?? []).Select(t => (Target: t, Movement: (DemoMovement?)m))));
        var added = 0;
        foreach (var (item, movement) in items)
        {
            if (existing.Contains(item.Text) || (movement is null && plan is null))
            {
                continue;
            }

            var (start, end) = movement is null ? (plan!.StartYear, plan.EndYear) : (movement.PeriodStartYear, movement.PeriodEndYear);
            if (int.TryParse(item.Period, out var year) && year >= start && year <= end)
            {
                end = year;
            }
            else if (item.Period == "annual")
            {
                // An annual target of a multi-year movement is judged year by year; the demo shows the current year.
                start = end = Math.Clamp(VietnamTime.Year(clock), start, end);
            }

            db.Targets.Add(new Targets.Target
            {
                TenantId = tenant.Id,
                PlanId = movement is null ? plan!.Id : null,
                MovementId = movement is null ? null : movements.FirstOrDefault(m => m.Title == (movement.FullTitle ?? movement.Title))?.Id,
                Text = item.Text,
                Indicator = IndicatorFor(item),
                Comparison = item.Comparison switch
                {
                    "<=" => Dossiers.Rules.Comparison.AtMost,
                    "=" => Dossiers.Rules.Comparison.EqualTo,
                    "<" => Dossiers.Rules.Comparison.LessThan,
                    ">" => Dossiers.Rules.Comparison.GreaterThan,
                    _ => Dossiers.Rules.Comparison.AtLeast,
                },
                Threshold = item.Threshold,
                Unit = string.IsNullOrEmpty(item.Unit) ? "%" : item.Unit,
                PeriodStart = new DateOnly(start, 1, 1),
                PeriodEnd = new DateOnly(end, 12, 31),
            });
            existing.Add(item.Text);
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>
    /// A few demo pledges per movement, in the three states a secretariat sees: approved, awaiting approval, draft.
    /// Their commitments are the movement's own targets, so the demo says only what the document says.
    /// </summary>
    private async Task<int> SeedPledgesAsync(Tenant tenant, DemoCommune commune, CancellationToken cancellationToken)
    {
        var added = 0;
        var units = await db.Units.Where(u => u.TenantId == tenant.Id && (u.Kind == UnitKind.Department || u.Kind == UnitKind.Centre))
            .OrderBy(u => u.Name).Take(3).ToListAsync(cancellationToken);
        foreach (var demo in commune.Movements ?? [])
        {
            var movement = await db.Movements.FirstOrDefaultAsync(m => m.TenantId == tenant.Id && m.Title == (demo.FullTitle ?? demo.Title), cancellationToken);
            if (movement is null || units.Count == 0 || await db.Pledges.AnyAsync(p => p.TenantId == tenant.Id && p.MovementId == movement.Id, cancellationToken))
            {
                continue;
            }

            var commitments = string.Join("; ", (demo.Targets ?? []).Select(t => t.Text.TrimEnd('.')).Take(2));
            var states = new[] { Emulation.PledgeStatus.Approved, Emulation.PledgeStatus.Submitted, Emulation.PledgeStatus.Draft };
            for (var i = 0; i < units.Count; i++)
            {
                var pledge = new Emulation.Pledge
                {
                    TenantId = tenant.Id,
                    MovementId = movement.Id,
                    Year = movement.StartYear,
                    UnitId = units[i].Id,
                    AimedTitles = "Tập thể lao động tiên tiến; Giấy khen của Chủ tịch UBND",
                    Commitments = commitments.Length > 0 ? commitments : "Thực hiện đầy đủ các nội dung thi đua của phong trào",
                };
                if (states[i] != Emulation.PledgeStatus.Draft)
                {
                    DemoStep.Must(pledge.Submit(clock.GetUtcNow().UtcDateTime));
                }

                if (states[i] == Emulation.PledgeStatus.Approved)
                {
                    DemoStep.Must(pledge.Approve("Bộ phận tham mưu CCHC (dữ liệu minh họa)"));
                }

                db.Pledges.Add(pledge);
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>
    /// An open annual round (and a period-end round where the plan sets its conditions) for every movement that has none,
    /// configured from the rules its plan states: quota per unit, deadline, years of reform work, initiative, unit rating.
    /// </summary>
    private async Task<int> SeedRoundsAsync(Tenant tenant, DemoCommune commune, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var demo in commune.Movements ?? [])
        {
            var movement = await db.Movements.FirstOrDefaultAsync(m => m.TenantId == tenant.Id && m.Title == (demo.FullTitle ?? demo.Title), cancellationToken);
            if (movement is null)
            {
                continue;
            }

            // Each kind of round once per movement: the emulation demo may already have opened this year's annual round,
            // which must not stop the period-end round the plan sets.
            var kinds = await db.NominationRounds.Where(r => r.TenantId == tenant.Id && r.MovementId == movement.Id).Select(r => r.Kind).Distinct().ToListAsync(cancellationToken);
            var rules = demo.Rules ?? [];
            var quota = rules.FirstOrDefault(r => r.Kind == "QuotaPerUnit");
            var annualDeadline = rules.FirstOrDefault(r => r.Kind == "NominationDeadline" && r.Parameter("recurrence") == "annual")?.Parameter("deadline");
            var rating = rules.FirstOrDefault(r => r.Kind == "RequiresUnitReformRating")?.Parameter("rating");
            if (!kinds.Contains(Emulation.Rules.RoundKind.Annual))
            {
                db.NominationRounds.Add(new Emulation.NominationRound
                {
                    TenantId = tenant.Id,
                    MovementId = movement.Id,
                    Kind = Emulation.Rules.RoundKind.Annual,
                    Year = movement.StartYear,
                    FromYear = movement.StartYear,
                    Deadline = annualDeadline is { Length: 5 } md ? new DateOnly(movement.StartYear + 1, int.Parse(md[..2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(md[3..], System.Globalization.CultureInfo.InvariantCulture)) : null,
                    MaxCollectivesPerUnit = quota?.Number("maxCollectives"),
                    MaxIndividualsPerUnit = quota?.Number("maxIndividuals"),
                    RequiredUnitRating = rating == "Khá" ? Emulation.Rules.ReformRating.Kha : null,
                });
                added++;
            }

            var years = rules.FirstOrDefault(r => r.Kind == "MinYearsDirectReformWork" && r.Parameter("round") == "period-end" && r.Parameter("appliesTo") == "Individual");
            if (years is not null && movement.EndYear > movement.StartYear && !kinds.Contains(Emulation.Rules.RoundKind.PeriodEnd))
            {
                var deadline = rules.FirstOrDefault(r => r.Kind == "NominationDeadline" && r.Parameter("round") == "period-end")?.Parameter("deadline");
                db.NominationRounds.Add(new Emulation.NominationRound
                {
                    TenantId = tenant.Id,
                    MovementId = movement.Id,
                    Kind = Emulation.Rules.RoundKind.PeriodEnd,
                    Year = movement.EndYear,
                    FromYear = movement.StartYear,
                    Deadline = DateOnly.TryParseExact(deadline, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null,
                    MinYearsDirectReformWork = years.Number("years"),
                    RequiresRecognisedInitiative = rules.Any(r => r.Kind == "RequiresInitiative" && r.Parameter("appliesTo") == "Individual" && r.Parameter("round") == "period-end"),
                });
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    private static string? IndicatorFor(DemoTarget item) => item.IndicatorGuess switch
    {
        // "Mỗi phòng chuyên môn có ít nhất 01 sáng kiến mỗi năm" vs "ít nhất 02 sáng kiến mỗi năm (toàn xã)".
        "InitiativesPerUnit" when item.Unit?.Contains("phòng", StringComparison.OrdinalIgnoreCase) == true => Targets.TargetIndicators.FewestInitiativesPerDepartment,
        "InitiativesPerUnit" when item.Unit?.Contains("toàn xã", StringComparison.OrdinalIgnoreCase) == true => Targets.TargetIndicators.InitiativesRecognised,
        "OnTimeRate" => Dossiers.Rules.IndicatorCodes.OnTimeRate,
        "DigitisedRate" => Dossiers.Rules.IndicatorCodes.DigitisedRate,
        "FullyOnlineRate" => Dossiers.Rules.IndicatorCodes.FullyOnlineRate,
        "OnlinePaymentRate" => Dossiers.Rules.IndicatorCodes.OnlinePaymentRate,
        "SupplementMoreThanOnceRate" => Dossiers.Rules.IndicatorCodes.SupplementMoreThanOnceRate,
        "MultiVisitRate" => Dossiers.Rules.IndicatorCodes.MultiVisitRate,
        "SameDayRate" => Dossiers.Rules.IndicatorCodes.SameDayRate,
        "TaskCompletionRate" => Targets.TargetIndicators.TaskCompletionRate,
        "SatisfactionRate" => Satisfaction.SatisfactionIndicators.Index,
        "Other" when item.Text.Contains("đợt khảo sát sự hài lòng", StringComparison.OrdinalIgnoreCase) => Satisfaction.SatisfactionIndicators.CampaignsHeld,
        // Initiatives and the rest have no data source yet: a person enters them with evidence.
        _ => null,
    };

    private static string? ScheduleTextFor(DemoReportObligation duty, int fromYear, int toYear)
    {
        if (string.IsNullOrWhiteSpace(duty.Due))
        {
            return null;
        }

        var prefix = duty.Recurrence switch
        {
            "quarterly" => "Hằng quý ",
            "half-yearly" => "Định kỳ 6 tháng ",
            "annual" => "Hằng năm ",
            _ => "",
        };
        foreach (var text in prefix.Length > 0 ? new[] { prefix + duty.Due, duty.Due } : [duty.Due])
        {
            var parsed = ScheduleParser.Parse(text, fromYear);
            if (!parsed.NeedsReview && parsed.Occurrences(new DateOnly(fromYear, 1, 1), new DateOnly(toYear, 12, 31)).Count > 0)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>One demo account per commune role: user name prefix, role, label.</summary>
    public static readonly IReadOnlyList<(string Prefix, string Role, string Label)> CommuneAccounts =
    [
        ("chutich", Roles.Chairman, "Chủ tịch UBND"),
        ("cchc", Roles.ReformSecretariat, "Tham mưu CCHC"),
        ("truongphong", Roles.DepartmentHead, "Trưởng phòng"),
        ("canbo", Roles.Officer, "Công chức"),
        ("motcua", Roles.OneStopShopStaff, "Một cửa"),
        ("hoidong", Roles.CouncilMember, "Hội đồng TĐKT"),
        ("mttq", Roles.Supervisor, "MTTQ"),
        ("quantri", Roles.CommuneAdmin, "Quản trị"),
    ];

    /// <summary>"HP-TRANHUNGDAO" → "tranhungdao"; "HP" → "hp".</summary>
    public static string Slug(string code) => code[(code.LastIndexOf('-') + 1)..].ToLowerInvariant();

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new AppRole(role)), role);
            }
        }
    }

    private async Task<Tenant> EnsureTenantAsync(string code, string name, TenantKind kind, LocalityType type, Guid? parentId, DateOnly? validTo, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.Code == code, cancellationToken);
        if (tenant is not null)
        {
            return tenant;
        }

        tenant = new Tenant { Code = code, Name = name, Kind = kind, Type = type, ParentId = parentId, ValidTo = validTo };
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync(cancellationToken);
        return tenant;
    }

    private async Task EnsureUserAsync(string userName, string fullName, Guid tenantId, string role, Guid? unitId = null)
    {
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = userName,
            Email = $"{userName}@demo.reformdesk.vn",
            EmailConfirmed = true,
            FullName = fullName,
            TenantId = tenantId,
            UnitId = unitId,
            LockoutEnabled = false,
        };
        Check(await users.CreateAsync(user, DemoPassword), userName);
        Check(await users.AddToRoleAsync(user, role), userName);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
