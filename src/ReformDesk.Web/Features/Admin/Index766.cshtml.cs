using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Calendar;
using ReformDesk.Core.Dossiers;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Admin;

/// <summary>
/// Points and thresholds of the Decision 766 index by effective date. Readers of the index see them; the province's
/// administrators (and system administrators) add or correct the province's own versions. Every saved row is audited.
/// </summary>
[AllowReadOnlyTenant]
[Authorize(Roles = Index766AdminModel.ReaderRoles)]
public sealed class Index766AdminModel(Index766Service index, RequestTenant tenant) : PageModel
{
    public const string ReaderRoles = $"{Roles.SystemAdmin},{Roles.ProvinceAdmin},{Roles.ProvinceOfficer},{Roles.Chairman},{Roles.ReformSecretariat}";

    /// <summary>Who may change the points and thresholds (a province administrator only for their own province).</summary>
    public static readonly string[] Editors = [Roles.SystemAdmin, Roles.ProvinceAdmin];

    /// <summary>Which version to show: the one in force on this day.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? Day { get; set; }

    [BindProperty]
    public WeightsInput Input { get; set; } = new();

    public sealed class WeightsInput
    {
        public DateOnly? EffectiveFrom { get; set; }
        public List<RowInput> Rows { get; set; } = [];
    }

    public sealed class RowInput
    {
        public string Code { get; set; } = "";
        public decimal MaxPoints { get; set; }
        public decimal? Threshold { get; set; }
    }

    public string ProvinceName { get; private set; } = "";
    public bool CanEdit { get; private set; }
    public IReadOnlyList<IndexWeight> InForce { get; private set; } = [];
    public IReadOnlyList<(DateOnly EffectiveFrom, bool Province)> Versions { get; private set; } = [];

    private Guid? provinceId;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input = new WeightsInput
        {
            EffectiveFrom = new DateOnly(Day!.Value.Year, 1, 1),
            Rows = InForce.Select(w => new RowInput { Code = w.Code, MaxPoints = w.MaxPoints, Threshold = w.Threshold }).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!CanEdit) return Forbid();
        if (Input.EffectiveFrom is null) ModelState.AddModelError("Input.EffectiveFrom", "Hãy nhập ngày áp dụng.");
        if (!ModelState.IsValid) return Page();

        var result = await index.SaveVersionAsync(provinceId!.Value, Input.EffectiveFrom!.Value,
            Input.Rows.Select(r => new IndexWeightInput(r.Code.Trim(), r.MaxPoints, r.Threshold)).ToList(), ct);
        if (!result.Succeeded)
        {
            foreach (var (field, message) in result.Errors) ModelState.AddModelError(field == "EffectiveFrom" ? "Input.EffectiveFrom" : "Input." + field, message);
            return Page();
        }

        return Redirect($"/Admin/Index766?day={Input.EffectiveFrom:yyyy-MM-dd}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (tenant.Current is null || await index.ProvinceAsync(ct) is not { } province) return false;
        provinceId = province;
        ProvinceName = tenant.Registry.First(t => t.Id == province).Name;
        var homeTenant = User.FindFirst(AppClaims.Tenant)?.Value;
        CanEdit = User.IsInRole(Roles.SystemAdmin) || (User.IsInRole(Roles.ProvinceAdmin) && homeTenant == province.ToString());
        var today = DateOnly.FromDateTime(index.Now);
        Day = Day is { Year: >= CalendarService.FirstYear and <= CalendarService.LastYear } d ? d : today;
        var weights = await index.WeightsAsync(ct);
        InForce = Index766Weights.InForce(weights, province, Day.Value).OrderBy(w => w.Group).ThenBy(w => w.Code, StringComparer.Ordinal).ToList();
        Versions = weights.Select(w => (w.EffectiveFrom, w.ProvinceId is not null)).Distinct().OrderBy(v => v.EffectiveFrom).ToList();
        return true;
    }

    public string NameOf(string code) => Index766Catalogue.Official.FirstOrDefault(i => i.Code == code)?.Name ?? code;

    public int GroupOf(string code) => Index766Catalogue.Official.FirstOrDefault(i => i.Code == code)?.Group ?? 0;
}
