using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Calendar;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Calendar;

/// <summary>What the "add an adjustment" form posts; a refused one is shown again as typed.</summary>
public sealed record DayOffForm
{
    public DateOnly? Date { get; init; }
    public DayOffKind Kind { get; init; }
    public string? Name { get; init; }
    public string? Source { get; init; }
}

/// <summary>Everyone reads the province's working-day calendar; its officers and system admins correct it.</summary>
[AllowReadOnlyTenant]
public sealed class IndexModel(CalendarService calendars, RequestTenant tenant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public string ProvinceName { get; private set; } = "";
    public IReadOnlyList<NonWorkingDay> DaysOff { get; private set; } = [];
    public IReadOnlyList<CalendarOverride> Overrides { get; private set; } = [];
    public bool CanEdit { get; private set; }

    [BindProperty]
    public DayOffForm Entry { get; set; } = new();

    private Guid? provinceId;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var result = await calendars.SetAsync(provinceId!.Value, Entry.Date, Entry.Kind, Entry.Name, Entry.Source, ct);
        return this.Outcome(result, saved => Redirect($"/Admin/Calendar?year={saved.Date.Year}"), prefix: nameof(Entry));
    }

    public async Task<IActionResult> OnPostRemoveAsync(DateOnly date, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        return await calendars.RemoveAsync(provinceId!.Value, date, ct) ? Redirect($"/Admin/Calendar?year={date.Year}") : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (tenant.Current is not { } current || await calendars.ProvinceOfAsync(current.Id, ct) is not { } province)
        {
            return false;
        }

        provinceId = province;
        Year = Year is >= CalendarService.FirstYear and <= CalendarService.LastYear ? Year : calendars.Today.Year;
        ProvinceName = tenant.Registry.First(t => t.Id == province).Name;
        // A province officer's home tenant is the province itself; system admins edit any province.
        var homeTenant = User.FindFirst(AppClaims.Tenant)?.Value;
        CanEdit = User.IsInRole(Roles.SystemAdmin) || (User.IsInRole(Roles.ProvinceOfficer) && homeTenant == province.ToString());
        var calendar = await calendars.ForProvinceAsync(province, ct);
        DaysOff = calendar.NonWorkingWeekdays(Year);
        Overrides = await calendars.OverridesAsync(province, Year, ct);
        return true;
    }

    public static string KindText(DayOffKind kind) => kind switch
    {
        DayOffKind.StatutoryHoliday => "Ngày lễ, Tết",
        DayOffKind.CompensatoryDayOff => "Nghỉ bù",
        DayOffKind.SwappedDayOff => "Nghỉ hoán đổi",
        _ => "Ngày làm bù",
    };
}
