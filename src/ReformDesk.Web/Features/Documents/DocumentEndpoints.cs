using ReformDesk.Core.Documents;

namespace ReformDesk.Web.Features.Documents;

/// <summary>One administrative document served as <c>{pattern}.docx</c> (OpenXml) and <c>{pattern}.pdf</c> (Chromium).</summary>
public static class DocumentEndpoints
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>404 when the builder finds nothing, 503 with a Vietnamese message when Chromium is unavailable.</summary>
    public static void MapDocument<TService>(this RouteGroupBuilder api, string pattern, string fileName,
        Func<TService, Guid, CancellationToken, Task<AdministrativeDocument?>> build)
        where TService : notnull
    {
        api.MapGet(pattern + ".docx", async (Guid id, TService documents, CancellationToken ct) =>
            await build(documents, id, ct) is { } doc
                ? Results.File(DocxWriter.ToBytes(doc), DocxType, fileName + ".docx")
                : Results.NotFound());

        api.MapGet(pattern + ".pdf", async (Guid id, TService documents, IPdfRenderer pdf, CancellationToken ct) =>
        {
            if (await build(documents, id, ct) is not { } doc)
            {
                return Results.NotFound();
            }

            try
            {
                return Results.File(await pdf.RenderAsync(doc, ct), "application/pdf", fileName + ".pdf");
            }
            catch (PdfUnavailableException e)
            {
                return Results.Text(e.Message, "text/plain; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status503ServiceUnavailable);
            }
        });
    }
}
