using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ReformDesk.Core.Platform;

namespace ReformDesk.Web.Features.Platform;

/// <summary>
/// An exception escaping a JSON API call becomes a ProblemDetails with a Vietnamese title and no exception text
/// (the middleware logs the exception). Pages are left to the error page.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments("/api");

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsApi(httpContext))
        {
            return false;
        }

        var (status, title) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge, "Dữ liệu gửi lên quá lớn"),
            BadHttpRequestException bad => (bad.StatusCode, "Dữ liệu gửi lên không đọc được"),
            TenantViolationException => (StatusCodes.Status403Forbidden, ApiOutcome.TitleOf(FailureKind.Forbidden)),
            _ => (StatusCodes.Status500InternalServerError, "Lỗi hệ thống, vui lòng thử lại"),
        };
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Status = status, Title = title },
        });
    }
}
