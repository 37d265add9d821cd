using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans.Import;
using Xunit;

namespace ReformDesk.Core.Tests.Plans.Import;

public sealed class CollectiveUnitsTests
{
    [Theory]
    [InlineData("Các phòng, ban, ngành, đơn vị", CollectiveKind.AllUnits)]
    [InlineData("Các phòng, ban, ngành, đơn vị liên quan", CollectiveKind.RelatedUnits)]
    [InlineData("Các phòng, ban, đơn vị có liên quan", CollectiveKind.RelatedUnits)]
    [InlineData("các đơn vị có liên quan", CollectiveKind.RelatedUnits)]
    [InlineData("Đơn vị liên quan", CollectiveKind.RelatedUnits)]
    [InlineData("cơ quan có liên quan", CollectiveKind.RelatedUnits)]
    [InlineData("Các phòng, ban", CollectiveKind.AllDepartments)]
    [InlineData("Các phòng chuyên môn", CollectiveKind.AllDepartments)]
    [InlineData("Các phòng chuyên môn thuộc UBND phường", CollectiveKind.AllDepartments)]
    [InlineData("Các cơ quan chuyên môn thuộc xã", CollectiveKind.AllDepartments)]
    [InlineData("Các cơ quan, đơn vị", CollectiveKind.AllUnits)]
    [InlineData("các bộ phận, đơn vị thuộc phường", CollectiveKind.AllUnits)]
    [InlineData("các ban, ngành, đoàn thể", CollectiveKind.AllUnits)]
    [InlineData("Các ban, ngành, đoàn thể, các khu phố", CollectiveKind.AllUnits)]
    [InlineData("các tổ chức chính trị - xã hội", CollectiveKind.MassOrganisations)]
    [InlineData("Các hội, đoàn thể", CollectiveKind.MassOrganisations)]
    [InlineData("các đoàn thể", CollectiveKind.MassOrganisations)]
    [InlineData("đoàn thể", CollectiveKind.MassOrganisations)]
    [InlineData("các khu phố", CollectiveKind.ResidentialGroups)]
    [InlineData("các thôn, tổ dân phố", CollectiveKind.ResidentialGroups)]
    [InlineData("Các Tổ trưởng tổ dân phố", CollectiveKind.ResidentialGroups)]
    [InlineData("các thôn", CollectiveKind.ResidentialGroups)]
    [InlineData("các đơn vị sự nghiệp", CollectiveKind.PublicServiceUnits)]
    [InlineData("các đơn vị sự nghiệp công lập trong lĩnh vực GD và ĐT", CollectiveKind.PublicServiceUnits)]
    [InlineData("Các trường học trên địa bàn", CollectiveKind.PublicServiceUnits)]
    public void Recognises_collective_phrases(string text, CollectiveKind expected)
    {
        Assert.Equal(expected, CollectiveUnits.Recognise(text));
    }

    [Theory]
    [InlineData("Phòng Văn hóa - Xã hội")]
    [InlineData("Văn phòng HĐND và UBND")]
    [InlineData("Công an xã")]
    [InlineData("Ban Chỉ huy Quân sự xã")]
    [InlineData("Ủy ban MTTQ Việt Nam xã")]
    [InlineData("Trung tâm Phục vụ hành chính công")]
    [InlineData("Tổ dân phố số 3")]
    [InlineData("Hội Cựu chiến binh")]
    [InlineData("")]
    [InlineData(null)]
    public void A_unit_is_not_a_collective(string? text)
    {
        Assert.Null(CollectiveUnits.Recognise(text));
    }

    [Theory]
    [InlineData("ngành", true)]
    [InlineData("đơn vị", true)]
    [InlineData("tổ công nghệ số cộng đồng", true)]
    [InlineData("các phòng, ban", false)]
    [InlineData("Phòng Kinh tế", false)]
    [InlineData("UBND phường", false)]
    public void Lowercase_text_that_is_no_collective_is_a_fragment(string text, bool fragment)
    {
        Assert.Equal(fragment, CollectiveUnits.IsFragment(text));
    }

    [Fact]
    public void Each_group_stands_for_its_kinds_of_unit_and_related_units_for_none()
    {
        Assert.Equal([UnitKind.Department], CollectiveUnits.Members(CollectiveKind.AllDepartments));
        Assert.Equal([UnitKind.ResidentialGroup], CollectiveUnits.Members(CollectiveKind.ResidentialGroups));
        Assert.Contains(UnitKind.Police, CollectiveUnits.Members(CollectiveKind.AllUnits));
        Assert.Empty(CollectiveUnits.Members(CollectiveKind.RelatedUnits));
    }

    [Fact]
    public void Stored_form_round_trips_and_ignores_unknown_names()
    {
        var stored = CollectiveUnits.Store([CollectiveKind.RelatedUnits, CollectiveKind.AllDepartments, CollectiveKind.RelatedUnits]);

        Assert.Equal("AllDepartments,RelatedUnits", stored);
        Assert.Equal([CollectiveKind.AllDepartments, CollectiveKind.RelatedUnits], CollectiveUnits.Read(stored));
        Assert.Equal([CollectiveKind.AllUnits], CollectiveUnits.Read("AllUnits,Nonsense"));
        Assert.Empty(CollectiveUnits.Read(null));
    }
}
