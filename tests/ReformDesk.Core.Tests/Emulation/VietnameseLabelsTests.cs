using ReformDesk.Core.Emulation.Rules;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

public class VietnameseLabelsTests
{
    [Theory]
    [InlineData("Xuất sắc", ReformRating.XuatSac)]
    [InlineData(" tốt ", ReformRating.Tot)]
    [InlineData("Khá", ReformRating.Kha)]
    [InlineData("Trung  bình", ReformRating.TrungBinh)]
    [InlineData("Yếu", ReformRating.Yeu)]
    public void Parses_reform_ratings(string text, ReformRating expected) =>
        Assert.Equal(expected, VietnameseLabels.ParseRating(text));

    [Theory]
    [InlineData("Hoàn thành xuất sắc nhiệm vụ", AppraisalResult.HoanThanhXuatSac)]
    [InlineData("Hoàn thành tốt nhiệm vụ", AppraisalResult.HoanThanhTot)]
    [InlineData("Hoàn thành nhiệm vụ", AppraisalResult.HoanThanh)]
    [InlineData("Không hoàn thành", AppraisalResult.KhongHoanThanh)]
    public void Parses_appraisals(string text, AppraisalResult expected) =>
        Assert.Equal(expected, VietnameseLabels.ParseAppraisal(text));

    [Fact]
    public void Parses_decomposed_unicode_and_rejects_unknown_labels()
    {
        Assert.Equal(ReformRating.Kha, VietnameseLabels.ParseRating("Kha\u0301"));
        Assert.Throws<FormatException>(() => VietnameseLabels.ParseRating("Giỏi"));
    }
}
