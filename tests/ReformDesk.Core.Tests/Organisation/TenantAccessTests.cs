using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Core.Tests.Organisation;

public sealed class TenantAccessTests
{
    private static readonly Tenant HaiPhong = new() { Code = "HP", Name = "Thành phố Hải Phòng", Kind = TenantKind.Province };
    private static readonly Tenant QuangNinh = new() { Code = "QN", Name = "Tỉnh Quảng Ninh", Kind = TenantKind.Province };
    private static readonly Tenant MongCai = new() { Code = "QN-MC", Name = "Thành phố Móng Cái", Kind = TenantKind.District, ParentId = QuangNinh.Id };
    private static readonly Tenant VietHoa = new() { Code = "HP-VH", Name = "Phường Việt Hòa", Kind = TenantKind.Commune, ParentId = HaiPhong.Id };
    private static readonly Tenant TranHungDao = new() { Code = "HP-THD", Name = "Phường Trần Hưng Đạo", Kind = TenantKind.Commune, ParentId = HaiPhong.Id };
    private static readonly Tenant HaiHoa = new() { Code = "QN-HH", Name = "Phường Hải Hòa", Kind = TenantKind.Commune, ParentId = MongCai.Id };
    private static readonly IReadOnlyList<Tenant> Registry = [HaiPhong, QuangNinh, MongCai, VietHoa, TranHungDao, HaiHoa];

    [Fact]
    public void Commune_staff_stay_on_their_commune_whatever_they_request()
    {
        var grant = TenantAccess.Resolve(VietHoa.Id, [Roles.Chairman], TranHungDao.Id, Registry);
        Assert.Equal(new TenantGrant(VietHoa.Id, false), grant);
    }

    [Fact]
    public void Province_officers_see_their_province_read_only_through_a_district()
    {
        Assert.Equal([TranHungDao.Id, VietHoa.Id], TenantAccess.AccessibleCommunes(HaiPhong.Id, [Roles.ProvinceOfficer], Registry).Select(t => t.Id));
        Assert.Equal([HaiHoa.Id], TenantAccess.AccessibleCommunes(QuangNinh.Id, [Roles.ProvinceOfficer], Registry).Select(t => t.Id));
        Assert.Equal(new TenantGrant(VietHoa.Id, true), TenantAccess.Resolve(HaiPhong.Id, [Roles.ProvinceOfficer], VietHoa.Id, Registry));
        // A commune of another province is not granted; the first of their own is.
        Assert.Equal(new TenantGrant(TranHungDao.Id, true), TenantAccess.Resolve(HaiPhong.Id, [Roles.ProvinceOfficer], HaiHoa.Id, Registry));
    }

    [Fact]
    public void Province_account_administrators_read_their_province_like_its_officers()
    {
        Assert.Equal([TranHungDao.Id, VietHoa.Id], TenantAccess.AccessibleCommunes(HaiPhong.Id, [Roles.ProvinceAdmin], Registry).Select(t => t.Id));
        Assert.Equal(new TenantGrant(VietHoa.Id, true), TenantAccess.Resolve(HaiPhong.Id, [Roles.ProvinceAdmin], VietHoa.Id, Registry));
    }

    [Fact]
    public void Commune_administrators_stay_on_their_commune()
    {
        Assert.Equal(new TenantGrant(VietHoa.Id, false), TenantAccess.Resolve(VietHoa.Id, [Roles.CommuneAdmin], HaiHoa.Id, Registry));
    }

    [Fact]
    public void System_admins_may_act_on_any_commune()
    {
        Assert.Equal(3, TenantAccess.AccessibleCommunes(VietHoa.Id, [Roles.SystemAdmin], Registry).Count);
        Assert.Equal(new TenantGrant(HaiHoa.Id, false), TenantAccess.Resolve(VietHoa.Id, [Roles.SystemAdmin], HaiHoa.Id, Registry));
    }

    [Fact]
    public void An_account_without_a_commune_gets_nothing()
    {
        Assert.Null(TenantAccess.Resolve(HaiPhong.Id, [Roles.Officer], null, Registry));
    }

    [Fact]
    public void Province_of_walks_through_the_former_district()
    {
        Assert.Equal(QuangNinh.Id, TenantAccess.ProvinceOf(HaiHoa.Id, Registry));
        Assert.Null(TenantAccess.ProvinceOf(Guid.NewGuid(), Registry));
    }

    [Fact]
    public void A_tenure_covers_the_years_it_spans()
    {
        var tenure = new PositionTenure { FromYear = 2021, ToYear = 2025 };
        Assert.True(tenure.CoversYear(2021));
        Assert.True(tenure.CoversYear(2025));
        Assert.False(tenure.CoversYear(2026));
        Assert.True(new PositionTenure { FromYear = 2026 }.CoversYear(2030));
    }
}
