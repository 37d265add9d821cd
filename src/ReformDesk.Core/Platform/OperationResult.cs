namespace ReformDesk.Core.Platform;

/// <summary>Why an operation was refused; the web maps each kind to one status (404, 403, 400, 409) in one place.</summary>
public enum FailureKind
{
    None,
    /// <summary>The record does not exist in this commune (or the caller may not know it exists).</summary>
    NotFound,
    /// <summary>The caller's role, unit or read-only tenant does not allow the operation.</summary>
    Forbidden,
    /// <summary>The input is wrong; <see cref="OperationResult{T}.Errors"/> names the fields.</summary>
    Invalid,
    /// <summary>The record's state refuses it: a duplicate, already in that state, or changed by someone else meanwhile.</summary>
    Conflict,
}

/// <summary>
/// An outcome with a typed failure kind and Vietnamese messages. Field errors are keyed by input field;
/// a failure that concerns no field (not found, forbidden, conflict) carries its message under <see cref="General"/>.
/// </summary>
public sealed record OperationResult<T>
{
    /// <summary>The key of a message that concerns the whole operation rather than one field.</summary>
    public const string General = "";

    private OperationResult(T? value, FailureKind failure, IReadOnlyDictionary<string, string> errors)
    {
        Value = value;
        Failure = failure;
        Errors = errors;
    }

    public T? Value { get; }

    public FailureKind Failure { get; }

    public IReadOnlyDictionary<string, string> Errors { get; }

    public bool Succeeded => Failure == FailureKind.None;

    /// <summary>All messages as one sentence, for a banner or a ProblemDetails title.</summary>
    public string Message => string.Join(" ", Errors.Values);

    public static OperationResult<T> Ok(T value) => new(value, FailureKind.None, new Dictionary<string, string>());

    public static OperationResult<T> NotFound(string message) => WithMessage(FailureKind.NotFound, message);

    public static OperationResult<T> Forbidden(string message) => WithMessage(FailureKind.Forbidden, message);

    public static OperationResult<T> Conflict(string message) => WithMessage(FailureKind.Conflict, message);

    public static OperationResult<T> Invalid(string field, string message) =>
        new(default, FailureKind.Invalid, new Dictionary<string, string> { [field] = message });

    public static OperationResult<T> Invalid(IReadOnlyDictionary<string, string> fieldErrors)
    {
        if (fieldErrors.Count == 0)
        {
            throw new ArgumentException("A refusal needs at least one message.", nameof(fieldErrors));
        }

        return new(default, FailureKind.Invalid, new Dictionary<string, string>(fieldErrors));
    }

    /// <summary>The same failure for an operation of another result type (a failure carries no value).</summary>
    public OperationResult<TOther> As<TOther>() => Succeeded
        ? throw new InvalidOperationException("Only a failure can be carried over to another result type.")
        : OperationResult<TOther>.Carry(Failure, Errors);

    internal static OperationResult<T> Carry(FailureKind failure, IReadOnlyDictionary<string, string> errors) => new(default, failure, errors);

    private static OperationResult<T> WithMessage(FailureKind kind, string message) =>
        new(default, kind, new Dictionary<string, string> { [General] = message });
}
