using System.Globalization;
using ReformDesk.Core.Dossiers.Rules;

namespace ReformDesk.Core.Dossiers.Import;

/// <summary>
/// Writes dossiers in the provincial TTHC system's export layout (Vietnamese headers, dd/MM/yyyy HH:mm), the layout
/// <see cref="DossierLogImporter"/> reads with no saved mapping. Used for demo files and the import benchmark.
/// </summary>
public static class DossierLogCsv
{
    public static readonly string[] Headers =
    [
        "Mã hồ sơ", "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết", "Phí, lệ phí", "Ngày tiếp nhận", "Ngày hẹn trả",
        "Ngày có kết quả", "Ngày trả kết quả", "Ngày từ chối", "Ngày rút hồ sơ", "Kênh nộp", "Số hóa", "Trực tuyến toàn trình",
        "Thanh toán trực tuyến", "Số lần yêu cầu bổ sung", "Ngày yêu cầu bổ sung", "Ngày bổ sung", "Số lần đến", "Người nộp", "Số điện thoại",
    ];

    public static void WriteHeader(TextWriter w)
    {
        for (var i = 0; i < Headers.Length; i++)
        {
            if (i > 0) w.Write(',');
            Write(w, Headers[i]);
        }

        w.WriteLine();
    }

    public static void WriteRow(TextWriter w, Dossier d, Procedure p, IReadOnlyList<DossierSupplement> supplements)
    {
        var first = supplements.Count > 0 ? supplements[0] : null;
        string?[] cells =
        [
            d.Code, p.Code, p.Name, p.Field,
            p.ProcessingHours is { } hours and > 0 ? $"{hours:00} giờ làm việc" : p.SameDay ? "Trong ngày" : p.ProcessingDays is { } days ? $"{days:00} ngày làm việc" : "",
            p.Fee?.ToString("0", CultureInfo.InvariantCulture),
            Moment(d.ReceivedAt), d.AppointmentDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            Moment(d.ProcessedAt), Moment(d.ReturnedAt), Moment(d.RejectedAt), Moment(d.WithdrawnAt),
            d.Channel switch { DossierChannel.Online => "Trực tuyến", DossierChannel.Postal => "Bưu chính", _ => "Trực tiếp" },
            Flag(d.Digitised), Flag(d.FullyOnline), Flag(d.PaidOnline),
            supplements.Count.ToString(CultureInfo.InvariantCulture), Moment(first?.RequestedAt), Moment(first?.SuppliedAt),
            d.Visits.ToString(CultureInfo.InvariantCulture), d.ApplicantName, d.ApplicantPhone,
        ];
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) w.Write(',');
            Write(w, cells[i]);
        }

        w.WriteLine();
    }

    private static string? Moment(DateTime? t) => t?.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string Flag(bool b) => b ? "Có" : "Không";

    private static void Write(TextWriter w, string? cell)
    {
        if (string.IsNullOrEmpty(cell)) return;
        if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            w.Write(cell);
            return;
        }

        w.Write('"');
        w.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
        w.Write('"');
    }
}
