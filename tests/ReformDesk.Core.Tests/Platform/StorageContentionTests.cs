using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Platform;

/// <summary>A read that refreshes aggregates while an import holds the write lock must recognise the lock, and only the lock.</summary>
public sealed class StorageContentionTests
{
    [Theory]
    [InlineData(5)] // SQLITE_BUSY
    [InlineData(6)] // SQLITE_LOCKED
    public void Sqlite_busy_and_locked_are_contention_also_when_wrapped(int code)
    {
        var busy = new SqliteException("database is locked", code);
        Assert.True(Storage.IsWriteContention(busy));
        Assert.True(Storage.IsWriteContention(new DbUpdateException("save failed", busy)));
        Assert.True(Storage.IsWriteContention(new InvalidOperationException("outer", new DbUpdateException("save failed", busy))));
    }

    [Theory]
    [InlineData("55P03", true)]
    [InlineData("40001", true)]
    [InlineData("40P01", true)]
    [InlineData("23505", false)] // unique violation: a real conflict, not a lock
    public void Postgres_lock_states_are_contention(string sqlState, bool expected)
    {
        var e = new PostgresException("message", "ERROR", "ERROR", sqlState);
        Assert.Equal(expected, Storage.IsWriteContention(new DbUpdateException("save failed", e)));
    }

    [Fact]
    public void Other_failures_are_not_contention()
    {
        Assert.False(Storage.IsWriteContention(new SqliteException("constraint failed", 19)));
        Assert.False(Storage.IsWriteContention(new InvalidOperationException("bug")));
    }
}
