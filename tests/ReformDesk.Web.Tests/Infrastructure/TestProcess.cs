using System.Runtime.CompilerServices;

namespace ReformDesk.Web.Tests.Infrastructure;

/// <summary>Settings for the whole test process, applied once when the assembly loads.</summary>
internal static class TestProcess
{
    /// <summary>
    /// Two test classes run at once, each with its own app (and some with a Kestrel server and Chromium) in this one
    /// process and its one thread pool. On a two-core machine the pool starts with two threads and adds about one a
    /// second, so a burst of blocking work (a test waiting on a task, SQLite, Chromium's pipe) can leave a browser's
    /// request queued for tens of seconds. Starting with enough threads keeps a slow machine slow, not stuck.
    /// </summary>
    [ModuleInitializer]
    internal static void Initialise()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));
    }
}
