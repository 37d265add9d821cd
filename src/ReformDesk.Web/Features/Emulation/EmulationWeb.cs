using ReformDesk.Core.Platform;
using System.Security.Claims;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Plans;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

/// <summary>Helpers shared by the emulation pages.</summary>
public static class EmulationWeb
{
    public static Actor ActorOf(ClaimsPrincipal user, RequestTenant tenant) => user.ToActor(tenant.ReadOnly);

    public static string StatusText(RuleStatus status) => status switch
    {
        RuleStatus.Passed => "Đạt",
        RuleStatus.Failed => "Không đạt",
        RuleStatus.NeedsConfirmation => "Cần xác nhận",
        RuleStatus.MissingData => "Thiếu dữ liệu",
        _ => "Không áp dụng",
    };

    public static string VerdictText(NominationVerdict verdict) => verdict switch
    {
        NominationVerdict.Ready => "Đủ điều kiện",
        NominationVerdict.NeedsConfirmation => "Còn tiêu chí cần xác nhận",
        _ => "Không đủ điều kiện",
    };

    public static string KindText(RoundKind kind) => kind switch
    {
        RoundKind.Annual => "Hằng năm",
        RoundKind.PeriodEnd => "Tổng kết giai đoạn",
        _ => "Đột xuất",
    };

    public static string Date(DateOnly? d) => d is { } x ? VietnamTime.Date(x) : "";
}
