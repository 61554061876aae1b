using FormHub.Core.OrgUnits;
using FormHub.Storage.Model;

namespace FormHub.Storage;

/// <summary>Materialized report rows and the derivation engine's change-feed cursor, kept in the same database as the facts.</summary>
public interface IReportRowStore
{
    /// <summary>Inserts or replaces rows in one transaction.</summary>
    Task SaveReportRowsAsync(IReadOnlyCollection<StoredReportRow> rows, CancellationToken ct = default);

    Task<StoredReportRow?> GetReportRowAsync(string templateId, int version, string period, string unitCode, CancellationToken ct = default);

    /// <summary>
    /// All rows of a template version and period whose unit lies under <paramref name="underUnit"/> (or is it);
    /// with <paramref name="level"/>, only the rows of that level (a county's townships, without its villages).
    /// </summary>
    Task<IReadOnlyList<StoredReportRow>> GetReportRowsAsync(string templateId, int version, string period, string underUnit,
        OrgLevel? level = null, CancellationToken ct = default);

    /// <summary>
    /// <see cref="GetReportRowsAsync(string, int, string, string, OrgLevel?, CancellationToken)"/> for several scopes at once,
    /// every scope asked answered (empty when it has no row), each scope's rows ordered by unit code: a live pass reads all
    /// the children its rollups of a level need this way. By default one read per scope; a store may read them in one.
    /// </summary>
    async Task<IReadOnlyDictionary<ReportRowScope, IReadOnlyList<StoredReportRow>>> GetReportRowsAsync(IReadOnlyCollection<ReportRowScope> scopes,
        CancellationToken ct = default)
    {
        var result = new Dictionary<ReportRowScope, IReadOnlyList<StoredReportRow>>();
        foreach (var scope in scopes)
        {
            if (!result.ContainsKey(scope))
                result[scope] = await GetReportRowsAsync(scope.TemplateId, scope.Version, scope.Period, scope.UnderUnit, scope.Level, ct);
        }
        return result;
    }

    /// <summary>
    /// The rows stored under <paramref name="keys"/>, by key (a key without a row absent): what a live pass compares the
    /// village rows it derived with. By default one read per key; a store may read them in one.
    /// </summary>
    async Task<IReadOnlyDictionary<ReportRowKey, StoredReportRow>> FindReportRowsAsync(IReadOnlyCollection<ReportRowKey> keys, CancellationToken ct = default)
    {
        var result = new Dictionary<ReportRowKey, StoredReportRow>();
        foreach (var key in keys.Distinct())
        {
            if (await GetReportRowAsync(key.TemplateId, key.Version, key.Period, key.UnitCode, ct) is { } row) result[key] = row;
        }
        return result;
    }

    /// <summary>
    /// The stamps (not the payloads) of the rows of <paramref name="level"/> under <paramref name="underUnit"/> for each of
    /// <paramref name="periods"/> (a template version and period each): what a reader that keeps rows between passes checks
    /// them against (the outliers' history). By default one read of the rows per period; a store may read them in one.
    /// </summary>
    async Task<IReadOnlyList<ReportRowStamp>> GetReportRowStampsAsync(string templateId, IReadOnlyCollection<(int Version, string Period)> periods,
        string underUnit, OrgLevel level, CancellationToken ct = default)
    {
        var stamps = new List<ReportRowStamp>();
        foreach (var (version, period) in periods.Distinct())
        {
            foreach (var row in await GetReportRowsAsync(templateId, version, period, underUnit, level, ct))
                stamps.Add(new ReportRowStamp(row.Version, row.Period, row.UnitCode, row.ComputedAt));
        }
        return stamps;
    }

    /// <summary>
    /// Holds <paramref name="rows"/> for the caller until the returned hold is disposed; another caller holding any of them
    /// waits. A rollup that reads its children's stored rows and writes the result does so inside a hold, after its own
    /// children's rows are committed, so whichever writer of a row goes last has read every child row committed before it
    /// (the materializers of two shards rolling the same province up at once). Held across processes on PostgreSQL.
    /// </summary>
    Task<IAsyncDisposable> HoldReportRowsAsync(IReadOnlyCollection<ReportRowKey> rows, CancellationToken ct = default);

    /// <summary>Periods already materialized for a unit, per template version (oldest first), in one read.</summary>
    Task<UnitReportPeriods> GetReportPeriodsAsync(string unitCode, CancellationToken ct = default);

    /// <summary>
    /// <see cref="GetReportPeriodsAsync(string, CancellationToken)"/> for several units at once, every unit asked answered
    /// (empty when it has no row): the live materializer reads a whole pass's villages this way. Engines read them in one
    /// query; this default asks unit by unit. With <paramref name="since"/>, only the templates it names, each with its
    /// periods whose key is at or after (ordinal) the one named: a pass needs only periods after those its changes touch.
    /// </summary>
    async Task<IReadOnlyDictionary<string, UnitReportPeriods>> GetReportPeriodsAsync(IReadOnlyCollection<string> unitCodes,
        IReadOnlyDictionary<string, string>? since = null, CancellationToken ct = default)
    {
        var result = new Dictionary<string, UnitReportPeriods>(StringComparer.Ordinal);
        foreach (var unit in unitCodes)
        {
            if (!result.ContainsKey(unit)) result[unit] = (await GetReportPeriodsAsync(unit, ct)).Since(since);
        }
        return result;
    }

    /// <summary>A feed reader's stored position (<see cref="FeedCursor.Start"/> when it never stored one).</summary>
    Task<FeedCursor> GetCursorAsync(string name, CancellationToken ct = default);

    /// <summary>Moves a feed reader's position forward; a position at or before the stored one is ignored, so a cursor never moves back.</summary>
    Task SetCursorAsync(string name, FeedCursor position, CancellationToken ct = default);

    /// <summary>
    /// Takes or renews the named lease for <paramref name="holder"/> until <paramref name="duration"/> from now; true when
    /// the holder has it now (it was free, expired, or already its own). One database, one holder at a time.
    /// </summary>
    Task<bool> TryHoldLeaseAsync(string name, string holder, TimeSpan duration, CancellationToken ct = default);

    /// <summary>Who holds the named lease now (expired or not), or null when nobody does.</summary>
    Task<string?> GetLeaseHolderAsync(string name, CancellationToken ct = default);

    /// <summary>
    /// Takes the named lease from <paramref name="abandoned"/>, a holder known to have stopped without giving it up, before
    /// it expires; false when someone else holds it by now (another holder took it, or it was released and taken again).
    /// </summary>
    Task<bool> TryTakeOverLeaseAsync(string name, string holder, string abandoned, TimeSpan duration, CancellationToken ct = default);

    /// <summary>Gives the lease up at once if <paramref name="holder"/> holds it (a clean shutdown), so another can take over.</summary>
    Task ReleaseLeaseAsync(string name, string holder, CancellationToken ct = default);

    /// <summary>Sets a change aside (or records another failure of one already set aside).</summary>
    Task QuarantineChangeAsync(QuarantinedChange change, CancellationToken ct = default);

    /// <summary>Every change set aside, oldest first.</summary>
    Task<IReadOnlyList<QuarantinedChange>> ListQuarantinedChangesAsync(CancellationToken ct = default);

    /// <summary>Removes a change from quarantine once its derivation succeeded.</summary>
    Task ReleaseQuarantinedChangeAsync(FeedCursor cursor, CancellationToken ct = default);
}
