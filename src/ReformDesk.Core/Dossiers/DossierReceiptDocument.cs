using System.Globalization;
using ReformDesk.Core.Documents;
using ReformDesk.Core.Dossiers.Rules;

namespace ReformDesk.Core.Dossiers;

/// <summary>
/// Mẫu 01 "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" as an administrative document, for <see cref="IPdfRenderer"/>: code,
/// receipt and appointment moments, the lookup key and the QR code of the public lookup link. Never prints the phone.
/// </summary>
public static class DossierReceiptDocument
{
    public static AdministrativeDocument Build(Dossier dossier, Procedure procedure, string communeName, string lookupUrl, DateTime? dueMoment, string? ratingUrl = null)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var place = communeName;
        foreach (var prefix in new[] { "Phường ", "Xã ", "Thị trấn " })
        {
            if (place.StartsWith(prefix, StringComparison.Ordinal)) place = place[prefix.Length..];
        }

        static string Day(DateOnly x) => $"ngày {x.Day:00} tháng {x.Month:00} năm {x.Year}";
        var received = dossier.ReceivedAt;
        var appointment = dossier.AppointmentDate is { } date
            ? (dueMoment is { } m && DateOnly.FromDateTime(m) == date ? $"{m:HH} giờ {m:mm} phút, " : "") + Day(date)
            : "chưa xác định";
        var time = procedure.ProcessingTime;
        var statutory = time.Kind switch
        {
            ProcessingTimeKind.WorkingHours => $"{time.Amount:00} giờ làm việc",
            ProcessingTimeKind.SameDay => "trong ngày",
            _ => $"{time.Amount:00} ngày làm việc",
        };
        return new AdministrativeDocument
        {
            ParentBody = $"ỦY BAN NHÂN DÂN {communeName}".ToUpper(vi),
            IssuingBody = "BỘ PHẬN MỘT CỬA",
            Type = DocumentType.DossierReceipt,
            IssuerAbbreviation = "BPMC",
            Place = place,
            Date = DateOnly.FromDateTime(received),
            Subject = $"Mã hồ sơ: {dossier.Code}",
            Body =
            [
                new Block.Paragraph($"Bộ phận Tiếp nhận và Trả kết quả {communeName} tiếp nhận hồ sơ của: {dossier.ApplicantName ?? "Ông/Bà"}."),
                new Block.Paragraph($"Nội dung yêu cầu giải quyết: {procedure.Name}."),
                new Block.Paragraph("Số lượng hồ sơ: 01 bộ."),
                new Block.Paragraph($"Thời gian giải quyết hồ sơ theo quy định: {statutory}."),
                new Block.Paragraph($"Thời gian nhận hồ sơ: {received:HH} giờ {received:mm} phút, {Day(DateOnly.FromDateTime(received))}."),
                new Block.Paragraph($"Thời gian trả kết quả giải quyết hồ sơ: {appointment}."),
                new Block.Paragraph($"Khóa tra cứu: {LookupKeys.Display(dossier.LookupKey!)} (giữ kín; người có khóa xem được tình trạng hồ sơ, không xem được thông tin cá nhân)."),
                new Block.QrCode(lookupUrl, "Quét mã QR hoặc mở đường dẫn sau để tra cứu tình trạng hồ sơ:"),
                .. ratingUrl is null ? Array.Empty<Block>() : [new Block.QrCode(ratingUrl, "Sau khi nhận kết quả, quét mã QR hoặc mở đường dẫn sau để đánh giá sự hài lòng:")],
            ],
            Recipients = ["Người nộp hồ sơ;", "Lưu: BPMC."],
            Signature = new Signature(null, "NGƯỜI TIẾP NHẬN HỒ SƠ", "……………………"),
        };
    }
}
