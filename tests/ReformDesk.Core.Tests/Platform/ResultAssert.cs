using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Platform;

/// <summary>
/// How a test reads an <see cref="OperationResult{T}"/>: it succeeded (and its value), or it was refused with this kind and
/// this message, under this field when the refusal names one. Imported into every Core test file (GlobalUsings.cs).
/// </summary>
public static class ResultAssert
{
    public static T Ok<T>(OperationResult<T> result)
    {
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values.Prepend(result.Message ?? "")));
        return result.Value!;
    }

    /// <summary>The refusal is of this kind, with exactly this one message under this field ("" for a general one).</summary>
    public static void Refused<T>(OperationResult<T> result, FailureKind failure, string field, string message)
    {
        Assert.Equal(failure, result.Failure);
        var error = Assert.Single(result.Errors);
        Assert.Equal((field, message), (error.Key, error.Value));
    }

    /// <summary>The refusal is of this kind with this message, whichever field it is under.</summary>
    public static void Refused<T>(OperationResult<T> result, FailureKind failure, string message) =>
        Assert.Equal((failure, message), (result.Failure, result.Message));
}
