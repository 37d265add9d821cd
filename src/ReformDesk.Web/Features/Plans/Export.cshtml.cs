using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Plans;

namespace ReformDesk.Web.Features.Plans;

/// <summary>The plan with its current status as an Excel workbook.</summary>
public sealed class ExportModel(PlanService plans) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await plans.OverviewAsync(id, ct) is not { } overview)
        {
            return NotFound();
        }

        var buffer = new MemoryStream();
        PlanExcelExporter.Write(overview, plans.Today, buffer);
        buffer.Position = 0;
        var name = $"ke-hoach-{overview.Plan.StartYear}-{plans.Today:yyyyMMdd}.xlsx";
        return File(buffer, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }
}
