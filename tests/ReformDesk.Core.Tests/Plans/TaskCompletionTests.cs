using ReformDesk.Core.Plans;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>The task's state machine with the secretariat's confirmation (set per plan).</summary>
public sealed class TaskCompletionTests
{
    private static readonly DateOnly Day = new(2026, 6, 10);

    private static readonly PlanTaskStatus[] All = Enum.GetValues<PlanTaskStatus>();

    /// <summary>A task brought to <paramref name="status"/> through its own methods.</summary>
    private static PlanTask TaskIn(PlanTaskStatus status, int percent = 0)
    {
        var task = new PlanTask();
        if (percent > 0)
        {
            task.ReportPercent(percent);
        }

        Assert.Null(status switch
        {
            PlanTaskStatus.InProgress when task.Status != PlanTaskStatus.InProgress => task.MoveTo(PlanTaskStatus.InProgress, bySecretariat: false),
            PlanTaskStatus.Cancelled => task.MoveTo(PlanTaskStatus.Cancelled, bySecretariat: false),
            _ => null,
        });
        Assert.Equal(status, task.Status);
        return task;
    }

    /// <summary>Every pair of states: exactly these moves are allowed.</summary>
    [Fact]
    public void The_transition_table_is_exactly_this()
    {
        var allowed = new HashSet<(PlanTaskStatus, PlanTaskStatus)>
        {
            (PlanTaskStatus.NotStarted, PlanTaskStatus.InProgress), (PlanTaskStatus.NotStarted, PlanTaskStatus.Done),
            (PlanTaskStatus.NotStarted, PlanTaskStatus.AwaitingConfirmation), (PlanTaskStatus.NotStarted, PlanTaskStatus.Cancelled),
            (PlanTaskStatus.InProgress, PlanTaskStatus.NotStarted), (PlanTaskStatus.InProgress, PlanTaskStatus.Done),
            (PlanTaskStatus.InProgress, PlanTaskStatus.AwaitingConfirmation), (PlanTaskStatus.InProgress, PlanTaskStatus.Cancelled),
            (PlanTaskStatus.AwaitingConfirmation, PlanTaskStatus.Done), (PlanTaskStatus.AwaitingConfirmation, PlanTaskStatus.InProgress),
            (PlanTaskStatus.Done, PlanTaskStatus.InProgress), (PlanTaskStatus.Done, PlanTaskStatus.Cancelled),
            (PlanTaskStatus.Cancelled, PlanTaskStatus.NotStarted), (PlanTaskStatus.Cancelled, PlanTaskStatus.InProgress),
        };
        foreach (var from in All)
        {
            foreach (var to in All)
            {
                Assert.True(allowed.Contains((from, to)) == PlanTask.CanMove(from, to), $"{from} → {to}");
            }
        }
    }

    [Fact]
    public void Without_confirmation_a_unit_marking_done_completes_the_task()
    {
        var task = TaskIn(PlanTaskStatus.InProgress, 40);
        Assert.Null(task.MarkDone(Day, "Phòng Văn hóa", requiresConfirmation: false, bySecretariat: false));
        Assert.Equal((PlanTaskStatus.Done, 100, Day), (task.Status, task.Percent, task.CompletedOn!.Value));
        Assert.Null(task.ConfirmedBy);
    }

    [Fact]
    public void With_confirmation_the_unit_claims_and_only_the_secretariat_confirms()
    {
        var task = TaskIn(PlanTaskStatus.InProgress, 80);
        Assert.Null(task.MarkDone(Day, "Trưởng phòng", requiresConfirmation: true, bySecretariat: false));
        Assert.Equal((PlanTaskStatus.AwaitingConfirmation, 80, Day, "Trưởng phòng"), (task.Status, task.Percent, task.ClaimedOn!.Value, task.ClaimedBy));
        Assert.Null(task.CompletedOn);

        // While it waits, the unit cannot move it elsewhere; it never counts as 100%.
        Assert.Equal("Nhiệm vụ đang chờ bộ phận tham mưu xác nhận hoàn thành; chỉ bộ phận tham mưu xác nhận hoặc trả lại.", task.MoveTo(PlanTaskStatus.InProgress, bySecretariat: false));
        task.ReportPercent(100);
        Assert.Equal(99, TaskTracking.Progress([(task.Status, task.Percent)]));

        Assert.Null(task.Confirm(Day.AddDays(5), "Tham mưu CCHC"));
        Assert.Equal((PlanTaskStatus.Done, 100, Day, "Tham mưu CCHC", Day.AddDays(5)), (task.Status, task.Percent, task.CompletedOn!.Value, task.ConfirmedBy, task.ConfirmedOn!.Value));
        Assert.Equal("Chỉ xác nhận nhiệm vụ đang chờ xác nhận hoàn thành.", task.Confirm(Day, "x"));
        Assert.Equal(100, TaskTracking.Progress([(task.Status, task.Percent)]));
    }

    [Fact]
    public void The_secretariat_returns_a_claim_with_a_reason_and_the_unit_claims_again()
    {
        var task = TaskIn(PlanTaskStatus.NotStarted);
        Assert.Equal("Chỉ trả lại nhiệm vụ đang chờ xác nhận hoàn thành.", task.ReturnToUnit("thiếu minh chứng"));
        Assert.Null(task.MarkDone(Day, "Trưởng phòng", true, false));
        Assert.Equal("Hãy nhập lý do trả lại để đơn vị bổ sung.", task.ReturnToUnit(" "));
        Assert.Null(task.ReturnToUnit("Thiếu báo cáo kết quả có số văn bản"));
        Assert.Equal((PlanTaskStatus.InProgress, "Thiếu báo cáo kết quả có số văn bản"), (task.Status, task.ReturnReason));
        Assert.Null(task.ClaimedOn);
        Assert.Null(task.MarkDone(Day.AddDays(2), "Trưởng phòng", true, false));
        Assert.Equal(PlanTaskStatus.AwaitingConfirmation, task.Status);
        Assert.Null(task.ReturnReason);
    }

    [Fact]
    public void The_secretariat_marking_done_on_a_confirmation_plan_is_its_own_confirmation()
    {
        var task = TaskIn(PlanTaskStatus.InProgress);
        Assert.Null(task.MarkDone(Day, "Tham mưu CCHC", requiresConfirmation: true, bySecretariat: true));
        Assert.Equal((PlanTaskStatus.Done, "Tham mưu CCHC"), (task.Status, task.ConfirmedBy));

        var claimed = TaskIn(PlanTaskStatus.InProgress);
        claimed.MarkDone(Day, "Trưởng phòng", true, false);
        Assert.Null(claimed.MarkDone(Day.AddDays(1), "Tham mưu CCHC", true, bySecretariat: true));
        Assert.Equal((PlanTaskStatus.Done, Day), (claimed.Status, claimed.CompletedOn!.Value));
    }

    [Fact]
    public void Illegal_moves_are_refused_with_both_states_named()
    {
        var task = TaskIn(PlanTaskStatus.Cancelled);
        Assert.Equal("Không thể chuyển nhiệm vụ từ \"Đã hủy\" sang \"Hoàn thành\".", task.MarkDone(Day, "x", false, false));
        Assert.Equal("Hãy dùng \"Hoàn thành\" để báo cáo hoàn thành nhiệm vụ.", task.MoveTo(PlanTaskStatus.AwaitingConfirmation, true));
        Assert.Null(task.MoveTo(PlanTaskStatus.InProgress, false));
    }

    [Fact]
    public void Plan_number_and_dates_are_checked_when_edited()
    {
        var plan = Plan.FromIssuedDocument("Kế hoạch CCHC năm 2026", null, 2026, 2026, Day, null, null);
        Assert.Equal("Năm kết thúc không được trước năm bắt đầu.", plan.Edit("05/KH-UBND", Day, 2026, 2025, false, Day));
        Assert.Equal("Ngày ban hành không được sau hôm nay.", plan.Edit("05/KH-UBND", Day.AddDays(1), 2026, 2026, false, Day));
        Assert.Equal("Kế hoạch đã ban hành phải có ngày ban hành.", plan.Edit("05/KH-UBND", null, 2026, 2026, false, Day));
        Assert.Null(plan.Edit(" 07/KH-UBND ", Day.AddDays(-3), 2026, 2027, true, Day));
        Assert.Equal(("07/KH-UBND", Day.AddDays(-3), 2027, true), (plan.Number, plan.IssuedOn!.Value, plan.EndYear, plan.RequiresCompletionConfirmation));
    }
}
