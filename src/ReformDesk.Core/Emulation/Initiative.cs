using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

public enum InitiativeStatus
{
    Proposed,
    Recognised,
}

/// <summary>What a proposal of an initiative carries; the main author and unit, when given, must be the commune's.</summary>
public sealed record InitiativeInput(string? Title, string? Authors, Guid? AuthorPersonId = null, Guid? UnitId = null,
    string? Problem = null, string? Solution = null, string? Effect = null);

/// <summary>Sáng kiến: proposed by its authors, recognised by a decision.</summary>
public sealed class Initiative : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Title { get; private set; } = "";

    /// <summary>Authors as printed.</summary>
    public string Authors { get; private set; } = "";

    /// <summary>The main author, when a person of the commune.</summary>
    public Guid? AuthorPersonId { get; private set; }

    public Guid? UnitId { get; private set; }
    public string Problem { get; private set; } = "";
    public string Solution { get; private set; } = "";
    public string Effect { get; private set; } = "";
    public InitiativeStatus Status { get; private set; } = InitiativeStatus.Proposed;
    public string? DecisionNumber { get; private set; }
    public DateOnly? DecisionDate { get; private set; }

    /// <summary>The council's evaluation (Hội đồng đánh giá), required before the Chairman recognises it.</summary>
    public string? CouncilEvaluation { get; private set; }

    public DateOnly? EvaluatedOn { get; private set; }

    /// <summary>Later evidence that the initiative, once applied, had the effect it promised.</summary>
    public string? EffectEvidence { get; private set; }

    public DateOnly? EffectRecordedOn { get; private set; }

    /// <summary>
    /// A proposed initiative, or the field refused: title and authors are required, and no text may exceed its column
    /// (500 characters for title and authors, 4,000 for problem, solution and effect).
    /// </summary>
    public static OperationResult<Initiative> Propose(InitiativeInput input)
    {
        static string Text(string? value) => (value ?? "").Trim();
        var (title, authors) = (Text(input.Title), Text(input.Authors));
        var (problem, solution, effect) = (Text(input.Problem), Text(input.Solution), Text(input.Effect));
        (string Field, string Message)? refusal =
            title.Length == 0 ? (nameof(Title), "Hãy nhập tên sáng kiến.")
            : title.Length > 500 ? (nameof(Title), "Tên sáng kiến tối đa 500 ký tự.")
            : authors.Length == 0 ? (nameof(Authors), "Hãy nhập tác giả của sáng kiến.")
            : authors.Length > 500 ? (nameof(Authors), "Tác giả tối đa 500 ký tự.")
            : problem.Length > 4000 ? (nameof(Problem), "Vấn đề cần giải quyết tối đa 4.000 ký tự.")
            : solution.Length > 4000 ? (nameof(Solution), "Giải pháp tối đa 4.000 ký tự.")
            : effect.Length > 4000 ? (nameof(Effect), "Hiệu quả tối đa 4.000 ký tự.")
            : null;
        return refusal is { } r
            ? OperationResult<Initiative>.Invalid(r.Field, r.Message)
            : OperationResult<Initiative>.Ok(new Initiative
            {
                Title = title, Authors = authors, AuthorPersonId = input.AuthorPersonId, UnitId = input.UnitId,
                Problem = problem, Solution = solution, Effect = effect,
            });
    }

    public OperationResult<Initiative> Evaluate(string? evaluation, DateOnly on) => Move(InitiativeStep.Evaluate, () =>
    {
        if (string.IsNullOrWhiteSpace(evaluation))
        {
            return ("evaluation", "Hãy ghi ý kiến đánh giá của Hội đồng (tính mới, khả năng áp dụng, hiệu quả).");
        }

        CouncilEvaluation = evaluation.Trim();
        EvaluatedOn = on;
        return null;
    });

    public OperationResult<Initiative> RecordEffect(string? evidence, DateOnly on) => Move(InitiativeStep.RecordEffect, () =>
    {
        if (string.IsNullOrWhiteSpace(evidence))
        {
            return ("evidence", "Hãy ghi minh chứng hiệu quả áp dụng (số liệu, báo cáo, văn bản).");
        }

        EffectEvidence = evidence.Trim();
        EffectRecordedOn = on;
        return null;
    });

    public OperationResult<Initiative> Recognise(string? number, DateOnly? date, DateOnly today) => Move(InitiativeStep.Recognise, () =>
    {
        if (CouncilEvaluation is null)
        {
            return (nameof(Status), "Sáng kiến cần được Hội đồng Thi đua - Khen thưởng đánh giá trước khi công nhận.");
        }

        if (string.IsNullOrWhiteSpace(number) || date is null)
        {
            return ("number", "Hãy nhập số và ngày của quyết định công nhận sáng kiến.");
        }

        if (date > today)
        {
            return ("date", "Ngày quyết định không được sau hôm nay.");
        }

        DecisionNumber = number.Trim();
        DecisionDate = date;
        return null;
    });

    /// <summary>Checks the step against the table, then lets <paramref name="apply"/> refuse its input before anything changes.</summary>
    private OperationResult<Initiative> Move(InitiativeStep step, Func<(string Field, string Message)?> apply)
    {
        if (InitiativeTransitions.Next(Status, step) is not { } next)
        {
            return OperationResult<Initiative>.Conflict($"Sáng kiến \"{Title}\" đang ở trạng thái \"{InitiativeTransitions.Text(Status)}\": không thể {InitiativeTransitions.Text(step)}.");
        }

        if (apply() is { } refused)
        {
            // A missing earlier step (the council's evaluation) is the record's state; anything else names the field.
            return refused.Field == nameof(Status)
                ? OperationResult<Initiative>.Conflict(refused.Message)
                : OperationResult<Initiative>.Invalid(refused.Field, refused.Message);
        }

        Status = next;
        return OperationResult<Initiative>.Ok(this);
    }
}

public enum InitiativeStep
{
    Evaluate,
    Recognise,
    RecordEffect,
}

/// <summary>The initiative's transition table: evaluated while proposed, recognised once, its effect recorded after. Anything else is refused.</summary>
public static class InitiativeTransitions
{
    public static InitiativeStatus? Next(InitiativeStatus status, InitiativeStep step) => (status, step) switch
    {
        (InitiativeStatus.Proposed, InitiativeStep.Evaluate) => InitiativeStatus.Proposed,
        (InitiativeStatus.Proposed, InitiativeStep.Recognise) => InitiativeStatus.Recognised,
        (InitiativeStatus.Recognised, InitiativeStep.RecordEffect) => InitiativeStatus.Recognised,
        _ => null,
    };

    public static bool Allows(InitiativeStatus status, InitiativeStep step) => Next(status, step) is not null;

    public static string Text(InitiativeStatus status) => status == InitiativeStatus.Proposed ? "Đề xuất" : "Đã công nhận";

    public static string Text(InitiativeStep step) => step switch
    {
        InitiativeStep.Evaluate => "ghi đánh giá của Hội đồng",
        InitiativeStep.Recognise => "công nhận",
        _ => "ghi nhận hiệu quả áp dụng",
    };
}
