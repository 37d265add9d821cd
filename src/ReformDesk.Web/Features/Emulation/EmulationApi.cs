using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Documents;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Web.Features.Emulation;

public static class EmulationApi
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void MapEmulationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/movements", async (ReformDeskDbContext db, CancellationToken ct) =>
            await db.Movements.AsNoTracking().OrderByDescending(m => m.StartYear)
                .Select(m => new { m.Id, m.Title, m.StartYear, m.EndYear, m.IssuingBody, m.DocumentNumber })
                .ToListAsync(ct));

        // Tờ trình of the council listing the round's nominees (Decree 30 format, number and date left for the clerk).
        api.MapGet("/emulation/rounds/{id:guid}/to-trinh.docx", async (Guid id, EmulationDocuments documents, CancellationToken ct) =>
            await documents.SubmissionAsync(id, ct) is { } doc
                ? Results.File(DocxWriter.ToBytes(doc), DocxType, "to-trinh-khen-thuong.docx")
                : Results.NotFound());

        // The award decision with its table of awardees.
        api.MapGet("/emulation/decisions/{id:guid}/quyet-dinh.docx", async (Guid id, EmulationDocuments documents, CancellationToken ct) =>
            await documents.DecisionAsync(id, ct) is { } doc
                ? Results.File(DocxWriter.ToBytes(doc), DocxType, "quyet-dinh-khen-thuong.docx")
                : Results.NotFound());
    }
}
