using ReformDesk.Core.Platform;

namespace ReformDesk.Web.Features.Platform;

/// <summary>An <see cref="OperationResult{T}"/> as a JSON API answer: 200/201, 404 ("id"), 403 ("access"), or a validation problem.</summary>
public static class ApiOutcome
{
    public static IResult Of<T>(OperationResult<T> result, Func<T, object> view, Func<T, string>? createdAt = null)
    {
        if (result.Succeeded)
        {
            return createdAt is null ? Results.Ok(view(result.Value!)) : Results.Created(createdAt(result.Value!), view(result.Value!));
        }

        if (result.Errors.ContainsKey("id"))
        {
            return Results.NotFound();
        }

        if (result.Errors.TryGetValue("access", out var access))
        {
            return Results.Problem(title: access, statusCode: StatusCodes.Status403Forbidden);
        }

        return Results.ValidationProblem(result.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: string.Join(" ", result.Errors.Values));
    }
}
