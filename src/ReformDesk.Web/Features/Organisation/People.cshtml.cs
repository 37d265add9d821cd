using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Organisation;

public sealed class PeopleModel(UnitService units, TimeProvider clock, PersonService people, RequestTenant tenant) : PageModel
{
    public bool CanEdit => FactService.CanEdit(User.ToActor(tenant.ReadOnly));
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnPostAsync(TenureInput input, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var result = await people.AddTenureAsync(input, cancellationToken);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            Year = input.FromYear;
            await OnGetAsync(cancellationToken);
            return Page();
        }

        return Redirect($"/Organisation/People?year={input.FromYear}");
    }

    public sealed record Row(Guid PersonId, string FullName, string Title, string? UnitName, string Tenure);

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Year is < 2000 or > 2100)
        {
            Year = VietnamTime.Year(clock);
        }

        Units = (await units.ListAsync(cancellationToken)).OrderBy(u => u.Name, StringComparer.Ordinal).ToList();
        Rows = (await people.PostsInAsync(Year, cancellationToken)).Select(r => new Row(r.PersonId, r.FullName, r.Title, r.UnitName,
            r.ToYear is null ? $"Từ năm {r.FromYear}" : $"{r.FromYear} – {r.ToYear}")).ToList();
    }
}
