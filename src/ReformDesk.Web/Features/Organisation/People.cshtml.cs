using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Organisation;

/// <summary>What the "add a person and a post" form posts; a refused one is shown again as typed.</summary>
public sealed record PersonForm
{
    public string? FullName { get; init; }
    public string? Title { get; init; }
    public Guid? UnitId { get; init; }
    public int? FromYear { get; init; }
    public int? ToYear { get; init; }

    public TenureInput ToInput() => new(FullName, Title, UnitId, FromYear ?? 0, ToYear);
}

/// <summary>The commune's people and their posts in a year; editors add a person with a post.</summary>
public sealed class PeopleModel(UnitService units, TimeProvider clock, PersonService people, RequestTenant tenant) : PageModel
{
    public bool CanEdit => FactService.CanEdit(User.ToActor(tenant.ReadOnly));
    public IReadOnlyList<Unit> Units { get; private set; } = [];

    [BindProperty]
    public PersonForm Entry { get; set; } = new();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var input = Entry.ToInput();
        var result = await people.AddTenureAsync(input, cancellationToken);
        if (!result.Succeeded && this.Refusal(result, nameof(Entry)) is { } denied)
        {
            return denied;
        }

        if (!result.Succeeded)
        {
            Year = input.FromYear;
            await LoadAsync(cancellationToken);
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
        await LoadAsync(cancellationToken);
        Entry = new PersonForm { FromYear = Year };
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
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
