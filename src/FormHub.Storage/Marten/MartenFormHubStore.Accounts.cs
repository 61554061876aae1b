using System.Linq.Expressions;
using FormHub.Storage.Accounts;
using FormHub.Storage.Marten.Documents;
using FormHub.Storage.Model;
using Marten;

namespace FormHub.Storage.Marten;

/// <summary>Local accounts with their status and security stamp, the audit lines about them, and the sign-in key ring.</summary>
public sealed partial class MartenFormHubStore : IAccountStore
{
    public Task SaveAccountAsync(UserAccount account, CancellationToken ct = default) => WriteAsync(session =>
    {
        session.Store(ToDocument(account));
        return Task.CompletedTask;
    }, ct);

    public Task<string?> CreateAccountsAsync(IReadOnlyList<UserAccount> accounts, IReadOnlyList<AuditEntry> audit, CancellationToken ct = default) =>
        WriteAsync<string?>(async session =>
        {
            var taken = (await session.LoadManyAsync<AccountDocument>(ct, accounts.Select(a => a.UserName).Distinct()))
                .Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var named = new HashSet<string>(StringComparer.Ordinal);
            // Every name is checked before anything is queued, so a taken one leaves nothing of the batch to commit.
            foreach (var account in accounts)
            {
                if (taken.Contains(account.UserName) || !named.Add(account.UserName)) return account.UserName;
            }
            // A name taken since is a duplicate id at commit: the write is decided again and answers that name.
            foreach (var account in accounts) session.Insert(ToDocument(account));
            await AddAuditAsync(session, audit, ct);
            return null;
        }, ct);

    public async Task<UserAccount?> FindAccountAsync(string userName, CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        return await session.LoadAsync<AccountDocument>(userName, ct) is { } account ? ToAccount(account) : null;
    }

    public async Task<IReadOnlyList<UserAccount>> ListAccountsAsync(CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        var accounts = await session.Query<AccountDocument>().OrderBy(a => a.Role).ThenBy(a => a.Id).ToListAsync(ct);
        return accounts.Select(ToAccount).ToList();
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAuditByActionAsync(IReadOnlyList<string> actionPrefixes, string? actor, string? subject, int take,
        CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        var query = session.Query<AuditDocument>().AsQueryable();
        if (actionPrefixes.Count > 0) query = query.Where(ActionStartsWithAny(actionPrefixes));
        if (actor is not null) query = query.Where(a => a.UserName == actor);
        if (subject is not null)
        {
            // Literal: Marten escapes LIKE wildcards in StartsWith, and field keys (person.pension_amount) hold '_'.
            var about = subject + ":";
            query = query.Where(a => a.Detail != null && a.Detail.StartsWith(about));
        }
        var lines = await query.OrderByDescending(a => a.Id).Take(take).ToListAsync(ct);
        return lines.Select(ToAuditEntry).ToList();
    }

    /// <summary><c>a => a.Action.StartsWith(p1) || a.Action.StartsWith(p2) …</c>, which Marten reads as one OR of LIKEs.</summary>
    private static Expression<Func<AuditDocument, bool>> ActionStartsWithAny(IReadOnlyList<string> prefixes)
    {
        var line = Expression.Parameter(typeof(AuditDocument), "a");
        var action = Expression.Property(line, nameof(AuditDocument.Action));
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        var any = prefixes.Select(p => (Expression)Expression.Call(action, startsWith, Expression.Constant(p))).Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<AuditDocument, bool>>(any, line);
    }

    public async Task<IReadOnlyList<string>> ListProtectionKeysAsync(CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        return await session.Query<ProtectionKeyDocument>().OrderBy(k => k.Id).Select(k => k.Xml).ToListAsync(ct);
    }

    public Task SaveProtectionKeyAsync(string name, string xml, CancellationToken ct = default) => WriteAsync(async session =>
    {
        // A name already stored is left as it is (a key of the ring never changes).
        if (await session.LoadAsync<ProtectionKeyDocument>(name, ct) is null) session.Insert(new ProtectionKeyDocument(name, xml));
    }, ct);

    private static AccountDocument ToDocument(UserAccount a) => new(a.UserName, a.DisplayName, (int)a.Role, a.CaptureScope, a.ViewScope, a.Department,
        a.PasswordHash, a.Phone, a.Disabled, a.MustChangePassword, a.SecurityStamp);

    private static UserAccount ToAccount(AccountDocument a) => new()
    {
        UserName = a.Id,
        DisplayName = a.DisplayName,
        Role = (AccountRole)a.Role,
        CaptureScope = a.CaptureScope,
        ViewScope = a.ViewScope,
        Department = a.Department,
        PasswordHash = a.PasswordHash,
        Phone = a.Phone,
        Disabled = a.Disabled,
        MustChangePassword = a.MustChangePassword,
        SecurityStamp = a.SecurityStamp ?? "",
    };

    private static AuditEntry ToAuditEntry(AuditDocument a) => new(a.Id, a.At, a.UserName, a.Action, a.UnitCode, a.Period, a.Detail);
}
