using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Core.Tests.Organisation;

/// <summary>
/// The tenant switcher's edge cases: Vietnamese alphabetical order of the communes offered, the commune chosen when none is
/// asked for, and registries whose parent chain is broken, circular or too deep (a misconfigured tenant must grant nothing).
/// </summary>
public sealed class TenantAccessEdgeTests
{
    private static readonly Tenant HaiPhong = new() { Code = "HP", Name = "Thành phố Hải Phòng", Kind = TenantKind.Province };
    // Ordinal order would put "Bắc Sơn" before "Ân Thi" and "Đằng Giang" after "Đông Hải"; Vietnamese order does not.
    private static readonly Tenant BacSon = Commune("HP-BS", "Phường Bắc Sơn", HaiPhong.Id);
    private static readonly Tenant AnThi = Commune("HP-AT", "Phường Ân Thi", HaiPhong.Id);
    private static readonly Tenant DongHai = Commune("HP-DH", "Phường Đông Hải", HaiPhong.Id);
    private static readonly Tenant DangGiang = Commune("HP-DG", "Phường Đằng Giang", HaiPhong.Id);
    private static readonly Tenant Orphan = Commune("XX-01", "Xã Mồ Côi", null);
    private static readonly IReadOnlyList<Tenant> Registry = [HaiPhong, BacSon, AnThi, DongHai, DangGiang, Orphan];

    private static Tenant Commune(string code, string name, Guid? parent) => new() { Code = code, Name = name, Kind = TenantKind.Commune, ParentId = parent };

    [Fact]
    public void A_province_officer_is_offered_the_communes_in_Vietnamese_alphabetical_order()
    {
        Assert.Equal(["Phường Ân Thi", "Phường Bắc Sơn", "Phường Đằng Giang", "Phường Đông Hải"],
            TenantAccess.AccessibleCommunes(HaiPhong.Id, [Roles.ProvinceOfficer], Registry).Select(t => t.Name));
    }

    [Fact]
    public void A_system_administrator_is_offered_every_commune_including_one_without_a_province_in_the_same_order()
    {
        Assert.Equal(["Phường Ân Thi", "Phường Bắc Sơn", "Phường Đằng Giang", "Phường Đông Hải", "Xã Mồ Côi"],
            TenantAccess.AccessibleCommunes(Guid.NewGuid(), [Roles.SystemAdmin], Registry).Select(t => t.Name));
    }

    [Theory]
    [InlineData(Roles.ProvinceOfficer, true)]
    [InlineData(Roles.SystemAdmin, false)]
    public void Without_a_request_the_first_commune_in_that_order_is_opened(string role, bool readOnly)
    {
        Assert.Equal(new TenantGrant(AnThi.Id, readOnly), TenantAccess.Resolve(HaiPhong.Id, [role], null, Registry));
    }

    [Fact]
    public void Commune_staff_whose_commune_is_not_in_the_registry_get_nothing()
    {
        Assert.Null(TenantAccess.Resolve(Guid.NewGuid(), [Roles.Chairman], BacSon.Id, Registry));
    }

    [Fact]
    public void A_commune_without_a_province_belongs_to_none_and_no_officer_sees_it()
    {
        Assert.Null(TenantAccess.ProvinceOf(Orphan.Id, Registry));
        Assert.DoesNotContain(TenantAccess.AccessibleCommunes(HaiPhong.Id, [Roles.ProvinceOfficer], Registry), t => t.Id == Orphan.Id);
    }

    [Fact]
    public void A_province_is_its_own_province()
    {
        Assert.Equal(HaiPhong.Id, TenantAccess.ProvinceOf(HaiPhong.Id, Registry));
    }

    [Fact]
    public void A_circular_parent_chain_ends_without_a_province_instead_of_looping()
    {
        var a = new Tenant { Code = "A", Name = "Huyện A", Kind = TenantKind.District };
        var b = new Tenant { Code = "B", Name = "Huyện B", Kind = TenantKind.District, ParentId = a.Id };
        a.ParentId = b.Id;
        var commune = Commune("C", "Xã C", a.Id);

        Assert.Null(TenantAccess.ProvinceOf(commune.Id, [a, b, commune]));
    }

    [Theory]
    // commune → districts → province: found within five steps, not beyond
    [InlineData(3, true)]
    [InlineData(4, false)]
    public void The_province_is_looked_for_at_most_five_levels_up(int districts, bool found)
    {
        var province = new Tenant { Code = "P", Name = "Tỉnh P", Kind = TenantKind.Province };
        var chain = new List<Tenant> { province };
        for (var i = 0; i < districts; i++)
        {
            chain.Add(new Tenant { Code = $"D{i}", Name = $"Cấp {i}", Kind = TenantKind.District, ParentId = chain[^1].Id });
        }

        var commune = Commune("C", "Xã C", chain[^1].Id);
        chain.Add(commune);

        Assert.Equal(found ? province.Id : null, TenantAccess.ProvinceOf(commune.Id, chain));
    }
}
