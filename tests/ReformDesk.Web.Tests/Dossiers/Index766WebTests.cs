using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Cli;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Dossiers;

/// <summary>The Decision 766 index on each real database: CLI = API, the dashboard's numbers, weights versioned by year and edited by the province's administrator.</summary>
public abstract class Index766WebTests(AppFixture fixture)
{
    private AppFactory App => fixture.App;

    private async Task<(int Exit, string Output)> CliAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await CliProgram.RunAsync([.. args, "--provider", App.Database.Provider.ToString(), "--connection", App.Database.ConnectionString], output);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task The_CLI_and_the_API_give_the_same_index_with_the_dashboards_numbers()
    {
        var commune = App.TwoCommunesOfOneProvince().Mine;
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, commune.Id));
        var procedure = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Procedures.AsNoTracking()
            .Where(p => p.TenantId == commune.Id).OrderBy(p => p.Code).Select(p => p.Code).First());

        foreach (var (query, args, from, to) in new[]
        {
            ("from=2025-01-01&to=2025-12-31", new[] { "--from", "2025-01-01", "--to", "2025-12-31" }, new DateTime(2025, 1, 1), new DateTime(2026, 1, 1)),
            ($"from=2025-03-10&to=2025-05-20&procedure={procedure}", ["--from", "2025-03-10", "--to", "2025-05-20", "--procedure", procedure], new DateTime(2025, 3, 10), new DateTime(2025, 5, 21)),
        })
        {
            // The demo rates the dossiers returned in the year before today, so whether 5.4 has data depends on the date the suite runs.
            var onlyProcedure = query.Contains("procedure=", StringComparison.Ordinal);
            var rated = App.WithSystemScope(sp =>
            {
                var db = sp.GetRequiredService<ReformDeskDbContext>();
                var procedureId = db.Procedures.AsNoTracking().Where(p => p.TenantId == commune.Id && p.Code == procedure).Select(p => p.Id).First();
                return db.DossierRatings.AsNoTracking().Any(r => r.TenantId == commune.Id && r.RatedAt >= from && r.RatedAt < to
                    && db.Dossiers.Any(d => d.Id == r.DossierId && (!onlyProcedure || d.ProcedureId == procedureId)));
            });
            var api = await chairman.GetAsync($"/api/dossiers/index766?{query}");
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
            var (exit, output) = await CliAsync(["indicators", "--commune", commune.Code, .. args, "--json"]);
            Assert.Equal(0, exit);
            var fromApi = JsonNode.Parse(await api.Content.ReadAsStringAsync())!;
            Assert.True(JsonNode.DeepEquals(fromApi, JsonNode.Parse(output)), $"API {fromApi}\nCLI {output}");
            Assert.Equal(100, fromApi["maxTotal"]!.GetValue<double>());
            Assert.Equal(5, fromApi["groups"]!.AsArray().Count);
            var lines = fromApi["indicators"]!.AsArray().ToDictionary(l => l!["code"]!.GetValue<string>());
            if (rated)
            {
                Assert.NotNull(lines["5.4"]!["points"]);
            }
            else
            {
                Assert.Null(lines["5.4"]!["points"]);
                Assert.NotNull(lines["5.4"]!["note"]);
            }
        }

        // 2.1 is the dashboard's on-time rate for the same whole months.
        var index = JsonNode.Parse(await chairman.GetStringAsync("/api/dossiers/index766?from=2025-01-01&to=2025-12-31"))!;
        var dashboard = JsonNode.Parse(await chairman.GetStringAsync("/api/dossiers/indicators?year=2025"))!;
        var line21 = index["indicators"]!.AsArray().Single(l => l!["code"]!.GetValue<string>() == "2.1")!;
        Assert.True(line21["denominator"]!.GetValue<long>() > 0);
        Assert.Equal(Math.Round(dashboard["current"]!["onTime"]!.GetValue<double>() * 100, 2), line21["rate"]!.GetValue<double>());

        // Page: breakdown, groups and the monthly trend chart.
        var page = await chairman.GetStringAsync("/Dossiers/Index766?From=2025-01-01&To=2025-12-31");
        Assert.Contains("id=\"index-indicators\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"index-trend-chart\"", page, StringComparison.Ordinal);
        Assert.Contains(Index766Calculator.NoData, page, StringComparison.Ordinal);

        // Errors name the field; staff without the dossier roles are refused; strangers are turned away.
        Assert.Equal(2, (await CliAsync("indicators", "--commune", commune.Code, "--from", "2025-01-01", "--to", "2025-12-31", "--procedure", "9.999999", "--json")).Exit);
        Assert.Equal(HttpStatusCode.BadRequest, (await chairman.GetAsync("/api/dossiers/index766?from=2025-13-01")).StatusCode);
        var officer = await App.SignInAsync(App.UserName(Roles.Officer, commune.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/dossiers/index766")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await App.Anonymous().GetAsync("/api/dossiers/index766")).StatusCode);
    }

    [Fact]
    public async Task Weights_are_versioned_by_year_and_edited_by_the_province_administrator_only()
    {
        var commune = App.TwoCommunesOfOneProvince().Other;
        var province = TenantAccess.ProvinceOf(commune.Id, App.Registry())!.Value;
        var admin = await App.SignInAsync(App.UserName(Roles.ProvinceAdmin, province));
        var form = await admin.GetStringAsync("/Admin/Index766");
        Assert.Contains("Lưu phiên bản của tỉnh", form, StringComparison.Ordinal);

        Dictionary<string, string> Fields(string page, decimal points21, decimal points11)
        {
            var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = AppFactory.FormToken(page), ["Input.EffectiveFrom"] = "2026-01-01" };
            foreach (var (row, i) in Index766Catalogue.Official.Select((r, i) => (r, i)))
            {
                fields[$"Input.Rows[{i}].Code"] = row.Code;
                fields[$"Input.Rows[{i}].MaxPoints"] = (row.Code switch { "2.1" => points21, "1.1" => points11, _ => row.MaxPoints }).ToString(System.Globalization.CultureInfo.InvariantCulture);
                fields[$"Input.Rows[{i}].Threshold"] = row.Threshold?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }

            return fields;
        }

        // A total other than 100 is refused, names the problem and keeps what was typed.
        var refused = await admin.PostAsync("/Admin/Index766", new FormUrlEncodedContent(Fields(form, 10, 6)));
        var refusedPage = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("phải bằng 100", refusedPage, StringComparison.Ordinal);
        Assert.Contains("value=\"10\"", refusedPage, StringComparison.Ordinal);

        var saved = await admin.PostAsync("/Admin/Index766", new FormUrlEncodedContent(Fields(form, 10, 16)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, commune.Id));
        async Task<(double Max21, string WeightsFrom)> WeightsOf(string query)
        {
            var json = JsonNode.Parse(await chairman.GetStringAsync($"/api/dossiers/index766?{query}"))!;
            return (json["indicators"]!.AsArray().Single(l => l!["code"]!.GetValue<string>() == "2.1")!["maxPoints"]!.GetValue<double>(), json["weightsFrom"]!.GetValue<string>());
        }

        Assert.Equal((20.0, "2022-06-23"), await WeightsOf("from=2025-01-01&to=2025-12-31"));   // 2025: the Decision's values
        Assert.Equal((10.0, "2026-01-01"), await WeightsOf("from=2026-01-01&to=2026-03-31"));   // 2026: the province's version
        var otherProvince = App.Communes().First(c => TenantAccess.ProvinceOf(c.Id, App.Registry()) != province);
        var elsewhere = await App.SignInAsync(App.UserName(Roles.Chairman, otherProvince.Id));
        Assert.Contains("\"weightsFrom\":\"2022-06-23\"", await elsewhere.GetStringAsync("/api/dossiers/index766?from=2026-01-01&to=2026-03-31"), StringComparison.Ordinal);

        // Audited, filed under the province; a commune chairman may read the weights but not change them.
        Assert.True(App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().AuditEntries.IgnoreQueryFilters()
            .Count(a => a.Entity == nameof(IndexWeight) && a.TenantId == province)) >= Index766Catalogue.Official.Count);
        var readOnly = await chairman.GetStringAsync("/Admin/Index766?day=2026-02-01");
        Assert.DoesNotContain("Lưu phiên bản của tỉnh", readOnly, StringComparison.Ordinal);
        var refusedWrite = await chairman.PostAsync("/Admin/Index766", new FormUrlEncodedContent(Fields(readOnly, 10, 16)));
        Assert.Equal(HttpStatusCode.Redirect, refusedWrite.StatusCode);
        Assert.Contains("/Account/AccessDenied", refusedWrite.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}

public sealed class SqliteIndex766WebTests(SqliteApp fixture) : Index766WebTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresIndex766WebTests(PostgresApp fixture) : Index766WebTests(fixture), IClassFixture<PostgresApp>;
