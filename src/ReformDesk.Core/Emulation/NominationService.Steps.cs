using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

/// <summary>The nomination's steps through the unit and the secretariat: submit, tick the checklist and mark checked, return.</summary>
public sealed partial class NominationService
{
    /// <summary>Draft or returned → submitted, after the rules ran with today's date; a failed rule blocks it with its reason.</summary>
    public async Task<OperationResult<Nomination>> SubmitAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        if (await db.Nominations.FirstOrDefaultAsync(n => n.Id == id, ct) is not { } nomination)
        {
            return OperationResult<Nomination>.Fail("id", "Không tìm thấy hồ sơ đề nghị.");
        }

        if (!EmulationPermissions.CanNominate(actor, nomination.UnitId))
        {
            return OperationResult<Nomination>.Fail("access", "Chỉ đơn vị đề nghị được gửi hồ sơ này.");
        }

        if (await SubmitCheckedAsync(nomination, ct) is { } error)
        {
            return OperationResult<Nomination>.Fail("rules", error);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<Nomination>.Ok(nomination);
    }

    private async Task<string?> SubmitCheckedAsync(Nomination nomination, CancellationToken ct)
    {
        if (!NominationTransitions.Allows(nomination.Status, NominationStep.Submit))
        {
            return $"Không thể gửi hồ sơ đang ở trạng thái \"{Nomination.StatusText(nomination.Status)}\".";
        }

        var check = await CheckAsync(nomination, Today, ct);
        if (check.Verdict == NominationVerdict.Blocked)
        {
            return "Không thể gửi hồ sơ: " + string.Join(" ", check.Failures.Select(f => f.Outcome.Reason));
        }

        var submitted = nomination.Submit(Today);
        return submitted.Succeeded ? null : submitted.Errors.Values.First();
    }

    /// <summary>The secretariat ticks checklist items; with <paramref name="markChecked"/> the dossier moves on when every rule passes.</summary>
    public async Task<OperationResult<Nomination>> ConfirmAsync(Guid id, Actor actor, IEnumerable<string> confirmedCodes, bool markChecked, CancellationToken ct = default)
    {
        if (await db.Nominations.FirstOrDefaultAsync(n => n.Id == id, ct) is not { } nomination)
        {
            return OperationResult<Nomination>.Fail("id", "Không tìm thấy hồ sơ đề nghị.");
        }

        if (!EmulationPermissions.CanCheck(actor))
        {
            return OperationResult<Nomination>.Fail("access", "Chỉ bộ phận tham mưu được kiểm tra hồ sơ.");
        }

        if (nomination.ConfirmItems(confirmedCodes) is { Succeeded: false } refused)
        {
            return refused;
        }

        if (markChecked)
        {
            var check = await CheckAsync(nomination, null, ct);
            if (check.Verdict == NominationVerdict.Blocked)
            {
                return OperationResult<Nomination>.Fail("rules", "Hồ sơ không đạt: " + string.Join(" ", check.Failures.Select(f => f.Outcome.Reason)));
            }

            if (check.Verdict == NominationVerdict.NeedsConfirmation)
            {
                return OperationResult<Nomination>.Fail("rules", "Còn tiêu chí chưa được xác nhận: " + string.Join("; ", check.OpenItems.Select(i => i.Text)) + ".");
            }

            if (nomination.MarkChecked() is { Succeeded: false } notChecked)
            {
                return notChecked;
            }
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<Nomination>.Ok(nomination);
    }

    public async Task<OperationResult<Nomination>> ReturnAsync(Guid id, Actor actor, string? reason, CancellationToken ct = default)
    {
        if (await db.Nominations.FirstOrDefaultAsync(n => n.Id == id, ct) is not { } nomination)
        {
            return OperationResult<Nomination>.Fail("id", "Không tìm thấy hồ sơ đề nghị.");
        }

        if (!EmulationPermissions.CanCheck(actor))
        {
            return OperationResult<Nomination>.Fail("access", "Chỉ bộ phận tham mưu được trả lại hồ sơ.");
        }

        if (nomination.Return(reason) is { Succeeded: false } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<Nomination>.Ok(nomination);
    }
}
