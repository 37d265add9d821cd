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
    public void Phone_numbers_are_checked(string phone, bool valid) => Assert.Equal(valid, FeedbackText.IsPhone(phone));

    [Fact]
    public void Search_ignores_diacritics() => Assert.Equal("dang ky khai sinh", FeedbackText.Fold("  Đăng   ký khai sinh "));
}
