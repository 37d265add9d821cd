using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Cli;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Accounts;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Accounts;

/// <summary>A fresh install without demo data: the commands the start-up prints create the first administrator, on each database.</summary>
public sealed partial class AccountCliTests
{
    private const string Cli = "dotnet run --project src/ReformDesk.Cli --";

    private static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var code = await CliProgram.RunAsync(args, output);
        return (code, output.ToString());
    }

    /// <summary>Splits a printed command line the way a shell would (double quotes group words).</summary>
    private static string[] ShellWords(string line) =>
        WordPattern().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Value).ToArray();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_printed_commands_create_the_first_administrator_who_must_change_the_password(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var help = FirstAccountHelp.Text(hasTenants: false, database.Options);
        var commands = help.Split(Environment.NewLine).Select(l => l.Trim()).Where(l => l.StartsWith(Cli, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, commands.Count);
        Assert.Contains("users add admin --role Admin", commands[1]);

        // The web start that printed the hint has created the database; the CLI refuses to invent one.
        Assert.Equal(0, (await RunAsync(["migrate", "--provider", provider.ToString(), "--connection", database.Options.ConnectionString])).Code);
        string? password = null;
        foreach (var command in commands)
        {
            var words = ShellWords(command[Cli.Length..]).ToList();
            if (provider == DatabaseProvider.Postgres)
            {
                // The printed Postgres command leaves the connection string to the reader; the test fills it in.
                words[words.IndexOf("--connection") + 1] = database.Options.ConnectionString;
            }

            var (code, output) = await RunAsync([.. words]);
            Assert.True(code == 0, $"{command} → {code}: {output}");
            password = PasswordPattern().Match(output) is { Success: true } m ? m.Groups[1].Value : password;
        }

        Assert.NotNull(password);
        var cs = new[] { "--provider", provider.ToString(), "--connection", database.Options.ConnectionString };
        var (_, list) = await RunAsync(["users", "list", .. cs]);
        Assert.Matches(@"admin\s+chờ đổi mật khẩu", list);

        await using (var app = new AppFactory(database.Options, configure: b => b.UseSetting("Demo:Enabled", "false")))
        {
            var client = app.Anonymous();
            var login = await AppFactory.PostLoginAsync(client, "admin", password!);
            Assert.Equal("/Account/ChangePassword", login.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.OK, (await AccountTestSupport.ChangePasswordAsync(client, password!, AccountTestSupport.NewPassword)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/Users")).StatusCode);

            Assert.Equal(0, (await RunAsync(["users", "disable", "admin", .. cs])).Code);
            Assert.True((await client.GetAsync("/")).IsLoginRedirect());
            Assert.Contains("Tài khoản đã bị khóa", await (await AppFactory.PostLoginAsync(app.Anonymous(), "admin", AccountTestSupport.NewPassword)).Content.ReadAsStringAsync());
            Assert.Equal(0, (await RunAsync(["users", "enable", "admin", .. cs])).Code);

            var (code, reset) = await RunAsync(["users", "reset-password", "admin", .. cs]);
            Assert.Equal(0, code);
            var oneTime = PasswordPattern().Match(reset).Groups[1].Value;
            Assert.Equal(HttpStatusCode.OK, (await AppFactory.PostLoginAsync(app.Anonymous(), "admin", AccountTestSupport.NewPassword)).StatusCode);
            Assert.Equal("/Account/ChangePassword", (await AppFactory.PostLoginAsync(app.Anonymous(), "admin", oneTime)).Headers.Location!.OriginalString);
        }

        var (unknown, message) = await RunAsync(["users", "disable", "khong.co", .. cs]);
        Assert.Equal(2, unknown);
        Assert.Contains("Không có tài khoản \"khong.co\"", message);
        var (badRole, roleMessage) = await RunAsync(["users", "add", "ai.do", "--role", "Boss", "--tenant", "HP", .. cs]);
        Assert.Equal(2, badRole);
        Assert.Contains("Không có vai trò \"Boss\"", roleMessage);
    }

    [Fact]
    public async Task Outside_Development_no_demo_account_is_created()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new AppFactory(database.Options, demo: false, configure: b => b.UseEnvironment("Production"));
        _ = app.Server;
        Assert.Equal(0, app.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Users.Count()));
        Assert.Equal(HttpStatusCode.OK, (await AppFactory.PostLoginAsync(app.Anonymous(), "admin", Core.Demo.DemoSeeder.DemoPassword)).StatusCode);
        // The roles exist already, so the first `users add` and the web pages find them.
        Assert.Equal(Roles.All.Count, app.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Roles.Count()));
    }

    [GeneratedRegex("\"([^\"]*)\"|\\S+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"Mật khẩu một lần: (\S+)")]
    private static partial Regex PasswordPattern();
}
