using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Platform;
using static ReformDesk.Core.Tests.CitizenVoice.FeedbackDesk;

namespace ReformDesk.Core.Tests.CitizenVoice;

/// <summary>
/// The staff side of <see cref="FeedbackService"/> on a real SQLite commune: who sees which matter and whose personal data,
/// who may take which step, routing to units of the commune only, and the training examples.
/// </summary>
public sealed class FeedbackStaffServiceTests
{
    [Fact]
    public async Task The_inbox_shows_a_unit_its_own_matters_and_masks_names_for_those_not_handling_them()
    {
        await using var desk = await CreateAsync();
        var economy = await desk.InProgressAsync(desk.Economy);
        desk.Commune.Clock.Advance(TimeSpan.FromMinutes(1));
        var police = await desk.InProgressAsync(desk.Police, Intake(phone: "0987654321") with { Name = "Trần Thị Bình" });
        desk.Commune.Clock.Advance(TimeSpan.FromMinutes(1));
        var waiting = await desk.SubmittedAsync(Intake(phone: "0977000111") with { Name = "Lê Văn Cường" });

        async Task<List<(string Code, string Name)>> Inbox(Actor actor, FeedbackFilter? filter = null) =>
            [.. (await desk.StaffAsync(s => s.InboxAsync(actor, filter ?? new FeedbackFilter()))).Select(r => (r.Feedback.Code, r.CitizenName))];

        Assert.Equal([(waiting.Code, "Lê Văn Cường"), (police.Code, "Trần Thị Bình"), (economy.Code, "Nguyễn Văn An")], await Inbox(Secretary));
        Assert.Equal([(waiting.Code, "L. V. C."), (police.Code, "T. T. B."), (economy.Code, "N. V. A.")], await Inbox(OneStop));
        Assert.Equal([(waiting.Code, "L. V. C."), (police.Code, "T. T. B."), (economy.Code, "N. V. A.")], await Inbox(Supervisor));
        Assert.Equal([(economy.Code, "Nguyễn Văn An")], await Inbox(desk.EconomyHead));
        Assert.Equal([(police.Code, "Trần Thị Bình")], await Inbox(desk.PoliceOfficer));
        Assert.Empty(await Inbox(Person("Đại biểu", null, Roles.CouncilMember)));
        Assert.Equal([(waiting.Code, "L. V. C.")], await Inbox(Chairman with { TenantReadOnly = true }, new FeedbackFilter(FeedbackStatus.Waiting)));
        Assert.Equal([(police.Code, "Trần Thị Bình")], await Inbox(Secretary, new FeedbackFilter(UnitId: desk.Police.Id)));
    }

    [Fact]
    public async Task The_late_filter_keeps_a_matter_left_waiting_past_its_two_working_days()
    {
        await using var desk = await CreateAsync();
        await desk.InProgressAsync();
        var waiting = await desk.SubmittedAsync(Intake(phone: "0987654321"));
        Assert.Empty(await desk.StaffAsync(s => s.InboxAsync(Secretary, new FeedbackFilter(LateOnly: true))));

        // Submitted Wednesday 14/10 10:00: intake due Friday 16/10; on Monday 19/10 it is late.
        desk.Commune.Clock.Advance(TimeSpan.FromDays(5));
        var late = Assert.Single(await desk.StaffAsync(s => s.InboxAsync(Secretary, new FeedbackFilter(LateOnly: true))));
        Assert.Equal(waiting.Code, late.Feedback.Code);
        Assert.True(late.Late);
        Assert.Equal(new FeedbackClockState(FeedbackStep.Intake, new DateOnly(2026, 10, 16), -1, true), late.Clock);
    }

    [Fact]
    public async Task The_handling_unit_sees_the_citizen_and_its_own_steps()
    {
        await using var desk = await CreateAsync();
        var receipt = await desk.InProgressAsync();
        var view = (await desk.ViewAsync(desk.EconomyHead, receipt.Id))!;
        Assert.True(view.PersonalData);
        Assert.Equal(("Nguyễn Văn An", "0912345678", "an@example.vn", "Số 5 ngõ 12 phố Chợ"), (view.CitizenName, view.CitizenPhone, view.CitizenEmail, view.CitizenAddress));
        Assert.Equal(("Phòng Kinh tế", FeedbackDeadlineDays.Default), (view.UnitName, view.Deadlines));
        // 15 working days from Wednesday 14/10/2026: Wednesday 04/11/2026.
        Assert.Equal(new FeedbackClockState(FeedbackStep.Answer, new DateOnly(2026, 11, 4), 15, false), view.Clock);
        Assert.False(view.Late);
        Assert.Equal([FeedbackAction.AskInfo, FeedbackAction.SaveDraft], view.Actions);
        Assert.Equal([FeedbackAction.AskInfo, FeedbackAction.Assign, FeedbackAction.TransferOut, FeedbackAction.SaveDraft, FeedbackAction.ReturnDraft, FeedbackAction.Approve],
            (await desk.ViewAsync(Secretary, receipt.Id))!.Actions);
    }

    [Fact]
    public async Task Others_who_may_read_see_the_matter_masked_and_may_do_nothing()
    {
        await using var desk = await CreateAsync();
        var receipt = await desk.InProgressAsync();
        foreach (var actor in new[] { OneStop, Supervisor, Secretary with { TenantReadOnly = true } })
        {
            var view = (await desk.ViewAsync(actor, receipt.Id))!;
            Assert.False(view.PersonalData);
            Assert.Equal(("N. V. A.", "091*****78", "***", "***"), (view.CitizenName, view.CitizenPhone, view.CitizenEmail, view.CitizenAddress));
            Assert.Empty(view.Actions);
        }

        var noEmail = await desk.SubmittedAsync(Intake(phone: "0987654321") with { Email = " ", Address = null });
        var masked = (await desk.ViewAsync(OneStop, noEmail.Id))!;
        Assert.Equal(((string?)null, (string?)null), (masked.CitizenEmail, masked.CitizenAddress));
    }

    [Fact]
    public async Task Another_unit_another_commune_or_a_non_reader_gets_nothing()
    {
        await using var desk = await CreateAsync();
        var receipt = await desk.InProgressAsync();
        Assert.Null(await desk.ViewAsync(desk.PoliceOfficer, receipt.Id));
        Assert.Null(await desk.ViewAsync(Person("Đại biểu", null, Roles.CouncilMember), receipt.Id));
        Assert.Null(await desk.StaffAsync(s => s.GetAsync(Secretary, receipt.Id), desk.OtherCommuneId));
        Assert.Empty(await desk.StaffAsync(s => s.InboxAsync(Secretary, new FeedbackFilter()), desk.OtherCommuneId));
        Refused(await desk.StaffAsync(s => s.SaveDraftAsync(desk.PoliceOfficer, receipt.Id, "Dự thảo")), FailureKind.NotFound, "", "Không tìm thấy phản ánh.");
        Refused(await desk.StaffAsync(s => s.ApproveAsync(Secretary, receipt.Id), desk.OtherCommuneId), FailureKind.NotFound, "", "Không tìm thấy phản ánh.");
        Refused(await desk.StaffAsync(s => s.AcceptAsync(Secretary, Guid.NewGuid())), FailureKind.NotFound, "", "Không tìm thấy phản ánh.");
    }

    [Fact]
    public async Task A_step_outside_ones_role_is_forbidden_by_name_and_changes_nothing()
    {
        await using var desk = await CreateAsync();
        var waiting = await desk.SubmittedAsync();
        var inProgress = await desk.InProgressAsync(intake: Intake(phone: "0987654321"));
        Ok(await desk.StaffAsync(s => s.SaveDraftAsync(desk.EconomyHead, inProgress.Id, "Đã thay bóng đèn.")));

        Refused(await desk.StaffAsync(s => s.AcceptAsync(OneStop, waiting.Id)), FailureKind.Forbidden, "",
            $"Tài khoản của bạn không được \"tiếp nhận\" phản ánh {waiting.Code}.");
        Refused(await desk.StaffAsync(s => s.ApproveAsync(desk.EconomyHead, inProgress.Id)), FailureKind.Forbidden, "",
            $"Tài khoản của bạn không được \"duyệt trả lời\" phản ánh {inProgress.Code}.");
        Refused(await desk.StaffAsync(s => s.RefuseAsync(Chairman with { TenantReadOnly = true }, waiting.Id, "Trùng lặp")), FailureKind.Forbidden, "",
            $"Tài khoản của bạn không được \"từ chối tiếp nhận\" phản ánh {waiting.Code}.");

        await using var db = desk.Commune.Open();
        Assert.Equal([(waiting.Code, FeedbackStatus.Waiting, 1), (inProgress.Code, FeedbackStatus.InProgress, 4)],
            await db.Feedbacks.OrderBy(f => f.SubmittedAtUtc).Select(f => new ValueTuple<string, FeedbackStatus, int>(f.Code, f.Status, f.Events.Count)).ToListAsync());
    }

    [Fact]
    public async Task The_whole_handling_is_saved_with_each_persons_name()
    {
        await using var desk = await CreateAsync();
        var receipt = await desk.PublishedAsync("Đèn ngõ 12 hỏng", "Đã thay bóng đèn ngày 15/10.");
        await using var db = desk.Commune.Open();
        var f = await db.Feedbacks.Include(x => x.Events).SingleAsync(x => x.Id == receipt.Id);
        Assert.Equal((FeedbackStatus.Published, desk.Economy.Id, "Đã thay bóng đèn ngày 15/10.", "Nguyễn Văn Ánh"), (f.Status, f.UnitId, f.Answer, f.ApprovedBy));
        Assert.Equal(("Đèn ngõ 12 hỏng", "Đã thay bóng đèn ngày 15/10.", (DateTime?)Now.UtcDateTime), (f.PublicTitle, f.PublicAnswer, f.PublishedAtUtc));
        Assert.Equal(["citizen", "Lê Thị Hoa", "Lê Thị Hoa", "Trần Quốc Hùng", "Nguyễn Văn Ánh", "Lê Thị Hoa"], f.Events.OrderBy(e => e.AtUtc).ThenBy(e => (int?)e.Action ?? -1).Select(e => e.By));
    }

    [Fact]
    public async Task A_refusal_without_a_reason_or_an_illegal_step_is_not_saved()
    {
        await using var desk = await CreateAsync();
        var receipt = await desk.SubmittedAsync();
        Refused(await desk.StaffAsync(s => s.RefuseAsync(Secretary, receipt.Id, "  ")), FailureKind.Invalid, "RefusalReason",
            $"Phản ánh {receipt.Code}: Hãy ghi lý do từ chối để người dân biết.");
        Refused(await desk.StaffAsync(s => s.ApproveAsync(Secretary, receipt.Id)), FailureKind.Conflict, "",
            $"Phản ánh {receipt.Code}: không thể \"duyệt trả lời\" khi phản ánh đang ở trạng thái \"Chờ tiếp nhận\".");
        Ok(await desk.StaffAsync(s => s.RefuseAsync(Secretary, receipt.Id, "Không thuộc thẩm quyền của phường")));
        await using var db = desk.Commune.Open();
        var f = await db.Feedbacks.Include(x => x.Events).SingleAsync();
        Assert.Equal((FeedbackStatus.Refused, "Không thuộc thẩm quyền của phường", 2), (f.Status, f.RefusalReason, f.Events.Count));
    }

    [Fact]
    public async Task Routing_takes_only_a_unit_of_the_commune_and_a_second_unit_is_a_transfer()
    {
        await using var desk = await CreateAsync();
        var receipt = await desk.SubmittedAsync();
        Ok(await desk.StaffAsync(s => s.AcceptAsync(Secretary, receipt.Id)));
        var foreign = await desk.OtherUnitAsync("Phòng Kinh tế Lê Chân");
        const string message = "Hãy chọn một đơn vị của xã, phường.";
        Refused(await desk.StaffAsync(s => s.AssignAsync(Secretary, receipt.Id, foreign.Id)), FailureKind.Invalid, "UnitId", message);
        Refused(await desk.StaffAsync(s => s.AssignAsync(Secretary, receipt.Id, Guid.NewGuid())), FailureKind.Invalid, "UnitId", message);
        Refused(await desk.StaffAsync(s => s.AssignAsync(desk.EconomyHead, receipt.Id, desk.Economy.Id)), FailureKind.NotFound, "", "Không tìm thấy phản ánh.");

        Ok(await desk.StaffAsync(s => s.AssignAsync(Secretary, receipt.Id, desk.Economy.Id)));
        desk.Commune.Clock.Advance(TimeSpan.FromDays(2));
        var moved = Ok(await desk.StaffAsync(s => s.AssignAsync(Secretary, receipt.Id, desk.Police.Id)));
        Assert.Equal(("Công an phường", desk.Police.Id), (moved.Note, moved.UnitId));

        await using var db = desk.Commune.Open();
        var f = await db.Feedbacks.SingleAsync();
        Assert.Equal((desk.Police.Id, Now.UtcDateTime.AddDays(2)), (f.UnitId, f.ClockStartAtUtc));
    }

    [Fact]
    public async Task Routing_keeps_the_suggestion_beside_the_unit_a_person_chose()
    {
        await using var desk = await CreateAsync();
        var karaoke = Intake() with { Title = "Karaoke hát to", Content = "Quán karaoke ở tổ dân phố số 3 hát to đến nửa đêm.", Place = null };
        var receipt = await desk.InProgressAsync(desk.Economy, karaoke);
        var proposed = await desk.StaffAsync(async s => await s.SuggestUnitAsync((await s.GetAsync(Secretary, receipt.Id))!.Feedback));
        Assert.Equal(desk.Police.Id, proposed!.UnitId);

        await using var db = desk.Commune.Open();
        var f = await db.Feedbacks.SingleAsync();
        Assert.Equal((desk.Economy.Id, desk.Police.Id, proposed.Reason), (f.UnitId, f.SuggestedUnitId, f.SuggestionReason));
        var example = Assert.Single(await desk.StaffAsync(s => s.TrainingExamplesAsync()));
        Assert.Equal((desk.Economy.Id, (Guid?)desk.Police.Id), (example.UnitId, example.SuggestedUnitId));
    }

    [Fact]
    public async Task An_attachment_is_given_only_to_those_who_see_personal_data()
    {
        await using var desk = await CreateAsync();
        using var photo = Png("anh.png");
        var receipt = await desk.SubmittedAsync(files: [photo]);
        var id = (await desk.ViewAsync(Secretary, receipt.Id))!.Feedback.Attachments.Single().Id;
        var file = await desk.StaffAsync(s => s.AttachmentAsync(Secretary, receipt.Id, id));
        Assert.Equal(("anh.png", 72L), (file!.FileName, file.Size));
        Assert.Null(await desk.StaffAsync(s => s.AttachmentAsync(OneStop, receipt.Id, id)));
        Assert.Null(await desk.StaffAsync(s => s.AttachmentAsync(Secretary, Guid.NewGuid(), id)));
        Assert.Null(await desk.StaffAsync(s => s.AttachmentAsync(Secretary, receipt.Id, id), desk.OtherCommuneId));
    }

    [Fact]
    public async Task Training_examples_are_the_routed_matters_oldest_first_with_the_unit_chosen()
    {
        await using var desk = await CreateAsync();
        var first = await desk.InProgressAsync(desk.Police, Intake() with { Title = "Karaoke ồn", Content = "Quán karaoke hát to đến nửa đêm mỗi tối.", Place = null });
        desk.Commune.Clock.Advance(TimeSpan.FromHours(1));
        var second = await desk.InProgressAsync(desk.Economy, Intake(phone: "0987654321"));
        await desk.SubmittedAsync(Intake(phone: "0977000111"));

        var examples = await desk.StaffAsync(s => s.TrainingExamplesAsync());
        Assert.Equal(
            [
                (first.Id, "Karaoke ồn\nQuán karaoke hát to đến nửa đêm mỗi tối.", "Công an phường"),
                (second.Id, "Đèn chiếu sáng hỏng\nĐèn chiếu sáng trong ngõ 12 phố Chợ bị hỏng hai tuần nay, buổi tối rất tối.\nNgõ 12 phố Chợ", "Phòng Kinh tế"),
            ],
            examples.Select(e => (e.FeedbackId, e.Text, e.UnitName)));
    }

    [Fact]
    public async Task The_units_offered_are_the_active_ones_by_name()
    {
        await using var desk = await CreateAsync();
        await desk.Commune.UnitAsync("Ban Chỉ huy quân sự", active: false);
        await desk.Commune.UnitAsync("Văn phòng HĐND và UBND");
        await desk.OtherUnitAsync("Ban của phường khác");
        Assert.Equal(["Công an phường", "Phòng Kinh tế", "Văn phòng HĐND và UBND"], (await desk.StaffAsync(s => s.UnitsAsync())).Select(u => u.Name));
    }

    [Fact]
    public void The_public_draft_removes_the_citizens_name_phone_e_mail_and_address()
    {
        var f = Feedback.Submit(Guid.NewGuid(), "PA-300001", "HASH", Intake() with
        {
            Title = "Ông Nguyễn Văn An báo đèn hỏng",
            Content = "Đèn hỏng trước Số 5 ngõ 12 phố Chợ, gọi 0912 345 678 hoặc an@example.vn.",
        }, new FeedbackActor("citizen", Now.UtcDateTime));
        var (title, question, answer) = FeedbackService.PublicDraft(f);
        Assert.Equal(("Ông *** báo đèn hỏng", "Đèn hỏng trước ***, gọi *** hoặc ***.", ""), (title, question, answer));
    }
}
