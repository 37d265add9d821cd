using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using static ReformDesk.Core.Tests.Emulation.EmulationBuilder;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>
/// A nomination's way through the rules on SQLite: submission blocked by the round's deadline or quota, the secretariat's
/// checklist and "mark checked", the board's verdicts and the people a unit may nominate.
/// </summary>
public sealed class NominationStepsTests
{
    private const string GuongMau = "CHUNG.GUONG_MAU_CHAP_HANH";
    private const string ThanhTich = "CHUNG.THANH_TICH";

    private static NominationInput For(EmulationBuilder b, Guid personId) =>
        new(NomineeKind.Individual, null, personId, b.UnitId, AwardKind.GiayKhenChuTichXa, "Hoàn thành xuất sắc nhiệm vụ", null);

    [Theory]
    [InlineData(2026, 3, 15, false, "trước ngày 15/03/2026")]
    [InlineData(2026, 3, 16, false, "trước ngày 16/03/2026")]
    [InlineData(2026, 3, 15, true, "đến hết ngày 15/03/2026")]
    public async Task A_dossier_sent_after_the_deadline_is_refused_and_stays_a_draft(int year, int month, int day, bool inclusive, string deadline)
    {
        await using var b = await CreateAsync();
        await b.EditRoundAsync(r => (r.Deadline, r.DeadlineInclusive) = (new DateOnly(year, month, day), inclusive));
        var draft = await b.NominationAsync("Ngô Thị Hoa", status: NominationStatus.Draft);

        Refused(await b.Nominations().SubmitAsync(draft.Id, Officer(b.UnitId)), FailureKind.Invalid, "rules",
            $"Không thể gửi hồ sơ: Hồ sơ gửi ngày 16/03/2026, quá thời hạn ({deadline}) của đợt này.");
        Assert.Equal(NominationStatus.Draft, await b.StatusOfAsync(draft.Id));
    }

    [Theory]
    [InlineData(2026, 3, 16, true)]
    [InlineData(2026, 3, 17, false)]
    public async Task A_dossier_sent_on_the_last_day_on_time_is_submitted(int year, int month, int day, bool inclusive)
    {
        await using var b = await CreateAsync();
        await b.EditRoundAsync(r => (r.Deadline, r.DeadlineInclusive) = (new DateOnly(year, month, day), inclusive));
        var draft = await b.NominationAsync("Ngô Thị Hoa", status: NominationStatus.Draft);

        Assert.Equal(NominationStatus.Submitted, Ok(await b.Nominations().SubmitAsync(draft.Id, Officer(b.UnitId))).Status);
        Assert.Equal(NominationStatus.Submitted, await b.StatusOfAsync(draft.Id));
    }

    [Fact]
    public async Task The_units_quota_counts_dossiers_already_sent_not_drafts_or_returned_ones()
    {
        await using var b = await CreateAsync();
        await b.EditRoundAsync(r => r.MaxIndividualsPerUnit = 1);
        await b.NominationAsync("Lý Văn Nam", status: NominationStatus.Draft);
        var returned = await b.NominationAsync("Đinh Văn Long", status: NominationStatus.Submitted);
        Ok(await b.Nominations().ReturnAsync(returned.Id, Secretariat, "Thiếu minh chứng"));
        var hoa = await b.NominationAsync("Ngô Thị Hoa", status: NominationStatus.Draft);
        Ok(await b.Nominations().SubmitAsync(hoa.Id, Officer(b.UnitId)));

        // Now one person of the unit is sent: the returned dossier cannot come back, nor can a new one be sent at once.
        Refused(await b.Nominations().SubmitAsync(returned.Id, Officer(b.UnitId)), FailureKind.Invalid, "rules",
            "Không thể gửi hồ sơ: Đơn vị Phòng Kinh tế đã đề nghị 2 cá nhân, vượt định mức 1 cá nhân/đơn vị của đợt này.");
        var mai = await b.PersonAsync("Lý Thị Mai");
        var service = b.Nominations();
        Refused(await service.CreateAsync(b.RoundId, Officer(b.UnitId), For(b, mai), submit: true), FailureKind.Invalid, "rules",
            "Không thể gửi hồ sơ: Đơn vị Phòng Kinh tế đã đề nghị 2 cá nhân, vượt định mức 1 cá nhân/đơn vị của đợt này.");
        Assert.DoesNotContain(await b.Nominations().RoundNominationsAsync(b.RoundId, Enum.GetValues<NominationStatus>()), n => n.NomineeName == "Lý Thị Mai");

        // Kept as a draft, it is stored.
        Assert.Equal(NominationStatus.Draft, Ok(await b.Nominations().CreateAsync(b.RoundId, Officer(b.UnitId), For(b, mai))).Status);
    }

    [Fact]
    public async Task A_nomination_created_and_sent_at_once_carries_todays_date()
    {
        await using var b = await CreateAsync();
        var hoa = await b.PersonAsync("Ngô Thị Hoa");
        var sent = Ok(await b.Nominations().CreateAsync(b.RoundId, Officer(b.UnitId), For(b, hoa), submit: true));
        Assert.Equal((NominationStatus.Submitted, (DateOnly?)Today), (sent.Status, sent.SubmittedOn));
        Assert.Equal(NominationStatus.Submitted, await b.StatusOfAsync(sent.Id));
    }

    [Fact]
    public async Task Checking_is_refused_when_missing_to_a_unit_and_while_a_criterion_is_unticked()
    {
        await using var b = await CreateAsync();
        var n = await b.NominationAsync("Ngô Thị Hoa", status: NominationStatus.Submitted);
        Refused(await b.Nominations().ConfirmAsync(Guid.NewGuid(), Secretariat, [GuongMau], markChecked: true), FailureKind.NotFound, "", "Không tìm thấy hồ sơ đề nghị.");
        Refused(await b.Nominations().ConfirmAsync(n.Id, Officer(b.UnitId), [GuongMau, ThanhTich], markChecked: true), FailureKind.Forbidden, "",
            "Chỉ bộ phận tham mưu được kiểm tra hồ sơ.");
        Refused(await b.Nominations().ConfirmAsync(n.Id, Secretariat, [GuongMau], markChecked: true), FailureKind.Invalid, "rules",
            "Còn tiêu chí chưa được xác nhận: Có thành tích xuất sắc trong phong trào thi đua, đạt tiêu chuẩn khen thưởng do tỉnh/thành phố quy định.");
        Assert.Equal(NominationStatus.Submitted, await b.StatusOfAsync(n.Id));
        Refused(await b.Nominations().ReturnAsync(Guid.NewGuid(), Secretariat, "Thiếu minh chứng"), FailureKind.NotFound, "", "Không tìm thấy hồ sơ đề nghị.");
    }

    [Fact]
    public async Task Ticks_are_saved_without_moving_on_and_the_dossier_is_checked_once_every_criterion_is_ticked()
    {
        await using var b = await CreateAsync();
        var n = await b.NominationAsync("Ngô Thị Hoa", status: NominationStatus.Submitted);
        var ticked = Ok(await b.Nominations().ConfirmAsync(n.Id, Secretariat, [ThanhTich], markChecked: false));
        Assert.Equal((NominationStatus.Submitted, ThanhTich), (ticked.Status, ticked.ConfirmedItems));
        Assert.Equal(ThanhTich, (await b.Nominations().FindAsync(n.Id))!.ConfirmedItems);

        var check = await b.Nominations().CheckAsync((await b.Nominations().FindAsync(n.Id))!);
        Assert.Equal(NominationVerdict.NeedsConfirmation, check.Verdict);
        Assert.Equal([GuongMau], check.OpenItems.Select(i => i.Code));

        var done = Ok(await b.Nominations().ConfirmAsync(n.Id, Secretariat, [ThanhTich, GuongMau], markChecked: true));
        Assert.Equal((NominationStatus.Checked, $"{GuongMau};{ThanhTich}"), (done.Status, done.ConfirmedItems));
        Assert.Equal(NominationStatus.Checked, await b.StatusOfAsync(n.Id));
    }

    [Fact]
    public async Task The_rounds_own_criteria_must_be_ticked_too_before_the_dossier_is_checked()
    {
        await using var b = await CreateAsync();
        await b.EditRoundAsync(r => r.ExtraChecklist = "CCHC.SANG_KIEN|Có ít nhất một giải pháp cải cách được áp dụng\nkhông có dấu gạch");
        var n = await b.NominationAsync("Ngô Thị Hoa", status: NominationStatus.Submitted);
        Refused(await b.Nominations().ConfirmAsync(n.Id, Secretariat, [GuongMau, ThanhTich], markChecked: true), FailureKind.Invalid, "rules",
            "Còn tiêu chí chưa được xác nhận: Có ít nhất một giải pháp cải cách được áp dụng.");
        Assert.Equal(NominationStatus.Checked, Ok(await b.Nominations().ConfirmAsync(n.Id, Secretariat, [GuongMau, ThanhTich, "CCHC.SANG_KIEN"], markChecked: true)).Status);
    }

    [Fact]
    public async Task A_dossier_that_breaks_a_rule_is_not_checked_however_many_boxes_are_ticked()
    {
        await using var b = await CreateAsync();
        var nam = await b.NominationAsync("Lý Văn Nam", status: NominationStatus.Submitted);
        var hoa = await b.NominationAsync("Ngô Thị Hoa", status: NominationStatus.Submitted);
        await b.EditRoundAsync(r => r.MaxIndividualsPerUnit = 1);

        Refused(await b.Nominations().ConfirmAsync(hoa.Id, Secretariat, [GuongMau, ThanhTich], markChecked: true), FailureKind.Invalid, "rules",
            "Hồ sơ không đạt: Đơn vị Phòng Kinh tế đã đề nghị 2 cá nhân, vượt định mức 1 cá nhân/đơn vị của đợt này.");
        Assert.Equal(NominationStatus.Submitted, await b.StatusOfAsync(hoa.Id));

        // Returning the other dossier brings the unit back within its quota.
        Ok(await b.Nominations().ReturnAsync(nam.Id, Secretariat, "Đơn vị chỉ được đề nghị một cá nhân"));
        Assert.Equal(NominationStatus.Checked, Ok(await b.Nominations().ConfirmAsync(hoa.Id, Secretariat, [GuongMau, ThanhTich], markChecked: true)).Status);
    }

    [Fact]
    public async Task The_board_shows_the_movements_nominations_by_name_with_their_unit_and_verdict()
    {
        await using var b = await CreateAsync();
        await b.EditRoundAsync(r => r.MaxIndividualsPerUnit = 2);
        await b.NominationAsync("Ngô Thị Hoa", status: NominationStatus.Submitted);
        await b.NominationAsync("Lý Văn Nam", status: NominationStatus.Submitted);
        await b.NominationAsync("Đinh Văn Long", status: NominationStatus.Draft);
        var board = await b.Nominations().BoardAsync(b.MovementId);
        // Ordinal order of the names as stored. The two sent dossiers fill the quota of two and wait for their ticks; the draft,
        // not counted against the others, would be the third if sent.
        Assert.Equal(
            [("Lý Văn Nam", NominationVerdict.NeedsConfirmation), ("Ngô Thị Hoa", NominationVerdict.NeedsConfirmation), ("Đinh Văn Long", NominationVerdict.Blocked)],
            board.Select(v => (v.Nomination.NomineeName, v.Check.Verdict)));
        Assert.All(board, v => Assert.Equal(("Phòng Kinh tế", "Khen thưởng hằng năm 2025"), (v.UnitName, v.Round.Title)));
        Assert.Equal(["QUOTA_PER_UNIT"], board[2].Check.Failures.Select(f => f.Code));
        Assert.Empty(await b.Nominations().BoardAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task A_unit_may_nominate_those_holding_a_post_in_it_during_the_round_the_administrator_anyone()
    {
        await using var b = await CreateAsync();
        var office = await b.Commune.UnitAsync("Văn phòng HĐND và UBND");
        var hoa = await b.PersonAsync("Ngô Thị Hoa");
        await using (var db = b.Commune.Open())
        {
            Person With(string name, Guid unit, int from, int? to)
            {
                var p = new Person { FullName = name };
                db.People.Add(p);
                db.PositionTenures.Add(new PositionTenure { PersonId = p.Id, UnitId = unit, Title = "Chuyên viên", FromYear = from, ToYear = to });
                return p;
            }

            With("Lý Văn Nam", b.UnitId, 2018, 2024);
            With("Trần Văn Mới", b.UnitId, 2026, null);
            With("Đinh Văn Long", office.Id, 2020, null);
            await db.SaveChangesAsync();
        }

        // The round is of 2025 and today is in 2026: a post ended in 2024 is out, one started in 2026 is in.
        Assert.Equal(["Ngô Thị Hoa", "Trần Văn Mới"], (await b.Nominations().NominablePeopleAsync(Officer(b.UnitId), b.RoundId, b.UnitId)).Select(p => p.FullName));
        Assert.Equal(["Đinh Văn Long"], (await b.Nominations().NominablePeopleAsync(Officer(office.Id), b.RoundId, office.Id)).Select(p => p.FullName));
        Assert.Empty(await b.Nominations().NominablePeopleAsync(Secretariat, b.RoundId, null));
        var admin = new Actor(Guid.NewGuid(), "Quản trị", [Roles.SystemAdmin], null, false);
        Assert.Equal(4, (await b.Nominations().NominablePeopleAsync(admin, b.RoundId, b.UnitId)).Count);

        // The administrator nominates someone of another unit; an officer may not.
        var input = For(b, hoa) with { UnitId = office.Id };
        Ok(await b.Nominations().CreateAsync(b.RoundId, admin, input));
        Refused(await b.Nominations().CreateAsync(b.RoundId, Officer(office.Id), input), FailureKind.Invalid, "NomineePersonId",
            "Ngô Thị Hoa không giữ chức vụ tại Văn phòng HĐND và UBND trong năm 2025–2026: đơn vị chỉ đề nghị khen thưởng người của đơn vị mình.");
        Refused(await b.Nominations().CreateAsync(b.RoundId, admin, input with { UnitId = Guid.NewGuid() }), FailureKind.Invalid, "UnitId", "Không tìm thấy đơn vị đề nghị.");
    }

    [Fact]
    public async Task A_summary_left_blank_is_taken_from_the_chosen_record()
    {
        await using var b = await CreateAsync();
        var hoa = await b.PersonAsync("Ngô Thị Hoa");
        await using (var db = b.Commune.Open())
        {
            db.AwardRecords.Add(new AwardRecord { NomineeKind = NomineeKind.Individual, PersonId = hoa, NomineeName = "Ngô Thị Hoa", AwardKind = AwardKind.LaoDongTienTien,
                Year = 2024, DecisionNumber = "40/QĐ-UBND", AchievementSummary = "Hoàn thành tốt nhiệm vụ" });
            await db.SaveChangesAsync();
        }

        var n = Ok(await b.Nominations().CreateAsync(b.RoundId, Officer(b.UnitId),
            For(b, hoa) with { AchievementSummary = " ", AchievementKey = " khen-thuong:40/QĐ-UBND:LaoDongTienTien " }));
        Assert.Equal(("Đã được tặng “Lao động tiên tiến” năm 2024 (Quyết định 40/QĐ-UBND)", "khen-thuong:40/QĐ-UBND:LaoDongTienTien"),
            (n.AchievementSummary, n.AchievementKey));
    }
}
