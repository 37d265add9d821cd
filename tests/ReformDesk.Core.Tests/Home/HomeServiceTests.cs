using ReformDesk.Core.Accounts;
using ReformDesk.Core.Home;
using ReformDesk.Core.Inspections;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Platform;
using static ReformDesk.Core.Tests.Home.HomeDesk;

namespace ReformDesk.Core.Tests.Home;

/// <summary>The home page of each role on a new commune (real SQLite): its heading, its sections in order, and what an empty section says.</summary>
public sealed class HomeServiceTests
{
    // 10:00 in Hà Nội on 20/09/2026.
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);

    private static Actor As(string role, Guid? unit = null) => new(Guid.NewGuid(), "Nguyễn Văn Ánh", [role], unit, false);

    [Fact]
    public async Task The_chairmans_week_lists_nine_sections_all_empty_on_a_new_commune()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var page = await BuildAsync(commune, HomeKind.Chairman, As(Roles.Chairman));
        Assert.Equal((HomeKind.Chairman, "Việc cần Chủ tịch xử lý trong tuần"), (page.Kind, page.Heading));
        Assert.Equal(
        [
            ("targets", "Chỉ tiêu có nguy cơ không đạt hoặc không đạt", 0, "/Targets", "Không có chỉ tiêu có nguy cơ."),
            ("late-tasks", "Nhiệm vụ quá hạn theo đơn vị", 0, "/Plans/Due", "Không có nhiệm vụ quá hạn."),
            ("dossiers-at-risk", "Hồ sơ sắp đến hạn, quá hạn", 0, "/Dossiers/AtRisk", "Không có hồ sơ sắp đến hạn hoặc quá hạn."),
            ("feedback-due", "Phản ánh, kiến nghị sắp hết hạn xử lý", 0, "/Feedback", "Không có phản ánh sắp hết hạn."),
            ("reports-due", "Báo cáo đến hạn và quá hạn", 0, "/Plans/Reports", "Không có báo cáo đến hạn."),
            ("answers-to-publish", "Trả lời phản ánh chờ duyệt công khai", 0, "/Feedback?status=Answered", "Không có trả lời chờ duyệt."),
            ("nominations-to-decide", "Đề nghị khen thưởng chờ quyết định", 0, "/Emulation/Movements", "Không có đề nghị chờ quyết định."),
            ("reports-to-sign", "Báo cáo chờ ký", 0, "/Reports", "Không có báo cáo chờ ký."),
            ("inspection-findings", "Kiến nghị kiểm tra quá hạn khắc phục", 0, "/Inspections", "Không có kiến nghị quá hạn."),
        ], Outline(page));
        Assert.All(page.Sections, s => Assert.Empty(s.Items));
        Assert.All(page.Sections, s => Assert.Null(s.Chart));   // no bars without data
    }

    [Fact]
    public async Task Every_other_role_gets_its_own_sections_and_a_head_without_a_unit_is_told_so()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var oneStop = await BuildAsync(commune, HomeKind.OneStop, As(Roles.OneStopShopStaff));
        Assert.Equal("Hồ sơ hôm nay và hồ sơ đến hạn", oneStop.Heading);
        Assert.Equal([("dossiers-today", "Hồ sơ tiếp nhận hôm nay", 0, "/Dossiers", "Chưa tiếp nhận hồ sơ nào hôm nay."),
            ("dossiers-at-risk", "Hồ sơ sắp đến hạn, quá hạn", 0, "/Dossiers/AtRisk", "Không có hồ sơ sắp đến hạn hoặc quá hạn.")], Outline(oneStop));

        var headless = await BuildAsync(commune, HomeKind.DepartmentHead, As(Roles.DepartmentHead));
        Assert.Equal([("unit-tasks", "Nhiệm vụ của đơn vị", 0, "/Plans/Due", "Tài khoản chưa gắn với đơn vị nào.")], Outline(headless));
        var unit = await commune.UnitAsync("Phòng Kinh tế");
        var head = await BuildAsync(commune, HomeKind.DepartmentHead, As(Roles.DepartmentHead, unit.Id));
        Assert.Equal("Nhiệm vụ và đăng ký thi đua của đơn vị", head.Heading);
        Assert.Equal([("unit-tasks", "Nhiệm vụ của đơn vị quá hạn, sắp đến hạn", 0, "/Plans/Due", "Đơn vị không có nhiệm vụ quá hạn hoặc sắp đến hạn."),
            ("unit-pledges", "Đăng ký thi đua năm 2026 của đơn vị", 0, "/Emulation/Pledges", "Đơn vị chưa đăng ký thi đua năm nay.")], Outline(head));

        var council = await BuildAsync(commune, HomeKind.Council, As(Roles.CouncilMember));
        Assert.Equal("Cuộc họp và hồ sơ đề nghị khen thưởng", council.Heading);
        Assert.Equal([("meetings", "Cuộc họp Hội đồng", 0, "/Emulation/Movements", "Không có cuộc họp trong 30 ngày qua hoặc sắp tới."),
            ("ballots", "Hồ sơ đề nghị chờ Hội đồng xét, bỏ phiếu", 0, "/Emulation/Movements", "Không có hồ sơ chờ xét.")], Outline(council));

        var supervisor = await BuildAsync(commune, HomeKind.Supervisor, As(Roles.Supervisor));
        Assert.Equal("Giám sát tiến độ và phản ánh, kiến nghị (chỉ xem)", supervisor.Heading);
        Assert.Equal(["plan-progress", "feedback-open"], supervisor.Sections.Select(s => s.Id));

        var secretariat = await BuildAsync(commune, HomeKind.Secretariat, As(Roles.ReformSecretariat));
        Assert.Equal("Kế hoạch, nhiệm vụ và báo cáo", secretariat.Heading);
        Assert.Equal([("plan-progress", "Tiến độ các kế hoạch CCHC", 0, "/Plans", "Chưa có kế hoạch."),
            ("late-tasks", "Nhiệm vụ quá hạn theo đơn vị", 0, "/Plans/Due", "Không có nhiệm vụ quá hạn."),
            ("reports-due", "Báo cáo đến hạn và quá hạn", 0, "/Plans/Reports", "Không có báo cáo đến hạn.")], Outline(secretariat));

        foreach (var kind in new[] { HomeKind.Province, HomeKind.NoCommune })
        {
            var page = await BuildAsync(commune, kind, As(Roles.ProvinceOfficer));
            Assert.Equal((kind, "Tổng quan", 0), (page.Kind, page.Heading, page.Sections.Count));
        }
    }
    [Fact]
    public async Task The_chairman_sees_open_findings_past_their_deadline_oldest_first_with_the_unit_and_the_date()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var economy = await commune.UnitAsync("Phòng Kinh tế");
        var office = await commune.UnitAsync("Văn phòng HĐND và UBND");
        Guid inspectionId;
        await using (var db = commune.Open())
        {
            var plan = InspectionPlan.Create(2026, "Kế hoạch kiểm tra CCHC năm 2026", 20, null);
            var inspection = Inspection.Plan(plan.Id, economy.Id, InspectionKind.Unit, 6, "Đoàn kiểm tra CCHC");
            Assert.Null(inspection.Record(new DateOnly(2026, 6, 15), "Kết luận kiểm tra", null));
            inspectionId = inspection.Id;
            var remedied = InspectionFinding.Raise(inspection.Id, "Tồn tại 3", "Niêm yết lại thủ tục", economy.Id, new DateOnly(2026, 7, 15));
            Assert.Null(remedied.Remedy(new DateOnly(2026, 7, 10), "Báo cáo khắc phục"));
            db.InspectionPlans.Add(plan);
            db.Inspections.Add(inspection);
            db.InspectionFindings.AddRange(
                InspectionFinding.Raise(inspection.Id, "Tồn tại 1", "Cập nhật sổ theo dõi hồ sơ", economy.Id, new DateOnly(2026, 8, 31)),
                InspectionFinding.Raise(inspection.Id, "Tồn tại 2", "Bổ sung quy chế làm việc", office.Id, new DateOnly(2026, 7, 31)),
                InspectionFinding.Raise(inspection.Id, "Tồn tại 4", "Số hóa kết quả", economy.Id, new DateOnly(2026, 12, 31)),
                InspectionFinding.Raise(inspection.Id, "Tồn tại 5", "Sửa đúng hạn hôm nay", economy.Id, new DateOnly(2026, 9, 20)),
                remedied);
            await db.SaveChangesAsync();
        }

        var page = await BuildAsync(commune, HomeKind.Chairman, As(Roles.Chairman));
        var findings = page.Sections.Single(s => s.Id == "inspection-findings");
        Assert.Equal(2, findings.Count);
        Assert.Equal(
        [
            new HomeItem("Văn phòng HĐND và UBND: Bổ sung quy chế làm việc", $"/Inspections/Detail/{inspectionId}", "Hạn 31/07/2026", true),
            new HomeItem("Phòng Kinh tế: Cập nhật sổ theo dõi hồ sơ", $"/Inspections/Detail/{inspectionId}", "Hạn 31/08/2026", true),
        ], findings.Items);
    }
}
