using Microsoft.AspNetCore.Antiforgery;

namespace ReformDesk.Web.Features.Platform;

/// <summary>
/// The JSON API is called with the login cookie, so a state-changing call must also carry the
/// antiforgery token (header X-CSRF-TOKEN, from GET /api/antiforgery) or it is refused.
/// </summary>
public sealed class AntiforgeryApiFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
        {
            return await next(context);
        }

        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            return Results.Problem(title: "Yêu cầu không hợp lệ", detail: "Thiếu hoặc sai mã chống giả mạo (X-CSRF-TOKEN).", statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }
}
