using ReformDesk.Core.Platform;
using ReformDesk.Core.Satisfaction;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Satisfaction;

/// <summary>Set-up for the satisfaction service on a <see cref="SqliteCommune"/>: a fresh service per step, campaigns and paper forms.</summary>
public static class SurveyDesk
{
    public const string Clerk = "Phạm Thị Dung";

    public static SatisfactionService Service(SqliteCommune commune) => new(commune.Open(), commune.Clock);

    /// <summary>A campaign of N = 1.000 with a 5 % margin over [start, end], on the current questionnaire.</summary>
    public static async Task<SurveyCampaign> CampaignAsync(SqliteCommune commune, DateOnly start, DateOnly end, string title = "Khảo sát sự hài lòng quý III/2026") =>
        Ok(await Service(commune).CreateCampaignAsync(new CampaignInput(title, start, end, 1000, 5)));

    /// <summary>A paper form answering the given items (code, level) on <paramref name="day"/>.</summary>
    public static PaperForm Form(string number, Guid? unitId, DateOnly? day, params (string Code, SatisfactionLevel? Level)[] answers) =>
        new(number, unitId, day, answers.ToDictionary(a => a.Code, a => a.Level), null);

    /// <summary>Another commune of the same province in the same database (Phường Lê Chân); returns its id.</summary>
    public static async Task<Guid> NeighbourAsync(SqliteCommune commune)
    {
        await using var system = commune.OpenSystem();
        var province = system.Tenants.Single(t => t.Id == commune.TenantId).ParentId;
        var tenant = new ReformDesk.Core.Organisation.Tenant { Code = "HP-LC", Name = "Phường Lê Chân", Kind = ReformDesk.Core.Organisation.TenantKind.Commune, ParentId = province };
        system.Tenants.Add(tenant);
        await system.SaveChangesAsync();
        return tenant.Id;
    }

    public static async Task EnterAsync(SqliteCommune commune, Guid campaignId, PaperForm form) =>
        Ok(await Service(commune).EnterFormAsync(campaignId, form, Clerk));
}
