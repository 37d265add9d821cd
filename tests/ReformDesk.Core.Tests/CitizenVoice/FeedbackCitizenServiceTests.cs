using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Platform;
using static ReformDesk.Core.Tests.CitizenVoice.FeedbackDesk;

namespace ReformDesk.Core.Tests.CitizenVoice;

/// <summary>The citizen's side of <see cref="FeedbackService"/> on a real SQLite commune: following up with code and secret, and the published answers.</summary>
public sealed class FeedbackCitizenServiceTests
{
    [Fact]
    public async Task The_citizen_finds_the_matter_with_the_code_and_secret_as_typed_without_the_internal_draft_steps()
    {
        await using var desk = await CreateAsync();
        var receipt = await desk.InProgressAsync();
        Ok(await desk.StaffAsync(s => s.SaveDraftAsync(desk.EconomyHead, receipt.Id, "Dự thảo")));
        Ok(await desk.StaffAsync(s => s.ReturnDraftAsync(Chairman, receipt.Id, "Ghi rõ ngày thay")));
        Ok(await desk.StaffAsync(s => s.AskInfoAsync(desk.EconomyHead, receipt.Id, "Cột đèn số mấy?")));

        var typedSecret = receipt.Secret.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal);
        var view = await desk.PortalAsync(s => s.FindForCitizenAsync(desk.CommuneId, $"  {receipt.Code.ToLowerInvariant()} ", typedSecret));
        Assert.NotNull(view);
        Assert.Equal(("Phòng Kinh tế", FeedbackStatus.NeedsInfo), (view.UnitName, view.Feedback.Status));
        Assert.Equal([null, FeedbackAction.Accept, FeedbackAction.Assign, FeedbackAction.AskInfo], view.Events.Select(e => e.Action));
    }

    [Fact]
    public async Task A_wrong_secret_a_wrong_commune_or_a_malformed_code_finds_nothing()
    {
        await using var desk = await CreateAsync();
        var receipt = await desk.SubmittedAsync();
        var other = await desk.SubmittedAsync(Intake(phone: "0987654321"));
        Assert.Null(await desk.PortalAsync(s => s.FindForCitizenAsync(desk.CommuneId, receipt.Code, other.Secret)));
        Assert.Null(await desk.PortalAsync(s => s.FindForCitizenAsync(desk.OtherCommuneId, receipt.Code, receipt.Secret), desk.OtherCommuneId));
        Assert.Null(await desk.PortalAsync(s => s.FindForCitizenAsync(desk.CommuneId, "", receipt.Secret)));
        Assert.Null(await desk.PortalAsync(s => s.FindForCitizenAsync(desk.CommuneId, receipt.Code + new string('1', 20), receipt.Secret)));
        Assert.Null(await desk.PortalAsync(s => s.FindForCitizenAsync(desk.CommuneId, receipt.Code, receipt.Secret[..^1])));
        Assert.NotNull(await desk.PortalAsync(s => s.FindForCitizenAsync(desk.CommuneId, receipt.Code, receipt.Secret)));
    }

    [Fact]
    public async Task The_citizens_steps_need_the_secret_and_are_saved_under_the_name_citizen()
    {
        await using var desk = await CreateAsync();
        var receipt = await desk.PublishedAsync();
        Refused(await desk.PortalAsync(s => s.RateAsync(desk.CommuneId, receipt.Code, "AAAA-BBBB-CCCC", FeedbackRating.Like)), FailureKind.Invalid, "Code", FeedbackService.NotFoundMessage);
        Refused(await desk.PortalAsync(s => s.ReopenAsync(desk.OtherCommuneId, receipt.Code, receipt.Secret, "Vẫn hỏng"), desk.OtherCommuneId), FailureKind.Invalid, "Code", FeedbackService.NotFoundMessage);

        Ok(await desk.PortalAsync(s => s.RateAsync(desk.CommuneId, receipt.Code, receipt.Secret, FeedbackRating.Dislike)));
        var reopened = Ok(await desk.PortalAsync(s => s.ReopenAsync(desk.CommuneId, receipt.Code, receipt.Secret, "Đèn lại hỏng sau hai ngày")));
        Assert.Equal(("citizen", FeedbackStatus.InProgress), (reopened.By, reopened.ToStatus));

        await using var db = desk.Commune.Open();
        var f = await db.Feedbacks.SingleAsync();
        Assert.Equal((FeedbackRating.Dislike, FeedbackStatus.InProgress, "Đèn lại hỏng sau hai ngày"), (f.Rating, f.Status, f.ReopenReason));
    }

    [Fact]
    public async Task A_refused_citizen_step_saves_nothing()
    {
        await using var desk = await CreateAsync();
        var receipt = await desk.SubmittedAsync();
        Refused(await desk.PortalAsync(s => s.SupplyInfoAsync(desk.CommuneId, receipt.Code, receipt.Secret, "Cột đèn số 7")), FailureKind.Conflict, "",
            $"Phản ánh {receipt.Code}: không thể \"người dân bổ sung thông tin\" khi phản ánh đang ở trạng thái \"Chờ tiếp nhận\".");
        Ok(await desk.StaffAsync(s => s.AskInfoAsync(Secretary, receipt.Id, "Cột đèn số mấy?")));
        Refused(await desk.PortalAsync(s => s.SupplyInfoAsync(desk.CommuneId, receipt.Code, receipt.Secret, " ")), FailureKind.Invalid, "InfoReply",
            $"Phản ánh {receipt.Code}: Hãy ghi thông tin bổ sung.");

        desk.Commune.Clock.Advance(TimeSpan.FromDays(1));
        Ok(await desk.PortalAsync(s => s.SupplyInfoAsync(desk.CommuneId, receipt.Code, receipt.Secret, "Cột đèn số 7")));
        await using var db = desk.Commune.Open();
        var f = await db.Feedbacks.Include(x => x.Events).SingleAsync();
        Assert.Equal((FeedbackStatus.Waiting, "Cột đèn số 7", Now.UtcDateTime.AddDays(1), 3), (f.Status, f.InfoReply, f.ClockStartAtUtc, f.Events.Count));
    }

    [Fact]
    public async Task The_public_list_has_the_published_answers_newest_first_with_their_unit_and_no_personal_data()
    {
        await using var desk = await CreateAsync();
        var older = await desk.PublishedAsync("Đèn chiếu sáng ngõ 12 hỏng", "Đã thay bóng đèn.");
        desk.Commune.Clock.Advance(TimeSpan.FromHours(2));
        var newer = await desk.PublishedAsync("Rác tồn đọng ở chợ Ga", "Đã thu gom rác.", Intake(phone: "0987654321"));
        await desk.InProgressAsync(intake: Intake(phone: "0977000111"));

        var list = await desk.PortalAsync(s => s.PublishedAsync(desk.CommuneId));
        Assert.Equal([newer.Code, older.Code], list.Select(p => p.Code));
        var first = list[0];
        Assert.Equal(("Rác tồn đọng ở chợ Ga", "Đèn chiếu sáng trong ngõ bị hỏng.", "Đã thu gom rác.", "Phòng Kinh tế", FeedbackCategory.Local),
            (first.Title, first.Question, first.Answer, first.UnitName, first.Category));
        Assert.Equal((Now.UtcDateTime.AddHours(2), Now.UtcDateTime.AddHours(2)), (first.SubmittedAtUtc, first.PublishedAtUtc));
        Assert.Equal([newer.Code], (await desk.PortalAsync(s => s.PublishedAsync(desk.CommuneId, take: 1))).Select(p => p.Code));
        Assert.Empty(await desk.PortalAsync(s => s.PublishedAsync(desk.OtherCommuneId), desk.OtherCommuneId));
    }

    [Theory]
    [InlineData("rac ton dong", 1)]
    [InlineData("  ĐÈN chiếu   sáng NGÕ 12 ", 1)]
    [InlineData("thu gom", 1)]
    [InlineData("da", 2)]
    [InlineData("Nguyễn Văn An", 0)]
    [InlineData("nước", 0)]
    public async Task The_public_list_is_searched_in_the_public_texts_without_diacritics(string search, int found)
    {
        await using var desk = await CreateAsync();
        await desk.PublishedAsync("Đèn chiếu sáng ngõ 12 hỏng", "Đã thay bóng đèn.");
        await desk.PublishedAsync("Rác tồn đọng ở chợ Ga", "Đã thu gom rác.", Intake(phone: "0987654321"));
        Assert.Equal(found, (await desk.PortalAsync(s => s.PublishedAsync(desk.CommuneId, search))).Count);
    }
}
