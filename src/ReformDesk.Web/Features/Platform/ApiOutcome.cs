using ReformDesk.Core.Platform;

namespace ReformDesk.Web.Features.Platform;

/// <summary>
/// An <see cref="OperationResult{T}"/> as a JSON API answer: 200/201, or a ProblemDetails with a Vietnamese title whose status
/// follows the failure kind (404 not found, 403 forbidden, 400 validation problem with field errors, 409 conflict).
/// </summary>
public static class ApiOutcome
{
    public static IResult Of<T>(OperationResult<T> result, Func<T, object> view, Func<T, string>? createdAt = null)
    {
        if (result.Succeeded)
        {
            return createdAt is null ? Results.Ok(view(result.Value!)) : Results.Created(createdAt(result.Value!), view(result.Value!));
        }

        return Problem(result);
    }

    /// <summary>The refusal of a failed result.</summary>
    public static IResult Problem<T>(OperationResult<T> result)
    {
        if (result.Succeeded)
        {
            throw new InvalidOperationException("A succeeded result is not a problem.");
        }

        var status = StatusOf(result.Failure);
        return result.Failure == FailureKind.Invalid
            ? Results.ValidationProblem(result.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }), detail: result.Message, title: TitleOf(result.Failure))
            : Results.Problem(title: TitleOf(result.Failure), detail: result.Message, statusCode: status);
    }

    public static int StatusOf(FailureKind kind) => kind switch
    {
        FailureKind.NotFound => StatusCodes.Status404NotFound,
        FailureKind.Forbidden => StatusCodes.Status403Forbidden,
        FailureKind.Invalid => StatusCodes.Status400BadRequest,
        FailureKind.Conflict => StatusCodes.Status409Conflict,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only a failure has a status."),
    };

    public static string TitleOf(FailureKind kind) => kind switch
    {
        FailureKind.NotFound => "Không tìm thấy",
        FailureKind.Forbidden => "Không được phép",
        FailureKind.Invalid => "Dữ liệu không hợp lệ",
        FailureKind.Conflict => "Xung đột với trạng thái hiện tại",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only a failure has a title."),
    };
}
