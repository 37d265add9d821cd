namespace ReformDesk.Core.Platform;

/// <summary>An outcome with Vietnamese error messages keyed by field, for forms and ProblemDetails alike.</summary>
public sealed record OperationResult<T>(T? Value, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static OperationResult<T> Ok(T value) => new(value, new Dictionary<string, string>());

    public static OperationResult<T> Fail(string field, string message) => new(default, new Dictionary<string, string> { [field] = message });
}
