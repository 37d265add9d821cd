namespace ReformDesk.Core.Plans.Import;

/// <summary>Mức độ của một vấn đề khi nhập: <see cref="Error"/> chặn việc lưu, <see cref="Warning"/> thì không.</summary>
public enum ProblemSeverity
{
    Warning,
    Error,
}

/// <summary>
/// Một vấn đề phát hiện khi đọc bảng phụ lục. <paramref name="Row"/> là số dòng trong nguồn
/// (dòng văn bản với FromText, thứ tự dòng bảng trong toàn tài liệu với FromDocx, số dòng Excel với FromXlsx).
/// <paramref name="Field"/> là tên cột (ví dụ "Cơ quan chủ trì") hoặc null.
/// <paramref name="Message"/> là câu tiếng Việt hiển thị được cho người dùng.
/// </summary>
public sealed record ImportProblem(int? Row, string? Field, string Message, ProblemSeverity Severity);

/// <summary>Một nhiệm vụ (một dòng có số TT) của bảng phụ lục, ở dạng thô (chưa khớp đơn vị, chưa phân tích thời hạn).</summary>
public sealed record AppendixRow(
    int SourceRow,
    string Number,
    string Content,
    string LeadUnit,
    IReadOnlyList<string> CoordinatingUnits,
    string ScheduleText,
    string Deliverable);

/// <summary>Một mục của phụ lục, ví dụ Code "I", Title "Chỉ đạo điều hành, kiểm tra và tuyên truyền".
/// Nhiệm vụ đứng trước mọi dòng mục được gom vào một mục có Code và Title rỗng.</summary>
public sealed record AppendixSection(string Code, string Title, IReadOnlyList<AppendixRow> Tasks);

/// <summary>Kết quả đọc bảng phụ lục.</summary>
public sealed record AppendixTable(IReadOnlyList<AppendixSection> Sections, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>Có ít nhất một lỗi (Error) – không được lưu.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);

    /// <summary>Tất cả nhiệm vụ theo thứ tự trong tài liệu.</summary>
    public IEnumerable<AppendixRow> AllTasks => Sections.SelectMany(s => s.Tasks);

    internal static AppendixTable Fail(string message, int? row = null, string? field = null) =>
        new([], [new ImportProblem(row, field, message, ProblemSeverity.Error)]);
}
