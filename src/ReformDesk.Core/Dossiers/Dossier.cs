using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Dossiers;

/// <summary>An administrative procedure (thủ tục hành chính) of the commune's catalogue.</summary>
public sealed class Procedure : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Field { get; set; }

    /// <summary>Statutory processing time in working days; null when <see cref="SameDay"/> or not yet known.</summary>
    public int? ProcessingDays { get; set; }

    /// <summary>Statutory processing time in working hours ("trong 04 giờ làm việc"); wins over the days when set.</summary>
    public int? ProcessingHours { get; set; }

    public bool SameDay { get; set; }
    public decimal? Fee { get; set; }

    /// <summary>Shown where a procedure's processing time is not known yet (created by an import from an unknown code).</summary>
    public const string NeedsProcessingTimeText = "cần bổ sung thời hạn giải quyết";

    public bool NeedsProcessingTime => ProcessingDays is null && ProcessingHours is null && !SameDay;

    /// <summary>The national field code (MaLinhVuc) from the portal's records.</summary>
    public string? FieldCode { get; set; }
    public bool FullyOnlineAllowed { get; set; }

    /// <summary>The documents to submit (thành phần hồ sơ), one per line, as the public catalogue shows them.</summary>
    public string? Documents { get; set; }

    /// <summary>Where the procedure can be submitted online (the national or provincial public-service portal), if it can.</summary>
    public string? OnlineUrl { get; set; }

    /// <summary>Dossiers are also taken by post (dịch vụ bưu chính công ích).</summary>
    public bool PostalAllowed { get; set; }

    /// <summary>The rules' processing time; an unknown time is treated as same-day so that it never hides a late dossier.</summary>
    public ProcessingTime ProcessingTime => ProcessingHours is { } h and > 0 ? ProcessingTime.Hours(h)
        : !SameDay && ProcessingDays is { } d and > 0 ? ProcessingTime.Days(d) : ProcessingTime.SameDay;
}

/// <summary>
/// One dossier (hồ sơ TTHC) as recorded: only moments and flags. Its status is never stored; it is derived by
/// <see cref="DossierStatusRules"/> (see <see cref="DossierService"/>). Moments are local Vietnam time (Kind=Unspecified).
/// </summary>
public sealed partial class Dossier : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Code { get; set; } = "";
    public Guid ProcedureId { get; set; }
    public Guid? UnitId { get; set; }
    public DateTime ReceivedAt { get; set; }
    public DossierChannel Channel { get; set; }

    /// <summary>Kept minimal: shown to staff only, never on the public lookup.</summary>
    public string? ApplicantName
    {
        get => applicantName;
        set
        {
            applicantName = value;
            ApplicantSearch = CounterSearch.Name(value);
        }
    }

    /// <summary>Only used as the fallback second factor of the citizen lookup; never shown publicly.</summary>
    public string? ApplicantPhone
    {
        get => applicantPhone;
        set
        {
            applicantPhone = value;
            PhoneDigits = CounterSearch.Digits(value);
        }
    }

    /// <summary>The name lower-cased without diacritics, kept in step by the setter, for the counter's search.</summary>
    public string? ApplicantSearch { get; private set; }

    /// <summary>The phone's digits only, for the counter's search.</summary>
    public string? PhoneDigits { get; private set; }

    private string? applicantName;
    private string? applicantPhone;

    /// <summary>
    /// The random key printed on the receipt (<see cref="LookupKeys"/>); with the code it opens the public lookup. Set at receipt and
    /// import; a dossier stored before keys existed gets one when its receipt is first printed.
    /// </summary>
    public string? LookupKey { get; set; }

    /// <summary>Gives a dossier stored before lookup keys existed its key; false when it already had one.</summary>
    public bool EnsureLookupKey()
    {
        if (LookupKey is not null)
        {
            return false;
        }

        LookupKey = LookupKeys.New();
        return true;
    }

    public DateOnly? AppointmentDate { get; set; }

    /// <summary>The new date of the apology letter (form 04), set once; the status is still judged against <see cref="AppointmentDate"/>.</summary>
    public DateOnly? ApologyAppointment { get; private set; }
    public DateTime? ProcessedAt { get; set; }
    public DateTime? ReturnedAt { get; set; }
    public DateTime? RejectedAt { get; set; }
    public DateTime? WithdrawnAt { get; set; }
    public bool Digitised { get; set; }
    public bool FullyOnline { get; set; }
    public bool PaidOnline { get; set; }
    public int Visits { get; set; }

    /// <summary>Where the row came from (import source name, "demo", …).</summary>
    public string? SourceName { get; set; }

    /// <summary>Hash of the imported row's values: an unchanged row re-imported is skipped without a write.</summary>
    public string? RowHash { get; set; }

    // Fields of the national portal's sync record (DongBoHoSoMC, domain.md §8) that the CSV layout does not carry.

    /// <summary>Portal status 3: refused at intake (with <see cref="RejectedAt"/>); indicator 2.1 leaves it out.</summary>
    public bool RefusedAtIntake { get; set; }

    /// <summary>The applicant's account was authenticated with VNeID (TaiKhoanDuocXacThucVoiVNeID = 1).</summary>
    public bool VneidVerified { get; set; }

    /// <summary>At least one result has an electronic copy (DanhSachGiayToKetQua with a link).</summary>
    public bool ElectronicResult { get; set; }

    /// <summary>Time of day of the appointment (NgayHenTra) when the record gives one.</summary>
    public TimeOnly? AppointmentTime { get; set; }

    /// <summary>DuocThanhToanTrucTuyen: 1 on the national portal, 2 through the provincial gateway; null when not paid online.</summary>
    public int? OnlinePaymentVia { get; set; }

    /// <summary>LoaiDoiTuong: 1 citizen, 2 organisation.</summary>
    public int? ApplicantKind { get; set; }

    public string? ApplicantEmail { get; set; }

    /// <summary>TrichYeuHoSo.</summary>
    public string? Summary { get; set; }

    /// <summary>DonViXuLy as the record names it.</summary>
    public string? HandlingUnitName { get; set; }

    /// <summary>The record's lists TaiLieuNop, DanhSachLePhi and DanhSachGiayToKetQua as compact JSON, kept for the export.</summary>
    public string? PortalListsJson { get; set; }
}

/// <summary>A supplement request (form 02); the clock stops from the request to the resubmission.</summary>
public sealed class DossierSupplement : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid DossierId { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateTime? SuppliedAt { get; set; }

    /// <summary>NoiDungBoSung: what was asked for.</summary>
    public string? Content { get; set; }

    /// <summary>NgayHenTraTruoc / NgayHenTraMoi: the appointment before and after the request.</summary>
    public DateTime? AppointmentBefore { get; set; }

    public DateTime? AppointmentAfter { get; set; }
}

/// <summary>Column mapping of one import source (e.g. "Cổng DVC tỉnh"): field name → header text in that source's files.</summary>
public sealed class ImportMapping : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.NewGuid();
    public string SourceName { get; set; } = "";

    /// <summary>JSON object { "ReceivedAt": "Ngày nhận hồ sơ", … }.</summary>
    public string ColumnsJson { get; set; } = "{}";

    public DateTime UpdatedAtUtc { get; set; }
}
