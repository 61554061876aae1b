using FormHub.Core.Text;
using FormHub.Storage.Errors;

namespace FormHub.Users;

/// <summary>Why an account change was refused; nothing was changed.</summary>
public enum AccountRefusalKind
{
    /// <summary>Something in the request is wrong (a short password, a scope of the wrong level): 400.</summary>
    Invalid,
    /// <summary>No such account: 404.</summary>
    NotFound,
    /// <summary>The accounts as they are forbid it (the name is taken, the last admin): 409.</summary>
    Conflict,
}

/// <summary>
/// An account change that is not allowed; <see cref="Field"/> names the input at fault (userName, password, scope …) and
/// <see cref="Lines"/> holds one message per bad line of a CSV (<c>行 R：…</c>).
/// </summary>
public sealed class AccountRefusal(LocalizedText message, AccountRefusalKind kind, string? field = null, IReadOnlyList<string>? lines = null)
    : StoreException(message)
{
    public AccountRefusalKind Kind { get; } = kind;
    public string? Field { get; } = field;
    public IReadOnlyList<string> Lines { get; } = lines ?? [];
}
