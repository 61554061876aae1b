using FormHub.Storage.Model;

namespace FormHub.Reports;

/// <summary>
/// The township village rows a live pass's rollups read back (by template, version, period and township), just after
/// the pass saved its villages' rows: the outliers judge the same period's rows, so they take these instead of reading
/// them again. Stored rows as read, parsed by each reader as it would parse a read of its own.
/// </summary>
public sealed class PassRows
{
    private readonly Dictionary<(string Template, int Version, string Period, string Township), IReadOnlyList<StoredReportRow>> _rows = [];

    internal void Add(string templateId, int version, string period, string township, IReadOnlyList<StoredReportRow> rows) =>
        _rows[(templateId, version, period, township)] = rows;

    /// <summary>The village rows of the township as the pass read them, or null when the pass read none of that scope.</summary>
    public IReadOnlyList<StoredReportRow>? VillagesOf(string templateId, int version, string period, string township) =>
        _rows.GetValueOrDefault((templateId, version, period, township));
}
