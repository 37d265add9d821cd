using ReformDesk.Core.CitizenVoice;
using Xunit;

namespace ReformDesk.Core.Tests.CitizenVoice;

public sealed class PersonalDataTests
{
    private static Feedback Sample() => FeedbackLifecycleTests.InStatus(FeedbackStatus.Answered);

    [Fact]
    public void The_public_draft_removes_name_phone_email_and_address()
    {
        var f = Sample();
        var text = "Tôi là Nguyễn Văn An, ở Số 5 ngõ 12, gọi 0912.345.678 hoặc +84 912 345 678, thư an@example.vn";
        var cleaned = PersonalData.Remove(text, f);
        Assert.DoesNotContain("Nguyễn Văn An", cleaned);
        Assert.DoesNotContain("Số 5 ngõ 12", cleaned);
        Assert.DoesNotContain("345", cleaned);
        Assert.DoesNotContain("@", cleaned);
        Assert.Null(PersonalData.Find(cleaned, f));
        Assert.Equal("họ tên người phản ánh", PersonalData.Find("ông nguyen van an", f));
    }

    [Fact]
    public void Masks_keep_only_initials_and_the_phone_ends()
    {
        Assert.Equal("N. V. A.", PersonalData.MaskName("Nguyễn Văn An"));
        Assert.Equal("091*****78", PersonalData.MaskPhone("0912 345 678"));
    }

    [Theory]
    [InlineData("0912345678", true)]
    [InlineData("+84 912 345 678", true)]
    [InlineData("091234", false)]
    [InlineData("1912345678", false)]
    [InlineData("024 3826 1234", true)]
    [InlineData("0236 3822 111", true)]
    [InlineData("024 3826 12345", false)]
    public void Phone_numbers_are_checked(string phone, bool valid) => Assert.Equal(valid, FeedbackText.IsPhone(phone));

    [Theory]
    [InlineData("Gọi 024 3826 1234 giờ hành chính")]
    [InlineData("Gọi 024.3826.1234")]
    [InlineData("Gọi (024) 3826 1234")]
    [InlineData("Gọi +84 24 3826 1234")]
    [InlineData("Gọi 028 3829 5555")]
    [InlineData("Gọi 0236 3822 111")]
    [InlineData("Gọi (0236) 3822 111")]
    [InlineData("Gọi 0236.3822.111")]
    [InlineData("Gọi 02363822111")]
    [InlineData("Gọi 0987 654 321")]
    [InlineData("Gọi 0987.654.321")]
    [InlineData("Gọi +84 987 654 321")]
    [InlineData("Gọi 0987654321")]
    public void Any_landline_or_mobile_number_is_found_even_when_it_is_not_the_citizens(string text) =>
        Assert.Equal("số điện thoại", PersonalData.Find(text, Sample())); // the citizen's own phone is 0912345678

    [Theory]
    [InlineData("Ngày 05.03.2026 đã thay bóng đèn")]
    [InlineData("Phản ánh PA-100001 năm 2026")]
    [InlineData("Kinh phí 1.500.000 đồng cho 12 bóng")]
    [InlineData("Tổ 024 có 38 hộ")]
    public void Dates_codes_amounts_and_short_numbers_are_not_phones(string text) => Assert.Null(PersonalData.Find(text, Sample()));

    [Fact]
    public void Landlines_are_masked_in_the_public_draft_like_mobiles()
    {
        Assert.Equal("Gọi *** hoặc ***, di động ***.", PersonalData.Remove("Gọi 024 3826 1234 hoặc (0236) 3822 111, di động 0987.654.321.", Sample()));
        Assert.Equal("Liên hệ *** (trực ban).", PersonalData.Remove("Liên hệ +84 24 3826 1234 (trực ban).", Sample()));
    }

    [Theory]
    [InlineData("024 3826 1234", "02438261234", "024******34")]
    [InlineData("+84 24 3826 1234", "02438261234", "024******34")]
    [InlineData("0236 3822 111", "02363822111", "023******11")]
    [InlineData("+84 912 345 678", "0912345678", "091*****78")]
    [InlineData("84912345678", "0912345678", "091*****78")]
    public void Phone_digits_and_masks_of_landlines_and_mobiles(string phone, string digits, string masked)
    {
        Assert.Equal(digits, FeedbackText.PhoneDigits(phone));
        Assert.True(FeedbackText.IsPhone(phone));
        Assert.Equal(masked, PersonalData.MaskPhone(phone));
    }

    [Fact]
    public void Search_ignores_diacritics() => Assert.Equal("dang ky khai sinh", FeedbackText.Fold("  Đăng   ký khai sinh "));

    [Fact]
    public void The_name_and_address_are_removed_whatever_their_case()
    {
        var cleaned = PersonalData.Remove("Ông NGUYỄN VĂN AN ở số 5 NGÕ 12 xin trả lời.", Sample());
        Assert.Equal("Ông *** ở *** xin trả lời.", cleaned);
    }

    [Theory]
    [InlineData("Gửi về an.nguyen@ubnd.hanoi.gov.vn nhé", "Gửi về *** nhé")]
    [InlineData("thư: a_b-c+d@mail-server.com.vn.", "thư: ***.")]
    [InlineData("Hai thư x@y.vn và z@w.org", "Hai thư *** và ***")]
    public void Every_email_address_is_found_and_masked_whole(string text, string masked)
    {
        Assert.Equal("thư điện tử", PersonalData.Find(text, Sample()));
        Assert.Equal(masked, PersonalData.Remove(text, Sample()));
    }

    [Theory]
    [InlineData("Hộp thư @ubnd chưa có", null)]
    [InlineData("tên miền ubnd.gov.vn", null)]
    [InlineData("a@b.c", null)]
    public void Half_an_address_is_not_an_email(string text, string? found) => Assert.Equal(found, PersonalData.Find(text, Sample()));

    [Fact]
    public void A_long_hostile_text_is_read_through_without_giving_up()
    {
        // Long runs that a backtracking e-mail pattern retries from every position: letters and dots with stray @ signs.
        var hostile = string.Concat(Enumerable.Repeat("aaaa.aaaa@aaaa.", 20_000)) + "1";
        Assert.Equal("thư điện tử", PersonalData.Find(hostile + " x@y.vn", Sample()));
        Assert.DoesNotContain("x@y.vn", PersonalData.Remove(hostile + " x@y.vn", Sample()));
    }
}
