using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Calendar;
using ReformDesk.Core.Organisation;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Calendar;

public sealed class CalendarTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private AppFactory App => fixture.App;

    [Fact]
    public async Task Every_account_sees_the_official_2026_days_off()
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var client = await App.SignInAsync(App.UserName(Roles.Officer, mine.Id));
        var page = await client.GetStringAsync("/Admin/Calendar?year=2026");
        Assert.Contains("16/02/2026", page);
        Assert.Contains("Tết Nguyên đán", page);
        Assert.DoesNotContain("Thêm điều chỉnh", page);
    }

    [Fact]
    public async Task A_province_officer_moves_a_day_for_the_province_only_and_commune_staff_cannot()
    {
        var registry = App.Registry();
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var province = TenantAccess.ProvinceOf(mine.Id, registry)!.Value;
        var foreign = App.Communes().First(c => TenantAccess.ProvinceOf(c.Id, registry) != province);

        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, mine.Id));
        var refused = await PostOverride(chairman, "2026-12-31");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.OriginalString);

        var officer = await App.SignInAsync(App.UserName(Roles.ProvinceOfficer, province));
        var saved = await PostOverride(officer, "2026-12-31");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Nghỉ theo thông báo của tỉnh", await officer.GetStringAsync("/Admin/Calendar?year=2026"));

        await using (var scope = App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ReformDesk.Core.Platform.TenantContext>().UseSystem("test");
            var calendars = scope.ServiceProvider.GetRequiredService<CalendarService>();
            Assert.False((await calendars.ForProvinceAsync(province)).IsWorkingDay(new DateOnly(2026, 12, 31)));
            Assert.True((await calendars.ForProvinceAsync(TenantAccess.ProvinceOf(foreign.Id, registry)!.Value)).IsWorkingDay(new DateOnly(2026, 12, 31)));
        }

        var weekend = await PostOverride(officer, "2026-12-26");
        Assert.Equal(HttpStatusCode.OK, weekend.StatusCode);
        var weekendPage = await weekend.Content.ReadAsStringAsync();
        Assert.Contains("ngày nghỉ cuối tuần", weekendPage);
        // The refused adjustment comes back as typed.
        Assert.Contains("value=\"2026-12-26\"", weekendPage);
        Assert.Contains("value=\"01/TB-UBND\"", weekendPage);
        Assert.Contains("<option selected=\"selected\" value=\"SwappedDayOff\">", weekendPage);

        var undated = await PostOverride(officer, "");
        Assert.Equal(HttpStatusCode.OK, undated.StatusCode);
        Assert.Contains("Hãy chọn ngày cần điều chỉnh.", await undated.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> PostOverride(HttpClient client, string date)
    {
        var page = await client.GetStringAsync("/Admin/Calendar?year=2026");
        return await client.PostAsync("/Admin/Calendar?handler=Set", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(page),
            ["Entry.Date"] = date,
            ["Entry.Kind"] = nameof(DayOffKind.SwappedDayOff),
            ["Entry.Name"] = "Nghỉ theo thông báo của tỉnh",
            ["Entry.Source"] = "01/TB-UBND",
        }));
    }
}
