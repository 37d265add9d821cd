using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Core.Tests.Emulation;

public sealed class AwardWordingTests
{
    [Theory]
    [InlineData(0, 1, "1 cá nhân", "cá nhân")]
    [InlineData(2, 0, "2 tập thể", "tập thể")]
    [InlineData(1, 3, "1 tập thể và 3 cá nhân", "tập thể, cá nhân")]
    public void Counts_and_subjects_agree_with_who_is_awarded(int collectives, int individuals, string count, string whom)
    {
        Assert.Equal(count, EmulationDocuments.Count(collectives, individuals));
        Assert.Equal(whom, EmulationDocuments.Whom(collectives, individuals));
    }

    [Theory]
    [InlineData(LocalityType.Ward, "Giấy khen của Chủ tịch Ủy ban nhân dân phường")]
    [InlineData(LocalityType.Commune, "Giấy khen của Chủ tịch Ủy ban nhân dân xã")]
    [InlineData(LocalityType.SpecialZone, "Giấy khen của Chủ tịch Ủy ban nhân dân đặc khu")]
    public void The_commune_award_names_the_communes_own_type(LocalityType type, string expected)
    {
        Assert.Equal(expected, AwardCatalogue.NameOf(AwardKind.GiayKhenChuTichXa, type));
        Assert.Contains("xã/phường", AwardCatalogue.NameOf(AwardKind.GiayKhenChuTichXa), StringComparison.Ordinal);
    }
}
