using ReformDesk.Core.Documents;

namespace ReformDesk.Core.Tests.Documents;

public class DocumentNumbersTests
{
    [Theory]
    [InlineData(5, DocumentType.Plan, "Số: 05/KH-UBND")]
    [InlineData(1, DocumentType.Decision, "Số: 01/QĐ-UBND")]
    [InlineData(9, DocumentType.Submission, "Số: 09/TTr-UBND")]
    [InlineData(10, DocumentType.Minutes, "Số: 10/BB-UBND")]
    [InlineData(123, DocumentType.Decision, "Số: 123/QĐ-UBND")]
    [InlineData(45, DocumentType.Report, "Số: 45/BC-UBND")]
    [InlineData(7, DocumentType.Regulation, "Số: 07/QyĐ-UBND")]
    public void Pads_numbers_under_ten_and_joins_type_and_issuer(int number, DocumentType type, string expected) =>
        Assert.Equal(expected, DocumentNumbers.Format(number, type, "UBND"));

    [Fact]
    public void Official_letter_has_no_type_abbreviation_but_the_drafting_unit()
    {
        Assert.Equal("Số: 12/UBND-VP", DocumentNumbers.Format(12, DocumentType.OfficialLetter, "UBND", "VP"));
        Assert.Equal("Số: 03/UBND-VHXH", DocumentNumbers.Format(3, DocumentType.OfficialLetter, "UBND", "VHXH"));
        Assert.Equal("Số: 12/UBND", DocumentNumbers.Format(12, DocumentType.OfficialLetter, "UBND"));
        Assert.DoesNotContain("CV", DocumentNumbers.Format(12, DocumentType.OfficialLetter, "UBND", "VP"), StringComparison.Ordinal);
    }

    [Fact]
    public void Drafting_unit_is_ignored_for_typed_documents() =>
        Assert.Equal("Số: 05/KH-UBND", DocumentNumbers.Format(5, DocumentType.Plan, "UBND", "VP"));

    [Fact]
    public void Missing_number_leaves_a_blank_for_the_clerk()
    {
        Assert.Equal("Số:      /KH-UBND", DocumentNumbers.Format(null, DocumentType.Plan, "UBND"));
        Assert.Equal("Số:      /UBND-VP", DocumentNumbers.Format(null, DocumentType.OfficialLetter, "UBND", "VP"));
    }

    [Fact]
    public void Other_issuers_are_used_as_given() =>
        Assert.Equal("Số: 02/BB-HĐTĐKT", DocumentNumbers.Format(2, DocumentType.Minutes, "HĐTĐKT"));

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Rejects_numbers_below_one(int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentNumbers.Format(number, DocumentType.Plan, "UBND"));

    [Fact]
    public void Rejects_an_empty_issuer() =>
        Assert.ThrowsAny<ArgumentException>(() => DocumentNumbers.Format(1, DocumentType.Plan, " "));
}
