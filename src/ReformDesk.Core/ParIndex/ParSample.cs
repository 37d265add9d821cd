namespace ReformDesk.Core.ParIndex;

/// <summary>
/// A sample criteria set shaped like the ministry's method (Quyết định 1187/QĐ-BNV ngày 15/10/2025: 8 fields plus bonus and
/// penalty points, 100 points with the survey part). It is a sample for trying ReformDesk and for tests, not any province's
/// official set: its name and source say so.
/// </summary>
public static class ParSample
{
    public const string Label = "Mẫu minh họa";

    private const string YesNo = "Có/Không";
    private const string Rate = "Tỷ lệ";
    private const string Levels = "Theo mức";

    public static ParSampleSet For(int year) => new(
        $"Bộ tiêu chí mẫu (minh họa) — Chỉ số CCHC cấp xã năm {year}",
        year,
        30,
        $"{Label}: theo cấu trúc 8 lĩnh vực của Quyết định 1187/QĐ-BNV; không phải bộ tiêu chí chính thức của tỉnh nào",
        [
            new("1", "Công tác chỉ đạo, điều hành cải cách hành chính", "", 9, "", "", "", "", ""),
            new("1.1", "Kế hoạch cải cách hành chính năm", "", 3, "", "", "", "", ""),
            new("1.1.1", "Ban hành kế hoạch CCHC năm đúng thời hạn", "", 1, YesNo, "", "Có", "", "Kế hoạch ban hành trước 31/12 năm trước"),
            new("1.1.2", "Mức độ hoàn thành nhiệm vụ của kế hoạch CCHC", "", 2, Levels, "≥100%: 2; ≥80%: 1,5; ≥60%: 1; ≥0%: 0", "Có", ParMeasures.PlanTasksDone, ""),
            new("1.2", "Báo cáo CCHC định kỳ gửi đúng hạn", "", 2, Rate, "", "Có", ParMeasures.ReportsOnTime, "Điểm = tỷ lệ báo cáo đúng hạn × 2"),
            new("1.3", "Kiểm tra công tác CCHC tại các bộ phận", "", 2, "", "", "", "", ""),
            new("1.3.1", "Thực hiện kế hoạch kiểm tra CCHC (ít nhất 20% bộ phận, đơn vị)", "", 1, Levels, "≥100%: 1; ≥80%: 0,5; ≥0%: 0", "Có", ParMeasures.InspectionsDone, ""),
            new("1.3.2", "Xử lý tồn tại, kiến nghị phát hiện qua kiểm tra", "", 1, Rate, "", "Có", ParMeasures.FindingsRemedied, "Điểm = tỷ lệ đã khắc phục × 1"),
            new("1.4", "Tuyên truyền về cải cách hành chính", "", 2, YesNo, "", "Có", "", ""),
            new("2", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật", "", 7, "", "", "", "", ""),
            new("2.1", "Ban hành văn bản QPPL theo thẩm quyền đúng quy định", "", 3, YesNo, "", "Có", "", ""),
            new("2.2", "Rà soát, hệ thống hóa văn bản QPPL", "", 2, YesNo, "", "Có", "", ""),
            new("2.3", "Kiểm tra, xử lý văn bản sau kiểm tra", "", 2, YesNo, "", "Không", "", ""),
            new("3", "Cải cách thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông", "", 14, "", "", "", "", ""),
            new("3.1", "Công khai thủ tục hành chính đầy đủ, kịp thời", "", 3, YesNo, "", "Có", "", ""),
            new("3.2", "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", "", 6, Levels, "≥98%: 6; ≥95%: 5; ≥90%: 4; ≥80%: 2; ≥0%: 0", "Có", ParMeasures.DossierOnTime, "Chỉ số 2.1 của Bộ chỉ số 766"),
            new("3.3", "Xin lỗi người dân, tổ chức khi giải quyết quá hạn", "", 2, YesNo, "", "Có", "", ""),
            new("3.4", "Tiếp nhận, xử lý phản ánh, kiến nghị đúng hạn", "", 3, Rate, "", "Có", "", ""),
            new("4", "Cải cách tổ chức bộ máy hành chính", "", 6, "", "", "", "", ""),
            new("4.1", "Thực hiện quy định về tổ chức bộ máy", "", 3, YesNo, "", "Có", "", ""),
            new("4.2", "Thực hiện quy định về số lượng cán bộ, công chức", "", 3, YesNo, "", "Có", "", ""),
            new("5", "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức", "", 8, "", "", "", "", ""),
            new("5.1", "Thực hiện quy định về vị trí việc làm", "", 3, YesNo, "", "Có", "", ""),
            new("5.2", "Đào tạo, bồi dưỡng cán bộ, công chức theo kế hoạch", "", 2, Rate, "", "Có", "", ""),
            new("5.3", "Chấp hành kỷ luật, kỷ cương hành chính", "", 3, YesNo, "", "Không", "", ""),
            new("6", "Cải cách tài chính công", "", 6, "", "", "", "", ""),
            new("6.1", "Thực hiện dự toán ngân sách được giao", "", 3, YesNo, "", "Có", "", ""),
            new("6.2", "Công khai ngân sách theo quy định", "", 3, YesNo, "", "Có", "", ""),
            new("7", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", "", 10, "", "", "", "", ""),
            new("7.1", "Tỷ lệ văn bản xử lý trên môi trường mạng", "", 3, Rate, "", "Có", "", ""),
            new("7.2", "Tỷ lệ hồ sơ nộp trực tuyến", "", 4, Rate, "", "Có", "", ""),
            new("7.3", "Tỷ lệ hồ sơ, kết quả được số hóa", "", 3, Rate, "", "Có", "", ""),
            new("8", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế – xã hội", "", 10, "", "", "", "", ""),
            new("8.1", "Thực hiện các chỉ tiêu phát triển kinh tế – xã hội được giao", "", 5, Levels, "≥100%: 5; ≥80%: 3; ≥0%: 0", "Có", "", ""),
            new("8.2", "Giải quyết khiếu nại, tố cáo đúng hạn", "", 5, Rate, "", "Có", "", ""),
            new("9", "Điểm thưởng", "Thưởng", 2, "", "", "", "", ""),
            new("9.1", "Sáng kiến, mô hình CCHC được cấp có thẩm quyền công nhận", "Thưởng", 2, YesNo, "", "Có", "", ""),
            new("10", "Điểm trừ", "Trừ", 2, "", "", "", "", ""),
            new("10.1", "Bị cơ quan có thẩm quyền phê bình, nhắc nhở về CCHC", "Trừ", 2, YesNo, "", "Không", "", ""),
        ],
        [("Xuất sắc", 90), ("Tốt", 80), ("Khá", 70), ("Trung bình", 50), ("Yếu", 0)],
        [("Khối phường", "phường"), ("Khối xã", "xã, đặc khu, thị trấn")]);

    public static byte[] Workbook(int year)
    {
        using var stream = new MemoryStream();
        ParWorkbook.Write(stream, For(year));
        return stream.ToArray();
    }
}
