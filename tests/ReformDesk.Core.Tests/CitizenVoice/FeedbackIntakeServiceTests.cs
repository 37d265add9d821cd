using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Core.Tests.Uploads;
using static ReformDesk.Core.Tests.CitizenVoice.FeedbackDesk;

namespace ReformDesk.Core.Tests.CitizenVoice;

/// <summary>Intake through <see cref="FeedbackService"/> on a real SQLite commune: the public form, staff entry, the checks and the per-phone limit.</summary>
public sealed class FeedbackIntakeServiceTests
{
    [Fact]
    public async Task A_web_submission_is_stored_waiting_as_the_citizen_with_a_code_and_a_hashed_secret()
    {
        await using var desk = await CreateAsync();
        var receipt = await desk.SubmittedAsync(Intake(FeedbackChannel.Hotline));
        Assert.Matches("^PA-[1-9][0-9]{5}$", receipt.Code);
        Assert.Matches("^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$", receipt.Secret);

        await using var db = desk.Commune.Open();
        var f = await db.Feedbacks.Include(x => x.Events).SingleAsync();
        Assert.Equal((receipt.Id, receipt.Code, FeedbackStatus.Waiting, FeedbackChannel.Web), (f.Id, f.Code, f.Status, f.Channel));
        Assert.Equal(FeedbackService.Hash(receipt.Secret.Replace("-", "", StringComparison.Ordinal)), f.SecretHash);
        Assert.DoesNotContain(receipt.Secret.Replace("-", "", StringComparison.Ordinal), f.SecretHash, StringComparison.Ordinal);
        Assert.Equal(("Nguyễn Văn An", "0912345678", Now.UtcDateTime), (f.CitizenName, f.PhoneDigits, f.SubmittedAtUtc));
        var e = Assert.Single(f.Events);
        Assert.Equal(("Gửi phản ánh qua Cổng thông tin", "citizen"), (e.Text, e.By));
    }

    private static readonly string Long201 = new('x', 201);
    private static readonly string Long301 = new('x', 301);

    [Theory]
    [InlineData("Name", "   ", "Họ và tên: bắt buộc, tối đa 200 ký tự.")]
    [InlineData("Name", "201", "Họ và tên: bắt buộc, tối đa 200 ký tự.")]
    [InlineData("Phone", "091234567", "Số điện thoại \"091234567\" không hợp lệ: cần 10 chữ số (di động) hoặc 11 chữ số (cố định), bắt đầu bằng 0 (ví dụ 0912345678 hoặc 024 3826 1234).")]
    [InlineData("Phone", "1912345678", "Số điện thoại \"1912345678\" không hợp lệ: cần 10 chữ số (di động) hoặc 11 chữ số (cố định), bắt đầu bằng 0 (ví dụ 0912345678 hoặc 024 3826 1234).")]
    [InlineData("Email", "an@", "Thư điện tử \"an@\" không hợp lệ.")]
    [InlineData("Address", "301", "Địa chỉ: tối đa 300 ký tự.")]
    [InlineData("Title", "", "Tiêu đề: bắt buộc, tối đa 200 ký tự.")]
    [InlineData("Title", "201", "Tiêu đề: bắt buộc, tối đa 200 ký tự.")]
    [InlineData("Content", "Đèn hỏng ở ngõ 12 .", "Nội dung: từ 20 đến 5.000 ký tự, nêu rõ sự việc, thời gian và địa điểm.")]
    [InlineData("Content", "5001", "Nội dung: từ 20 đến 5.000 ký tự, nêu rõ sự việc, thời gian và địa điểm.")]
    [InlineData("Place", "301", "Địa điểm: tối đa 300 ký tự.")]
    [InlineData("Category", "9", "Hãy chọn loại phản ánh, kiến nghị.")]
    public async Task Each_wrong_field_is_refused_on_its_name_and_nothing_is_saved(string field, string value, string message)
    {
        await using var desk = await CreateAsync();
        var text = value switch { "201" => Long201, "301" => Long301, "5001" => new string('x', 5001), _ => value };
        var intake = field switch
        {
            "Name" => Intake() with { Name = text },
            "Phone" => Intake() with { Phone = text },
            "Email" => Intake() with { Email = text },
            "Address" => Intake() with { Address = text },
            "Title" => Intake() with { Title = text },
            "Content" => Intake() with { Content = text },
            "Place" => Intake() with { Place = text },
            _ => Intake() with { Category = (FeedbackCategory)int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
        };
        Refused(await desk.PortalAsync(s => s.SubmitFromWebAsync(desk.CommuneId, intake, [])), FailureKind.Invalid, field, message);
        await using var db = desk.Commune.Open();
        Assert.Equal(0, await db.Feedbacks.CountAsync());
    }

    [Fact]
    public async Task The_limits_themselves_are_accepted()
    {
        await using var desk = await CreateAsync();
        var intake = Intake(phone: "024 3826 1234") with
        {
            Name = new string('A', 200), Title = new string('T', 200), Content = "  Đèn hỏng ở ngõ 12 số  ", Place = new string('P', 300),
            Address = new string('D', 300), Email = null,
        };
        Assert.Equal(20, intake.Content.Trim().Length);
        var receipt = await desk.SubmittedAsync(intake);
        await using var db = desk.Commune.Open();
        Assert.Equal(("02438261234", "Đèn hỏng ở ngõ 12 số"), await db.Feedbacks.Where(f => f.Id == receipt.Id).Select(f => new ValueTuple<string, string>(f.PhoneDigits, f.Details)).SingleAsync());
    }

    [Fact]
    public async Task One_phone_however_written_sends_three_a_day_and_the_window_is_24_hours_to_the_second()
    {
        await using var desk = await CreateAsync();
        foreach (var phone in new[] { "0912345678", "+84 912 345 678", "0912.345.678" })
        {
            await desk.SubmittedAsync(Intake(phone: phone));
        }

        const string message = "Số điện thoại này đã gửi 3 phản ánh trong 24 giờ qua (tối đa 3). Vui lòng theo dõi các phản ánh đã gửi bằng mã được cấp, hoặc gửi lại sau.";
        Refused(await desk.PortalAsync(s => s.SubmitFromWebAsync(desk.CommuneId, Intake(phone: "0912 345 678"), [])), FailureKind.Invalid, "Phone", message);

        // Another phone, and the same phone in another commune, are not held back.
        await desk.SubmittedAsync(Intake(phone: "0987654321"));
        await desk.SubmittedAsync(Intake(), desk.OtherCommuneId);

        desk.Commune.Clock.Advance(TimeSpan.FromHours(24));
        Refused(await desk.PortalAsync(s => s.SubmitFromWebAsync(desk.CommuneId, Intake(), [])), FailureKind.Invalid, "Phone", message);
        desk.Commune.Clock.Advance(TimeSpan.FromSeconds(1));
        await desk.SubmittedAsync(Intake());
    }

    [Fact]
    public async Task Attachments_are_stored_with_a_safe_name_and_their_type()
    {
        await using var desk = await CreateAsync();
        using var photo = Png("../../Ảnh đèn (ngõ 12).png");
        using var pdf = TestUploads.Safe("%PDF-1.4\n%%EOF"u8.ToArray(), "đơn?*.pdf", UploadForm.FeedbackAttachment);
        var receipt = await desk.SubmittedAsync(files: [photo, pdf]);
        await using var db = desk.Commune.Open();
        var stored = await db.FeedbackAttachments.Where(a => a.FeedbackId == receipt.Id).OrderBy(a => a.ContentType).ToListAsync();
        Assert.Equal([("application/pdf", "đơn.pdf", 14L), ("image/png", "Ảnh đèn ngõ 12.png", 72L)], stored.Select(a => (a.ContentType, a.FileName, a.Size)));
    }

    [Fact]
    public async Task Too_many_files_too_many_megabytes_or_a_file_checked_for_another_form_are_refused_on_files()
    {
        await using var desk = await CreateAsync();
        using var a = Png("1.png");
        using var b = Png("2.png");
        using var c = Png("3.png");
        using var d = Png("4.png");
        Refused(await desk.PortalAsync(s => s.SubmitFromWebAsync(desk.CommuneId, Intake(), [a, b, c, d])), FailureKind.Invalid, "Files", "Gửi được tối đa 3 tệp ảnh hoặc PDF.");

        using var big1 = Png("lon-1.png", 6 * 1024 * 1024 - 8);
        using var big2 = Png("lon-2.png", 5 * 1024 * 1024 - 8);
        Refused(await desk.PortalAsync(s => s.SubmitFromWebAsync(desk.CommuneId, Intake(), [big1, big2])), FailureKind.Invalid, "Files",
            "Các tệp đính kèm cộng lại 11 MB, vượt giới hạn 10 MB.");

        using var evidence = TestUploads.Safe("%PDF-1.4\n%%EOF"u8.ToArray(), "minh-chung.pdf", UploadForm.ParEvidence);
        Refused(await desk.PortalAsync(s => s.SubmitFromWebAsync(desk.CommuneId, Intake(), [a, evidence])), FailureKind.Invalid, "Files",
            "Tệp \"minh-chung.pdf\" chưa được kiểm tra là ảnh hoặc PDF.");
    }

    [Fact]
    public async Task Staff_enter_a_counter_feedback_under_their_own_name()
    {
        await using var desk = await CreateAsync();
        var receipt = Ok(await desk.StaffAsync(s => s.EnterAsync(OneStop, Intake(FeedbackChannel.Counter), [])));
        await using var db = desk.Commune.Open();
        var f = await db.Feedbacks.Include(x => x.Events).SingleAsync(x => x.Id == receipt.Id);
        Assert.Equal((FeedbackChannel.Counter, FeedbackStatus.Waiting), (f.Channel, f.Status));
        Assert.Equal(("Gửi phản ánh qua Trực tiếp tại Bộ phận một cửa", "thuky"), (f.Events.Single().Text, f.Events.Single().By));
    }

    [Fact]
    public async Task Staff_entry_needs_an_entering_role_a_writable_commune_and_a_channel_other_than_the_portal()
    {
        await using var desk = await CreateAsync();
        const string forbidden = "Tài khoản của bạn không được nhập phản ánh, kiến nghị.";
        Refused(await desk.StaffAsync(s => s.EnterAsync(desk.EconomyHead, Intake(FeedbackChannel.Hotline), [])), FailureKind.Forbidden, "", forbidden);
        Refused(await desk.StaffAsync(s => s.EnterAsync(Person("Giám sát", null, Roles.Supervisor), Intake(FeedbackChannel.Hotline), [])), FailureKind.Forbidden, "", forbidden);
        Refused(await desk.StaffAsync(s => s.EnterAsync(Secretary with { TenantReadOnly = true }, Intake(FeedbackChannel.Hotline), [])), FailureKind.Forbidden, "", forbidden);
        Refused(await desk.StaffAsync(s => s.EnterAsync(Secretary, Intake(FeedbackChannel.Web), [])), FailureKind.Invalid, "Channel",
            "Hãy chọn kênh tiếp nhận: trực tiếp, đường dây nóng hoặc thư.");
        Refused(await desk.StaffAsync(s => s.EnterAsync(Secretary, Intake(FeedbackChannel.Letter) with { Phone = "12" }, [])), FailureKind.Invalid, "Phone",
            "Số điện thoại \"12\" không hợp lệ: cần 10 chữ số (di động) hoặc 11 chữ số (cố định), bắt đầu bằng 0 (ví dụ 0912345678 hoặc 024 3826 1234).");
        await using var db = desk.Commune.Open();
        Assert.Equal(0, await db.Feedbacks.CountAsync());
    }

    [Fact]
    public async Task Staff_entry_is_not_held_to_the_per_phone_limit()
    {
        await using var desk = await CreateAsync();
        for (var i = 0; i < 4; i++)
        {
            Ok(await desk.StaffAsync(s => s.EnterAsync(Chairman, Intake(FeedbackChannel.Hotline), [])));
        }

        await using var db = desk.Commune.Open();
        Assert.Equal(4, await db.Feedbacks.Select(f => f.Code).Distinct().CountAsync());
    }
}
