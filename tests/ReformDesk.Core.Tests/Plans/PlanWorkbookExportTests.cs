using ReformDesk.Core.Plans;
using static ReformDesk.Core.Tests.Plans.PlanWorkbook;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>
/// The workbook the secretariat sends to the province, exported from a plan stored on SQLite after the units reported on it
/// (today Wednesday 10/06/2026, a plan whose completions the secretariat confirms), read back cell by cell.
/// </summary>
public sealed class PlanWorkbookExportTests
{
    private static UpdateInput Report(string text, int? percent = null, PlanTaskStatus? status = null, DateOnly? occurrence = null) =>
        new(text, percent, status, occurrence, null, null);

    /// <summary>Six tasks in two sections, each brought to a different place through the service as the pages do it.</summary>
    private static async Task<(PlanCommune C, BuiltPlan Plan)> ReportedPlanAsync()
    {
        var c = await PlanCommune.CreateAsync();
        var plan = await c.Plan().WithConfirmation()
            .Section("I", "Công tác chỉ đạo, điều hành")
            .Task("1", "Trước ngày 15/6", c.Lead, c.Coordinator)
            .Task("2", "Hằng quý", c.Lead)
            .Task("3", "Quý I/2026", c.Lead, c.Coordinator)
            .Section("II", "Cải cách thủ tục hành chính")
            .Task("4", "Thường xuyên", c.Lead)
            .Task("5", "Trước ngày 31/5/2026", c.Lead)
            .Task("6", "6 tháng đầu năm", c.Lead)
            .SaveAsync();
        var plans = c.Plans();
        // The unit claims task 1 done (it waits for the secretariat), reports the first quarter of task 2;
        // the secretariat cancels task 5 and completes task 6 itself.
        Ok(await plans.AddUpdateAsync(plan["1"].Id, c.LeadHead(), Report("Đã trình dự thảo báo cáo", 80, PlanTaskStatus.Done), []));
        Ok(await plans.AddUpdateAsync(plan["2"].Id, c.LeadHead(), Report("Báo cáo quý I", status: PlanTaskStatus.Done, occurrence: new DateOnly(2026, 3, 31)), []));
        Ok(await plans.AddUpdateAsync(plan["5"].Id, PlanCommune.Secretariat(), Report("Dừng theo chỉ đạo của UBND tỉnh", status: PlanTaskStatus.Cancelled), []));
        Ok(await plans.AddUpdateAsync(plan["6"].Id, PlanCommune.Secretariat(), Report("Đã ban hành báo cáo 6 tháng", status: PlanTaskStatus.Done), []));
        return (c, plan);
    }

    private static async Task<DocumentFormat.OpenXml.Packaging.SpreadsheetDocument> ExportAsync(PlanCommune c, BuiltPlan plan) =>
        Export((await c.Plans().OverviewAsync(plan.Plan.Id))!, PlanCommune.Today);

    [Fact]
    public async Task Each_task_row_shows_its_units_status_share_deadline_and_next_due_day()
    {
        var (c, plan) = await ReportedPlanAsync();
        await using var _ = c;
        using var doc = await ExportAsync(c, plan);
        var sheet = Sheet(doc, "Kế hoạch");
        string[] Row(int row) => "ABCDEFGIJ".Select(col => Text(doc, sheet, $"{col}{row}")).ToArray();

        Assert.Equal(["Kế hoạch cải cách hành chính năm 2026", "Số: 05/KH-UBND", "Tình hình đến ngày 10/06/2026"],
            new[] { "A1", "A2", "A3" }.Select(r => Text(doc, sheet, r)));

        // Section I: its progress is the average of 80 (a claim waiting for confirmation), 25 (one quarter of four) and 0.
        Assert.Equal(("I", "Công tác chỉ đạo, điều hành", "", 35), (Text(doc, sheet, "A5"), Text(doc, sheet, "B5"), Text(doc, sheet, "G5"), Number(sheet, "H5")));
        Assert.Equal(["1", "Nhiệm vụ 1: triển khai thực hiện cải cách hành chính", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế", "Trước ngày 15/6",
            "Báo cáo kết quả", "Chờ xác nhận hoàn thành", "Sắp đến hạn", "14/06/2026"], Row(6));
        Assert.Equal(80, Number(sheet, "H6"));
        Assert.Equal(["2", "Nhiệm vụ 2: triển khai thực hiện cải cách hành chính", "Phòng Văn hóa - Xã hội", "", "Hằng quý",
            "Báo cáo kết quả", "Đang thực hiện", "Trong hạn", "30/06/2026"], Row(7));
        Assert.Equal(25, Number(sheet, "H7"));
        Assert.Equal(("Phòng Kinh tế", "Chưa thực hiện", 0, "Quá hạn", "31/03/2026"),
            (Text(doc, sheet, "D8"), Text(doc, sheet, "G8"), Number(sheet, "H8"), Text(doc, sheet, "I8"), Text(doc, sheet, "J8")));

        // Section II: the cancelled task is left out of its progress (0 and 100 → 50).
        Assert.Equal(("II", "Cải cách thủ tục hành chính", 50), (Text(doc, sheet, "A9"), Text(doc, sheet, "B9"), Number(sheet, "H9")));
        Assert.Equal(("4", "Chưa thực hiện", "Thường xuyên", ""), (Text(doc, sheet, "A10"), Text(doc, sheet, "G10"), Text(doc, sheet, "I10"), Text(doc, sheet, "J10")));
        Assert.Equal(("5", "Đã hủy", "Đã hủy", ""), (Text(doc, sheet, "A11"), Text(doc, sheet, "G11"), Text(doc, sheet, "I11"), Text(doc, sheet, "J11")));
        Assert.Equal(("6", "Hoàn thành", 100, "Đã hoàn thành", ""),
            (Text(doc, sheet, "A12"), Text(doc, sheet, "G12"), Number(sheet, "H12"), Text(doc, sheet, "I12"), Text(doc, sheet, "J12")));
        Assert.Null(Cell(sheet, "A13"));
    }

    [Fact]
    public async Task The_summary_counts_a_claim_as_not_done_and_a_cancelled_task_as_not_overdue()
    {
        var (c, plan) = await ReportedPlanAsync();
        await using var _ = c;
        using var doc = await ExportAsync(c, plan);
        var summary = Sheet(doc, "Tổng hợp");
        int[] Counts(int row) => "CDEF".Select(col => Number(summary, $"{col}{row}")).ToArray();

        Assert.Equal("Tổng hợp tình hình đến ngày 10/06/2026", Text(doc, summary, "A2"));
        Assert.Equal(("I", "Công tác chỉ đạo, điều hành"), (Text(doc, summary, "A4"), Text(doc, summary, "B4")));
        Assert.Equal([3, 0, 1, 35], Counts(4));
        Assert.Equal([3, 1, 0, 50], Counts(5));
        // The whole plan: (80 + 25 + 0 + 0 + 100) / 5 = 41, the cancelled task not counted.
        Assert.Equal("Tổng cộng", Text(doc, summary, "B6"));
        Assert.Equal([6, 1, 1, 41], Counts(6));
    }

    [Fact]
    public async Task Once_the_secretariat_confirms_the_claim_the_workbook_counts_it_done()
    {
        var (c, plan) = await ReportedPlanAsync();
        await using var _ = c;
        Ok(await c.Plans().ConfirmAsync(plan["1"].Id, PlanCommune.Secretariat()));

        using var doc = await ExportAsync(c, plan);
        var sheet = Sheet(doc, "Kế hoạch");
        var summary = Sheet(doc, "Tổng hợp");

        Assert.Equal(("Hoàn thành", 100, "Đã hoàn thành", ""), (Text(doc, sheet, "G6"), Number(sheet, "H6"), Text(doc, sheet, "I6"), Text(doc, sheet, "J6")));
        // Section I: (100 + 25 + 0) / 3 = 41.67 → 42; the plan: (100 + 25 + 0 + 0 + 100) / 5 = 45.
        Assert.Equal([3, 1, 1, 42], "CDEF".Select(col => Number(summary, $"{col}4")));
        Assert.Equal([6, 2, 1, 45], "CDEF".Select(col => Number(summary, $"{col}6")));
    }
}
