using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Accounts;

/// <summary>
/// What an administrator may see and pick: the accounts listed, the people and units offered as links, the tenants offered
/// in the form, and an update of an account's person, unit, name and e-mail.
/// </summary>
public sealed class AccountListingTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);

    /// <summary>Another commune of the same province, with one person and two units (one of them closed), and a historic district.</summary>
    private static async Task<(Guid Commune, Person Person, Unit Open)> NeighbourAsync(AccountSetup s)
    {
        await using var system = s.Db.OpenSystem();
        var neighbour = new Tenant { Code = "HP-LC", Name = "Phường Lê Chân", Kind = TenantKind.Commune, ParentId = s.Province };
        system.Tenants.AddRange(neighbour,
            new Tenant { Code = "HP-AD", Name = "Huyện An Dương", Kind = TenantKind.District, ParentId = s.Province, ValidTo = new DateOnly(2025, 6, 30) },
            new Tenant { Code = "HP-AB", Name = "Xã An Biên", Kind = TenantKind.Commune, ParentId = s.Province });
        await system.SaveChangesAsync();

        await using var db = s.Db.OpenFor(neighbour.Id);
        var person = new Person { FullName = "Đỗ Thị Hoa" };
        var open = new Unit { Name = "Văn phòng HĐND và UBND", Kind = UnitKind.Department };
        db.People.Add(person);
        db.Units.AddRange(open, new Unit { Name = "Ban Chỉ huy cũ", Kind = UnitKind.Department, IsActive = false });
        await db.SaveChangesAsync();
        return (neighbour.Id, person, open);
    }

    [Fact]
    public async Task Only_account_managers_see_a_list_and_a_commune_administrator_sees_only_the_own_communes_accounts()
    {
        await using var s = await AccountSetup.SeedAsync(Now);
        var (neighbour, hoa, office) = await NeighbourAsync(s);
        await s.OfficerAsync("tran.binh");
        await s.OfficerAsync("le.cuong", other: true);
        Ok(await s.Service().CreateAsync(AccountActor.Cli, new AccountInput("do.hoa", neighbour, hoa.Id, office.Id, [Roles.Officer])));
        Ok(await s.Service().CreateAsync(AccountActor.Cli, new AccountInput("sonv.an", s.Province, null, null, [Roles.ProvinceOfficer], "Phạm An")));

        Assert.Equal(["le.cuong", "tran.binh"], (await s.Service().ListAsync(s.Admin)).Select(r => r.UserName));
        // A commune administrator's filter for another commune does not widen the list: it narrows it to nothing.
        Assert.Empty(await s.Service().ListAsync(s.Admin, neighbour));
        // Anyone else who does not manage accounts sees nothing, even of their own commune.
        Assert.Empty(await s.Service().ListAsync(new AccountActor(Guid.NewGuid(), s.Db.TenantId, [Roles.Chairman, Roles.Officer])));

        Assert.Equal(["do.hoa", "le.cuong", "sonv.an", "tran.binh"], (await s.Service().ListAsync(AccountActor.Cli)).Select(r => r.UserName));
        var row = Assert.Single(await s.Service().ListAsync(AccountActor.Cli, neighbour));
        Assert.Equal(("do.hoa", "Đỗ Thị Hoa", "Phường Lê Chân", "Văn phòng HĐND và UBND", "Đỗ Thị Hoa", false, true),
            (row.UserName, row.FullName, row.TenantName, row.UnitName, row.PersonName, row.IsDisabled, row.MustChangePassword));

        var province = new AccountActor(Guid.NewGuid(), s.Province, [Roles.ProvinceAdmin]);
        Assert.Equal(["sonv.an"], (await s.Service().ListAsync(province)).Select(r => r.UserName));
    }

    [Fact]
    public async Task The_links_offered_are_the_tenants_people_and_open_units_and_nothing_outside_the_actors_reach()
    {
        await using var s = await AccountSetup.SeedAsync(Now);
        var (neighbour, hoa, office) = await NeighbourAsync(s);
        await s.Db.UnitAsync("Ban Chỉ huy Quân sự", active: false);
        await s.Db.UnitAsync("Công an phường");

        var (people, units) = await s.Service().LinkOptionsAsync(s.Admin, s.Db.TenantId);
        Assert.Equal(["Lê Văn Cường", "Trần Thị Bình"], people.Select(p => p.FullName));
        Assert.Equal(["Công an phường", "Phòng Kinh tế"], units.Select(u => u.Name));

        // The commune administrator asking for the neighbour gets nothing; the system administrator gets the neighbour's own.
        Assert.Equal((0, 0), ((await s.Service().LinkOptionsAsync(s.Admin, neighbour)).People.Count, (await s.Service().LinkOptionsAsync(s.Admin, neighbour)).Units.Count));
        var (theirPeople, theirUnits) = await s.Service().LinkOptionsAsync(AccountActor.Cli, neighbour);
        Assert.Equal([hoa.Id], theirPeople.Select(p => p.Id));
        Assert.Equal([office.Id], theirUnits.Select(u => u.Id));
    }

    [Fact]
    public async Task The_tenants_offered_are_provinces_then_communes_by_Vietnamese_name_never_a_district()
    {
        await using var s = await AccountSetup.SeedAsync(Now);
        await NeighbourAsync(s);

        Assert.Equal(["Thành phố Hải Phòng", "Phường Lê Chân", "Phường Trần Hưng Đạo", "Xã An Biên"],
            (await s.Service().ManageableTenantsAsync(AccountActor.Cli)).Select(t => t.Name));
        Assert.Equal(["Phường Trần Hưng Đạo"], (await s.Service().ManageableTenantsAsync(s.Admin)).Select(t => t.Name));
        Assert.Equal(["Thành phố Hải Phòng"],
            (await s.Service().ManageableTenantsAsync(new AccountActor(Guid.NewGuid(), s.Province, [Roles.ProvinceAdmin]))).Select(t => t.Name));
        Assert.Empty(await s.Service().ManageableTenantsAsync(new AccountActor(Guid.NewGuid(), s.Db.TenantId, [Roles.Chairman])));
    }

    [Fact]
    public async Task A_district_or_another_communes_people_and_units_cannot_be_given_to_an_account()
    {
        await using var s = await AccountSetup.SeedAsync(Now);
        var (neighbour, hoa, office) = await NeighbourAsync(s);
        Guid district;
        await using (var system = s.Db.OpenSystem())
        {
            district = await system.Tenants.Where(t => t.Kind == TenantKind.District).Select(t => t.Id).SingleAsync();
        }

        Refused(await s.Service().CreateAsync(AccountActor.Cli, new AccountInput("huyen.ad", district, null, null, [Roles.ProvinceOfficer], "Ngô An")),
            FailureKind.Invalid, "TenantId", "Không được quản lý tài khoản của đơn vị hành chính này.");
        Refused(await s.Service().CreateAsync(s.Admin, new AccountInput("tran.binh", null, hoa.Id, s.Unit.Id, [Roles.Officer])),
            FailureKind.Invalid, "PersonId", "Không tìm thấy cán bộ này trong danh sách cán bộ của Phường Trần Hưng Đạo.");
        Refused(await s.Service().CreateAsync(s.Admin, new AccountInput("tran.binh", null, s.Person.Id, office.Id, [Roles.Officer])),
            FailureKind.Invalid, "UnitId", "Không tìm thấy đơn vị này trong Phường Trần Hưng Đạo.");
        // The same person and unit are right for their own commune.
        Ok(await s.Service().CreateAsync(AccountActor.Cli, new AccountInput("do.hoa", neighbour, hoa.Id, office.Id, [Roles.Officer])));

        await using var db = s.Db.Open();
        Assert.Equal(["do.hoa"], await db.Users.Select(u => u.UserName).ToListAsync());
    }

    [Fact]
    public async Task An_update_moves_the_account_to_another_person_and_unit_and_keeps_sessions_when_the_roles_stay()
    {
        await using var s = await AccountSetup.SeedAsync(Now);
        var user = (await s.OfficerAsync("tran.binh")).User;
        var culture = await s.Db.UnitAsync("Phòng Văn hóa - Xã hội");
        var stamp = (await s.StoredAsync(user.Id)).SecurityStamp;

        Ok(await s.Service().UpdateAsync(s.Admin, user.Id, new AccountInput(null, null, s.Other.Id, culture.Id, [Roles.Officer], "Tên gõ tay", "  cuong@thd.gov.vn ")));
        var stored = await s.StoredAsync(user.Id);
        Assert.Equal(("Lê Văn Cường", s.Other.Id, culture.Id, "cuong@thd.gov.vn", stamp), (stored.FullName, stored.PersonId, stored.UnitId, stored.Email, stored.SecurityStamp));
        var row = (await s.Service().FindAsync(s.Admin, user.Id))!;
        Assert.Equal(("Phòng Văn hóa - Xã hội", "Lê Văn Cường"), (row.UnitName, row.PersonName));

        // The account keeps its own person on a later update; another account may not take that person.
        Ok(await s.Service().UpdateAsync(s.Admin, user.Id, new AccountInput(null, null, s.Other.Id, culture.Id, [Roles.Officer])));
        var second = (await s.OfficerAsync("tran.binh2")).User;
        Refused(await s.Service().UpdateAsync(s.Admin, second.Id, new AccountInput(null, null, s.Other.Id, s.Unit.Id, [Roles.Officer])),
            FailureKind.Invalid, "PersonId", "Cán bộ Lê Văn Cường đã có tài khoản.");
        Assert.Equal(s.Person.Id, (await s.StoredAsync(second.Id)).PersonId);
    }
}
