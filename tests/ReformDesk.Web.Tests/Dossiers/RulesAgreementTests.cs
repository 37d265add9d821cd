using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Calendar;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Dossiers;

/// <summary>
/// One rules source: with a province day off and a 17:00 cut-off, the list, the detail page, the JSON API, the at-risk list,
/// the dashboard (monthly buckets) and the citizen lookup agree on every dossier's due date and status — and a change of the
/// province's calendar recomputes the dashboard.
/// </summary>
public abstract class RulesAgreementTests(AppFixture fixture)
{
    private static readonly DossierRuleOptions LateCutOff = DossierRuleOptions.Default with { CutOff = new TimeOnly(17, 0) };

    [Fact]
    public async Task Every_page_agrees_on_every_dossier_with_a_province_day_off_and_a_late_cut_off()
    {
        var app = fixture.App;
        var commune = app.TwoCommunesOfOneProvince().Mine;
        var province = TenantAccess.ProvinceOf(commune.Id, app.Registry())!.Value;
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, VietnamTime.Zone).DateTime;
        var today = DateOnly.FromDateTime(now);
        var before = await SystemAsync(app, calendars => calendars.ForProvinceAsync(province));

        // D: the province's last working day before today; V and W: one and two working days before D.
        DateOnly Previous(DateOnly day) { do day = day.AddDays(-1); while (!before.IsWorkingDay(day) || day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday); return day; }
        var d = Previous(today);
        var v = Previous(d);
        var w = Previous(v);
        var procedure = new Procedure { TenantId = commune.Id, Code = "RA-" + Guid.NewGuid().ToString("N")[..6], Name = "Thủ tục thử quy tắc", ProcessingDays = 2 };
        Dossier New(string suffix, DateOnly day, int hour, DateTime? processed = null) => new()
        {
            TenantId = commune.Id, Code = procedure.Code + "-" + suffix, ProcedureId = procedure.Id, ReceivedAt = day.ToDateTime(new TimeOnly(hour, 0)),
            Channel = DossierChannel.Counter, ApplicantName = "Người thử", ApplicantPhone = "0912000111", LookupKey = LookupKeys.New(), ProcessedAt = processed,
        };
        var dossiers = new[]
        {
            New("X1", w, 9),                                        // due on D by the national days; after D off, later
            New("X2", v, 16),                                       // between 15:00 and 17:00: counts from V itself
            New("X3", w, 9, d.ToDateTime(new TimeOnly(10, 0))),     // processed on D: on time, or early once D is off
        };
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
            context.SetUser(null, "test");
            context.SetTenant(commune.Id, readOnly: false);
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            db.Procedures.Add(procedure);
            db.Dossiers.AddRange(dossiers);
            await db.SaveChangesAsync();
            var buckets = new HashSet<AggregateBucket>();
            foreach (var x in dossiers) DossierAggregates.Touch(buckets, x, now);
            await DossierAggregates.MarkAsync(db, commune.Id, buckets);
        }

        var chairman = await app.SignInAsync(app.UserName(Roles.Chairman, commune.Id));
        var overdueBefore = await DashboardAsync(chairman, procedure.Id, today.Year);
        Assert.Equal(1, overdueBefore.GetProperty("pendingOverdueAtEnd").GetInt32()); // X1, due on D

        // The province gives D off (the Admin calendar page and `calendar set` call the same service).
        await SystemAsync(app, calendars => calendars.SetAsync(province, d, DayOffKind.SwappedDayOff, "Nghỉ thử nghiệm", null));
        var after = await SystemAsync(app, calendars => calendars.ForProvinceAsync(province));
        var rules = new DossierStatusRules(after, LateCutOff);
        DossierEvaluation Expected(Dossier x) => DossierService.Evaluate(rules, x, procedure, [], now)!;

        // The setting and the day off both change the answer (else this test would prove nothing).
        Assert.NotEqual(new DossierStatusRules(before, LateCutOff).Evaluate(DossierService.Timeline(dossiers[0], procedure, []), now).DueDate, Expected(dossiers[0]).DueDate);
        Assert.NotEqual(new DossierStatusRules(after).Evaluate(DossierService.Timeline(dossiers[1], procedure, []), now).DueDate, Expected(dossiers[1]).DueDate);
        Assert.Equal(DossierStatus.ResolvedEarly, Expected(dossiers[2]).Status);

        var atRisk = await chairman.GetStringAsync("/Dossiers/AtRisk?days=30");
        var listPage = await chairman.GetStringAsync($"/Dossiers?procedureId={procedure.Id}");
        var anonymous = app.Anonymous();
        foreach (var x in dossiers)
        {
            var expected = Expected(x);
            var due = expected.DueDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

            var list = JsonDocument.Parse(await chairman.GetStringAsync($"/api/dossiers?code={Uri.EscapeDataString(x.Code)}")).RootElement.GetProperty("items")[0];
            Assert.Equal(expected.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), list.GetProperty("dueDate").GetString());
            Assert.Equal(expected.Status.ToString(), list.GetProperty("status").GetString());

            var listRow = Regex.Match(listPage, $"<tr>(?:(?!</tr>).)*{Regex.Escape(x.Code)}(?:(?!</tr>).)*</tr>", RegexOptions.Singleline);
            Assert.True(listRow.Success);
            Assert.Contains(DossierStatusText.Of(expected.Status), listRow.Value, StringComparison.Ordinal);

            var detail = await chairman.GetStringAsync($"/Dossiers/{x.Id}");
            Assert.Contains($"id=\"due\">{due}<", detail, StringComparison.Ordinal);
            Assert.Contains(DossierStatusText.Public(expected), detail, StringComparison.Ordinal);

            var lookup = await anonymous.GetStringAsync($"/tra-cuu?ma={Uri.EscapeDataString(x.Code)}&khoa={x.LookupKey}");
            Assert.Contains($"<dd>{due}</dd>", lookup, StringComparison.Ordinal);
            Assert.Contains(DossierStatusText.Public(expected), lookup, StringComparison.Ordinal);

            var row = Regex.Match(atRisk, $"<tr>(?:(?!</tr>).)*{Regex.Escape(x.Code)}(?:(?!</tr>).)*</tr>", RegexOptions.Singleline);
            Assert.Equal(expected.IsOpen, row.Success);
            if (row.Success)
            {
                Assert.Contains(due, row.Value, StringComparison.Ordinal);
                Assert.Contains(DossierStatusText.Of(expected.Status), row.Value, StringComparison.Ordinal);
            }
        }

        // The dashboard's buckets were recomputed after the calendar change, with the same rules.
        var dashboard = await DashboardAsync(chairman, procedure.Id, today.Year);
        Assert.Equal(dossiers.Count(x => Expected(x).Status == DossierStatus.PendingOverdue), dashboard.GetProperty("pendingOverdueAtEnd").GetInt32());
        Assert.Equal(dossiers.Count(x => Expected(x).IsOpen), dashboard.GetProperty("pendingAtEnd").GetInt32());
        Assert.Equal(1.0, dashboard.GetProperty("early").GetDouble());

        await SystemAsync(app, calendars => calendars.RemoveAsync(province, d));
    }

    private static async Task<T> SystemAsync<T>(AppFactory app, Func<CalendarService, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem("test");
        return await action(scope.ServiceProvider.GetRequiredService<CalendarService>());
    }

    private static async Task<JsonElement> DashboardAsync(HttpClient client, Guid procedureId, int year)
    {
        var response = await client.GetAsync($"/api/dossiers/indicators?year={year}&procedureId={procedureId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("current");
    }
}

public sealed class LateCutOffSqliteApp() : AppFixture(DatabaseProvider.Sqlite)
{
    protected override void Configure(AppFactory app) => app.Settings["Dossiers:CutOff"] = "17:00";
}

public sealed class LateCutOffPostgresApp() : AppFixture(DatabaseProvider.Postgres)
{
    protected override void Configure(AppFactory app) => app.Settings["Dossiers:CutOff"] = "17:00";
}

public sealed class SqliteRulesAgreementTests(LateCutOffSqliteApp fixture) : RulesAgreementTests(fixture), IClassFixture<LateCutOffSqliteApp>;

public sealed class PostgresRulesAgreementTests(LateCutOffPostgresApp fixture) : RulesAgreementTests(fixture), IClassFixture<LateCutOffPostgresApp>;
