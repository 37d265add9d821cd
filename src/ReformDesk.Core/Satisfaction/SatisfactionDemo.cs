using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Satisfaction;

/// <summary>
/// Demo satisfaction data of one commune: ratings of about a third of the dossiers returned in the last year (mostly satisfied,
/// less so when the dossier was late) and one survey campaign on the SIPAS questionnaire with its paper forms entered.
/// Deterministic for a seed; skipped once the commune has ratings.
/// </summary>
public static class SatisfactionDemo
{
    private static readonly string[] Comments =
    [
        "Cán bộ hướng dẫn nhiệt tình, dễ hiểu.", "Trả kết quả đúng hẹn, cảm ơn.", "Chỗ ngồi chờ hơi chật vào buổi sáng.",
        "Nên có thêm hướng dẫn nộp hồ sơ trực tuyến.", "Phải chờ lâu ở quầy.", "Thủ tục nhanh gọn.",
    ];

    public static async Task<int> SeedAsync(ReformDeskDbContext db, Guid tenantId, DateTime now, int seed, CancellationToken ct = default)
    {
        // The questionnaire marks a seeded commune too: with few or no demo dossiers there may be no rating to find.
        if (await db.DossierRatings.IgnoreQueryFilters().AnyAsync(r => r.TenantId == tenantId, ct)
            || await db.SurveyQuestionnaires.IgnoreQueryFilters().AnyAsync(q => q.TenantId == tenantId && q.Name == SipasQuestionnaire.Name, ct))
        {
            return 0;
        }

        var random = new Random(seed);
        var since = now.AddYears(-1);
        var returned = await db.Dossiers.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.TenantId == tenantId && d.ReturnedAt != null && d.ReturnedAt >= since && d.ReturnedAt <= now)
            // In a fixed order, so the same seed rates the same dossiers the same way (the database's own order follows random ids).
            .OrderBy(d => d.ReturnedAt).ThenBy(d => d.Code)
            .Select(d => new { d.Id, d.UnitId, d.ReturnedAt, d.AppointmentDate }).ToListAsync(ct);
        var added = 0;
        foreach (var d in returned.Where(_ => random.NextDouble() < 0.35))
        {
            var late = d.AppointmentDate is { } due && DateOnly.FromDateTime(d.ReturnedAt!.Value) > due;
            var levels = SatisfactionText.Elements.ToDictionary(e => e, _ => Level(random, late));
            var at = d.ReturnedAt!.Value.AddMinutes(random.Next(1, 60 * 48));
            var rating = DossierRating.For(d.Id, d.UnitId, levels, random.NextDouble() < 0.15 ? Comments[random.Next(Comments.Length)] : null,
                random.NextDouble() < 0.6 ? RatingChannel.Counter : RatingChannel.Receipt, at < now ? at : now);
            rating.TenantId = tenantId;
            db.DossierRatings.Add(rating);
            added++;
        }

        var questionnaire = SurveyQuestionnaire.Create(SipasQuestionnaire.Name, 1, SipasQuestionnaire.Items, now);
        questionnaire.TenantId = tenantId;
        db.SurveyQuestionnaires.Add(questionnaire);
        // The yearly survey: autumn of the current year, or of last year early in the year.
        var year = now.Month >= 11 ? now.Year : now.Year - 1;
        var start = new DateOnly(year, 9, 15);
        var end = new DateOnly(year, 10, 31);
        var population = Math.Max(returned.Count, 50);
        var campaign = SurveyCampaign.Create($"Khảo sát sự hài lòng của người dân, tổ chức năm {year}", questionnaire.Id, start, end, population, 5, now);
        campaign.TenantId = tenantId;
        db.SurveyCampaigns.Add(campaign);
        var units = returned.Select(d => d.UnitId).Where(u => u is not null).Distinct().ToList();
        for (var i = 1; i <= Math.Min(campaign.SuggestedSample, 300); i++)
        {
            var answers = SipasQuestionnaire.Items.Where(_ => random.NextDouble() < 0.96).ToDictionary(item => item.Code, _ => Level(random, false));
            var response = SurveyResponse.Create(campaign.Id, $"{i:000}", units.Count == 0 || random.NextDouble() < 0.3 ? null : units[random.Next(units.Count)],
                start.AddDays(random.Next(end.DayNumber - start.DayNumber + 1)), answers, null, "Bộ phận tham mưu CCHC (nhập phiếu giấy)", now);
            response.TenantId = tenantId;
            db.SurveyResponses.Add(response);
            added++;
        }

        await db.SaveChangesAsync(ct);
        return added + 2;
    }

    private static SatisfactionLevel Level(Random random, bool late)
    {
        var x = random.NextDouble() + (late ? 0.1 : 0);
        return x switch
        {
            < 0.50 => SatisfactionLevel.VerySatisfied,
            < 0.89 => SatisfactionLevel.Satisfied,
            < 0.96 => SatisfactionLevel.Neutral,
            < 0.99 => SatisfactionLevel.Dissatisfied,
            _ => SatisfactionLevel.VeryDissatisfied,
        };
    }
}

/// <summary>The demo Chairman's publication of the last finished quarter, computed from the demo data like a real one.</summary>
public static class PublicationDemo
{
    public static async Task PublishAsync(IServiceScopeFactory scopes, Guid tenantId, string chairman, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var tenant = services.GetRequiredService<TenantContext>();
        tenant.SetUser(null, chairman);
        tenant.SetTenant(tenantId, readOnly: false);
        var db = services.GetRequiredService<ReformDeskDbContext>();
        if (await db.PublishedResults.AnyAsync(ct)) return;
        var satisfaction = services.GetRequiredService<SatisfactionService>();
        var publication = services.GetRequiredService<PublicationService>();
        await publication.PublishAsync(Quarter.Of(satisfaction.Today).Previous(), chairman, satisfaction.Now, ct);
    }
}
