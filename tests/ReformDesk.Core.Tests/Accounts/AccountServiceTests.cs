using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Accounts;

/// <summary>Creating and changing accounts on a real SQLite database with the real Identity stores.</summary>
public sealed class AccountServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);
    private const string Commune = "Phường Trần Hưng Đạo";

    private static (FailureKind, string, string) Why<T>(OperationResult<T> result)
    {
        Assert.False(result.Succeeded);
        var e = Assert.Single(result.Errors);
        return (result.Failure, e.Key, e.Value);
    }

    [Theory]
    // user name, tenant (commune / province), person (person / other / unknown / none), unit (unit / unknown / none), roles, e-mail, field, message
    [InlineData("ab", "commune", "person", "unit", "Officer", null, "UserName", "Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang, bắt đầu bằng chữ hoặc số.")]
    [InlineData("_binh", "commune", "person", "unit", "Officer", null, "UserName", "Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang, bắt đầu bằng chữ hoặc số.")]
    [InlineData("bình", "commune", "person", "unit", "Officer", null, "UserName", "Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang, bắt đầu bằng chữ hoặc số.")]
    [InlineData("tran binh", "commune", "person", "unit", "Officer", null, "UserName", "Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang, bắt đầu bằng chữ hoặc số.")]
    [InlineData("binh", "province", "person", "unit", "Officer", null, "TenantId", "Không được quản lý tài khoản của đơn vị hành chính này.")]
    [InlineData("binh", "commune", "person", "unit", "", null, "Roles", "Chọn ít nhất một vai trò.")]
    [InlineData("binh", "commune", "person", "unit", " ", null, "Roles", "Chọn ít nhất một vai trò.")]
    [InlineData("binh", "commune", "person", "unit", "Officer,ProvinceOfficer", null, "Roles", $"Không được gán vai trò \"Cán bộ Sở Nội vụ (tỉnh)\" cho tài khoản của {Commune}.")]
    [InlineData("binh", "commune", "person", "unit", "SystemAdmin", null, "Roles", $"Không được gán vai trò \"Quản trị hệ thống\" cho tài khoản của {Commune}.")]
    [InlineData("binh", "commune", "none", "unit", "Officer", null, "PersonId", "Chọn cán bộ dùng tài khoản (thêm cán bộ ở trang Tổ chức → Cán bộ nếu chưa có).")]
    [InlineData("binh", "commune", "unknown", "unit", "Officer", null, "PersonId", $"Không tìm thấy cán bộ này trong danh sách cán bộ của {Commune}.")]
    [InlineData("binh", "commune", "person", "none", "Officer", null, "UnitId", "Chọn đơn vị công tác của tài khoản.")]
    [InlineData("binh", "commune", "person", "unknown", "Officer", null, "UnitId", $"Không tìm thấy đơn vị này trong {Commune}.")]
    [InlineData("binh", "commune", "person", "unit", "Officer", "binh@", "Email", "Địa chỉ thư điện tử \"binh@\" không hợp lệ.")]
    [InlineData("binh", "commune", "person", "unit", "Officer", "binh @x.vn", "Email", "Địa chỉ thư điện tử \"binh @x.vn\" không hợp lệ.")]
    public async Task A_commune_administrator_is_refused_a_wrong_account(string userName, string tenant, string person, string unit, string roles, string? email, string field, string message)
    {
        await using var s = await AccountSetup.SeedAsync(Now);
        var input = new AccountInput(userName, tenant == "province" ? s.Province : s.Db.TenantId,
            person switch { "person" => s.Person.Id, "other" => s.Other.Id, "unknown" => Guid.NewGuid(), _ => null },
            unit switch { "unit" => s.Unit.Id, "unknown" => Guid.NewGuid(), _ => null },
            roles.Split(','), null, email);
        Assert.Equal((FailureKind.Invalid, field, message), Why(await s.Service().CreateAsync(s.Admin, input)));
        await using var db = s.Db.Open();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task An_account_takes_its_persons_name_and_must_change_its_one_time_password()
    {
        await using var s = await AccountSetup.SeedAsync(Now);
        var created = await s.Service().CreateAsync(s.Admin,
            new AccountInput("  Tran.Binh ", null, s.Person.Id, s.Unit.Id, [Roles.Officer, Roles.DepartmentHead, Roles.Officer], "Tên gõ tay", " "));
        Assert.True(created.Succeeded, created.Message);
        var (user, password) = created.Value!;
        Assert.Equal(("tran.binh", "Trần Thị Bình", s.Db.TenantId, (string?)null, false, true), (user.UserName, user.FullName, user.TenantId, user.Email, user.EmailConfirmed, user.MustChangePassword));
        Assert.Equal(12, password.Length);

        var row = await s.Service().FindAsync(s.Admin, user.Id);
        Assert.Equal(("tran.binh", Commune, "Phòng Kinh tế", "Trần Thị Bình"), (row!.UserName, row.TenantName, row.UnitName, row.PersonName));
        Assert.Equal([Roles.DepartmentHead, Roles.Officer], row.Roles);

        // The name is taken (whatever its case), and the person has an account.
        Assert.Equal((FailureKind.Invalid, "UserName", "Tên đăng nhập \"tran.binh\" đã được dùng."),
            Why(await s.Service().CreateAsync(s.Admin, new AccountInput("TRAN.BINH", null, s.Other.Id, s.Unit.Id, [Roles.Officer]))));
        Assert.Equal((FailureKind.Invalid, "PersonId", "Cán bộ Trần Thị Bình đã có tài khoản."),
            Why(await s.Service().CreateAsync(s.Admin, new AccountInput("binh2", null, s.Person.Id, s.Unit.Id, [Roles.Officer]))));
    }

    [Fact]
    public async Task The_system_may_create_a_province_officer_without_person_or_unit_but_with_a_name()
    {
        await using var s = await AccountSetup.SeedAsync(Now);
        Assert.Equal((FailureKind.Invalid, "FullName", "Họ và tên là bắt buộc (tối đa 200 ký tự)."),
            Why(await s.Service().CreateAsync(AccountActor.Cli, new AccountInput("sonv.an", s.Province, null, null, [Roles.ProvinceOfficer], "  "))));
        Assert.Equal((FailureKind.Invalid, "FullName", "Họ và tên là bắt buộc (tối đa 200 ký tự)."),
            Why(await s.Service().CreateAsync(AccountActor.Cli, new AccountInput("sonv.an", s.Province, null, null, [Roles.ProvinceOfficer], new string('A', 201)))));
        Assert.Equal((FailureKind.Invalid, "Roles", "Không được gán vai trò \"Cán bộ Bộ phận một cửa\" cho tài khoản của Thành phố Hải Phòng."),
            Why(await s.Service().CreateAsync(AccountActor.Cli, new AccountInput("sonv.an", s.Province, null, null, [Roles.OneStopShopStaff], "Phạm An"))));

        var created = await s.Service().CreateAsync(AccountActor.Cli, new AccountInput("sonv.an", s.Province, null, null, [Roles.ProvinceOfficer], " Phạm An ", "an@sonv.gov.vn"));
        Assert.True(created.Succeeded, created.Message);
        Assert.Equal(("Phạm An", s.Province, "an@sonv.gov.vn", true), (created.Value!.User.FullName, created.Value.User.TenantId, created.Value.User.Email, created.Value.User.EmailConfirmed));

        // A commune's administrator neither sees nor lists it.
        Assert.Null(await s.Service().FindAsync(s.Admin, created.Value.User.Id));
        Assert.Empty(await s.Service().ListAsync(s.Admin));
        Assert.Equal(["sonv.an"], (await s.Service().ListAsync(AccountActor.Cli)).Select(r => r.UserName));
    }

    [Fact]
    public async Task Roles_are_changed_but_an_administrator_cannot_drop_their_own()
    {
        await using var s = await AccountSetup.SeedAsync(Now);
        var admin = (await s.Service().CreateAsync(s.Admin, new AccountInput("quantri", null, s.Person.Id, s.Unit.Id, [Roles.CommuneAdmin, Roles.Officer]))).Value!.User;
        var self = new AccountActor(admin.Id, s.Db.TenantId, [Roles.CommuneAdmin]);

        Assert.Equal((FailureKind.Invalid, "Roles", "Không thể tự bỏ quyền quản trị của chính mình; hãy nhờ một quản trị viên khác."),
            Why(await s.Service().UpdateAsync(self, admin.Id, new AccountInput(null, null, s.Person.Id, s.Unit.Id, [Roles.Officer]))));

        var updated = await s.Service().UpdateAsync(self, admin.Id, new AccountInput(null, null, s.Person.Id, s.Unit.Id, [Roles.CommuneAdmin, Roles.Supervisor]));
        Assert.True(updated.Succeeded, updated.Message);
        Assert.Equal([Roles.CommuneAdmin, Roles.Supervisor], (await s.Service().FindAsync(self, admin.Id))!.Roles);

        // Another administrator may take it away.
        var removed = await s.Service().UpdateAsync(s.Admin, admin.Id, new AccountInput(null, null, s.Person.Id, s.Unit.Id, [Roles.Officer]));
        Assert.True(removed.Succeeded, removed.Message);
        Assert.Equal([Roles.Officer], (await s.Service().FindAsync(s.Admin, admin.Id))!.Roles);
        Assert.Equal((FailureKind.NotFound, "", "Không tìm thấy tài khoản."),
            Why(await s.Service().UpdateAsync(s.Admin, Guid.NewGuid(), new AccountInput(null, null, s.Person.Id, s.Unit.Id, [Roles.Officer]))));
    }

    [Theory]
    // actor roles, home (commune / province / elsewhere), target tenant, manages?
    [InlineData(Roles.SystemAdmin, "elsewhere", "commune", true)]
    [InlineData(Roles.SystemAdmin, "elsewhere", "province", true)]
    [InlineData(Roles.CommuneAdmin, "commune", "commune", true)]
    [InlineData(Roles.CommuneAdmin, "commune", "province", false)]
    [InlineData(Roles.ProvinceAdmin, "province", "province", true)]
    [InlineData(Roles.ProvinceAdmin, "province", "commune", false)]
    [InlineData(Roles.Chairman, "commune", "commune", false)]
    public async Task Who_manages_which_tenant(string role, string home, string target, bool manages)
    {
        await using var s = await AccountSetup.SeedAsync(Now);
        Guid Id(string t) => t switch { "commune" => s.Db.TenantId, "province" => s.Province, _ => Guid.NewGuid() };
        var actor = new AccountActor(Guid.NewGuid(), Id(home), [role]);
        Assert.Equal(manages, s.Service().CanManageTenant(actor, Id(target)));
    }
}
