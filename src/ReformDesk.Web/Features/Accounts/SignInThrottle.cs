using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ReformDesk.Web.Features.Accounts;

/// <summary>
/// Sign-in throttling (section <c>SignIn</c>). After <c>FreeFailures</c> failed attempts on a key, each further attempt must
/// wait 2^k seconds after the last failure (k = failures beyond the free ones − 1), capped per key kind.
/// </summary>
public sealed class SignInThrottleOptions
{
    /// <summary>Failures of one account from one client before delays start.</summary>
    [Range(1, 100)]
    public int AccountClientFreeFailures { get; set; } = 5;

    /// <summary>Failures from one client (any user names, unknown ones included) before delays start.</summary>
    [Range(1, 10_000)]
    public int ClientFreeFailures { get; set; } = 20;

    /// <summary>Failures of one account from every client together before delays start (slows guessing from many addresses).</summary>
    [Range(1, 10_000)]
    public int AccountFreeFailures { get; set; } = 50;

    /// <summary>Longest wait for a client; a stranger only ever delays themselves this long.</summary>
    [Range(1, 86_400)]
    public int MaxClientDelaySeconds { get; set; } = 900;

    /// <summary>Longest wait the account-wide key imposes: what a distributed stranger can cost the account's owner.</summary>
    [Range(1, 3_600)]
    public int MaxAccountDelaySeconds { get; set; } = 60;

    /// <summary>Failures older than this are forgotten.</summary>
    [Range(1, 10_080)]
    public int ForgetAfterMinutes { get; set; } = 60;
}

/// <summary>
/// Counts failed sign-ins per client address, per account and client, and per account, in memory (one web instance;
/// see ADR 0010). Unknown user names are counted exactly like real ones, so the answers never tell them apart.
/// </summary>
public sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider clock)
{
    private const int PruneAbove = 50_000;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    private sealed class Entry
    {
        public int Failures;
        public DateTimeOffset LastFailure;
    }

    /// <summary>How long the caller must still wait before this attempt may be checked; zero when it may go ahead.</summary>
    public TimeSpan WaitFor(string? client, string userName)
    {
        var now = clock.GetUtcNow();
        var o = options.Value;
        var account = Normalise(userName);
        return Max(
            Wait(ClientKey(client), o.ClientFreeFailures, o.MaxClientDelaySeconds, now),
            Wait(AccountClientKey(account, client), o.AccountClientFreeFailures, o.MaxClientDelaySeconds, now),
            Wait(AccountKey(account), o.AccountFreeFailures, o.MaxAccountDelaySeconds, now));
    }

    public void RecordFailure(string? client, string userName)
    {
        var now = clock.GetUtcNow();
        var account = Normalise(userName);
        foreach (var key in new[] { ClientKey(client), AccountClientKey(account, client), AccountKey(account) })
        {
            var entry = entries.GetOrAdd(key, _ => new Entry());
            lock (entry)
            {
                if (now - entry.LastFailure > ForgetAfter)
                {
                    entry.Failures = 0;
                }

                entry.Failures++;
                entry.LastFailure = now;
            }
        }

        if (entries.Count > PruneAbove)
        {
            Prune(now);
        }
    }

    /// <summary>A right password clears the account's counters; the client's stays, or one's own account would reset a guessing run.</summary>
    public void RecordSuccess(string? client, string userName)
    {
        var account = Normalise(userName);
        entries.TryRemove(AccountClientKey(account, client), out _);
        entries.TryRemove(AccountKey(account), out _);
    }

    /// <summary>An administrator's unlock: every counter of the account, from every client.</summary>
    public void ForgetAccount(string userName)
    {
        var account = Normalise(userName);
        foreach (var key in entries.Keys.Where(k => k == AccountKey(account) || k.StartsWith("a|" + account + "|", StringComparison.Ordinal)))
        {
            entries.TryRemove(key, out _);
        }
    }

    /// <summary>Whether the account-wide counter currently imposes a wait (shown to administrators).</summary>
    public bool IsAccountDelayed(string userName)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        var account = Normalise(userName);
        return Wait(AccountKey(account), o.AccountFreeFailures, o.MaxAccountDelaySeconds, now) > TimeSpan.Zero
            || entries.Any(e => e.Key.StartsWith("a|" + account + "|", StringComparison.Ordinal) && Wait(e.Key, o.AccountClientFreeFailures, o.MaxClientDelaySeconds, now) > TimeSpan.Zero);
    }

    private TimeSpan ForgetAfter => TimeSpan.FromMinutes(options.Value.ForgetAfterMinutes);

    private TimeSpan Wait(string key, int freeFailures, int maxSeconds, DateTimeOffset now)
    {
        if (!entries.TryGetValue(key, out var entry))
        {
            return TimeSpan.Zero;
        }

        int failures;
        DateTimeOffset last;
        lock (entry)
        {
            (failures, last) = (entry.Failures, entry.LastFailure);
        }

        if (failures < freeFailures || now - last > ForgetAfter)
        {
            return TimeSpan.Zero;
        }

        var exponent = Math.Min(failures - freeFailures, 30);
        var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, exponent), maxSeconds));
        var remaining = last + delay - now;
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in entries)
        {
            if (now - entry.LastFailure > ForgetAfter)
            {
                entries.TryRemove(key, out _);
            }
        }
    }

    private static TimeSpan Max(params TimeSpan[] waits) => waits.Max();

    private static string Normalise(string userName) => userName.Trim().ToUpperInvariant();

    private static string ClientKey(string? client) => "c|" + (client ?? "?");

    private static string AccountClientKey(string account, string? client) => "a|" + account + "|" + (client ?? "?");

    private static string AccountKey(string account) => "u|" + account;
}
