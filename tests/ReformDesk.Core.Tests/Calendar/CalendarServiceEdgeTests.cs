using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Calendar;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Dossiers;

namespace ReformDesk.Core.Tests.Calendar;

/// <summary>
/// A province's calendar overrides at the edges: the first and last day the calendar covers, a Saturday made a working day,
/// one province's change leaving another's calendar alone, and the commune's stored dossier counts going stale from the
/// month before the changed day (their due dates moved) — today 20/09/2026.
/// </summary>
public sealed class CalendarServiceEdgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(2015, 1, 5)]
    [InlineData(2035, 12, 31)]
    public async Task The_first_and_last_years_of_the_calendar_take_overrides(int y, int m, int d)
    {
        await using var desk = await ProvinceCalendarDesk.CreateAsync(Now);

        Ok(await desk.Service().SetAsync(desk.ProvinceId, D(y, m, d), DayOffKind.SwappedDayOff, "Nghỉ hoán đổi", null));

        Assert.False((await desk.Service().ForProvinceAsync(desk.ProvinceId)).IsWorkingDay(D(y, m, d)));
    }

    [Fact]
    public async Task A_Saturday_made_a_make_up_day_becomes_a_working_day_in_that_province_only()
    {
        await using var desk = await ProvinceCalendarDesk.CreateAsync(Now);
        var quangNinh = await desk.AddTenantAsync("QN", "Tỉnh Quảng Ninh", TenantKind.Province, null);
        Assert.False((await desk.Service().ForProvinceAsync(quangNinh)).IsWorkingDay(D(2026, 9, 26)));   // cached for Quảng Ninh

        var made = Ok(await desk.Service().SetAsync(desk.ProvinceId, D(2026, 9, 26), DayOffKind.MakeUpWorkingDay, "  Làm bù cho ngày 31/8  ", " 12/TB-UBND "));

        Assert.Equal(("Làm bù cho ngày 31/8", "12/TB-UBND"), (made.Name, made.Source));
        Assert.True((await desk.Service().ForProvinceAsync(desk.ProvinceId)).IsWorkingDay(D(2026, 9, 26)));
        Assert.False((await desk.Service().ForProvinceAsync(quangNinh)).IsWorkingDay(D(2026, 9, 26)));
        Assert.Empty(await desk.Service().OverridesAsync(quangNinh, 2026));
    }

    [Fact]
    public async Task Removing_a_day_that_was_never_set_changes_nothing()
    {
        await using var desk = await ProvinceCalendarDesk.CreateAsync(Now);
        var before = await desk.Service().ForProvinceAsync(desk.ProvinceId);

        Assert.False(await desk.Service().RemoveAsync(desk.ProvinceId, D(2026, 9, 15)));
        Assert.Same(before, await desk.Service().ForProvinceAsync(desk.ProvinceId));
    }

    [Fact]
    public async Task A_change_marks_the_communes_counts_stale_from_the_month_before_the_changed_day()
    {
        await using var desk = await ProvinceCalendarDesk.CreateAsync(Now);
        var sealedOn = new DateTime(2026, 9, 1);
        var birth = await DossierBuilder.ProcedureAsync(desk.Commune, "1.001193", "Đăng ký khai sinh");
        await using (var system = desk.Commune.OpenSystem())
        {
            foreach (var (tenant, month) in new[] { (desk.Commune.TenantId, 3), (desk.Commune.TenantId, 4), (desk.Commune.TenantId, 5) })
            {
                system.DossierMonthlyCounts.Add(new DossierMonthlyCounts { TenantId = tenant, Month = D(2026, month, 1), ProcedureId = birth.Id, AsOf = sealedOn, Final = true });
            }

            await system.SaveChangesAsync();
        }

        Ok(await desk.Service().SetAsync(desk.ProvinceId, D(2026, 5, 13), DayOffKind.SwappedDayOff, "Nghỉ kỷ niệm Ngày giải phóng Hải Phòng", null));

        await using var check = desk.Commune.OpenSystem();
        var counts = await check.DossierMonthlyCounts.IgnoreQueryFilters().AsNoTracking().OrderBy(c => c.Month).ToListAsync();
        Assert.Equal(
        [
            (D(2026, 3, 1), true, sealedOn),
            (D(2026, 4, 1), false, DossierRules.StaleAsOf),
            (D(2026, 5, 1), false, DossierRules.StaleAsOf),
        ], counts.Select(c => (c.Month, c.Final, c.AsOf)));
    }
}
