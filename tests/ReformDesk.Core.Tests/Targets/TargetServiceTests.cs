using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Targets;
using Target = ReformDesk.Core.Targets.Target;

namespace ReformDesk.Core.Tests.Targets;

/// <summary>
/// Targets on SQLite: who sets them up, what is stored from the form, typed-in results with the commune's date, and how the list
/// measures each target (task progress, an indicator source, entered evidence) and judges it.
/// </summary>
public sealed class TargetServiceTests : TargetBuilder
{
    private const string NotAllowed = "Chỉ Chủ tịch và bộ phận tham mưu CCHC được thiết lập chỉ tiêu.";

    [Theory]
    [InlineData(Roles.Chairman, false, true)]
    [InlineData(Roles.ReformSecretariat, false, true)]
    [InlineData(Roles.SystemAdmin, false, true)]
    [InlineData(Roles.Chairman, true, false)]
    [InlineData(Roles.DepartmentHead, false, false)]
    [InlineData(Roles.Officer, false, false)]
    [InlineData(Roles.Supervisor, false, false)]
    [InlineData(Roles.CommuneAdmin, false, false)]
    public void Only_the_chairman_the_secretariat_and_the_system_admin_of_a_writable_commune_set_targets_up(string role, bool readOnly, bool allowed) =>
        Assert.Equal(allowed, TargetService.CanSetUp(Act(role, readOnly)));

    [Fact]
    public async Task A_refused_actor_is_told_why_before_the_input_is_even_read()
    {
        var target = await CreateAsync(Entered("Tỷ lệ thôn có mô hình dân vận khéo"));
        var officer = Act(Roles.Officer);
        var blank = Entered(" ");

        foreach (var result in new[]
                 {
                     await Targets().CreateAsync(blank, officer), await Targets().UpdateAsync(target.Id, blank, officer),
                     await Targets().UpdateAsync(Guid.NewGuid(), blank, officer), await Targets().DeleteAsync(target.Id, Act(Roles.Chairman, readOnly: true)),
                 })
        {
            Assert.Equal((FailureKind.Forbidden, NotAllowed), (result.Failure, result.Message));
        }

        Assert.Equal("Tỷ lệ thôn có mô hình dân vận khéo", (await Targets().FindAsync(target.Id))!.Text);
    }

    [Fact]
    public async Task A_measured_target_takes_its_unit_from_the_catalogue_and_a_trimmed_code()
    {
        var input = Measured(IndicatorCodes.LateCount, 3, Comparison.AtMost) with { Text = "  Không quá 03 hồ sơ quá hạn  ", Indicator = $"  {IndicatorCodes.LateCount} ", Unit = "%" };
        var created = await CreateAsync(input);

        var stored = await Targets().FindAsync(created.Id);
        Assert.Equal(("Không quá 03 hồ sơ quá hạn", IndicatorCodes.LateCount, "hồ sơ", Comparison.AtMost, (double?)3, YearStart, YearEnd, Commune.TenantId),
            (stored!.Text, stored.Indicator, stored.Unit, stored.Comparison, stored.Threshold, stored.PeriodStart, stored.PeriodEnd, stored.TenantId));
    }

    [Theory]
    [InlineData(null, "%")]
    [InlineData("   ", "%")]
    [InlineData("  hộ gia đình ", "hộ gia đình")]
    public async Task An_entered_target_keeps_its_typed_unit_or_counts_in_percent(string? unit, string stored)
    {
        var created = await CreateAsync(Entered("Số hộ gia đình dùng dịch vụ công trực tuyến", 50, unit) with { Indicator = "  " });
        var found = await Targets().FindAsync(created.Id);
        Assert.Equal(((string?)null, stored), (found!.Indicator, found.Unit));
    }

    [Fact]
    public async Task The_threshold_of_a_measured_target_is_checked_against_the_catalogue_unit_not_the_typed_one()
    {
        var rate = TargetService.Validate(Measured(IndicatorCodes.OnTimeRate, 150) with { Unit = "hồ sơ" });
        Assert.Equal(("Threshold", "Mức phấn đấu phải từ 0 đến 100 (%)."), rate);
        Assert.Null(TargetService.Validate(Measured(IndicatorCodes.LateCount, 150) with { Unit = "%" }));
        Assert.Equal(("Threshold", "Mức phấn đấu phải là số không âm."), TargetService.Validate(Entered("Số sáng kiến", -1, "sáng kiến")));
        Assert.Equal(("Text", "Nội dung chỉ tiêu dài quá 2.000 ký tự."), TargetService.Validate(Entered(new string('c', 2001))));
        Assert.Null(TargetService.Validate(Entered("  " + new string('c', 2000) + "  ")));
        Assert.Null(TargetService.Validate(Entered("Kỳ 10 năm", end: YearStart.AddYears(10))));
        Assert.Null(TargetService.Validate(Entered("Kỳ một ngày", end: YearStart)));
    }

    [Fact]
    public async Task A_plan_or_movement_unknown_or_of_another_commune_is_refused_and_nothing_stored()
    {
        var neighbour = new Tenant { Code = "HP-NQ", Name = "Phường Ngô Quyền", Kind = TenantKind.Commune };
        await using (var system = Commune.OpenSystem())
        {
            system.Tenants.Add(neighbour);
            await system.SaveChangesAsync();
        }

        var theirPlan = new Plan { Title = "Kế hoạch CCHC của phường Ngô Quyền", StartYear = 2026, EndYear = 2026 };
        await using (var theirs = Commune.OpenFor(neighbour.Id))
        {
            theirs.Plans.Add(theirPlan);
            await theirs.SaveChangesAsync();
        }

        foreach (var planId in new[] { Guid.NewGuid(), theirPlan.Id })
        {
            var plan = await Targets().CreateAsync(Entered("Chỉ tiêu của kế hoạch") with { PlanId = planId }, Secretariat);
            Assert.Equal((FailureKind.Invalid, "Không tìm thấy kế hoạch đã chọn."), (plan.Failure, plan.Errors["PlanId"]));
        }

        var movement = await Targets().CreateAsync(Entered("Chỉ tiêu của phong trào") with { MovementId = Guid.NewGuid() }, Secretariat);
        Assert.Equal((FailureKind.Invalid, "Không tìm thấy phong trào đã chọn."), (movement.Failure, movement.Errors["MovementId"]));
        await using var db = Commune.Open();
        Assert.Empty(await db.Targets.ToListAsync());
    }

    [Fact]
    public async Task An_update_of_an_unknown_target_is_not_found_even_with_a_wrong_input()
    {
        var result = await Targets().UpdateAsync(Guid.NewGuid(), Entered(" "), Chairman);
        Assert.Equal((FailureKind.NotFound, "Không tìm thấy chỉ tiêu."), (result.Failure, result.Message));
    }

    [Fact]
    public async Task An_update_rewrites_the_target_and_a_refused_one_leaves_it_as_it_was()
    {
        var movement = await MovementAsync("Phong trào thi đua CCHC giai đoạn 2026–2030");
        var target = await CreateAsync(Entered("Tỷ lệ thôn có mô hình dân vận khéo", 80));

        var refused = await Targets().UpdateAsync(target.Id, Entered("Đổi", 120), Chairman);
        Assert.Equal((FailureKind.Invalid, "Mức phấn đấu phải từ 0 đến 100 (%)."), (refused.Failure, refused.Errors["Threshold"]));

        var changed = await Targets().UpdateAsync(target.Id,
            Entered("Số mô hình dân vận khéo", 12, "mô hình", new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)) with { MovementId = movement.Id }, Chairman);
        Assert.True(changed.Succeeded, changed.Message);
        var stored = await Targets().FindAsync(target.Id);
        Assert.Equal(("Số mô hình dân vận khéo", (double?)12, "mô hình", new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30), (Guid?)movement.Id, (Guid?)null),
            (stored!.Text, stored.Threshold, stored.Unit, stored.PeriodStart, stored.PeriodEnd, stored.MovementId, stored.PlanId));
    }

    [Fact]
    public async Task A_deleted_target_is_gone_and_a_second_deletion_is_not_found()
    {
        var kept = await CreateAsync(Entered("Chỉ tiêu giữ lại"));
        var target = await CreateAsync(Entered("Chỉ tiêu bỏ"));

        Assert.Equal((FailureKind.None, target.Id), await Targets().DeleteAsync(target.Id, Chairman) is var deleted ? (deleted.Failure, deleted.Value!.Id) : default);
        var again = await Targets().DeleteAsync(target.Id, Chairman);
        Assert.Equal((FailureKind.NotFound, "Không tìm thấy chỉ tiêu."), (again.Failure, again.Message));
        Assert.Equal([kept.Id], (await Targets().ListAsync()).Select(v => v.Target.Id));
    }

    [Fact]
    public async Task A_typed_in_result_is_dated_by_the_communes_day_and_shown_with_its_evidence()
    {
        var target = await CreateAsync(Entered("Tỷ lệ thôn có mô hình dân vận khéo", 80));

        var entered = await Targets().EnterAsync(target.Id, 85.5, "  Báo cáo 15/BC-UBND  ", "Nguyễn Thị Thu");
        Assert.True(entered.Succeeded, entered.Message);
        var stored = await Targets().FindAsync(target.Id);
        Assert.Equal(((double?)85.5, "Báo cáo 15/BC-UBND", "Nguyễn Thị Thu", (DateOnly?)Today),
            (stored!.EnteredActual, stored.EnteredEvidence, stored.EnteredBy, stored.EnteredOn));
        var view = await ViewAsync();
        Assert.Equal((85.5, "Nhập bởi Nguyễn Thị Thu ngày 01/07/2026: Báo cáo 15/BC-UBND"), (view.Actual!.Value, view.Source));
    }

    [Fact]
    public async Task A_refused_result_names_its_field_and_an_unknown_target_is_not_found()
    {
        var target = await CreateAsync(Entered("Tỷ lệ thôn có mô hình dân vận khéo"));
        var measured = await CreateAsync(Measured(IndicatorCodes.OnTimeRate, 99));

        var noEvidence = await Targets().EnterAsync(target.Id, 85, " ", "Thư ký");
        Assert.Equal((FailureKind.Invalid, "Hãy ghi minh chứng (số văn bản, báo cáo, đường dẫn)."), (noEvidence.Failure, noEvidence.Errors["EnteredEvidence"]));
        var automatic = await Targets().EnterAsync(measured.Id, 99, "BC 1", "Thư ký");
        Assert.Equal("Chỉ tiêu này được tính tự động từ dữ liệu, không nhập tay.", automatic.Errors["EnteredActual"]);
        var unknown = await Targets().EnterAsync(Guid.NewGuid(), 85, "BC 1", "Thư ký");
        Assert.Equal((FailureKind.NotFound, "Không tìm thấy chỉ tiêu."), (unknown.Failure, unknown.Message));
        Assert.Null((await Targets().FindAsync(target.Id))!.EnteredActual);
    }

    [Fact]
    public async Task Targets_are_listed_by_the_end_of_their_period_then_by_text_with_the_plan_or_movement_they_belong_to()
    {
        var plan = await PlanAsync("Kế hoạch CCHC năm 2026");
        var movement = await MovementAsync("Phong trào thi đua CCHC giai đoạn 2026–2030");
        await CreateAsync(Entered("B – cả năm") with { PlanId = plan.Id });
        await CreateAsync(Entered("A – cả năm"));
        await CreateAsync(Entered("C – quý II", end: new DateOnly(2026, 6, 30)) with { MovementId = movement.Id });

        var views = await Targets().ListAsync();
        Assert.Equal(
            [("C – quý II", "Phong trào thi đua CCHC giai đoạn 2026–2030"), ("A – cả năm", null), ("B – cả năm", "Kế hoạch CCHC năm 2026")],
            views.Select(v => (v.Target.Text, v.Owner)));
    }

    [Fact]
    public async Task Task_completion_counts_done_tasks_among_those_not_cancelled()
    {
        var plan = await PlanAsync("Kế hoạch CCHC năm 2026", PlanTaskStatus.Done, PlanTaskStatus.Done, PlanTaskStatus.InProgress,
            PlanTaskStatus.AwaitingConfirmation, PlanTaskStatus.NotStarted, PlanTaskStatus.Cancelled);
        await CreateAsync(Measured(TargetIndicators.TaskCompletionRate, 100) with { PlanId = plan.Id });

        var view = await ViewAsync();
        Assert.Equal(40, view.Actual!.Value, 9);   // 2 done of 5 (the cancelled one is left out; awaiting confirmation is not done)
        Assert.Equal("Tính từ tiến độ nhiệm vụ của kế hoạch", view.Source);
        Assert.Equal(TargetStatus.AtRisk, view.Evaluation!.Status);
    }

    [Fact]
    public async Task A_plan_whose_tasks_are_all_cancelled_has_no_completion_rate_rather_than_zero()
    {
        var plan = await PlanAsync("Kế hoạch rà soát thủ tục", PlanTaskStatus.Cancelled);
        await CreateAsync(Measured(TargetIndicators.TaskCompletionRate, 100) with { PlanId = plan.Id });

        var view = await ViewAsync();
        Assert.Null(view.Actual);
        Assert.Equal(("Tính từ tiến độ nhiệm vụ của kế hoạch", "Có nguy cơ không đạt"), (view.Source, view.StatusText));
    }

    [Fact]
    public async Task A_measured_target_asks_its_source_for_its_period_as_of_the_communes_day()
    {
        var other = new FixedSource(IndicatorCodes.EarlyRate, 10);
        var onTime = new FixedSource(IndicatorCodes.OnTimeRate, 99.4);
        await CreateAsync(Measured(IndicatorCodes.OnTimeRate, 99));

        var view = await ViewAsync(other, onTime);
        Assert.Equal([(IndicatorCodes.OnTimeRate, new ReportingPeriod(YearStart, YearEnd), Today)], onTime.Asked);
        Assert.Empty(other.Asked);
        Assert.Equal((99.4, "Số liệu thử cho dossiers.on-time-rate", TargetStatus.OnTrack), (view.Actual!.Value, view.Source, view.Evaluation!.Status));
    }

    [Fact]
    public async Task A_measured_target_without_a_source_has_no_value_nor_source()
    {
        await CreateAsync(Measured(IndicatorCodes.OnTimeRate, 99));
        var view = await ViewAsync(new FixedSource(IndicatorCodes.EarlyRate, 10));
        Assert.Equal(((double?)null, (string?)null, "Có nguy cơ không đạt"), (view.Actual, view.Source, view.StatusText));
    }

    [Fact]
    public async Task A_period_over_is_judged_on_the_final_value()
    {
        var q1 = (Start: new DateOnly(2026, 1, 1), End: new DateOnly(2026, 3, 31));
        await CreateAsync(Measured(IndicatorCodes.OnTimeRate, 99, start: q1.Start, end: q1.End));

        Assert.Equal(("Đạt", 99.0), await ViewAsync(new FixedSource(IndicatorCodes.OnTimeRate, 99)) is var met ? (met.StatusText, met.Evaluation!.Forecast!.Value) : default);
        Assert.Equal("Không đạt", (await ViewAsync(new FixedSource(IndicatorCodes.OnTimeRate, 98.9))).StatusText);
        Assert.Equal("Không đạt", (await ViewAsync(new FixedSource(IndicatorCodes.OnTimeRate, null))).StatusText);
    }

    [Fact]
    public async Task A_period_not_started_is_judged_only_once_there_is_a_value()
    {
        await CreateAsync(Measured(IndicatorCodes.OnTimeRate, 99, start: new DateOnly(2026, 7, 2), end: YearEnd));

        var empty = await ViewAsync(new FixedSource(IndicatorCodes.OnTimeRate, null));
        Assert.Equal(((TargetEvaluation?)null, "Chưa có số liệu"), (empty.Evaluation, empty.StatusText));
        Assert.Equal("Dự báo đạt", (await ViewAsync(new FixedSource(IndicatorCodes.OnTimeRate, 99.5))).StatusText);
    }

    [Fact]
    public async Task A_target_starting_today_is_judged_even_without_a_value()
    {
        await CreateAsync(Measured(IndicatorCodes.OnTimeRate, 99, start: Today, end: YearEnd));
        Assert.Equal("Có nguy cơ không đạt", (await ViewAsync(new FixedSource(IndicatorCodes.OnTimeRate, null))).StatusText);
    }

    [Fact]
    public async Task A_qualitative_target_gets_no_status_even_with_a_value()
    {
        var target = await CreateAsync(Entered("Hoàn thành số hóa kho lưu trữ", threshold: null));
        Assert.True((await Targets().EnterAsync(target.Id, 100, "Biên bản nghiệm thu 02/BB", "Thư ký")).Succeeded);

        var view = await ViewAsync();
        Assert.Equal((100.0, (TargetEvaluation?)null, "Chỉ tiêu định tính"), (view.Actual!.Value, view.Evaluation, view.StatusText));
    }

    [Fact]
    public async Task A_rate_forecast_is_capped_at_100_percent()
    {
        // 94 … 99 from January to June: slope 1, projected mean of July–December 94 + 8.5 = 102.5; blended with 99 over the
        // 182 days of 365 elapsed it passes 100, which a rate cannot.
        var monthly = Enumerable.Range(1, 6).Select(m => new MonthlyValue(2026, m, 93 + m)).ToArray();
        await CreateAsync(Measured(IndicatorCodes.OnTimeRate, 99));

        var view = await ViewAsync(new FixedSource(IndicatorCodes.OnTimeRate, 99, monthly));
        Assert.Equal((TargetStatus.OnTrack, 100.0, 182 / 365.0), (view.Evaluation!.Status, view.Evaluation.Forecast!.Value, view.Evaluation.ElapsedFraction));
    }

    [Fact]
    public async Task A_count_that_only_grows_is_forecast_at_its_run_rate_and_not_capped_at_100()
    {
        // 80 initiatives in 182 of 365 days: 80 × 365 ÷ 182 ≈ 160.4 by the year's end, above the 150 asked.
        await CreateAsync(Measured(TargetIndicators.InitiativesRecognised, 150));

        var view = await ViewAsync(new FixedSource(TargetIndicators.InitiativesRecognised, 80));
        Assert.Equal((TargetStatus.OnTrack, 80 * 365 / 182.0), (view.Evaluation!.Status, view.Evaluation.Forecast!.Value));
    }

    [Fact]
    public async Task A_count_reached_halfway_is_met_while_a_rate_at_its_threshold_is_only_on_track()
    {
        await CreateAsync(Measured(TargetIndicators.InitiativesRecognised, 2));
        await CreateAsync(Measured(IndicatorCodes.EarlyRate, 2));

        var views = await Targets(new FixedSource(TargetIndicators.InitiativesRecognised, 2), new FixedSource(IndicatorCodes.EarlyRate, 2)).ListAsync();
        Assert.Equal(
            new Dictionary<string, TargetStatus> { [TargetIndicators.InitiativesRecognised] = TargetStatus.Met, [IndicatorCodes.EarlyRate] = TargetStatus.OnTrack },
            views.ToDictionary(v => v.Target.Indicator!, v => v.Evaluation!.Status));
    }

    [Fact]
    public async Task The_form_offers_the_communes_plans_and_movements_by_title()
    {
        var second = await PlanAsync("Kế hoạch tuyên truyền CCHC năm 2026");
        var first = await PlanAsync("Kế hoạch CCHC năm 2026");
        var movement = await MovementAsync("Phong trào thi đua CCHC giai đoạn 2026–2030");

        var (plans, movements) = await Targets().OwnersAsync();
        Assert.Equal([(first.Id, "Kế hoạch CCHC năm 2026"), (second.Id, "Kế hoạch tuyên truyền CCHC năm 2026")], plans);
        Assert.Equal([(movement.Id, "Phong trào thi đua CCHC giai đoạn 2026–2030")], movements);
    }
}
