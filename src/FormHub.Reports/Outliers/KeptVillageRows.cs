using System.Runtime.CompilerServices;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Storage;
using FormHub.Storage.Model;

[assembly: InternalsVisibleTo("FormHub.Reports.Tests")]

namespace FormHub.Reports.Outliers;

/// <summary>
/// The village rows a live outlier pass judges with (a township's rows of the period and its history periods), kept
/// parsed between passes. Each pass reads the rows' stamps first, all periods in one read and without payloads, and reads
/// and parses again only a period with a row written since (by this materializer, a rebuild, an approved revision,
/// another server: every write sets the row's stamp anew), so history periods nobody wrote cost no payload read.
/// Kept by group (template, version, period, township), at most <see cref="DefaultMaxRows"/> rows in all: past that the
/// groups used least recently are forgotten (read again when next used), so a county larger than the bound keeps its
/// busy townships rather than forgetting everything each pass. One instance serves every shard's materializer: the
/// store reads run outside the lock, which guards only the groups.
/// </summary>
internal sealed class KeptVillageRows(IFormHubStore store, TemplateLibrary library, int maxRows = KeptVillageRows.DefaultMaxRows)
{
    /// <summary>
    /// A county's year of monthly history (about 7 monthly templates × 13 periods × its villages, some 40,000 rows for
    /// 450 villages) with room to spare. A row is its values dictionary (a boxed number or string per column, some
    /// 100–150 bytes a column with the dictionary entry and key): about 1–3 KB for the usual 10–20 columns, so the bound
    /// is some 60–180 MB at most.
    /// </summary>
    public const int DefaultMaxRows = 60_000;

    private readonly record struct GroupKey(string Template, int Version, string Period, string Township);

    /// <summary>A group's rows by village code, each with the stamp it was read at.</summary>
    private sealed record Group(GroupKey Key, Dictionary<string, (DateTimeOffset Stamp, IReadOnlyDictionary<string, object?> Values)> Rows);

    private readonly Lock _gate = new();
    private readonly Dictionary<GroupKey, LinkedListNode<Group>> _groups = [];
    /// <summary>Most recently used first.</summary>
    private readonly LinkedList<Group> _order = new();
    private int _rowCount;

    /// <summary>How many payload reads the kept rows spared and made (for tests and the bench).</summary>
    public (int Spared, int Read) PeriodReads { get; private set; }

    /// <summary>How many rows are kept now (for tests).</summary>
    public int RowCount { get { lock (_gate) return _rowCount; } }

    /// <summary>
    /// The village rows under <paramref name="township"/> of each of <paramref name="periods"/>, by village code, each read
    /// with the template version in force then (none: no rows).
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>>>> ValuesAsync(string templateId,
        IReadOnlyList<Period> periods, string township, CancellationToken ct)
    {
        var versions = periods.Select(p => library.InForce(templateId, p)?.Template.Version).ToList();
        var wanted = periods.Select((p, i) => (Version: versions[i], Period: p.Key)).Where(w => w.Version is not null)
            .Select(w => (w.Version!.Value, w.Period)).ToList();
        var stamps = (await store.GetReportRowStampsAsync(templateId, wanted, township, OrgLevel.Village, ct))
            .ToLookup(s => (s.Version, s.Period));

        // Which periods' kept rows still hold (under the lock), then the others read and parsed outside it.
        var kept = new Group?[periods.Count];
        var stale = new List<int>();
        var spared = 0;
        lock (_gate)
        {
            for (var i = 0; i < periods.Count; i++)
            {
                if (versions[i] is not { } version) continue;
                var key = new GroupKey(templateId, version, periods[i].Key, township);
                var these = stamps[(version, key.Period)];
                _groups.TryGetValue(key, out var node);
                if (these.All(s => node is not null && node.Value.Rows.TryGetValue(s.UnitCode, out var row) && row.Stamp == s.ComputedAt))
                {
                    if (node is not null) Touch(node);
                    kept[i] = node?.Value;
                    spared++;
                }
                else stale.Add(i);
            }
            PeriodReads = (PeriodReads.Spared + spared, PeriodReads.Read + stale.Count);
        }
        var fresh = new Dictionary<int, Group>();
        foreach (var i in stale)
        {
            var key = new GroupKey(templateId, versions[i]!.Value, periods[i].Key, township);
            var rows = new Dictionary<string, (DateTimeOffset, IReadOnlyDictionary<string, object?>)>(StringComparer.Ordinal);
            foreach (var row in await store.GetReportRowsAsync(templateId, key.Version, key.Period, township, OrgLevel.Village, ct))
                rows[row.UnitCode] = (row.ComputedAt, ReportRowPayload.Read(row).Values);
            fresh[i] = new Group(key, rows);
        }
        if (fresh.Count > 0)
        {
            lock (_gate)
            {
                foreach (var group in fresh.Values) Keep(group);
                while (_rowCount > maxRows && _order.Last is { } oldest) Drop(oldest);
            }
        }

        // The stamps say which rows exist now (one deleted since is left out); a row written between the two reads is
        // taken as read and checked again next pass.
        var result = new List<IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>>>(periods.Count);
        for (var i = 0; i < periods.Count; i++)
        {
            var values = new Dictionary<string, IReadOnlyDictionary<string, object?>>(StringComparer.Ordinal);
            result.Add(values);
            if (versions[i] is not { } version || (fresh.GetValueOrDefault(i) ?? kept[i]) is not { } group) continue;
            foreach (var s in stamps[(version, periods[i].Key)])
            {
                if (group.Rows.TryGetValue(s.UnitCode, out var row)) values[s.UnitCode] = row.Values;
            }
        }
        return result;
    }

    /// <summary>Replaces the group's kept rows with a fresh read (rows deleted since go with it), as the most recent.</summary>
    private void Keep(Group group)
    {
        if (_groups.TryGetValue(group.Key, out var old)) Drop(old);
        _groups[group.Key] = _order.AddFirst(group);
        _rowCount += group.Rows.Count;
    }

    private void Touch(LinkedListNode<Group> node)
    {
        _order.Remove(node);
        _order.AddFirst(node);
    }

    private void Drop(LinkedListNode<Group> node)
    {
        _order.Remove(node);
        _groups.Remove(node.Value.Key);
        _rowCount -= node.Value.Rows.Count;
    }
}
