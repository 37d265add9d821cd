using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Platform;

/// <summary>
/// The role × route matrix: every protected route, asked by every role signed in at home, answers what
/// <c>RouteMatrix.txt</c> says; and every route with an id answers another commune's row exactly as it answers an id that
/// does not exist. A new route fails the test until its row is added to the table.
/// </summary>
public sealed class RouteMatrixTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    /// <summary>Column order of the table.</summary>
    public static readonly string[] Columns =
    [
        Roles.SystemAdmin, Roles.ProvinceAdmin, Roles.ProvinceOfficer, Roles.Chairman, Roles.ReformSecretariat, Roles.DepartmentHead,
        Roles.Officer, Roles.OneStopShopStaff, Roles.CouncilMember, Roles.Supervisor, Roles.CommuneAdmin,
    ];

    private static readonly string TablePath = Path.Combine(AppContext.BaseDirectory, "Platform", "RouteMatrix.txt");

    private AppFactory App => fixture.App;

    /// <summary>The answer as the table writes it: the status code, with the cookie scheme's access-denied redirect written 403.</summary>
    public static string Outcome(HttpResponseMessage response) =>
        HttpForms.IsForbidden(response) ? "403" : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static Dictionary<string, string[]> ReadTable(string path)
    {
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (line, number) in File.ReadLines(path).Select((l, i) => (l.Trim(), i + 1)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != Columns.Length + 2 || !table.TryAdd($"{parts[0]} {parts[1]}", parts[2..]))
            {
                throw new InvalidDataException($"RouteMatrix.txt line {number}: expected METHOD /route and {Columns.Length} answers, once per route.");
            }
        }

        return table;
    }

    private IReadOnlyList<AppRoutes.Route> Protected() =>
        AppRoutes.All(App).Where(r => !r.Anonymous && !r.Pattern.StartsWith("openapi", StringComparison.Ordinal))
            .OrderBy(r => r.Pattern == "Account/Logout").ThenBy(r => r.Method == "GET" ? 0 : 1).ThenBy(r => r.Pattern, StringComparer.Ordinal).ToList();

    private Guid HomeOf(string role)
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        return role switch
        {
            Roles.ProvinceOfficer or Roles.ProvinceAdmin => TenantAccess.ProvinceOf(mine.Id, App.Registry())!.Value,
            Roles.SystemAdmin => App.WithSystemScope(sp =>
            {
                var db = sp.GetRequiredService<ReformDeskDbContext>();
                return (from u in db.Users join ur in db.UserRoles on u.Id equals ur.UserId join r in db.Roles on ur.RoleId equals r.Id
                        where r.Name == Roles.SystemAdmin select u.TenantId).First();
            }),
            _ => mine.Id,
        };
    }

    private static async Task<HttpResponseMessage> AskAsync(HttpClient client, AppRoutes.Route route, Guid id, string apiToken, string formToken)
    {
        var request = new HttpRequestMessage(new HttpMethod(route.Method), "/" + AppRoutes.Fill(route.Pattern, id));
        request.Headers.Add("X-CSRF-TOKEN", apiToken);
        if (route.Method != "GET")
        {
            request.Content = route.IsApi
                ? JsonContent.Create(new { })
                : new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = formToken });
        }

        return await client.SendAsync(request);
    }

    private async Task<Dictionary<string, string>> AnswersAsync(string role, Guid id, IReadOnlyList<AppRoutes.Route> routes)
    {
        var client = await App.SignInAsync(App.UserName(role, HomeOf(role)));
        var apiToken = await AppFactory.ApiTokenAsync(client);
        var formToken = AppFactory.FormToken(await client.GetStringAsync("/"));
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            var response = await AskAsync(client, route, id, apiToken, formToken);
            Assert.True((int)response.StatusCode < 500, $"{role}: {route} failed with {(int)response.StatusCode}");
            answers[route.ToString()] = Outcome(response);
        }

        return answers;
    }

    [Fact]
    public async Task Every_role_gets_the_tables_answer_on_every_route()
    {
        var routes = Protected();
        var writing = Environment.GetEnvironmentVariable("RD_WRITE_ROUTE_MATRIX") is { Length: > 0 };
        var table = ReadTable(TablePath);
        if (!writing)
        {
            // The table and the app's routes must name the same routes; checked before the slow requests so a stale row fails fast.
            var missing = routes.Select(r => r.ToString()).Where(r => !table.ContainsKey(r)).ToList();
            Assert.True(missing.Count == 0, "Routes missing from RouteMatrix.txt (add a row for each): " + string.Join(", ", missing));
            var stale = table.Keys.Except(routes.Select(r => r.ToString())).ToList();
            Assert.True(stale.Count == 0, "RouteMatrix.txt names routes that no longer exist: " + string.Join(", ", stale));
        }

        var unknown = Guid.NewGuid();
        var observed = new Dictionary<string, Dictionary<string, string>>();
        foreach (var role in Columns)
        {
            observed[role] = await AnswersAsync(role, unknown, routes);
        }

        if (Environment.GetEnvironmentVariable("RD_WRITE_ROUTE_MATRIX") is { Length: > 0 } target)
        {
            Write(target, routes, observed);
            return;
        }

        var differences = (from route in routes
                           let expected = table[route.ToString()]
                           from column in Columns.Select((role, i) => (role, i))
                           let actual = observed[column.role][route.ToString()]
                           where expected[column.i] != actual
                           select $"{column.role} {route}: table {expected[column.i]}, got {actual}").ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    /// <summary>
    /// Another commune's row is indistinguishable from a row that does not exist, for every role and every route with an id.
    /// For the province's roles "another commune" is one of another province: the communes of their own they may read.
    /// </summary>
    [Fact]
    public async Task Another_communes_row_looks_like_no_row_to_every_role()
    {
        var (mine, neighbour) = App.TwoCommunesOfOneProvince();
        var registry = App.Registry();
        var myProvince = TenantAccess.ProvinceOf(mine.Id, registry);
        var elsewhere = App.Communes().First(c => TenantAccess.ProvinceOf(c.Id, registry) != myProvince);
        var secret = "Đơn vị của xã khác " + Guid.NewGuid().ToString("N")[..8];
        Guid UnitIn(Guid tenantId) => App.WithSystemScope(sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            var unit = new Unit { TenantId = tenantId, Name = secret, Kind = UnitKind.Other };
            db.Units.Add(unit);
            db.SaveChanges();
            return unit.Id;
        });
        var (nextDoor, farAway) = (UnitIn(neighbour.Id), UnitIn(elsewhere.Id));

        var withId = Protected().Where(r => r.HasParameters && r.Pattern != "Account/Logout").ToList();
        Assert.NotEmpty(withId);
        foreach (var role in Columns)
        {
            var victim = role is Roles.ProvinceOfficer or Roles.ProvinceAdmin ? farAway : nextDoor;
            var unknown = await AnswersAsync(role, Guid.NewGuid(), withId);
            var victims = await AnswersAsync(role, victim, withId);
            var differences = withId.Where(r => unknown[r.ToString()] != victims[r.ToString()])
                .Select(r => $"{r}: unknown id {unknown[r.ToString()]}, another commune's {victims[r.ToString()]}").ToList();
            Assert.True(differences.Count == 0, $"{role}:\n" + string.Join("\n", differences));
        }

        var stored = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Units.AsNoTracking()
            .Where(u => u.Id == nextDoor || u.Id == farAway).Select(u => new { u.Name, u.TenantId }).ToList());
        Assert.Equal([(secret, neighbour.Id), (secret, elsewhere.Id)], stored.Select(u => (u.Name, u.TenantId)).OrderBy(u => u.TenantId == elsewhere.Id));
    }

    [Fact]
    public void The_table_reader_refuses_a_malformed_row()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "GET /Plans 200 403\n");
            Assert.Throws<InvalidDataException>(() => ReadTable(path));
            File.WriteAllText(path, $"# comment\nGET /Plans {string.Join(' ', Columns.Select(_ => "200"))}\n");
            Assert.Equal("200", ReadTable(path)["GET /Plans"][0]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void Write(string path, IReadOnlyList<AppRoutes.Route> routes, Dictionary<string, Dictionary<string, string>> observed)
    {
        var width = routes.Max(r => r.ToString().Length) + 1;
        using var writer = new StreamWriter(path);
        writer.WriteLine("# The role × route matrix read by RouteMatrixTests: what each protected route answers to each role signed in at home.");
        writer.WriteLine("# 403 = refused (or the access-denied page), 404 = no such row (routes with an id are asked with an unknown id; another");
        writer.WriteLine("# commune's row must answer the same), 400 = input refused, 200/201/204 = done, 302 = sent on to another page.");
        writer.WriteLine("# POSTs carry a valid antiforgery token and an empty form or {}. Columns:");
        writer.WriteLine("# " + string.Join(" ", Columns.Select((c, i) => $"c{i + 1:00}={c}")));
        writer.WriteLine($"# {"route".PadRight(width)}" + string.Join(" ", Columns.Select((_, i) => $"c{i + 1:00}")));
        foreach (var route in routes.OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal))
        {
            writer.WriteLine(route.ToString().PadRight(width + 2) + string.Join(" ", Columns.Select(c => observed[c][route.ToString()])));
        }
    }
}
