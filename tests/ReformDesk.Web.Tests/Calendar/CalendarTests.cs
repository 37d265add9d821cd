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

    [Fact]
    public async Task A_saturday_made_a_working_day_counts_until_the_officer_removes_it_and_only_that_province_can()
    {
        var registry = App.Registry();
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var province = TenantAccess.ProvinceOf(mine.Id, registry)!.Value;
        var foreignProvince = TenantAccess.ProvinceOf(App.Communes().First(c => TenantAccess.ProvinceOf(c.Id, registry) != province).Id, registry)!.Value;
        var saturday = new DateOnly(2027, 11, 27);

        var officer = await App.SignInAsync(App.UserName(Roles.ProvinceOfficer, province));
        var saved = await PostOverride(officer, "2027-11-27", DayOffKind.MakeUpWorkingDay, "Làm bù cho ngày nghỉ hoán đổi");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/Admin/Calendar?year=2027", saved.Headers.Location!.OriginalString);
        var page = await officer.GetStringAsync("/Admin/Calendar?year=2027");
        Assert.Contains("Ngày làm bù", page);
        Assert.True(await IsWorkingDayAsync(province, saturday));

        // Commune staff, and another province's officer, cannot take it away; the other province has no such row at all.
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, mine.Id));
        var refused = await PostRemove(chairman, "2027-11-27");
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.OriginalString);
        var stranger = await App.SignInAsync(App.UserName(Roles.ProvinceOfficer, foreignProvince));
        Assert.Equal(HttpStatusCode.NotFound, (await PostRemove(stranger, "2027-11-27")).StatusCode);
        Assert.True(await IsWorkingDayAsync(province, saturday));
        Assert.False(await IsWorkingDayAsync(foreignProvince, saturday));

        var removed = await PostRemove(officer, "2027-11-27");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await IsWorkingDayAsync(province, saturday));
        Assert.Contains("Chưa có điều chỉnh nào cho năm 2027.", await officer.GetStringAsync("/Admin/Calendar?year=2027"));
        Assert.Equal(HttpStatusCode.NotFound, (await PostRemove(officer, "2027-11-27")).StatusCode);
    }

    [Theory]
    [InlineData("2027-11-24", DayOffKind.MakeUpWorkingDay, "Nghỉ theo thông báo", "Ngày 24/11/2027 đã là ngày làm việc.")]
    [InlineData("2027-11-23", DayOffKind.SwappedDayOff, "", "Hãy ghi lý do (tối đa 200 ký tự)")]
    [InlineData("2040-01-02", DayOffKind.SwappedDayOff, "Nghỉ theo thông báo", "Ngày phải trong khoảng năm 2015–2035.")]
    public async Task A_refused_adjustment_says_why_and_changes_nothing(string date, DayOffKind kind, string name, string message)
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var province = TenantAccess.ProvinceOf(mine.Id, App.Registry())!.Value;
        var officer = await App.SignInAsync(App.UserName(Roles.ProvinceOfficer, province));

        var refused = await PostOverride(officer, date, kind, name);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains(message, html);
        Assert.Contains($"value=\"{date}\"", html);
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (day.Year <= CalendarService.LastYear)
        {
            Assert.Equal(day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), await IsWorkingDayAsync(province, day));
        }
    }

    [Theory]
    [InlineData("1990")]
    [InlineData("2099")]
    [InlineData("abc")]
    public async Task A_year_outside_the_calendar_shows_this_year(string year)
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var client = await App.SignInAsync(App.UserName(Roles.Officer, mine.Id));
        var response = await client.GetAsync($"/Admin/Calendar?year={year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var today = App.WithSystemScope(sp => sp.GetRequiredService<CalendarService>().Today);
        Assert.Contains($"Lịch làm việc năm {today.Year} — ", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private async Task<bool> IsWorkingDayAsync(Guid province, DateOnly day)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ReformDesk.Core.Platform.TenantContext>().UseSystem("test");
        return (await scope.ServiceProvider.GetRequiredService<CalendarService>().ForProvinceAsync(province)).IsWorkingDay(day);
    }

    private static async Task<HttpResponseMessage> PostRemove(HttpClient client, string date)
    {
        var page = await client.GetStringAsync("/Admin/Calendar?year=2027");
        return await client.PostAsync("/Admin/Calendar?handler=Remove", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(page), ["date"] = date, ["year"] = "2027",
        }));
    }

    private static async Task<HttpResponseMessage> PostOverride(HttpClient client, string date,
        DayOffKind kind = DayOffKind.SwappedDayOff, string name = "Nghỉ theo thông báo của tỉnh")
    {
        var page = await client.GetStringAsync("/Admin/Calendar?year=2026");
        return await client.PostAsync("/Admin/Calendar?handler=Set", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(page),
            ["Entry.Date"] = date,
            ["Entry.Kind"] = kind.ToString(),
            ["Entry.Name"] = name,
            ["Entry.Source"] = "01/TB-UBND",
        }));
    }
}
