using ReformDesk.Core.Accounts;

namespace ReformDesk.Core.Tests.Accounts;

public sealed class OneTimePasswordTests
{
    [Fact]
    public void Every_one_time_password_meets_the_password_rules_and_avoids_look_alikes()
    {
        var passwords = Enumerable.Range(0, 2000).Select(_ => OneTimePassword.Generate()).ToList();
        Assert.All(passwords, p =>
        {
            Assert.Equal(12, p.Length);
            Assert.Contains(p, char.IsUpper);
            Assert.Contains(p, char.IsLower);
            Assert.Contains(p, char.IsDigit);
            Assert.Contains(p, c => !char.IsLetterOrDigit(c));
            Assert.DoesNotContain(p, c => "0O1lI".Contains(c));
        });
        Assert.Equal(passwords.Count, passwords.Distinct().Count());
    }

    [Fact]
    public void Role_lists_are_consistent()
    {
        Assert.All(Roles.CommuneRoles.Concat(Roles.ProvinceRoles).Concat(Roles.AccountManagers), r => Assert.Contains(r, Roles.All));
        Assert.DoesNotContain(Roles.SystemAdmin, Roles.CommuneRoles);
        Assert.DoesNotContain(Roles.SystemAdmin, Roles.ProvinceRoles);
        Assert.All(Roles.All, r => Assert.NotEqual(r, Roles.Vietnamese(r)));
    }
}
