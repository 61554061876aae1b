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

    /// <summary>Periods already materialized for a unit and template version, oldest first.</summary>
    Task<IReadOnlyList<string>> GetReportPeriodsAsync(string templateId, int version, string unitCode, CancellationToken ct = default);

    /// <summary>A feed reader's stored position (<see cref="FeedCursor.Start"/> when it never stored one).</summary>
    Task<FeedCursor> GetCursorAsync(string name, CancellationToken ct = default);

    Task SetCursorAsync(string name, FeedCursor position, CancellationToken ct = default);
}
