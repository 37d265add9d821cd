using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Home;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Dossiers;
using ReformDesk.Core.Tests.Plans;
using ReformDesk.Core.Tests.Platform;
using static ReformDesk.Core.Tests.Home.HomeDesk;

namespace ReformDesk.Core.Tests.Home;

/// <summary>What the home pages count once the commune has work (real SQLite, 10:00 in Hà Nội on 20/09/2026).</summary>
public sealed class HomeFiguresTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);

    private static Actor As(string role) => new(Guid.NewGuid(), "Nguyễn Văn Ánh", [role], null, false);

    [Fact]
    public async Task The_chairman_sees_overdue_tasks_grouped_by_lead_unit_most_first_with_a_bar_per_unit()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var economy = await commune.UnitAsync("Phòng Kinh tế");
        var office = await commune.UnitAsync("Văn phòng HĐND và UBND");
        // Overdue on 20/09: tasks 1, 2 (Kinh tế), 3 (Văn phòng), 4 (no unit). Task 5 is due in December; task 6 is done.
        var plan = await new PlanBuilder(commune, "Kế hoạch CCHC năm 2026")
            .Task("1", "Trước ngày 30/6/2026", economy).Task("2", "Trước ngày 31/7/2026", economy).Task("3", "Trước ngày 31/8/2026", office)
            .Task("4", "Trước ngày 30/6/2026", null).Task("5", "Trước ngày 31/12/2026", economy).Task("6", "Trước ngày 31/5/2026", office)
            .SaveAsync();
        await using (var db = commune.Open())
        {
            var six = await db.PlanTasks.SingleAsync(t => t.Id == plan["6"].Id);
            Assert.Null(six.MarkDone(new DateOnly(2026, 5, 20), "Văn phòng", requiresConfirmation: false, bySecretariat: true));
            await db.SaveChangesAsync();
        }

        var page = await BuildAsync(commune, HomeKind.Chairman, As(Roles.Chairman));
        var late = page.Sections.Single(s => s.Id == "late-tasks");
        Assert.Equal(4, late.Count);
        Assert.Equal(
        [
            new HomeItem("Phòng Kinh tế", "/Plans/Due", "2 nhiệm vụ", true),
            new HomeItem("Chưa giao đơn vị", "/Plans/Due", "1 nhiệm vụ", true),
            new HomeItem("Văn phòng HĐND và UBND", "/Plans/Due", "1 nhiệm vụ", true),
        ], late.Items);
        Assert.Equal(["2", "1", "1"], late.Chart!.Bars.Select(b => b.ValueText));

        // The secretariat's page shows the same grouping, and the plan at its progress: one of six tasks done = 16,7 → 17 %.
        var secretariat = await BuildAsync(commune, HomeKind.Secretariat, As(Roles.ReformSecretariat));
        Assert.Equal(late.Items, secretariat.Sections.Single(s => s.Id == "late-tasks").Items);
        var progress = Assert.Single(secretariat.Sections.Single(s => s.Id == "plan-progress").Items);
        Assert.Equal(new HomeItem("Kế hoạch CCHC năm 2026", $"/Plans/Detail/{plan.Plan.Id}", "17% · 4 nhiệm vụ quá hạn", true), progress);
    }

    [Fact]
    public async Task The_one_stop_desk_sees_only_dossiers_received_today_in_Vietnam_time_newest_first()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var procedure = await DossierBuilder.ProcedureAsync(commune, "1.001", "Chứng thực bản sao từ bản chính");
        await new DossierBuilder("HS-1", procedure, new DateTime(2026, 9, 20, 7, 5, 0)).Applicant("Lê Thị Mai").SaveAsync(commune);
        await new DossierBuilder("HS-2", procedure, new DateTime(2026, 9, 20, 9, 40, 0)).Applicant("Trần Văn Bình").SaveAsync(commune);
        // The evening before (16:30 on 19/09, still "today" on a UTC clock at 03:00) and the first minute of tomorrow.
        await new DossierBuilder("HS-0", procedure, new DateTime(2026, 9, 19, 16, 30, 0)).Applicant("Phạm Văn Cường").SaveAsync(commune);
        await new DossierBuilder("HS-3", procedure, new DateTime(2026, 9, 21, 0, 0, 0)).Applicant("Đỗ Thị Dung").SaveAsync(commune);

        var page = await BuildAsync(commune, HomeKind.OneStop, As(Roles.OneStopShopStaff));
        var today = page.Sections.Single(s => s.Id == "dossiers-today");
        Assert.Equal(2, today.Count);
        Assert.Equal([("HS-2 — Trần Văn Bình", "09:40"), ("HS-1 — Lê Thị Mai", "07:05")], today.Items.Select(i => (i.Text, i.Note)));
    }
}
