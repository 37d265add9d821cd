using System.Security.Claims;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Accounts;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Accounts.Users;

/// <summary>Accounts administration as JSON: the same <see cref="AccountService"/> and rules as the pages.</summary>
public static class UsersApi
{
    public sealed record AccountDto(
        Guid Id, string UserName, string FullName, Guid TenantId, string TenantName, string? UnitName, string? PersonName,
        IReadOnlyList<string> Roles, IReadOnlyList<string> RoleNames, bool IsDisabled, bool MustChangePassword)
    {
        public static AccountDto From(AccountRow r) => new(r.Id, r.UserName, r.FullName, r.TenantId, r.TenantName, r.UnitName, r.PersonName,
            r.Roles, r.Roles.Select(ReformDesk.Core.Accounts.Roles.Vietnamese).ToList(), r.IsDisabled, r.MustChangePassword);
    }

    public sealed record AccountBody(string? UserName, Guid? TenantId, Guid? PersonId, Guid? UnitId, string[]? Roles, string? FullName, string? Email)
    {
        public AccountInput ToInput() => new(UserName, TenantId, PersonId, UnitId, Roles ?? [], FullName, Email);
    }

    public static void MapUsersApi(this RouteGroupBuilder api)
    {
        // Accounts belong to the administrator's own commune or province, not to the commune being viewed.
        var users = api.MapGroup("/users").RequireAuthorization(Policies.AccountManage).AllowReadOnlyTenant();
        users.MapGet("/", async (Guid? tenantId, ClaimsPrincipal user, AccountService accounts, CancellationToken ct) =>
            (await accounts.ListAsync(user.ToAccountActor(), tenantId, ct)).Select(AccountDto.From));

        users.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, AccountService accounts, CancellationToken ct) =>
            await accounts.FindAsync(user.ToAccountActor(), id, ct) is { } row ? Results.Ok(AccountDto.From(row)) : Results.NotFound());

        users.MapPost("/", async (AccountBody body, ClaimsPrincipal user, AccountService accounts, CancellationToken ct) =>
        {
            var actor = user.ToAccountActor();
            var result = await accounts.CreateAsync(actor, body.ToInput(), ct);
            if (!result.Succeeded)
            {
                return ApiOutcome.Problem(result);
            }

            var row = (await accounts.FindAsync(actor, result.Value!.User.Id, ct))!;
            return Results.Created($"/api/users/{row.Id}", new { account = AccountDto.From(row), oneTimePassword = result.Value.OneTimePassword });
        });

        users.MapPut("/{id:guid}", async (Guid id, AccountBody body, ClaimsPrincipal user, AccountService accounts, CancellationToken ct) =>
            await Respond(user, accounts, id, await accounts.UpdateAsync(user.ToAccountActor(), id, body.ToInput(), ct), ct));

        users.MapPost("/{id:guid}/disable", async (Guid id, ClaimsPrincipal user, AccountService accounts, CancellationToken ct) =>
            await Respond(user, accounts, id, await accounts.DisableAsync(user.ToAccountActor(), id, ct), ct));

        users.MapPost("/{id:guid}/enable", async (Guid id, ClaimsPrincipal user, AccountService accounts, CancellationToken ct) =>
            await Respond(user, accounts, id, await accounts.EnableAsync(user.ToAccountActor(), id, ct), ct));

        users.MapPost("/{id:guid}/unlock", async (Guid id, ClaimsPrincipal user, AccountService accounts, SignInThrottle throttle, CancellationToken ct) =>
        {
            var result = await accounts.UnlockAsync(user.ToAccountActor(), id, ct);
            if (result.Succeeded)
            {
                throttle.ForgetAccount(result.Value!.UserName!);
            }

            return await Respond(user, accounts, id, result, ct);
        });

        users.MapPost("/{id:guid}/reset-password", async (Guid id, ClaimsPrincipal user, AccountService accounts, CancellationToken ct) =>
        {
            var result = await accounts.ResetPasswordAsync(user.ToAccountActor(), id, ct);
            return result.Succeeded ? Results.Ok(new { oneTimePassword = result.Value!.OneTimePassword }) : ApiOutcome.Problem(result);
        });
    }

    private static async Task<IResult> Respond(ClaimsPrincipal user, AccountService accounts, Guid id, OperationResult<AppUser> result, CancellationToken ct) =>
        result.Succeeded ? Results.Ok(AccountDto.From((await accounts.FindAsync(user.ToAccountActor(), id, ct))!)) : ApiOutcome.Problem(result);
}
