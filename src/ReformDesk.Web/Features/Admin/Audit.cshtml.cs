using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Plans;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Admin;

[Authorize(Policy = Policies.AuditRead)]
public sealed class AuditModel(AuditLogService audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Display(Name = "Người thực hiện")]
    [StringLength(256, ErrorMessage = "'Người thực hiện' tối đa 256 ký tự.")]
    public string? ByUser { get; set; }

    // Strings, parsed here: a mistyped date gets a Vietnamese message instead of the framework's English one.
    [BindProperty(SupportsGet = true)]
    [Display(Name = "Từ ngày")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Đến ngày")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Loại dữ liệu")]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    /// <summary>Set by the "check the chain" link: the chain is walked only when asked.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Verify { get; set; }

    public AuditPage Result { get; private set; } = new([], 1, false);
    public AuditChainReport? Chain { get; private set; }

    public static IEnumerable<KeyValuePair<string, string>> EntityChoices => AuditNames.Entities.OrderBy(e => e.Value, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Entity is not null && !AuditNames.Entities.ContainsKey(Entity))
        {
            ModelState.AddModelError(nameof(Entity), "'Loại dữ liệu' không có trong danh sách; đã bỏ lọc theo loại.");
            Entity = null;
        }

        var from = Day(nameof(From), "Từ ngày", From);
        var to = Day(nameof(To), "Đến ngày", To);
        if (from is { } f && to is { } t && f > t)
        {
            ModelState.AddModelError(nameof(To), $"'Đến ngày' ({VietnamTime.Date(t)}) phải sau 'Từ ngày' ({VietnamTime.Date(f)}).");
            return;
        }

        if (!ModelState.IsValid && ModelState.ErrorCount > (ModelState[nameof(Entity)]?.Errors.Count ?? 0))
        {
            return; // the form is shown again with what was typed and why it was refused
        }

        Result = await audit.ListAsync(new AuditFilter(ByUser, from, to, Entity, PageNumber), cancellationToken);
        if (Verify)
        {
            Chain = await audit.VerifyAsync(cancellationToken);
        }
    }

    private DateOnly? Day(string key, string label, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
        {
            return day;
        }

        ModelState.AddModelError(key, $"'{label}' không phải ngày hợp lệ: \"{text}\" (cần dạng ngày/tháng/năm, ví dụ 05/03/2026).");
        return null;
    }

    public static string LocalTime(DateTime utc) =>
        VietnamTime.DateTimeSecondsText(utc);

    public static string ActionText(AuditAction action) => action switch
    {
        AuditAction.Create => "Thêm mới",
        AuditAction.Update => "Sửa",
        _ => "Xóa",
    };

    /// <summary>The query string of this page with the current filters and another page number.</summary>
    public IDictionary<string, string?> RouteFor(int page) => new Dictionary<string, string?>
    {
        ["byUser"] = ByUser,
        ["from"] = From,
        ["to"] = To,
        ["entity"] = Entity,
        ["pageNumber"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
