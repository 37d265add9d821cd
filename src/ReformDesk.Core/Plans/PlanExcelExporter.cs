using System.Text;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Plans;

/// <summary>
/// Xuất tình hình thực hiện một kế hoạch ra tệp Excel (.xlsx): trang "Kế hoạch" liệt kê từng mục và
/// nhiệm vụ, trang "Tổng hợp" đếm nhiệm vụ, số đã hoàn thành, quá hạn và tiến độ của từng mục.
/// MiniExcel fills the template <c>PlanWorkbook.xlsx</c>, which holds the look: fonts, borders, merged title, column
/// widths, frozen header, header repeated on every printed page, A4, and conditional formats that shade a section's row
/// (a row without a status) and set an overdue deadline in red. tools/templates/plan-workbook.cs rebuilds the template.
/// </summary>
public static partial class PlanExcelExporter
{
    private const int MaxCellText = 32767;

    private static readonly Lazy<byte[]> Template = new(() =>
    {
        using var stream = typeof(PlanExcelExporter).Assembly.GetManifestResourceStream("ReformDesk.Core.Plans.PlanWorkbook.xlsx")
            ?? throw new InvalidOperationException("PlanWorkbook.xlsx is not embedded in ReformDesk.Core.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>Writes the workbook to <paramref name="output"/> (left open, positioned after the file).</summary>
    public static void Write(PlanOverview overview, DateOnly today, Stream output)
    {
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(output);

        var number = overview.Plan.Number?.Trim();
        var sections = overview.Sections.Select(s => new
        {
            Code = Clean(s.Section.Code),
            Title = Clean(s.Section.Title),
            Tasks = s.Tasks.Count,
            Done = s.Tasks.Count(t => t.Status == PlanTaskStatus.Done),
            Overdue = s.Tasks.Count(t => t.Deadline.State == DeadlineState.Overdue),
            Progress = s.Progress,
        }).ToList();

        var value = new Dictionary<string, object>
        {
            ["Title"] = Clean(overview.Plan.Title),
            ["NumberLine"] = string.IsNullOrEmpty(number) ? "" : Clean($"Số: {number}"),
            ["AsOf"] = $"Tình hình đến ngày {VietnamTime.Date(today)}",
            ["SummaryAsOf"] = $"Tổng hợp tình hình đến ngày {VietnamTime.Date(today)}",
            ["Rows"] = overview.Sections.SelectMany(PlanRows).ToList(),
            ["Sections"] = sections,
            ["TotalTasks"] = sections.Sum(s => s.Tasks),
            ["TotalDone"] = sections.Sum(s => s.Done),
            ["TotalOverdue"] = sections.Sum(s => s.Overdue),
            ["TotalProgress"] = overview.Progress,
        };

        // The package is built in memory: a ZIP needs a seekable stream, which an HTTP response body is not.
        using var buffer = new MemoryStream();
        buffer.SaveAsByTemplate(Template.Value, value);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>A section's heading row (no status: the template shades it) and then its tasks.</summary>
    private static IEnumerable<PlanRow> PlanRows(SectionView section)
    {
        yield return new PlanRow(Clean(section.Section.Code.Trim().TrimEnd('.')), Clean(section.Section.Title), "", "", "", "", "", section.Progress, "", "");
        foreach (var task in section.Tasks)
        {
            yield return new PlanRow(
                Clean(task.Number),
                Clean(task.Content),
                Clean(task.LeadUnit),
                Clean(string.Join("; ", task.Coordinators.Where(c => !string.IsNullOrWhiteSpace(c)))),
                Clean(task.ScheduleText),
                Clean(task.Deliverable),
                TaskTracking.StatusText(task.Status),
                task.Percent,
                task.Deadline.Vietnamese,
                task.Deadline.NextDue is { } due ? VietnamTime.Date(due) : "");
        }
    }

    private sealed record PlanRow(
        string Number, string Content, string LeadUnit, string Coordinators, string Schedule, string Deliverable, string Status,
        int Percent, string Deadline, string NextDue);

    /// <summary>
    /// Text Excel can hold: XML-legal characters only, "\n" line breaks, literal "_xHHHH_" escaped so
    /// Excel does not decode it, and at most 32,767 characters.
    /// </summary>
    internal static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(ch).Append(text[++i]);
            }
            else if (ch == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (ch is '\t' or '\n' || (ch >= 0x20 && ch <= 0xFFFD && !char.IsSurrogate(ch)))
            {
                sb.Append(ch);
            }
        }

        var cleaned = EscapedCharacter().Replace(sb.ToString(), "_x005F$1");
        if (cleaned.Length > MaxCellText)
        {
            var cut = char.IsHighSurrogate(cleaned[MaxCellText - 1]) ? MaxCellText - 1 : MaxCellText;
            cleaned = cleaned[..cut];
        }

        return cleaned;
    }

    [GeneratedRegex("(_x[0-9A-Fa-f]{4}_)")]
    private static partial Regex EscapedCharacter();
}
