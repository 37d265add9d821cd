using MiniExcelLibs;

namespace ReformDesk.Core.Province;

/// <summary>The workspace as an XLSX (MiniExcel): one sheet with a row per commune in the order shown, one with 2.1 per quarter.</summary>
public static class ProvinceWorkspaceExcel
{
    public const string CommunesSheet = "Xã, phường";
    public const string QuartersSheet = "Đúng hạn theo quý";

    public static byte[] Write(ProvinceWorkspace workspace)
    {
        static object? Percent(double? value) => value is { } v ? Math.Round(v, 2) : null;
        var communes = workspace.Rows.Select(r => new Dictionary<string, object?>
        {
            ["Mã"] = r.Commune.Code,
            ["Xã, phường"] = r.Commune.Name,
            ["Huyện cũ"] = r.FormerDistrict,
            ["Khối"] = ProvinceWorkspaceService.Vietnamese(r.Block),
            ["Xếp hạng trong khối"] = r.Rank,
            ["Số kế hoạch"] = r.Plans,
            ["Tiến độ kế hoạch (%)"] = r.PlanProgress,
            ["Nhiệm vụ quá hạn"] = r.Plans == 0 ? null : r.OverdueTasks,
            ["Báo cáo đúng hạn (%)"] = Percent(r.ReportsOnTime.Percent),
            ["Hồ sơ tiếp nhận"] = r.Received,
            ["Hồ sơ đúng hạn 2.1 (%)"] = Percent(r.DossierOnTime.Percent),
            ["Điểm 766"] = Percent(r.Index766),
            ["PAKN xử lý đúng hạn (%)"] = Percent(r.FeedbackOnTime.Percent),
            ["Chỉ số hài lòng (%)"] = Percent(r.Satisfaction),
            ["Chỉ số CCHC (PAR Index)"] = Percent(r.ParIndex),
        }).ToList();
        var quarters = workspace.Rows.Select(r =>
        {
            var row = new Dictionary<string, object?> { ["Xã, phường"] = r.Commune.Name };
            for (var q = 1; q <= 4; q++) row[$"Quý {Roman(q)} (%)"] = Percent(r.Quarters.FirstOrDefault(x => x.Quarter == q)?.OnTime.Percent);
            return row;
        }).ToList();
        var total = new Dictionary<string, object?> { ["Xã, phường"] = $"Toàn {workspace.Province.Name}" };
        for (var q = 1; q <= 4; q++) total[$"Quý {Roman(q)} (%)"] = Percent(workspace.ProvinceQuarters.FirstOrDefault(x => x.Quarter == q)?.OnTime.Percent);
        quarters.Add(total);
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { [CommunesSheet] = communes, [QuartersSheet] = quarters });
        return stream.ToArray();
    }

    public static string Roman(int quarter) => quarter switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
