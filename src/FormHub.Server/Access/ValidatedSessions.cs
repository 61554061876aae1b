using System.Collections.Concurrent;
using FormHub.Users;

namespace FormHub.Server.Access;

/// <summary>
/// The sessions <see cref="SessionValidation"/> found valid against the stored account in the last <see cref="MaxAge"/>:
/// a cadre's read and save a second apart then cost one account read, not two (in the paced web bench that read was one
/// round trip of every request). An account changed on this server (<see cref="AccountChanges"/>) is read again on its
/// very next request; one changed elsewhere — another server, <c>formhub accounts disable</c> — within <see cref="MaxAge"/>,
/// the bound the templates and the catalog already keep (<see cref="Hosting.TemplateFreshness.MaxAge"/>).
/// </summary>
public sealed class ValidatedSessions(AccountChanges changes)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    /// <summary>A session found valid: its stamp, the account change count before the account was read, when (<see cref="Environment.TickCount64"/>).</summary>
    private readonly record struct Validated(string Stamp, long Changes, long At);

    // One entry per account signed in here (the name comes from a signed cookie), so it stays as small as the account list.
    private readonly ConcurrentDictionary<string, Validated> _valid = new(StringComparer.Ordinal);

    /// <summary>The account change count now; taken before reading the account, so a change during the read is not missed.</summary>
    public long ChangeCount => changes.Count;

    public bool IsValid(string userName, string stamp) =>
        _valid.TryGetValue(userName, out var v) && v.Stamp == stamp && v.Changes == changes.Count
        && Environment.TickCount64 - v.At < (long)MaxAge.TotalMilliseconds;

    public void Remember(string userName, string stamp, long changeCountBeforeRead) =>
        _valid[userName] = new Validated(stamp, changeCountBeforeRead, Environment.TickCount64);

    public void Forget(string userName) => _valid.TryRemove(userName, out _);
}
