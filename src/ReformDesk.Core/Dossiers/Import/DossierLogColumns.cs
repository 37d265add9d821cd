using ReformDesk.Core.Plans.Import;

namespace ReformDesk.Core.Dossiers.Import;

/// <summary>The fields a dossier log can carry; names are stored in <see cref="ImportMapping"/>.</summary>
public enum DossierField
{
    Code,
    ProcedureCode,
    ProcedureName,
    Field,
    ProcessingDays,
    Fee,
    ReceivedAt,
    AppointmentDate,
    ProcessedAt,
    ReturnedAt,
    RejectedAt,
    WithdrawnAt,
    Channel,
    Digitised,
    FullyOnline,
    PaidOnline,
    SupplementCount,
    SupplementRequestedAt,
    SuppliedAt,
    Visits,
    ApplicantName,
    ApplicantPhone,
}

/// <summary>Result of matching a file's header row to fields.</summary>
/// <param name="Columns">Field → zero-based column index.</param>
/// <param name="Missing">Required fields with no column.</param>
/// <param name="Ignored">Headers that matched no field.</param>
public sealed record HeaderMapping(IReadOnlyDictionary<DossierField, int> Columns, IReadOnlyList<DossierField> Missing, IReadOnlyList<string> Ignored)
{
    public bool IsComplete => Missing.Count == 0;
}

/// <summary>
/// Vietnamese headers of the provincial TTHC system's exports and their usual variants. Matching ignores case,
/// diacritics and punctuation ("Ngày tiếp nhận", "NGAY TIEP NHAN", "Ngày_tiếp_nhận" are one header). The national portal's
/// JSON field names (MaHoSo, MaTTHC, NgayTiepNhan …) are synonyms too.
/// </summary>
public static class DossierLogColumns
{
    public static readonly IReadOnlyList<DossierField> Required = [DossierField.Code, DossierField.ProcedureCode, DossierField.ReceivedAt];

    /// <summary>The header shown to users for a field (the provincial system's own wording).</summary>
    public static string Label(DossierField field) => Synonyms[field][0];

    public static readonly IReadOnlyDictionary<DossierField, string[]> Synonyms = new Dictionary<DossierField, string[]>
    {
        [DossierField.Code] = ["Mã hồ sơ", "Số hồ sơ", "Mã số hồ sơ", "Ma HS", "MaHoSo"],
        [DossierField.ProcedureCode] = ["Mã thủ tục", "Mã TTHC", "Mã thủ tục hành chính", "MaTTHC"],
        [DossierField.ProcedureName] = ["Tên thủ tục", "Tên TTHC", "Tên thủ tục hành chính", "Thủ tục", "TenTTHC"],
        [DossierField.Field] = ["Lĩnh vực", "Tên lĩnh vực", "TenLinhVuc"],
        [DossierField.ProcessingDays] = ["Thời hạn giải quyết", "Số ngày giải quyết", "Thời hạn (ngày)"],
        [DossierField.Fee] = ["Phí, lệ phí", "Lệ phí", "Phí"],
        [DossierField.ReceivedAt] = ["Ngày tiếp nhận", "Ngày nhận", "Ngày nộp", "Thời gian tiếp nhận", "Ngày nhận hồ sơ", "NgayTiepNhan"],
        [DossierField.AppointmentDate] = ["Ngày hẹn trả", "Ngày hẹn trả kết quả", "Hẹn trả", "NgayHenTra"],
        [DossierField.ProcessedAt] = ["Ngày có kết quả", "Ngày hoàn thành", "Ngày xử lý xong", "Ngày giải quyết xong", "NgayKetThucXuLy"],
        [DossierField.ReturnedAt] = ["Ngày trả kết quả", "Ngày trả", "Ngày trả thực tế", "NgayTra"],
        [DossierField.RejectedAt] = ["Ngày từ chối", "Ngày trả lại", "Ngày dừng xử lý"],
        [DossierField.WithdrawnAt] = ["Ngày rút hồ sơ", "Ngày công dân rút"],
        [DossierField.Channel] = ["Kênh nộp", "Hình thức nộp", "Kênh tiếp nhận"],
        [DossierField.Digitised] = ["Số hóa", "Đã số hóa", "Số hoá"],
        [DossierField.FullyOnline] = ["Toàn trình", "Trực tuyến toàn trình", "DVC toàn trình"],
        [DossierField.PaidOnline] = ["Thanh toán trực tuyến", "Đã thanh toán trực tuyến", "TT trực tuyến"],
        [DossierField.SupplementCount] = ["Số lần yêu cầu bổ sung", "Số lần bổ sung"],
        [DossierField.SupplementRequestedAt] = ["Ngày yêu cầu bổ sung"],
        [DossierField.SuppliedAt] = ["Ngày nhận bổ sung", "Ngày bổ sung"],
        [DossierField.Visits] = ["Số lần đi lại", "Số lần đến"],
        [DossierField.ApplicantName] = ["Người nộp", "Chủ hồ sơ", "Tên người nộp", "Họ tên người nộp", "ChuHoSo"],
        [DossierField.ApplicantPhone] = ["Số điện thoại", "Điện thoại", "SĐT", "SoDienThoai"],
    };

    private static readonly Dictionary<string, DossierField> ByKey = Synonyms
        .SelectMany(kv => kv.Value.Select(s => (Key: VietnameseText.Key(s), kv.Key)))
        .DistinctBy(x => x.Key) // "Số hóa" and "Số hoá" fold to one key
        .ToDictionary(x => x.Key, x => x.Item2);

    /// <summary>The field a header names, if any.</summary>
    public static DossierField? FieldOf(string header) =>
        ByKey.TryGetValue(VietnameseText.Key(header ?? ""), out var f) ? f : null;

    /// <summary>
    /// Maps a header row. A saved mapping of the source (field → its header text) wins over the synonyms; the first
    /// column that names a field takes it.
    /// </summary>
    public static HeaderMapping Map(IReadOnlyList<string> headers, IReadOnlyDictionary<DossierField, string>? saved = null)
    {
        var columns = new Dictionary<DossierField, int>();
        var keys = headers.Select(h => VietnameseText.Key(h ?? "")).ToList();
        if (saved is not null)
        {
            foreach (var (field, header) in saved)
            {
                var i = keys.IndexOf(VietnameseText.Key(header));
                if (i >= 0)
                {
                    columns[field] = i;
                }
            }
        }

        var ignored = new List<string>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (columns.ContainsValue(i))
            {
                continue;
            }

            if (ByKey.TryGetValue(keys[i], out var field))
            {
                columns.TryAdd(field, i);
            }
            else if (keys[i].Length > 0)
            {
                ignored.Add(headers[i]);
            }
        }

        return new HeaderMapping(columns, Required.Where(f => !columns.ContainsKey(f)).ToList(), ignored);
    }
}
