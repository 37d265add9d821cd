using System.Security.Claims;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Reports;
using ReformDesk.Web.Features.Admin;
using ReformDesk.Web.Features.Dossiers;
using ReformDesk.Web.Features.Satisfaction;

namespace ReformDesk.Web.Features.Shared;

/// <summary>One entry of the module menu: where it leads, its label, which paths mark it active, and who sees it (everyone signed in when null).</summary>
public sealed record MenuLink(string Href, string Label, string ActivePrefix, IReadOnlyCollection<string>? Roles = null);

/// <summary>
/// The module menu of the staff layout. Each restricted link names the role set its page is authorised with, so the menu
/// never offers a page that would refuse the user (checked against the role × route matrix by <c>ModuleMenuTests</c>).
/// </summary>
public static class ModuleMenu
{
    public static readonly IReadOnlyList<MenuLink> Links =
    [
        new("/", "Tổng quan", "/"),
        new("/Province", "Các xã, phường", "/Province", Province.IndexModel.Readers.Split(',')),
        new("/Plans", "Kế hoạch CCHC", "/Plans"),
        new("/Targets", "Chỉ tiêu", "/Targets"),
        new("/Inspections", "Kiểm tra CCHC", "/Inspections"),
        new("/Dossiers", "Hồ sơ TTHC", "/Dossiers", DossiersSetup.Readers),
        new("/Feedback", "Phản ánh, kiến nghị", "/Feedback", FeedbackPermissions.Readers),
        new("/Satisfaction", "Mức độ hài lòng", "/Satisfaction", SatisfactionSetup.Readers),
        new("/Reports", "Báo cáo định kỳ", "/Reports", PeriodicReportService.Readers),
        new("/Organisation/Units", "Tổ chức", "/Organisation"),
        new("/Emulation/Movements", "Thi đua – Khen thưởng", "/Emulation"),
        new("/ParIndex", "Chỉ số CCHC", "/ParIndex"),
        new("/Admin/Calendar", "Lịch làm việc", "/Admin/Calendar"),
        new("/Admin/Index766", "Điểm chỉ số 766", "/Admin/Index766", Index766AdminModel.Editors),
        new("/Admin/Users", "Tài khoản", "/Admin/Users", Roles.AccountManagers),
        new("/Admin/Audit", "Nhật ký thay đổi", "/Admin/Audit", Roles.AuditReaders),
    ];

    /// <summary>The links this user sees, in menu order.</summary>
    public static IReadOnlyList<MenuLink> For(ClaimsPrincipal user) =>
        Links.Where(l => l.Roles is null || l.Roles.Any(user.IsInRole)).ToList();

    /// <summary>Whether the link is the current page's module.</summary>
    public static bool IsActive(MenuLink link, string path) =>
        link.ActivePrefix == "/" ? path == "/" : path.StartsWith(link.ActivePrefix, StringComparison.OrdinalIgnoreCase);
}
