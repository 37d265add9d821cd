using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Accounts;

/// <summary>An account after its creation: disable, enable, unlock, password reset by an administrator, the owner's own change, and ending sessions.</summary>
public sealed class AccountLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);

    private static (FailureKind, string, string) Why<T>(OperationResult<T> result)
    {
        Assert.False(result.Succeeded);
        var e = Assert.Single(result.Errors);
        return (result.Failure, e.Key, e.Value);
    }

    [Fact]
    public async Task Disabling_stamps_the_time_once_and_ends_sessions_enabling_keeps_them()
    {
        await using var s = await AccountSetup.SeedAsync(Now);
        var user = (await s.OfficerAsync("tran.binh")).User;
        var stamp = (await s.StoredAsync(user.Id)).SecurityStamp;

        s.Db.Clock.Advance(TimeSpan.FromHours(2));
        var disabled = await s.Service().DisableAsync(s.Admin, user.Id);
        Assert.True(disabled.Succeeded, disabled.Message);
        var stored = await s.StoredAsync(user.Id);
        Assert.Equal(((DateTime?)Now.UtcDateTime.AddHours(2), true), (stored.DisabledAtUtc, stored.IsDisabled));
        Assert.NotEqual(stamp, stored.SecurityStamp);

        // Disabled again later: the first time stays.
        s.Db.Clock.Advance(TimeSpan.FromDays(1));
        Assert.True((await s.Service().DisableAsync(s.Admin, user.Id)).Succeeded);
        Assert.Equal(Now.UtcDateTime.AddHours(2), (await s.StoredAsync(user.Id)).DisabledAtUtc);

        stamp = (await s.StoredAsync(user.Id)).SecurityStamp;
        Assert.True((await s.Service().EnableAsync(s.Admin, user.Id)).Succeeded);
        stored = await s.StoredAsync(user.Id);
        Assert.Equal(((DateTime?)null, false, stamp), (stored.DisabledAtUtc, stored.IsDisabled, stored.SecurityStamp));
    }

    [Fact]
    public async Task An_administrator_cannot_disable_their_own_account()
    {
        await using var s = await AccountSetup.SeedAsync(Now);
        var admin = (await s.Service().CreateAsync(s.Admin, new AccountInput("quantri", null, s.Person.Id, s.Unit.Id, [Roles.CommuneAdmin]))).Value!.User;
        var self = new AccountActor(admin.Id, s.Db.TenantId, [Roles.CommuneAdmin]);

        Assert.Equal((FailureKind.Invalid, "", "Không thể tự khóa tài khoản của chính mình."), Why(await s.Service().DisableAsync(self, admin.Id)));
        Assert.False((await s.StoredAsync(admin.Id)).IsDisabled);
    }

    public static TheoryData<string> Changes => ["disable", "enable", "unlock", "reset"];

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Accounts_outside_the_actors_reach_are_not_found_and_stay_as_they_were(string change)
    {
        await using var s = await AccountSetup.SeedAsync(Now);
        var created = await s.OfficerAsync("tran.binh");
        var before = await s.StoredAsync(created.User.Id);
        var actors = new[]
        {
            new AccountActor(Guid.NewGuid(), s.Province, [Roles.ProvinceAdmin]),
            new AccountActor(Guid.NewGuid(), Guid.NewGuid(), [Roles.CommuneAdmin]),
            new AccountActor(Guid.NewGuid(), s.Db.TenantId, [Roles.Chairman]),
        };

        foreach (var actor in actors)
        {
            foreach (var id in new[] { created.User.Id, Guid.NewGuid() })
            {
                var service = s.Service();
                var why = change switch
                {
                    "disable" => Why(await service.DisableAsync(actor, id)),
                    "enable" => Why(await service.EnableAsync(actor, id)),
                    "unlock" => Why(await service.UnlockAsync(actor, id)),
                    _ => Why(await service.ResetPasswordAsync(actor, id)),
                };
                Assert.Equal((FailureKind.NotFound, "", "Không tìm thấy tài khoản."), why);
            }
        }

        var after = await s.StoredAsync(created.User.Id);
        Assert.Equal((before.SecurityStamp, before.PasswordHash, before.DisabledAtUtc), (after.SecurityStamp, after.PasswordHash, after.DisabledAtUtc));
        Assert.True(await s.PasswordWorksAsync(created.User.Id, created.OneTimePassword));
    }

    [Fact]
    public async Task Unlocking_clears_an_old_lockout_and_the_failure_count_without_ending_sessions()
    {
        await using var s = await AccountSetup.SeedAsync(Now);
        var user = (await s.OfficerAsync("tran.binh")).User;
        await using (var db = s.Db.Open())
        {
            var stored = await db.Users.SingleAsync(u => u.Id == user.Id);
            stored.LockoutEnd = Now.AddDays(30);
            stored.AccessFailedCount = 5;
            await db.SaveChangesAsync();
        }

        var stamp = (await s.StoredAsync(user.Id)).SecurityStamp;
        // The system administrator reaches every commune.
        Assert.True((await s.Service().UnlockAsync(AccountActor.Cli, user.Id)).Succeeded);
        var after = await s.StoredAsync(user.Id);
        Assert.Equal(((DateTimeOffset?)null, 0, stamp), (after.LockoutEnd, after.AccessFailedCount, after.SecurityStamp));
    }

    [Fact]
    public async Task A_reset_gives_a_new_one_time_password_ends_sessions_and_asks_for_a_change()
    {
        await using var s = await AccountSetup.SeedAsync(Now);
        var created = await s.OfficerAsync("tran.binh");
        var changed = await s.Service().ChangeOwnPasswordAsync(created.User.Id, created.OneTimePassword, "Hoa-Sen-2026", "Hoa-Sen-2026");
        Assert.True(changed.Succeeded, changed.Message);
        var stamp = (await s.StoredAsync(created.User.Id)).SecurityStamp;
        Assert.False((await s.StoredAsync(created.User.Id)).MustChangePassword);

        var reset = await s.Service().ResetPasswordAsync(s.Admin, created.User.Id);
        Assert.True(reset.Succeeded, reset.Message);
        var password = reset.Value!.OneTimePassword;
        Assert.Equal(12, password.Length);
        Assert.NotEqual(created.OneTimePassword, password);
        var stored = await s.StoredAsync(created.User.Id);
        Assert.True(stored.MustChangePassword);
        Assert.NotEqual(stamp, stored.SecurityStamp);
        Assert.True(await s.PasswordWorksAsync(created.User.Id, password));
        Assert.False(await s.PasswordWorksAsync(created.User.Id, "Hoa-Sen-2026"));

        // The reset is in the audit log, without the hash.
        await using var db = s.Db.Open();
        var last = await db.AuditEntries.Where(a => a.Entity == nameof(AppUser) && a.EntityId == created.User.Id.ToString()).OrderBy(a => a.Sequence).LastAsync();
        Assert.Equal((AuditAction.Update, s.Db.TenantId), (last.Action, last.TenantId));
        Assert.Contains("\"PasswordHash\":\"***\"", last.After);
        Assert.Contains("\"MustChangePassword\":true", last.After);
        Assert.DoesNotContain(stored.PasswordHash!, last.After);
    }

    public static TheoryData<string?, string?, string?, string, string> OwnChangeRefusals => new()
    {
        // current, new, confirmation, field, message ("otp" stands for the right one-time password)
        { null, "Hoa-Sen-2026", "Hoa-Sen-2026", "CurrentPassword", "Vui lòng nhập mật khẩu hiện tại." },
        { "otp", "", "", "NewPassword", "Vui lòng nhập mật khẩu mới." },
        { "otp", "Hoa-Sen-2026", "Hoa-Sen-2027", "ConfirmPassword", "Mật khẩu nhập lại không khớp với mật khẩu mới." },
        { "otp", "otp", "otp", "NewPassword", "Mật khẩu mới phải khác mật khẩu hiện tại." },
        { "Sai-Mat-Khau-1", "Hoa-Sen-2026", "Hoa-Sen-2026", "CurrentPassword", "Mật khẩu hiện tại không đúng." },
    };

    [Theory]
    [MemberData(nameof(OwnChangeRefusals))]
    public async Task The_owners_change_is_refused_with_the_field_to_correct(string? current, string? next, string? confirm, string field, string message)
    {
        await using var s = await AccountSetup.SeedAsync(Now);
        var created = await s.OfficerAsync("tran.binh");
        string? Real(string? text) => text == "otp" ? created.OneTimePassword : text;

        Assert.Equal((FailureKind.Invalid, field, message), Why(await s.Service().ChangeOwnPasswordAsync(created.User.Id, Real(current), Real(next), Real(confirm))));
        Assert.True((await s.StoredAsync(created.User.Id)).MustChangePassword);
        Assert.True(await s.PasswordWorksAsync(created.User.Id, created.OneTimePassword));
    }

    [Fact]
    public async Task A_new_password_must_meet_the_rules_and_a_disabled_or_unknown_account_cannot_change()
    {
        await using var s = await AccountSetup.SeedAsync(Now);
        var created = await s.OfficerAsync("tran.binh");
        var (kind, field, _) = Why(await s.Service().ChangeOwnPasswordAsync(created.User.Id, created.OneTimePassword, "ngan", "ngan"));
        Assert.Equal((FailureKind.Invalid, "NewPassword"), (kind, field));

        Assert.True((await s.Service().DisableAsync(s.Admin, created.User.Id)).Succeeded);
        Assert.Equal((FailureKind.NotFound, "", "Không tìm thấy tài khoản."),
            Why(await s.Service().ChangeOwnPasswordAsync(created.User.Id, created.OneTimePassword, "Hoa-Sen-2026", "Hoa-Sen-2026")));
        Assert.Equal((FailureKind.NotFound, "", "Không tìm thấy tài khoản."),
            Why(await s.Service().ChangeOwnPasswordAsync(Guid.NewGuid(), "Hoa-Sen-2026", "Hoa-Sen-2027", "Hoa-Sen-2027")));
        Assert.True(await s.PasswordWorksAsync(created.User.Id, created.OneTimePassword));
    }

    [Fact]
    public async Task Signing_out_everywhere_renews_the_stamp_of_that_account_only()
    {
        await using var s = await AccountSetup.SeedAsync(Now);
        var mine = (await s.OfficerAsync("tran.binh")).User;
        var other = (await s.OfficerAsync("le.cuong", other: true)).User;
        var (mineBefore, otherBefore) = ((await s.StoredAsync(mine.Id)).SecurityStamp, (await s.StoredAsync(other.Id)).SecurityStamp);

        await s.Service().EndSessionsAsync(mine.Id);
        await s.Service().EndSessionsAsync(Guid.NewGuid());

        Assert.NotEqual(mineBefore, (await s.StoredAsync(mine.Id)).SecurityStamp);
        Assert.Equal(otherBefore, (await s.StoredAsync(other.Id)).SecurityStamp);
    }
}
