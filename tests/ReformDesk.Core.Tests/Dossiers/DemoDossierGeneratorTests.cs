using ReformDesk.Core.Dossiers;

namespace ReformDesk.Core.Tests.Dossiers;

public sealed class DemoDossierGeneratorTests
{
    private static readonly Guid Office = Guid.NewGuid(), Economy = Guid.NewGuid(), Police = Guid.NewGuid(), Culture = Guid.NewGuid(), Justice = Guid.NewGuid();

    [Fact]
    public void Demo_dossiers_go_to_the_office_that_handles_their_field_as_the_seeds_name_it()
    {
        // Trần Hưng Đạo's units, as its plan writes them.
        IReadOnlyList<(Guid, string)> ward =
        [
            (Culture, "Phòng Văn hóa – Xã hội"), (Office, "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường"),
            (Economy, "Phòng Kinh tế, Hạ tầng và Đô thị"), (Police, "Công an phường"),
        ];
        Assert.Equal(Office, DemoDossierGenerator.UnitFor("Chứng thực", ward));
        Assert.Equal(Office, DemoDossierGenerator.UnitFor("Hộ tịch", ward));
        Assert.Equal(Police, DemoDossierGenerator.UnitFor("Đăng ký, quản lý cư trú", ward));
        Assert.Equal(Economy, DemoDossierGenerator.UnitFor("Đất đai", ward));
        Assert.Equal(Economy, DemoDossierGenerator.UnitFor("Hoạt động xây dựng", ward));
        Assert.Equal(Culture, DemoDossierGenerator.UnitFor("Bảo trợ xã hội", ward));

        // Hải Hòa (2024) still had a justice officer; a field nobody handles stays at the one-stop desk (null).
        IReadOnlyList<(Guid, string)> old = [(Justice, "Tư pháp - Hộ tịch"), (Office, "Công chức Văn phòng - Thống kê")];
        Assert.Equal(Justice, DemoDossierGenerator.UnitFor("Hộ tịch", old));
        Assert.Null(DemoDossierGenerator.UnitFor("Đăng ký, quản lý cư trú", old));
        Assert.Null(DemoDossierGenerator.UnitFor(null, old));
    }
}
