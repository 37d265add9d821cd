using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Accounts;

/// <summary>Accounts administration on each real database: who manages whom, one-time passwords, and sessions ending on change.</summary>
public abstract class AccountAdminTests(AppFixture fixture)
{
    private AppFactory App => fixture.App;

    private (Tenant Mine, Tenant Other) Communes => App.TwoCommunesOfOneProvince();

    private Guid ProvinceOf(Tenant commune) => TenantAccess.ProvinceOf(commune.Id, App.Registry())!.Value;

    private AppUser Stored(Guid id) => App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Users.AsNoTracking().Single(u => u.Id == id));

    [Fact]
    public async Task A_commune_administrator_creates_an_account_that_must_change_its_one_time_password_and_sees_only_its_commune()
    {
        var (mine, other) = Communes;
        var admin = await App.SignInAsync(App.UserName(Roles.CommuneAdmin, mine.Id));
        var (personId, fullName, unitId, _) = App.PersonAndUnit(mine.Id);
        var (id, userName, password) = await admin.CreateAccountAsync(null, personId, unitId, Roles.Officer);

        var stored = Stored(id);
        Assert.Equal(mine.Id, stored.TenantId);
        Assert.Equal(personId, stored.PersonId);
        Assert.Equal(unitId, stored.UnitId);
        Assert.Equal(fullName, stored.FullName);
        Assert.True(stored.MustChangePassword);

        // Signed in with the one-time password, nothing but the change-password page is reachable.
        var user = App.Anonymous();
        var login = await AppFactory.PostLoginAsync(user, userName, password);
        Assert.Equal("/Account/ChangePassword", login.Headers.Location!.OriginalString);
        var home = await user.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/Account/ChangePassword", home.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await user.GetAsync("/Plans")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/me")).StatusCode);

        // A refused change says why, in Vietnamese, naming the field.
        var mismatch = await AccountTestSupport.ChangePasswordAsync(user, password, AccountTestSupport.NewPassword, "KhacHoanToan@1");
        Assert.Contains("Mật khẩu nhập lại không khớp với mật khẩu mới.", await mismatch.Content.ReadAsStringAsync());
        var weak = await AccountTestSupport.ChangePasswordAsync(user, password, "ngan");
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", await weak.Content.ReadAsStringAsync());

        var change = await AccountTestSupport.ChangePasswordAsync(user, password, AccountTestSupport.NewPassword);
        Assert.Contains("Đã đổi mật khẩu", await change.Content.ReadAsStringAsync());
        Assert.False(Stored(id).MustChangePassword);

        var me = await (await user.GetAsync("/api/me")).JsonAsync();
        Assert.Equal(mine.Id, me.GetProperty("tenant").GetProperty("id").GetGuid());
        Assert.Equal([Roles.Officer], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
        var page = await user.GetStringAsync("/");
        Assert.Contains(mine.Name, page);
        Assert.DoesNotContain(other.Name, page);
        Assert.DoesNotContain("name=\"tenantId\"", page);

        // The one-time password no longer works; the new one does.
        Assert.Equal(HttpStatusCode.OK, (await AppFactory.PostLoginAsync(App.Anonymous(), userName, password)).StatusCode);
        Assert.Equal("/", (await AppFactory.PostLoginAsync(App.Anonymous(), userName, AccountTestSupport.NewPassword)).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_commune_administrator_cannot_reach_accounts_people_or_roles_outside_the_commune()
    {
        var (mine, other) = Communes;
        var admin = await App.SignInAsync(App.UserName(Roles.CommuneAdmin, mine.Id));
        var victimName = App.UserName(Roles.Chairman, other.Id);
        var victim = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Users.AsNoTracking().Single(u => u.UserName == victimName));
        var stampBefore = victim.SecurityStamp;

        var list = await (await admin.GetAsync("/api/users")).JsonAsync();
        Assert.NotEmpty(list.EnumerateArray());
        Assert.All(list.EnumerateArray(), a => Assert.Equal(mine.Id, a.GetProperty("tenantId").GetGuid()));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/users/{victim.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Admin/Users/{victim.Id}")).StatusCode);
        foreach (var action in new[] { "disable", "enable", "unlock", "reset-password" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await admin.CallAsync(HttpMethod.Post, $"/api/users/{victim.Id}/{action}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await admin.CallAsync(HttpMethod.Put, $"/api/users/{victim.Id}", new { roles = new[] { Roles.Officer } })).StatusCode);
        var after = Stored(victim.Id);
        Assert.Equal(stampBefore, after.SecurityStamp);
        Assert.False(after.IsDisabled);

        var (otherPerson, _, otherUnit, _) = App.PersonAndUnit(other.Id);
        var (minePerson, _, mineUnit, _) = App.PersonAndUnit(mine.Id);
        var intoOther = await admin.CallAsync(HttpMethod.Post, "/api/users", new { userName = "xam.nhap", tenantId = other.Id, personId = otherPerson, unitId = otherUnit, roles = new[] { Roles.Officer } });
        Assert.Equal(HttpStatusCode.BadRequest, intoOther.StatusCode);
        Assert.Contains("Không được quản lý tài khoản của đơn vị hành chính này.", await intoOther.Content.ReadAsStringAsync());

        var foreignPerson = await admin.CallAsync(HttpMethod.Post, "/api/users", new { userName = "xam.nhap", personId = otherPerson, unitId = mineUnit, roles = new[] { Roles.Officer } });
        Assert.Equal(HttpStatusCode.BadRequest, foreignPerson.StatusCode);
        Assert.Contains("PersonId", await foreignPerson.Content.ReadAsStringAsync());

        foreach (var role in new[] { Roles.SystemAdmin, Roles.ProvinceOfficer })
        {
            var tooMuch = await admin.CallAsync(HttpMethod.Post, "/api/users", new { userName = "xam.nhap", personId = minePerson, unitId = mineUnit, roles = new[] { role } });
            Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
            var refusal = await tooMuch.Content.ReadAsStringAsync();
            Assert.Contains("Không được gán vai trò", refusal);
            Assert.Contains(Roles.Vietnamese(role), refusal);
        }

        Assert.False(App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Users.Any(u => u.UserName == "xam.nhap")));
    }

    [Fact]
    public async Task A_province_administrator_manages_the_officers_of_the_province_and_nothing_else()
    {
        var (mine, _) = Communes;
        var province = ProvinceOf(mine);
        var admin = await App.SignInAsync(App.UserName(Roles.ProvinceAdmin, province));
        var (id, userName, password) = await admin.CreateAccountAsync(null, null, null, Roles.ProvinceOfficer);
        Assert.Equal(province, Stored(id).TenantId);

        var list = await (await admin.GetAsync("/api/users")).JsonAsync();
        Assert.All(list.EnumerateArray(), a => Assert.Equal(province, a.GetProperty("tenantId").GetGuid()));
        Assert.Contains(list.EnumerateArray(), a => a.GetProperty("userName").GetString() == userName);

        var communeUser = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Users.AsNoTracking().First(u => u.TenantId == mine.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.CallAsync(HttpMethod.Post, $"/api/users/{communeUser.Id}/reset-password")).StatusCode);
        var communeRole = await admin.CallAsync(HttpMethod.Post, "/api/users", new { userName = "tinh.xa", roles = new[] { Roles.Chairman }, fullName = "Thử" });
        Assert.Equal(HttpStatusCode.BadRequest, communeRole.StatusCode);

        // The new officer sees the province's communes, read-only, once the password is changed.
        var officer = await App.FirstSignInAsync(userName, password);
        var me = await (await officer.GetAsync("/api/me")).JsonAsync();
        Assert.True(me.GetProperty("readOnly").GetBoolean());
    }

    [Fact]
    public async Task The_system_administrator_manages_every_account()
    {
        var (_, other) = Communes;
        var admin = await App.SignInAsync("admin");
        var all = await (await admin.GetAsync("/api/users")).JsonAsync();
        Assert.True(all.EnumerateArray().Select(a => a.GetProperty("tenantId").GetGuid()).Distinct().Count() >= 3);

        var (personId, _, unitId, _) = App.PersonAndUnit(other.Id);
        var (id, _, _) = await admin.CreateAccountAsync(other.Id, personId, unitId, Roles.CommuneAdmin);
        Assert.Equal(other.Id, Stored(id).TenantId);

        var page = await admin.GetStringAsync("/Admin/Users");
        Assert.Contains("Tạo tài khoản", page);
        Assert.Contains(other.Name, page);
    }

    [Fact]
    public async Task Disabling_ends_every_session_and_refuses_sign_in_until_enabled()
    {
        var (mine, _) = Communes;
        var admin = await App.SignInAsync(App.UserName(Roles.CommuneAdmin, mine.Id));
        var (personId, _, unitId, _) = App.PersonAndUnit(mine.Id);
        var (id, userName, password) = await admin.CreateAccountAsync(null, personId, unitId, Roles.Supervisor);
        var user = await App.FirstSignInAsync(userName, password);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.CallAsync(HttpMethod.Post, $"/api/users/{id}/disable")).StatusCode);
        Assert.True((await user.GetAsync("/")).IsLoginRedirect());
        var refused = await AppFactory.PostLoginAsync(App.Anonymous(), userName, AccountTestSupport.NewPassword);
        Assert.Contains("Tài khoản đã bị khóa", await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await admin.CallAsync(HttpMethod.Post, $"/api/users/{id}/enable")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostLoginAsync(App.Anonymous(), userName, AccountTestSupport.NewPassword)).StatusCode);

        // Nobody locks themselves out.
        var self = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Users.AsNoTracking().Single(u => u.UserName == App.UserName(Roles.CommuneAdmin, mine.Id)));
        var selfDisable = await admin.CallAsync(HttpMethod.Post, $"/api/users/{self.Id}/disable");
        Assert.Equal(HttpStatusCode.BadRequest, selfDisable.StatusCode);
        Assert.Contains("Không thể tự khóa", await selfDisable.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_password_reset_ends_sessions_and_hands_out_a_one_time_password()
    {
        var (mine, _) = Communes;
        var admin = await App.SignInAsync(App.UserName(Roles.CommuneAdmin, mine.Id));
        var (personId, _, unitId, _) = App.PersonAndUnit(mine.Id);
        var (id, userName, password) = await admin.CreateAccountAsync(null, personId, unitId, Roles.Officer);
        var user = await App.FirstSignInAsync(userName, password);

        var reset = await (await admin.CallAsync(HttpMethod.Post, $"/api/users/{id}/reset-password")).JsonAsync();
        var oneTime = reset.GetProperty("oneTimePassword").GetString()!;
        Assert.NotEqual(password, oneTime);
        Assert.True((await user.GetAsync("/")).IsLoginRedirect());
        Assert.Equal(HttpStatusCode.OK, (await AppFactory.PostLoginAsync(App.Anonymous(), userName, AccountTestSupport.NewPassword)).StatusCode);
        await App.FirstSignInAsync(userName, oneTime);
    }

    [Fact]
    public async Task Changing_roles_ends_the_sessions_and_the_next_sign_in_carries_the_new_roles()
    {
        var (mine, _) = Communes;
        var admin = await App.SignInAsync(App.UserName(Roles.CommuneAdmin, mine.Id));
        var (personId, _, unitId, _) = App.PersonAndUnit(mine.Id);
        var (id, userName, password) = await admin.CreateAccountAsync(null, personId, unitId, Roles.Officer);
        var user = await App.FirstSignInAsync(userName, password);
        Assert.Equal(HttpStatusCode.Redirect, (await user.GetAsync("/Admin/Audit")).StatusCode);

        var update = await admin.CallAsync(HttpMethod.Put, $"/api/users/{id}", new { personId, unitId, roles = new[] { Roles.Chairman } });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.True((await user.GetAsync("/")).IsLoginRedirect());

        var again = await App.SignInAsync(userName, AccountTestSupport.NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/Admin/Audit")).StatusCode);
        var audit = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().AuditEntries.AsNoTracking()
            .Count(a => a.Entity == nameof(AppUser) && a.EntityId == id.ToString()));
        Assert.True(audit >= 3, $"only {audit} audit entries for the account");
    }

    [Fact]
    public async Task The_create_page_keeps_what_was_typed_and_names_the_missing_field()
    {
        var (mine, _) = Communes;
        var admin = await App.SignInAsync(App.UserName(Roles.CommuneAdmin, mine.Id));
        var form = await admin.GetStringAsync("/Admin/Users/New");
        Assert.Contains("Cán bộ dùng tài khoản", form);
        var response = await admin.PostAsync("/Admin/Users/New", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "nhap.do",
            ["SelectedRoles"] = Roles.Officer,
            ["Email"] = "nhap.do@xa.gov.vn",
            ["__RequestVerificationToken"] = AppFactory.FormToken(form),
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Chọn cán bộ dùng tài khoản", body);
        Assert.Contains("value=\"nhap.do\"", body);
        Assert.Contains("value=\"nhap.do@xa.gov.vn\"", body);

        var (personId, fullName, unitId, _) = App.PersonAndUnit(mine.Id);
        var created = await admin.PostAsync("/Admin/Users/New", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "nhap.do",
            ["PersonId"] = personId.ToString(),
            ["UnitId"] = unitId.ToString(),
            ["SelectedRoles"] = Roles.Officer,
            ["__RequestVerificationToken"] = AppFactory.FormToken(form),
        }));
        var page = await created.Content.ReadAsStringAsync();
        Assert.Contains("Mật khẩu một lần", page);
        Assert.Contains(fullName, page);
    }

    [Theory]
    [InlineData(Roles.Chairman)]
    [InlineData(Roles.ReformSecretariat)]
    [InlineData(Roles.Officer)]
    [InlineData(Roles.ProvinceOfficer)]
    public async Task Roles_without_account_administration_are_refused(string role)
    {
        var (mine, _) = Communes;
        var client = await App.SignInAsync(App.UserName(role, role == Roles.ProvinceOfficer ? ProvinceOf(mine) : mine.Id));
        var page = await client.GetAsync("/Admin/Users");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Account/AccessDenied", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.CallAsync(HttpMethod.Post, "/api/users", new { userName = "khong.duoc", roles = new[] { Roles.Officer } })).StatusCode);
    }
}

public sealed class SqliteAccountAdminTests(SqliteApp fixture) : AccountAdminTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresAccountAdminTests(PostgresApp fixture) : AccountAdminTests(fixture), IClassFixture<PostgresApp>;
