using Xunit;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Platform;

/// <summary>
/// One (status × step) cell of an entity's lifecycle, checked against a table written out by hand in the test (never read
/// from production code): the production table agrees, the entity's method moves or refuses accordingly, and a refusal
/// leaves the status as it was with a message that says where the record stands.
/// </summary>
public static class TransitionWalk
{
    public static void Check<TEntity, TStatus, TStep>(
        TStatus status, TStep step, IReadOnlyDictionary<TStatus, Dictionary<TStep, TStatus>> expectedTable,
        Func<TStatus, TStep, TStatus?> productionTable, Func<TStatus, TEntity> at, Func<TEntity, TStep, OperationResult<TEntity>> act,
        Func<TEntity, TStatus> statusOf, params string[] refusalMentions)
        where TStatus : struct, Enum
        where TStep : struct, Enum
    {
        TStatus? expected = expectedTable[status].TryGetValue(step, out var to) ? to : null;
        Assert.Equal(expected, productionTable(status, step));

        var entity = at(status);
        var result = act(entity, step);
        Assert.Equal(expected is not null, result.Succeeded);
        Assert.Equal(expected ?? status, statusOf(entity));
        if (expected is null)
        {
            Assert.Equal(FailureKind.Conflict, result.Failure);
            Assert.All(refusalMentions, text => Assert.Contains(text, result.Message, StringComparison.Ordinal));
        }
    }
}
