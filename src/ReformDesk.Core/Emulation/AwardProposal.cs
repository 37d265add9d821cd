using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

public enum ProposalStatus
{
    /// <summary>Dự thảo tờ trình.</summary>
    Draft,
    /// <summary>Đã trình cấp trên (số, ngày, người ký).</summary>
    Sent,
    /// <summary>Cấp trên trả lại (có lý do); sửa và trình lại.</summary>
    Returned,
    /// <summary>Cấp trên đã quyết định khen thưởng.</summary>
    Decided,
}

/// <summary>
/// Tờ trình đề nghị cấp trên khen thưởng: the commune proposes the approved nominations it may not decide itself to the
/// level that decides them (the provincial Chairman, through Sở Nội vụ). Draft → Sent → Returned (→ Sent again) or Decided;
/// the higher decision's number, date and authority are recorded when it arrives.
/// </summary>
public sealed class AwardProposal : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid RoundId { get; private set; }

    /// <summary>The level whose Chairman decides (Tinh since 01/7/2025).</summary>
    public AwardLevel Level { get; private set; }

    /// <summary>Kính gửi: e.g. "Chủ tịch Ủy ban nhân dân thành phố Hải Phòng (qua Sở Nội vụ)".</summary>
    public string AddressedTo { get; private set; } = "";

    public ProposalStatus Status { get; private set; } = ProposalStatus.Draft;
    public int? Number { get; private set; }
    public DateOnly? SentOn { get; private set; }
    public string? Signer { get; private set; }
    public string? ReturnReason { get; private set; }
    public DateOnly? ReturnedOn { get; private set; }
    public string? HigherDecisionNumber { get; private set; }
    public DateOnly? HigherDecisionDate { get; private set; }
    public string? HigherAuthority { get; private set; }
    public string CreatedBy { get; private set; } = "";

    private AwardProposal()
    {
    }

    public AwardProposal(Guid roundId, AwardLevel level, string addressedTo, string createdBy)
    {
        RoundId = roundId;
        Level = level;
        AddressedTo = addressedTo;
        CreatedBy = createdBy;
    }

    public string? NumberText => Number is { } n
        ? $"{Documents.DocumentNumbers.FormatNumber(n)}/{Documents.DocumentNumbers.Symbol(Documents.DocumentType.Submission, "UBND")}"
        : null;

    public static string StatusText(ProposalStatus s) => s switch
    {
        ProposalStatus.Draft => "Dự thảo",
        ProposalStatus.Sent => "Đã trình cấp trên",
        ProposalStatus.Returned => "Cấp trên trả lại",
        _ => "Cấp trên đã quyết định",
    };

    /// <summary>Draft/Returned → Sent; Sent → Returned or Decided; Decided is final.</summary>
    public static bool CanMove(ProposalStatus from, ProposalStatus to) => (from, to) switch
    {
        (ProposalStatus.Draft or ProposalStatus.Returned, ProposalStatus.Sent) => true,
        (ProposalStatus.Sent, ProposalStatus.Returned or ProposalStatus.Decided) => true,
        _ => false,
    };

    /// <summary>Signed and sent with its number and date; null when done, else the field and the Vietnamese reason.</summary>
    public (string Field, string Message)? Send(int? number, DateOnly? on, string? signer, DateOnly today)
    {
        if (Refused(ProposalStatus.Sent) is { } refused)
        {
            return refused;
        }

        if (number is null or <= 0)
        {
            return ("Number", "Hãy nhập số tờ trình (số nguyên dương).");
        }

        if (on is null || on > today)
        {
            return ("Date", "Hãy nhập ngày ký tờ trình (không sau hôm nay).");
        }

        if (ReturnedOn is { } returned && on < returned)
        {
            return ("Date", $"Ngày trình lại không được trước ngày cấp trên trả lại ({VietnamTime.Date(returned)}).");
        }

        if (string.IsNullOrWhiteSpace(signer))
        {
            return ("Signer", "Hãy nhập người ký tờ trình.");
        }

        Status = ProposalStatus.Sent;
        Number = number;
        SentOn = on;
        Signer = signer.Trim();
        return null;
    }

    public (string Field, string Message)? Return(string? reason, DateOnly? on, DateOnly today)
    {
        if (Refused(ProposalStatus.Returned) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return ("Reason", "Hãy nhập lý do cấp trên trả lại tờ trình.");
        }

        if (on is null || on > today || on < SentOn)
        {
            return ("Date", $"Ngày trả lại phải từ ngày trình ({VietnamTime.Date(SentOn!.Value)}) đến hôm nay.");
        }

        Status = ProposalStatus.Returned;
        ReturnReason = reason.Trim();
        ReturnedOn = on;
        return null;
    }

    public (string Field, string Message)? Decide(string? number, DateOnly? on, string? authority, DateOnly today)
    {
        if (Refused(ProposalStatus.Decided) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(number))
        {
            return ("Number", "Hãy nhập số quyết định khen thưởng của cấp trên, ví dụ 1234/QĐ-UBND.");
        }

        if (on is null || on > today || on < SentOn)
        {
            return ("Date", $"Ngày quyết định phải từ ngày trình ({VietnamTime.Date(SentOn!.Value)}) đến hôm nay.");
        }

        if (string.IsNullOrWhiteSpace(authority))
        {
            return ("Authority", "Hãy nhập cơ quan, người có thẩm quyền đã quyết định (ví dụ Chủ tịch Ủy ban nhân dân thành phố Hải Phòng).");
        }

        Status = ProposalStatus.Decided;
        HigherDecisionNumber = number.Trim();
        HigherDecisionDate = on;
        HigherAuthority = authority.Trim();
        return null;
    }

    private (string Field, string Message)? Refused(ProposalStatus to) =>
        CanMove(Status, to) ? null : ("Status", $"Không thể chuyển tờ trình từ \"{StatusText(Status)}\" sang \"{StatusText(to)}\".");
}

/// <summary>One nomination proposed in a tờ trình; a nomination is proposed upward once.</summary>
public sealed class AwardProposalItem : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProposalId { get; set; }
    public Guid NominationId { get; set; }
}
