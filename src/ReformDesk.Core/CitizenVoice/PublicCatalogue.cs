using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.CitizenVoice;

/// <summary>A procedure as the public catalogue shows it.</summary>
public sealed record PublicProcedure(string Code, string Name, string? Field, IReadOnlyList<string> Documents, decimal? Fee, string ProcessingTime,
    bool Online, string? OnlineUrl, bool Postal)
{
    /// <summary>Where it can be submitted: always at the counter, by post and online where allowed.</summary>
    public IReadOnlyList<string> Channels =>
        new[] { "Trực tiếp tại Bộ phận một cửa", Postal ? "Qua dịch vụ bưu chính công ích" : null, Online ? "Trực tuyến trên Cổng Dịch vụ công" : null }.OfType<string>().ToList();
}

/// <summary>The commune's procedure catalogue for citizens, searchable without diacritics ("dang ky khai sinh" finds "Đăng ký khai sinh").</summary>
public sealed class PublicCatalogue(ReformDeskDbContext db)
{
    public async Task<IReadOnlyList<PublicProcedure>> SearchAsync(Guid communeId, string? query, CancellationToken ct = default)
    {
        var procedures = await db.Procedures.IgnoreQueryFilters().AsNoTracking().Where(p => p.TenantId == communeId).OrderBy(p => p.Field).ThenBy(p => p.Name).ToListAsync(ct);
        var words = FeedbackText.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return procedures
            .Where(p => words.Length == 0 || words.All(w => FeedbackText.Fold($"{p.Code} {p.Name} {p.Field}").Contains(w, StringComparison.Ordinal)))
            .Select(p => new PublicProcedure(p.Code, p.Name, p.Field,
                (p.Documents ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), p.Fee, TimeText(p),
                p.FullyOnlineAllowed || p.OnlineUrl is not null, p.OnlineUrl, p.PostalAllowed))
            .ToList();
    }

    /// <summary>What the public catalogue shows beyond the statutory data: documents (one per line), the online link, postal submission.</summary>
    public async Task<OperationResult<Procedure>> UpdatePublicInfoAsync(Guid procedureId, string? documents, string? onlineUrl, bool postal, CancellationToken ct = default)
    {
        var procedure = await db.Procedures.FirstOrDefaultAsync(p => p.Id == procedureId, ct);
        if (procedure is null)
        {
            return OperationResult<Procedure>.NotFound("Không tìm thấy thủ tục.");
        }

        var lines = (documents ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var text = string.Join('\n', lines);
        if (text.Length > 4000)
        {
            return OperationResult<Procedure>.Invalid("Documents", $"Thủ tục {procedure.Code}: thành phần hồ sơ dài {text.Length} ký tự, tối đa 4.000.");
        }

        var url = string.IsNullOrWhiteSpace(onlineUrl) ? null : onlineUrl.Trim();
        if (url is not null && (url.Length > 500 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            return OperationResult<Procedure>.Invalid("OnlineUrl", $"Thủ tục {procedure.Code}: địa chỉ nộp trực tuyến \"{url}\" phải là địa chỉ http(s) đầy đủ, ví dụ https://dichvucong.gov.vn.");
        }

        procedure.Documents = text.Length == 0 ? null : text;
        procedure.OnlineUrl = url;
        procedure.PostalAllowed = postal;
        await db.SaveChangesAsync(ct);
        return OperationResult<Procedure>.Ok(procedure);
    }

    public static string TimeText(Procedure p) =>
        p.ProcessingHours is { } h and > 0 ? $"{h} giờ làm việc"
        : p.SameDay ? "Trong ngày (ngày không hẹn lại)"
        : p.ProcessingDays is { } d and > 0 ? $"{d} ngày làm việc"
        : "Đang cập nhật";
}
