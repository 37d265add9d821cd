using ReformDesk.Core.Documents;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Documents;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

public static class EmulationApi
{
    public static void MapEmulationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/movements", async (MovementService movements, CancellationToken ct) =>
            (await movements.ListAsync(ct)).Select(MovementView));
        api.MapGet("/movements/{id:guid}", async (Guid id, MovementService movements, CancellationToken ct) =>
            await movements.InputOfAsync(id, ct) is { } input ? Results.Ok(new { Id = id, input.Title, input.StartYear, input.EndYear, input.IssuingBody, input.DocumentNumber, input.LegalBases, input.Contents, input.Participants, input.Timeline }) : Results.NotFound());
        api.MapPost("/movements", async (MovementInput input, MovementService movements, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await movements.CreateAsync(input, ActorOf(http), ct), MovementView, m => $"/api/movements/{m.Id}"));
        api.MapPut("/movements/{id:guid}", async (Guid id, MovementInput input, MovementService movements, HttpContext http, CancellationToken ct) =>
            ApiOutcome.Of(await movements.UpdateAsync(id, input, ActorOf(http), ct), MovementView));

        // Tờ trình of the council listing the round's nominees (Decree 30 format, number and date left for the clerk).
        api.MapDocument<EmulationDocuments>("/emulation/rounds/{id:guid}/to-trinh", "to-trinh-khen-thuong", (d, id, ct) => d.SubmissionAsync(id, ct));

        // The award decision with its table of awardees.
        api.MapDocument<EmulationDocuments>("/emulation/decisions/{id:guid}/quyet-dinh", "quyet-dinh-khen-thuong", (d, id, ct) => d.DecisionAsync(id, ct));

        // Biên bản họp Hội đồng Thi đua - Khen thưởng, drafted from the meeting's attendance, recusals and votes.
        api.MapDocument<EmulationDocuments>("/emulation/meetings/{id:guid}/bien-ban", "bien-ban-hop-hoi-dong", (d, id, ct) => d.MinutesAsync(id, ct));

        // Báo cáo thành tích of a nomination.
        api.MapDocument<EmulationDocuments>("/emulation/nominations/{id:guid}/bao-cao-thanh-tich", "bao-cao-thanh-tich", (d, id, ct) => d.AchievementReportAsync(id, ct));

        // Kế hoạch phát động of a movement, with the movement's targets.
        api.MapDocument<EmulationDocuments>("/emulation/movements/{id:guid}/ke-hoach-phat-dong", "ke-hoach-phat-dong", (d, id, ct) => d.LaunchPlanAsync(id, ct));

        // Giấy khen for an award record (commune Chairman's Giấy khen, not revoked).
        api.MapDocument<EmulationDocuments>("/emulation/awards/{id:guid}/giay-khen", "giay-khen", (d, id, ct) => d.CertificateAsync(id, ct));

        api.MapProposalApi();
    }

    private static object MovementView(Movement m) => new { m.Id, m.Title, m.StartYear, m.EndYear, m.IssuingBody, m.DocumentNumber };

    private static Actor ActorOf(HttpContext http) => EmulationWeb.ActorOf(http.User, http.RequestServices.GetRequiredService<RequestTenant>());
}
