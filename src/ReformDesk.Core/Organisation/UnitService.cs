using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Organisation;

public sealed record UnitInput(string? Name, UnitKind Kind, string? Note, bool IsActive = true);

/// <summary>Units of the current commune. The DbContext scopes every query and write to the tenant.</summary>
public sealed class UnitService(ReformDeskDbContext db)
{
    /// <summary>
    /// By kind in the order of <see cref="UnitKind"/>, then by Vietnamese name. Sorted here: the kind is stored as its English
    /// name, which the database would sort alphabetically ("Other" between "Military" and "Police").
    /// </summary>
    public async Task<List<Unit>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.Units.AsNoTracking().ToListAsync(cancellationToken))
        .OrderBy(u => u.Kind).ThenBy(u => u.Name, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false)).ToList();

    public Task<Unit?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

    public async Task<OperationResult<Unit>> CreateAsync(UnitInput input, CancellationToken cancellationToken = default)
    {
        var name = Clean(input.Name);
        if (await ValidateAsync(name, null, cancellationToken) is { } error)
        {
            return error;
        }

        var unit = new Unit { Name = name!, Kind = input.Kind, Note = Clean(input.Note), IsActive = input.IsActive };
        db.Units.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult<Unit>.Ok(unit);
    }

    public async Task<OperationResult<Unit>> UpdateAsync(Guid id, UnitInput input, CancellationToken cancellationToken = default)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (unit is null)
        {
            return OperationResult<Unit>.NotFound("Không tìm thấy đơn vị.");
        }

        var name = Clean(input.Name);
        if (await ValidateAsync(name, id, cancellationToken) is { } error)
        {
            return error;
        }

        unit.Name = name!;
        unit.Kind = input.Kind;
        unit.Note = Clean(input.Note);
        unit.IsActive = input.IsActive;
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult<Unit>.Ok(unit);
    }

    public async Task<OperationResult<Unit>> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (unit is null)
        {
            return OperationResult<Unit>.NotFound("Không tìm thấy đơn vị.");
        }

        if (await db.PositionTenures.AnyAsync(p => p.UnitId == id, cancellationToken))
        {
            return OperationResult<Unit>.Conflict("Đơn vị đang có cán bộ giữ chức vụ; hãy chuyển họ sang đơn vị khác hoặc đánh dấu ngừng hoạt động.");
        }

        db.Units.Remove(unit);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Tasks, dossiers, facts … point at the unit (restricted foreign keys): it is kept, not half-deleted.
            db.Entry(unit).State = EntityState.Unchanged;
            return OperationResult<Unit>.Conflict("Đơn vị đang được dùng trong kế hoạch, hồ sơ hoặc dữ liệu khác; hãy đánh dấu ngừng hoạt động thay vì xóa.");
        }

        return OperationResult<Unit>.Ok(unit);
    }

    private async Task<OperationResult<Unit>?> ValidateAsync(string? name, Guid? id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(name))
        {
            return OperationResult<Unit>.Invalid(nameof(UnitInput.Name), "Tên đơn vị là bắt buộc.");
        }

        if (name.Length > 300)
        {
            return OperationResult<Unit>.Invalid(nameof(UnitInput.Name), "Tên đơn vị không được dài quá 300 ký tự.");
        }

        if (await db.Units.AnyAsync(u => u.Name == name && u.Id != id, cancellationToken))
        {
            return OperationResult<Unit>.Invalid(nameof(UnitInput.Name), $"Đã có đơn vị tên \"{name}\".");
        }

        return null;
    }

    private static string? Clean(string? text)
    {
        var trimmed = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(System.Text.NormalizationForm.FormC);
        return trimmed.Length == 0 ? null : trimmed;
    }
}
