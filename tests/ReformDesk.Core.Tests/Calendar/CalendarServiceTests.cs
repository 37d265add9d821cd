using ReformDesk.Core.Calendar;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Calendar;

/// <summary>The calendar service on a real SQLite database: a province's overrides, their checks, the cache and the national default.</summary>
public sealed class CalendarServiceTests
{
    // 10:00 in Hà Nội on 20/09/2026.
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private const string Liberation = "Nghỉ kỷ niệm Ngày giải phóng Hải Phòng";

    private static void Refused(OperationResult<CalendarOverride> result, string field, string message) =>
        Assert.Equal((FailureKind.Invalid, field, message), (result.Failure, Assert.Single(result.Errors).Key, result.Message));

    [Fact]
    public async Task A_province_day_off_and_make_up_day_move_working_day_arithmetic_for_its_communes()
    {
        await using var desk = await ProvinceCalendarDesk.CreateAsync(Now);
        var before = await desk.Service().ForTenantAsync(desk.Commune.TenantId);
        Assert.Equal(D(2026, 5, 13), before.AddWorkingDays(D(2026, 5, 12), 1));

        // Wednesday 13/05 off, Saturday 16/05 worked in exchange.
        var set = await desk.Service().SetAsync(desk.ProvinceId, D(2026, 5, 13), DayOffKind.SwappedDayOff, $"  {Liberation}  ", " 123/TB-UBND ");
        Assert.True(set.Succeeded, set.Message);
        Assert.Equal((Liberation, "123/TB-UBND"), (set.Value!.Name, set.Value.Source));
        Assert.True((await desk.Service().SetAsync(desk.ProvinceId, D(2026, 5, 16), DayOffKind.MakeUpWorkingDay, "Làm bù ngày 13/5", null)).Succeeded);

        var calendar = await desk.Service().ForTenantAsync(desk.Commune.TenantId);
        Assert.False(calendar.IsWorkingDay(D(2026, 5, 13)));
        Assert.True(calendar.IsWorkingDay(D(2026, 5, 16)));
        Assert.Equal(new CalendarEntry(D(2026, 5, 13), DayOffKind.SwappedDayOff, Liberation), calendar.EntryFor(D(2026, 5, 13)));
        Assert.Equal(D(2026, 5, 14), calendar.AddWorkingDays(D(2026, 5, 12), 1));
        Assert.Equal(D(2026, 5, 16), calendar.AddWorkingDays(D(2026, 5, 15), 1));
        // 2026 has 250 working days (national schedule): one weekday off, one Saturday worked.
        Assert.Equal(250, calendar.CountWorkingDays(D(2025, 12, 31), D(2026, 12, 31)));
        Assert.Contains(calendar.NonWorkingWeekdays(2026), d => d == new NonWorkingDay(D(2026, 5, 13), Liberation, DayOffKind.SwappedDayOff));
    }

    [Fact]
    public async Task Overrides_are_checked_dated_within_the_calendar_and_named()
    {
        await using var desk = await ProvinceCalendarDesk.CreateAsync(Now);
        var service = desk.Service();
        Refused(await service.SetAsync(desk.ProvinceId, null, DayOffKind.SwappedDayOff, Liberation, null), "Date", "Hãy chọn ngày cần điều chỉnh.");
        Refused(await service.SetAsync(desk.ProvinceId, D(2014, 12, 31), DayOffKind.SwappedDayOff, Liberation, null), "Date", "Ngày phải trong khoảng năm 2015–2035.");
        Refused(await service.SetAsync(desk.ProvinceId, D(2036, 1, 2), DayOffKind.SwappedDayOff, Liberation, null), "Date", "Ngày phải trong khoảng năm 2015–2035.");
        Refused(await service.SetAsync(desk.ProvinceId, D(2026, 9, 14), DayOffKind.MakeUpWorkingDay, "Làm bù", null), "Kind", "Ngày 14/09/2026 đã là ngày làm việc.");
        Refused(await service.SetAsync(desk.ProvinceId, D(2026, 9, 12), DayOffKind.SwappedDayOff, "Nghỉ", null), "Kind",
            "Ngày 12/09/2026 là ngày nghỉ cuối tuần; chỉ có thể đặt làm ngày làm bù.");
        Refused(await service.SetAsync(desk.ProvinceId, D(2026, 9, 13), DayOffKind.StatutoryHoliday, "Nghỉ", null), "Kind",
            "Ngày 13/09/2026 là ngày nghỉ cuối tuần; chỉ có thể đặt làm ngày làm bù.");
        const string noName = "Hãy ghi lý do (tối đa 200 ký tự), ví dụ \"Nghỉ hoán đổi dịp Quốc khánh\".";
        Refused(await service.SetAsync(desk.ProvinceId, D(2026, 9, 15), DayOffKind.SwappedDayOff, "   ", null), "Name", noName);
        Refused(await service.SetAsync(desk.ProvinceId, D(2026, 9, 15), DayOffKind.SwappedDayOff, new string('x', 201), null), "Name", noName);
        Assert.True((await service.SetAsync(desk.ProvinceId, D(2026, 9, 15), DayOffKind.SwappedDayOff, new string('x', 200), null)).Succeeded);

        // A national holiday on a weekday may be made a working day (nothing else is a day off then).
        var worked = await desk.Service().SetAsync(desk.ProvinceId, D(2026, 9, 2), DayOffKind.MakeUpWorkingDay, "Trực làm việc", null);
        Assert.True(worked.Succeeded, worked.Message);
        Assert.True((await desk.Service().ForProvinceAsync(desk.ProvinceId)).IsWorkingDay(D(2026, 9, 2)));
    }

    [Fact]
    public async Task Setting_a_date_twice_replaces_its_row_and_a_year_lists_its_own_dates_in_order()
    {
        await using var desk = await ProvinceCalendarDesk.CreateAsync(Now);
        Assert.True((await desk.Service().SetAsync(desk.ProvinceId, D(2026, 12, 24), DayOffKind.SwappedDayOff, "Nghỉ hoán đổi", "1/TB")).Succeeded);
        Assert.True((await desk.Service().SetAsync(desk.ProvinceId, D(2026, 5, 13), DayOffKind.SwappedDayOff, "Tạm ghi", "2/TB")).Succeeded);
        Assert.True((await desk.Service().SetAsync(desk.ProvinceId, D(2027, 1, 4), DayOffKind.SwappedDayOff, "Năm sau", null)).Succeeded);
        Assert.True((await desk.Service().SetAsync(desk.ProvinceId, D(2026, 5, 13), DayOffKind.SwappedDayOff, Liberation, "  ")).Succeeded);

        var rows = await desk.Service().OverridesAsync(desk.ProvinceId, 2026);
        Assert.Equal([(D(2026, 5, 13), Liberation, (string?)null), (D(2026, 12, 24), "Nghỉ hoán đổi", "1/TB")], rows.Select(r => (r.Date, r.Name, r.Source)));
        Assert.Equal([D(2027, 1, 4)], (await desk.Service().OverridesAsync(desk.ProvinceId, 2027)).Select(r => r.Date));
        var otherProvince = await desk.AddTenantAsync("QN", "Tỉnh Quảng Ninh", TenantKind.Province, null);
        Assert.Empty(await desk.Service().OverridesAsync(otherProvince, 2026));
    }

    [Fact]
    public async Task A_change_drops_the_cached_calendar_and_a_removal_restores_the_national_day()
    {
        await using var desk = await ProvinceCalendarDesk.CreateAsync(Now);
        var reader = desk.Service();
        Assert.True((await reader.ForProvinceAsync(desk.ProvinceId)).IsWorkingDay(D(2026, 5, 13)));   // now cached

        Assert.True((await desk.Service().SetAsync(desk.ProvinceId, D(2026, 5, 13), DayOffKind.SwappedDayOff, Liberation, null)).Succeeded);
        var changed = await reader.ForProvinceAsync(desk.ProvinceId);
        Assert.False(changed.IsWorkingDay(D(2026, 5, 13)));
        Assert.Same(changed, await desk.Service().ForProvinceAsync(desk.ProvinceId));

        Assert.True(await desk.Service().RemoveAsync(desk.ProvinceId, D(2026, 5, 13)));
        Assert.False(await desk.Service().RemoveAsync(desk.ProvinceId, D(2026, 5, 13)));
        Assert.True((await reader.ForProvinceAsync(desk.ProvinceId)).IsWorkingDay(D(2026, 5, 13)));
        Assert.Empty(await reader.OverridesAsync(desk.ProvinceId, 2026));
    }

    [Fact]
    public async Task Communes_read_their_own_provinces_calendar_and_a_commune_without_one_the_national_default()
    {
        await using var desk = await ProvinceCalendarDesk.CreateAsync(Now);
        var otherProvince = await desk.AddTenantAsync("QN", "Tỉnh Quảng Ninh", TenantKind.Province, null);
        var otherCommune = await desk.AddTenantAsync("QN-HL", "Phường Hạ Long", TenantKind.Commune, otherProvince);
        var orphan = await desk.AddTenantAsync("XX", "Xã chưa gắn tỉnh", TenantKind.Commune, null);
        Assert.True((await desk.Service().SetAsync(desk.ProvinceId, D(2026, 5, 13), DayOffKind.SwappedDayOff, Liberation, null)).Succeeded);

        var service = desk.Service();
        Assert.Equal((Guid?)desk.ProvinceId, await service.ProvinceOfAsync(desk.Commune.TenantId));
        Assert.Equal((Guid?)desk.ProvinceId, await service.ProvinceOfAsync(desk.ProvinceId));
        Assert.Null(await service.ProvinceOfAsync(orphan));
        Assert.False((await service.ForTenantAsync(desk.Commune.TenantId)).IsWorkingDay(D(2026, 5, 13)));
        Assert.True((await service.ForTenantAsync(otherCommune)).IsWorkingDay(D(2026, 5, 13)));
        var national = await service.ForTenantAsync(orphan);
        Assert.True(national.IsWorkingDay(D(2026, 5, 13)));
        Assert.False(national.IsWorkingDay(D(2026, 9, 2)));
        Assert.Equal((D(2015, 1, 1), D(2035, 12, 31)), (national.From, national.To));
    }

    [Fact]
    public async Task Today_is_the_date_in_Vietnam_not_in_UTC()
    {
        // 18:30 UTC on 19/09 is 01:30 on 20/09 in Hà Nội.
        await using var desk = await ProvinceCalendarDesk.CreateAsync(new DateTimeOffset(2026, 9, 19, 18, 30, 0, TimeSpan.Zero));
        Assert.Equal(D(2026, 9, 20), desk.Service().Today);
    }
}
