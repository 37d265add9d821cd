using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>PlanService progress updates on SQLite: evidence stored with the update, refusals naming their field, who may do what.</summary>
public sealed class PlanServiceUpdateTests
{
    private static UpdateInput Input(string? text = "Đã tổ chức hội nghị triển khai", int? percent = null, PlanTaskStatus? status = null,
        DateOnly? occurrence = null, string? document = null, string? link = null) => new(text, percent, status, occurrence, document, link);

    private static async Task<(PlanCommune C, BuiltPlan Plan)> OneTaskAsync(bool confirmation = false, string schedule = "Trước ngày 15/6/2026")
    {
        var c = await PlanCommune.CreateAsync();
        var builder = c.Plan().Task("1", schedule, c.Lead, c.Coordinator);
        return (c, await (confirmation ? builder.WithConfirmation() : builder).SaveAsync());
    }

    private static async Task<PlanTask> StoredAsync(PlanCommune c, Guid taskId) => (await c.Plans().FindTaskAsync(taskId))!;

    [Fact]
    public async Task A_lead_units_update_keeps_its_evidence_and_moves_the_task()
    {
        var (c, plan) = await OneTaskAsync();
        await using var _ = c;
        var pdf = new EvidenceUpload("tai-lieu/bao-cao-quy-2.pdf", "application/pdf", [1, 2, 3, 4]);
        var photo = new EvidenceUpload("anh-hoi-nghi.jpg", "", [9, 9]);

        var result = await c.Plans().AddUpdateAsync(plan["1"].Id, c.LeadHead(), Input(percent: 40, document: " 12/BC-UBND ", link: "https://tranhungdao.haiphong.gov.vn/tin/123"), [pdf, photo]);

        Assert.True(result.Succeeded, result.Message);
        var task = await StoredAsync(c, plan["1"].Id);
        Assert.Equal((PlanTaskStatus.InProgress, 40), (task.Status, task.Percent));
        var (update, files) = Assert.Single(await c.Plans().UpdatesAsync(plan["1"].Id));
        Assert.Equal(("12/BC-UBND", "https://tranhungdao.haiphong.gov.vn/tin/123", 40, false, "Trần Văn Minh", c.Lead.Id),
            (update.DocumentNumber, update.Link, update.Percent, update.IsContribution, update.AuthorName, update.UnitId!.Value));
        Assert.Equal(PlanCommune.Now.UtcDateTime, update.AtUtc);
        Assert.Equal([("bao-cao-quy-2.pdf", "application/pdf", 4L), ("anh-hoi-nghi.jpg", "application/octet-stream", 2L)],
            files.OrderByDescending(f => f.Size).Select(f => (f.FileName, f.ContentType, f.Size)));

        // The list carries no file content; the file itself is read on its own.
        Assert.All(files, f => Assert.Empty(f.Content));
        var stored = await c.Plans().EvidenceAsync(files.Single(f => f.Size == 4).Id);
        Assert.Equal([1, 2, 3, 4], stored!.Content);
    }

    [Fact]
    public async Task A_coordinating_unit_contributes_but_never_moves_the_task()
    {
        var (c, plan) = await OneTaskAsync();
        await using var _ = c;

        var result = await c.Plans().AddUpdateAsync(plan["1"].Id, c.CoordinatorOfficer(), Input("Đã cung cấp số liệu", 90, PlanTaskStatus.Done), []);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal((true, null, null), (result.Value!.IsContribution, result.Value.Percent, result.Value.Status));
        var task = await StoredAsync(c, plan["1"].Id);
        Assert.Equal((PlanTaskStatus.NotStarted, 0), (task.Status, task.Percent));
    }

    [Fact]
    public async Task Refusals_name_the_field_and_save_nothing()
    {
        var (c, plan) = await OneTaskAsync();
        await using var _ = c;
        var id = plan["1"].Id;

        async Task<(string Field, string Message)> Refused(UpdateInput input, params EvidenceUpload[] files)
        {
            var result = await c.Plans().AddUpdateAsync(id, c.LeadHead(), input, files);
            Assert.Equal(FailureKind.Invalid, result.Failure);
            var (field, message) = Assert.Single(result.Errors);
            return (field, message);
        }

        Assert.Equal(("Text", "Hãy nhập nội dung cập nhật hoặc đính kèm minh chứng."), await Refused(Input(text: "   ")));
        Assert.Equal(("Percent", "Tỷ lệ hoàn thành phải từ 0 đến 100."), await Refused(Input(percent: 101)));
        Assert.Equal(("Percent", "Tỷ lệ hoàn thành phải từ 0 đến 100."), await Refused(Input(percent: -1)));
        Assert.Equal(("Link", "Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https://."), await Refused(Input(link: "ftp://may-chu/bao-cao.pdf")));
        Assert.Equal(("Link", "Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https://."), await Refused(Input(link: "bao-cao.pdf")));
        Assert.Equal(("files", "Tệp \"video.mp4\" vượt quá 20 MB."),
            await Refused(Input(), new EvidenceUpload("video.mp4", "video/mp4", new byte[PlanService.MaxEvidenceBytes + 1])));
        Assert.Equal(("OccurrenceDue", "Kỳ hạn đã chọn không thuộc lịch của nhiệm vụ."), await Refused(Input(occurrence: new DateOnly(2026, 6, 15))));

        // Longer than their columns (PostgreSQL would refuse the row): named here rather than failing the save.
        Assert.Equal(("Text", "Nội dung cập nhật không được dài quá 4000 ký tự."), await Refused(Input(text: new string('a', 4001))));
        Assert.Equal(("DocumentNumber", "Số văn bản không được dài quá 60 ký tự."), await Refused(Input(document: new string('1', 61))));
        Assert.Equal(("Link", "Đường dẫn minh chứng không được dài quá 1000 ký tự."), await Refused(Input(link: "https://x.vn/" + new string('a', 988))));

        // Exactly 20 MB is accepted, and 100 % is a legal share.
        Assert.True((await c.Plans().AddUpdateAsync(id, c.LeadHead(), Input(percent: 100), [new EvidenceUpload("du.pdf", "application/pdf", new byte[PlanService.MaxEvidenceBytes])])).Succeeded);
        Assert.True((await c.Plans().AddUpdateAsync(id, c.LeadHead(), Input(new string('a', 4000), document: new string('1', 60), link: "https://x.vn/" + new string('a', 987)), [])).Succeeded);
        await using var db = c.Db.Open();
        Assert.Equal(2, await db.TaskUpdates.CountAsync());
    }

    [Fact]
    public async Task Units_outside_the_task_read_only_tenants_and_unknown_tasks_are_refused()
    {
        var (c, plan) = await OneTaskAsync();
        await using var _ = c;

        var outsider = await c.Plans().AddUpdateAsync(plan["1"].Id, c.OutsiderOfficer(), Input(), []);
        Assert.Equal((FailureKind.Forbidden, "Bạn không thuộc đơn vị chủ trì hoặc phối hợp của nhiệm vụ này."), (outsider.Failure, outsider.Message));
        Assert.Equal(FailureKind.Forbidden, (await c.Plans().AddUpdateAsync(plan["1"].Id, PlanCommune.Secretariat(readOnly: true), Input(), [])).Failure);
        var unknown = await c.Plans().AddUpdateAsync(Guid.NewGuid(), PlanCommune.Secretariat(), Input(), []);
        Assert.Equal((FailureKind.NotFound, "Không tìm thấy nhiệm vụ."), (unknown.Failure, unknown.Message));
        Assert.Equal(TaskAccess.Update, await c.Plans().AccessAsync(plan["1"], PlanCommune.Secretariat()));
        Assert.Equal(TaskAccess.Contribute, await c.Plans().AccessAsync(plan["1"], c.CoordinatorOfficer()));
    }

    [Fact]
    public async Task An_illegal_move_is_refused_on_the_status_field_and_the_update_is_not_saved()
    {
        var (c, plan) = await OneTaskAsync();
        await using var _ = c;
        Assert.True((await c.Plans().AddUpdateAsync(plan["1"].Id, c.LeadHead(), Input("Dừng do thay đổi chủ trương", status: PlanTaskStatus.Cancelled), [])).Succeeded);

        var done = await c.Plans().AddUpdateAsync(plan["1"].Id, c.LeadHead(), Input("Đã xong", status: PlanTaskStatus.Done), [new EvidenceUpload("bc.pdf", "application/pdf", [1])]);

        Assert.Equal(FailureKind.Invalid, done.Failure);
        Assert.Equal("Không thể chuyển nhiệm vụ từ \"Đã hủy\" sang \"Hoàn thành\".", done.Errors["Status"]);
        await using var db = c.Db.Open();
        Assert.Equal((1, 0), (await db.TaskUpdates.CountAsync(), await db.EvidenceFiles.CountAsync()));
        Assert.Equal(PlanTaskStatus.Cancelled, (await StoredAsync(c, plan["1"].Id)).Status);
    }

    [Fact]
    public async Task On_a_confirmation_plan_the_unit_claims_and_only_the_secretariat_confirms_or_returns()
    {
        var (c, plan) = await OneTaskAsync(confirmation: true);
        await using var _ = c;
        var id = plan["1"].Id;
        Assert.True((await c.Plans().AddUpdateAsync(id, c.LeadHead(), Input("Đã ban hành báo cáo", 80, PlanTaskStatus.Done), [])).Succeeded);

        var claimed = await StoredAsync(c, id);
        Assert.Equal((PlanTaskStatus.AwaitingConfirmation, PlanCommune.Today, "Trần Văn Minh", 80), (claimed.Status, claimed.ClaimedOn!.Value, claimed.ClaimedBy, claimed.Percent));
        Assert.Equal([id], (await c.Plans().AwaitingConfirmationAsync(plan.Plan.Id)).Select(t => t.Id));
        Assert.Equal(80, (await c.Plans().OverviewAsync(plan.Plan.Id))!.Progress);

        var byUnit = await c.Plans().ConfirmAsync(id, c.LeadHead());
        Assert.Equal((FailureKind.Forbidden, "Chỉ bộ phận tham mưu (người quản lý kế hoạch) xác nhận hoặc trả lại việc hoàn thành nhiệm vụ."), (byUnit.Failure, byUnit.Message));
        Assert.Equal(FailureKind.Forbidden, (await c.Plans().ConfirmAsync(id, PlanCommune.Secretariat(readOnly: true))).Failure);
        Assert.Equal("Hãy nhập lý do trả lại để đơn vị bổ sung.", (await c.Plans().ReturnAsync(id, PlanCommune.Secretariat(), " ")).Errors["reason"]);

        Assert.True((await c.Plans().ReturnAsync(id, PlanCommune.Secretariat(), "Thiếu số văn bản báo cáo")).Succeeded);
        var returned = await StoredAsync(c, id);
        Assert.Equal((PlanTaskStatus.InProgress, "Thiếu số văn bản báo cáo"), (returned.Status, returned.ReturnReason));
        Assert.Empty(await c.Plans().AwaitingConfirmationAsync());

        c.Db.Clock.Advance(TimeSpan.FromDays(2));
        Assert.True((await c.Plans().AddUpdateAsync(id, c.LeadHead(), Input("Bổ sung 15/BC-UBND", status: PlanTaskStatus.Done, document: "15/BC-UBND"), [])).Succeeded);
        c.Db.Clock.Advance(TimeSpan.FromDays(3));
        Assert.True((await c.Plans().ConfirmAsync(id, PlanCommune.Secretariat())).Succeeded);

        var confirmed = await StoredAsync(c, id);
        Assert.Equal((PlanTaskStatus.Done, 100, PlanCommune.Today.AddDays(2), PlanCommune.Today.AddDays(5)),
            (confirmed.Status, confirmed.Percent, confirmed.CompletedOn!.Value, confirmed.ConfirmedOn!.Value));
        var again = await c.Plans().ConfirmAsync(id, PlanCommune.Secretariat());
        Assert.Equal((FailureKind.Conflict, "Chỉ xác nhận nhiệm vụ đang chờ xác nhận hoàn thành."), (again.Failure, again.Message));
        Assert.Equal(FailureKind.NotFound, (await c.Plans().ReturnAsync(Guid.NewGuid(), PlanCommune.Secretariat(), "x")).Failure);
    }

    [Fact]
    public async Task A_quarterly_task_is_done_when_its_fourth_quarter_is_reported()
    {
        var (c, plan) = await OneTaskAsync(schedule: "Hàng quý");
        await using var _ = c;
        var id = plan["1"].Id;
        DateOnly[] quarters = [new(2026, 3, 31), new(2026, 6, 30), new(2026, 9, 30), new(2026, 12, 31)];

        var percents = new List<(PlanTaskStatus, int)>();
        foreach (var quarter in quarters)
        {
            Assert.True((await c.Plans().AddUpdateAsync(id, c.LeadHead(), Input($"Báo cáo quý đến {quarter:dd/MM}", status: PlanTaskStatus.Done, occurrence: quarter), [])).Succeeded);
            var task = await StoredAsync(c, id);
            percents.Add((task.Status, task.Percent));
        }

        Assert.Equal([(PlanTaskStatus.InProgress, 25), (PlanTaskStatus.InProgress, 50), (PlanTaskStatus.InProgress, 75), (PlanTaskStatus.Done, 100)], percents);
        await using var db = c.Db.Open();
        Assert.Equal(quarters, await db.TaskOccurrences.OrderBy(o => o.DueDate).Select(o => o.DueDate).ToListAsync());
        Assert.Equal(DeadlineState.Done, (await c.Plans().OverviewAsync(plan.Plan.Id))!.AllTasks.Single().Deadline.State);
    }

    [Fact]
    public async Task Another_commune_neither_sees_nor_updates_the_plan()
    {
        var (c, plan) = await OneTaskAsync();
        await using var _ = c;
        await using var other = await c.OtherCommuneAsync();
        var theirs = new PlanService(other, c.Db.Clock);

        Assert.Null(await theirs.OverviewAsync(plan.Plan.Id));
        Assert.Empty(await theirs.ListAsync());
        Assert.Null(await theirs.FindTaskAsync(plan["1"].Id));
        Assert.Equal(FailureKind.NotFound, (await theirs.AddUpdateAsync(plan["1"].Id, PlanCommune.Secretariat(), Input(), [])).Failure);
        Assert.Equal(FailureKind.NotFound, (await theirs.SetStatusAsync(plan.Plan.Id, PlanStatus.Closed, null, null)).Failure);
        Assert.Empty(await theirs.UnitsAsync());
        Assert.Equal(PlanStatus.Issued, (await c.Plans().OverviewAsync(plan.Plan.Id))!.Plan.Status);
    }

    [Fact]
    public async Task A_closed_plans_tasks_take_no_update_until_the_plan_is_reopened()
    {
        var (c, plan) = await OneTaskAsync();
        await using var _ = c;
        Assert.True((await c.Plans().SetStatusAsync(plan.Plan.Id, PlanStatus.Closed, null, null)).Succeeded);

        var refused = await c.Plans().AddUpdateAsync(plan["1"].Id, c.LeadHead(), Input(percent: 100, status: PlanTaskStatus.Done), []);
        Refused(refused, FailureKind.Conflict, "Kế hoạch đã kết thúc: hãy mở lại kế hoạch trước khi cập nhật nhiệm vụ.");
        Assert.Empty(await c.Plans().UpdatesAsync(plan["1"].Id));
        Assert.Equal((PlanTaskStatus.NotStarted, 0), ((await StoredAsync(c, plan["1"].Id)).Status, (await StoredAsync(c, plan["1"].Id)).Percent));

        Assert.True((await c.Plans().SetStatusAsync(plan.Plan.Id, PlanStatus.Issued, null, null)).Succeeded);
        Assert.True((await c.Plans().AddUpdateAsync(plan["1"].Id, c.LeadHead(), Input(percent: 100, status: PlanTaskStatus.Done), [])).Succeeded);
        Assert.Equal(PlanTaskStatus.Done, (await StoredAsync(c, plan["1"].Id)).Status);
    }
}
