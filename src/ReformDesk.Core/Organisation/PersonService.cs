using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Organisation;

/// <summary>A position held in a year: who, which post, in which unit, and over which years.</summary>
public sealed record PostHeld(Guid PersonId, string FullName, string Title, string? UnitName, int FromYear, int? ToYear);

public sealed record TenureInput(string? FullName, string? Title, Guid? UnitId, int FromYear, int? ToYear, Guid? PersonId = null);

/// <summary>People of the commune and the positions they hold year by year.</summary>
public sealed class PersonService(ReformDeskDbContext db)
{
    /// <summary>Everyone recorded in the commune, by name.</summary>
    public Task<List<Person>> ListAsync(CancellationToken ct = default) =>
        db.People.AsNoTracking().OrderBy(p => p.FullName).ToListAsync(ct);

    /// <summary>Everyone holding a post in <paramref name="year"/>, by name.</summary>
    public Task<List<PostHeld>> PostsInAsync(int year, CancellationToken ct = default) =>
        (from tenure in db.PositionTenures
         join person in db.People on tenure.PersonId equals person.Id
         join unit in db.Units on tenure.UnitId equals unit.Id into units
         from unit in units.DefaultIfEmpty()
         where tenure.FromYear <= year && (tenure.ToYear == null || tenure.ToYear >= year)
         orderby person.FullName
         select new PostHeld(person.Id, person.FullName, tenure.Title, unit == null ? null : unit.Name, tenure.FromYear, tenure.ToYear))
        .AsNoTracking()
        .ToListAsync(ct);

    /// <summary>Adds a position for an existing person, or a new person with their first position, in one save.</summary>
    public async Task<OperationResult<PositionTenure>> AddTenureAsync(TenureInput input, CancellationToken ct = default)
    {
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            return OperationResult<PositionTenure>.Invalid(nameof(input.Title), "Chức vụ là bắt buộc.");
        }

        if (input.FromYear is < 1990 or > 2100)
        {
            return OperationResult<PositionTenure>.Invalid(nameof(input.FromYear), "Năm bắt đầu phải trong khoảng 1990–2100.");
        }

        if (input.ToYear is { } to && to < input.FromYear)
        {
            return OperationResult<PositionTenure>.Invalid(nameof(input.ToYear), "Năm kết thúc không được trước năm bắt đầu.");
        }

        if (input.ToYear > 2100)
        {
            return OperationResult<PositionTenure>.Invalid(nameof(input.ToYear), "Năm kết thúc phải trong khoảng 1990–2100.");
        }

        if (input.UnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId, ct))
        {
            return OperationResult<PositionTenure>.Invalid(nameof(input.UnitId), "Không tìm thấy đơn vị.");
        }

        Person? person;
        if (input.PersonId is { } personId)
        {
            person = await db.People.FirstOrDefaultAsync(p => p.Id == personId, ct);
            if (person is null)
            {
                return OperationResult<PositionTenure>.NotFound("Không tìm thấy cán bộ.");
            }
        }
        else
        {
            var name = string.Join(' ', (input.FullName ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(System.Text.NormalizationForm.FormC);
            if (name.Length is 0 or > 200)
            {
                return OperationResult<PositionTenure>.Invalid(nameof(input.FullName), "Họ và tên là bắt buộc (tối đa 200 ký tự).");
            }

            person = new Person { FullName = name };
            db.People.Add(person);
        }

        var tenure = new PositionTenure { PersonId = person.Id, UnitId = input.UnitId, Title = title, FromYear = input.FromYear, ToYear = input.ToYear };
        db.PositionTenures.Add(tenure);
        await db.SaveChangesAsync(ct);
        return OperationResult<PositionTenure>.Ok(tenure);
    }
}
