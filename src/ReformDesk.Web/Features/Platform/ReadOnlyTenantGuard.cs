using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ReformDesk.Web.Features.Platform;

/// <summary>
/// On a page or endpoint that writes nothing of the commune being viewed (the account itself, the province's own inbox,
/// the tenant switcher…): a read-only tenant may post to it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowReadOnlyTenantAttribute : Attribute;

/// <summary>On a page that exists only to change the commune's data (a new-record form): a read-only tenant may not even open it.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RefuseReadOnlyTenantAttribute : Attribute;

/// <summary>
/// Refuses every state-changing request (not GET/HEAD/OPTIONS) of a read-only tenant — a province officer viewing a commune —
/// once for all pages (<see cref="IAsyncPageFilter"/>) and once for the JSON API (<see cref="IEndpointFilter"/> on /api),
/// with 403, unless the page or endpoint is marked <see cref="AllowReadOnlyTenantAttribute"/>.
/// Services still check <c>Actor.TenantReadOnly</c> and the DbContext refuses the write; this answers before any of it runs.
/// </summary>
public sealed class ReadOnlyTenantGuard : IAsyncPageFilter, IEndpointFilter
{
    public const string Refusal = "Tài khoản chỉ có quyền xem dữ liệu của xã/phường này.";

    public static bool Refuses(HttpContext http, IReadOnlyList<object> metadata)
    {
        if (!http.RequestServices.GetRequiredService<RequestTenant>().ReadOnly)
        {
            return false;
        }

        if (metadata.OfType<RefuseReadOnlyTenantAttribute>().Any())
        {
            return true;
        }

        var method = http.Request.Method;
        var reads = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
        return !reads && !metadata.OfType<AllowReadOnlyTenantAttribute>().Any();
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var metadata = context.ActionDescriptor.EndpointMetadata.ToList();
        if (context.HandlerMethod?.MethodInfo.GetCustomAttributes(typeof(AllowReadOnlyTenantAttribute), false) is { Length: > 0 } onHandler)
        {
            metadata.AddRange(onHandler);
        }

        if (Refuses(context.HttpContext, metadata))
        {
            context.Result = new ForbidResult();
            return;
        }

        await next();
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (Refuses(http, http.GetEndpoint()?.Metadata.ToList() ?? []))
        {
            return Results.Problem(title: ApiOutcome.TitleOf(Core.Platform.FailureKind.Forbidden), detail: Refusal, statusCode: StatusCodes.Status403Forbidden);
        }

        return await next(context);
    }
}

public static class ReadOnlyTenantEndpoints
{
    /// <summary>Marks endpoints that write nothing of the commune being viewed, so a read-only tenant may call them.</summary>
    public static TBuilder AllowReadOnlyTenant<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AllowReadOnlyTenantAttribute());
}
