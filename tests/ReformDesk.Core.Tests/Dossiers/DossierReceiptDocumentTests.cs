using ReformDesk.Core.Documents;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// Mẫu 01, the receipt and appointment slip handed over at the counter: who and what, the statutory time as the procedure
/// states it, the receipt and appointment moments in Vietnamese, the lookup key and QR codes, never the phone.
/// </summary>
public sealed class DossierReceiptDocumentTests
{
    private const string Key = "ABCDEFGHJKMN";

    private static Dossier Received(DateTime at, DateOnly? appointment = null, string? name = "Trần Thị Mai") => new()
    {
        Code = "000.00.21.H27-260302-0007", ReceivedAt = at, Channel = DossierChannel.Counter, ApplicantName = name,
        ApplicantPhone = "0912 345 678", AppointmentDate = appointment, LookupKey = Key,
    };

    private static readonly Procedure Birth = new() { Code = "1.001193", Name = "Đăng ký khai sinh", ProcessingDays = 3 };

    private static List<string> Paragraphs(AdministrativeDocument d) => d.Body.OfType<Block.Paragraph>().Select(p => p.Text).ToList();

    [Fact]
    public void The_slip_names_the_applicant_the_procedure_the_moments_and_the_key_but_never_the_phone()
    {
        var due = new DateTime(2026, 3, 5, 16, 30, 0);
        var doc = DossierReceiptDocument.Build(Received(new DateTime(2026, 3, 2, 9, 5, 0), new DateOnly(2026, 3, 5)), Birth,
            "Phường Trần Hưng Đạo", "https://motcua.example/tra-cuu?ma=x&khoa=y", due);

        Assert.Equal(("ỦY BAN NHÂN DÂN PHƯỜNG TRẦN HƯNG ĐẠO", "BỘ PHẬN MỘT CỬA", "Trần Hưng Đạo", new DateOnly(2026, 3, 2)),
            (doc.ParentBody, doc.IssuingBody, doc.Place, doc.Date));
        Assert.Equal("Mã hồ sơ: 000.00.21.H27-260302-0007", doc.Subject);
        Assert.Equal(
        [
            "Bộ phận Tiếp nhận và Trả kết quả Phường Trần Hưng Đạo tiếp nhận hồ sơ của: Trần Thị Mai.",
            "Nội dung yêu cầu giải quyết: Đăng ký khai sinh.",
            "Số lượng hồ sơ: 01 bộ.",
            "Thời gian giải quyết hồ sơ theo quy định: 03 ngày làm việc.",
            "Thời gian nhận hồ sơ: 09 giờ 05 phút, ngày 02 tháng 03 năm 2026.",
            "Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 30 phút, ngày 05 tháng 03 năm 2026.",
            "Khóa tra cứu: ABCD-EFGH-JKMN (giữ kín; người có khóa xem được tình trạng hồ sơ, không xem được thông tin cá nhân).",
        ], Paragraphs(doc));
        var qr = Assert.Single(doc.Body.OfType<Block.QrCode>());
        Assert.Equal("https://motcua.example/tra-cuu?ma=x&khoa=y", qr.Text);
        var everything = string.Join("\n", doc.Body.Select(b => b.ToString()).Append(doc.Subject!).Concat(doc.Recipients));
        Assert.DoesNotContain("0912", everything);
        Assert.DoesNotContain("345 678", everything);
    }

    [Theory]
    [InlineData(null, 8, false, "08 giờ làm việc")]
    [InlineData(null, null, true, "trong ngày")]
    [InlineData(15, null, false, "15 ngày làm việc")]
    public void The_statutory_time_is_printed_as_the_procedure_states_it(int? days, int? hours, bool sameDay, string printed)
    {
        var procedure = new Procedure { Code = "2.000908", Name = "Chứng thực", ProcessingDays = days, ProcessingHours = hours, SameDay = sameDay };
        var doc = DossierReceiptDocument.Build(Received(new DateTime(2026, 3, 2, 9, 0, 0)), procedure, "Xã Khúc Thừa Dụ", "https://x/tra-cuu", null);
        Assert.Contains($"Thời gian giải quyết hồ sơ theo quy định: {printed}.", Paragraphs(doc));
        Assert.Equal("Khúc Thừa Dụ", doc.Place);
    }

    [Fact]
    public void An_appointment_without_its_moment_gives_the_day_only_and_none_says_so()
    {
        var at = new DateTime(2026, 3, 2, 9, 0, 0);
        var dayOnly = DossierReceiptDocument.Build(Received(at, new DateOnly(2026, 3, 5)), Birth, "Phường Việt Hòa", "https://x", new DateTime(2026, 3, 6, 8, 0, 0));
        Assert.Contains("Thời gian trả kết quả giải quyết hồ sơ: ngày 05 tháng 03 năm 2026.", Paragraphs(dayOnly)); // the moment is of another day
        var none = DossierReceiptDocument.Build(Received(at), Birth, "Phường Việt Hòa", "https://x", null);
        Assert.Contains("Thời gian trả kết quả giải quyết hồ sơ: chưa xác định.", Paragraphs(none));
    }

    [Fact]
    public void A_nameless_applicant_is_addressed_politely_and_the_rating_code_comes_only_when_given()
    {
        var at = new DateTime(2026, 3, 2, 9, 0, 0);
        var plain = DossierReceiptDocument.Build(Received(at, name: null), Birth, "Thị trấn Đông Anh", "https://x/tra-cuu", null);
        Assert.StartsWith("Bộ phận Tiếp nhận và Trả kết quả Thị trấn Đông Anh tiếp nhận hồ sơ của: Ông/Bà.", Paragraphs(plain)[0]);
        Assert.Equal("Đông Anh", plain.Place);
        Assert.Single(plain.Body.OfType<Block.QrCode>());

        var rated = DossierReceiptDocument.Build(Received(at), Birth, "Thị trấn Đông Anh", "https://x/tra-cuu", null, "https://x/danh-gia?ma=1");
        Assert.Equal(["https://x/tra-cuu", "https://x/danh-gia?ma=1"], rated.Body.OfType<Block.QrCode>().Select(q => q.Text));
        Assert.Equal(["Người nộp hồ sơ;", "Lưu: BPMC."], rated.Recipients);
    }
}
