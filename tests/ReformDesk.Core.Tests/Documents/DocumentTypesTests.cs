using ReformDesk.Core.Documents;

namespace ReformDesk.Core.Tests.Documents;

public class DocumentTypesTests
{
    [Theory]
    [InlineData(DocumentType.Plan, "KẾ HOẠCH", "KH")]
    [InlineData(DocumentType.Decision, "QUYẾT ĐỊNH", "QĐ")]
    [InlineData(DocumentType.Submission, "TỜ TRÌNH", "TTr")]
    [InlineData(DocumentType.Minutes, "BIÊN BẢN", "BB")]
    [InlineData(DocumentType.Report, "BÁO CÁO", "BC")]
    [InlineData(DocumentType.Regulation, "QUY ĐỊNH", "QyĐ")]
    [InlineData(DocumentType.Programme, "CHƯƠNG TRÌNH", "CTr")]
    [InlineData(DocumentType.Scheme, "ĐỀ ÁN", "ĐA")]
    [InlineData(DocumentType.Invitation, "GIẤY MỜI", "GM")]
    [InlineData(DocumentType.Certificate, "GIẤY KHEN", "GK")]
    public void Names_and_abbreviations(DocumentType type, string name, string abbreviation)
    {
        Assert.Equal(name, type.VietnameseName());
        Assert.Equal(abbreviation, type.Abbreviation());
    }

    [Fact]
    public void Official_letter_has_neither_name_nor_abbreviation()
    {
        Assert.Null(DocumentType.OfficialLetter.VietnameseName());
        Assert.Null(DocumentType.OfficialLetter.Abbreviation());
        Assert.False(DocumentType.OfficialLetter.HasTypeName());
    }

    [Fact]
    public void Every_other_type_has_a_capitalised_name_and_a_unique_abbreviation()
    {
        var typed = Enum.GetValues<DocumentType>().Where(t => t != DocumentType.OfficialLetter).ToList();
        foreach (var type in typed)
        {
            var name = type.VietnameseName();
            Assert.False(string.IsNullOrWhiteSpace(name));
            Assert.Equal(name.ToUpperInvariant(), name);
            Assert.False(string.IsNullOrWhiteSpace(type.Abbreviation()));
        }

        Assert.Equal(typed.Count, typed.Select(t => t.Abbreviation()).Distinct(StringComparer.Ordinal).Count());
    }
}
