using ReformDesk.Core.Platform;

namespace ReformDesk.Web.Tests.Infrastructure;

/// <summary>The message of a refused result, after checking the kind of refusal.</summary>
public static class Refusals
{
    public static string ForbiddenMessage<T>(this OperationResult<T> result) => MessageOf(result, FailureKind.Forbidden);

    public static string ConflictMessage<T>(this OperationResult<T> result) => MessageOf(result, FailureKind.Conflict);

    private static string MessageOf<T>(OperationResult<T> result, FailureKind kind)
    {
        Xunit.Assert.Equal(kind, result.Failure);
        return result.Message;
    }
}
