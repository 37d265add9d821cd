using MiniExcelLibs;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Reports;
using ReformDesk.Core.Tests.Documents;

namespace ReformDesk.Core.Tests.Reports;

public class ReportDocumentTests
{
    private static readonly Tenant Province = new() { Code = "HP", Name = "Thành phố Hải Phòng", Kind = TenantKind.Province };
    private static readonly Tenant Commune = new() { Code = "HP-TRANHUNGDAO", Name = "Phường Trần Hưng Đạo", Kind = TenantKind.Commune, ParentId = Province.Id };

    private static PeriodicReport Approved()
    {
        var report = ReportLifecycleTests.Drafted();
        Assert.Null(report.RequestApproval());
        Assert.Null(report.Approve("Nguyễn Văn Ánh", DateTime.UtcNow));
        Assert.Null(report.Submit(new DateOnly(2026, 9, 8), "cchc", 5));
        return report;
    }

    [Fact]
    public void The_report_is_a_valid_decree_30_document_with_its_parts_in_order()
    {
        using var docx = Docx.Of(ReportDocuments.Build(Approved(), Commune, Province));
        var errors = docx.Validate();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
        docx.AssertInOrder(
            "ỦY BAN NHÂN DÂN\nPHƯỜNG TRẦN HƯNG ĐẠO",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 05/BC-UBND",
            "Trần Hưng Đạo, ngày 08 tháng 9 năm 2026",
            "BÁO CÁO",
            "Kết quả thực hiện công tác cải cách hành chính quý III năm 2026",
            "Thực hiện chế độ báo cáo định kỳ",
            "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
            "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH",
            "1. Cải cách thể chế",
            "2. Cải cách thủ tục hành chính",
            "7. Tác động của cải cách hành chính đến người dân, tổ chức",
            "III. ĐÁNH GIÁ CHUNG",
            "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM KỲ TỚI",
            "PHỤ LỤC SỐ LIỆU",
            "Biểu 1. Nhiệm vụ đến hạn trong kỳ theo mục của kế hoạch",
            "Nơi nhận:",
            "- Sở Nội vụ Thành phố Hải Phòng;",
            "- Lưu: VT, CCHC.",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
            "Nguyễn Văn Ánh");
    }

    [Fact]
    public void A_draft_leaves_the_number_date_and_signer_blank_for_the_clerk()
    {
        using var docx = Docx.Of(ReportDocuments.Build(ReportLifecycleTests.Drafted(), Commune, Province));
        Assert.Empty(docx.Validate());
        docx.AssertInOrder("Số:      /BC-UBND", "Trần Hưng Đạo, ngày", "CHỦ TỊCH", ReportDocuments.UnsignedLine);
    }

    [Fact]
    public void The_appendix_tables_are_an_xlsx_with_one_sheet_per_table_and_no_data_says_so()
    {
        var bytes = ReportDocuments.Xlsx(Approved());
        using var stream = new MemoryStream(bytes);
        var sheets = stream.GetSheetNames();
        Assert.Equal(["Nhiệm vụ", "Báo cáo", "Hồ sơ và 766", "Phản ánh, hài lòng", "Khen thưởng", "Chỉ tiêu", "Kiểm tra CCHC"], sheets);
        var tasks = stream.Query(useHeaderRow: true, sheetName: "Nhiệm vụ").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, tasks.Count);
        Assert.Equal(("Kế hoạch CCHC năm 2026", "10", "1"), ((string)tasks[0]["Kế hoạch"], tasks[0]["Đến hạn"].ToString(), tasks[0]["Quá hạn chưa hoàn thành"].ToString()));
        var voice = stream.Query(useHeaderRow: true, sheetName: "Phản ánh, hài lòng").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("Chỉ số hài lòng", voice[0]["Chỉ tiêu"]);
    }
}
