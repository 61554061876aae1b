using System.Runtime.CompilerServices;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Storage;
using FormHub.Storage.Model;

[assembly: InternalsVisibleTo("FormHub.Reports.Tests")]

namespace FormHub.Reports.Outliers;

/// <summary>
/// The village rows a live outlier pass judges with (a township's rows of the period and its history periods), kept
/// parsed between passes. A period the pass itself just re-derived in the township is read anew. Every other kept period
/// is trusted for <see cref="DefaultRecheck"/> after it was last read or checked; then its rows' stamps are read (all such
/// periods in one read, without payloads) and a period with a row written since (by a rebuild, an approved revision,
/// another server: every write sets the row's stamp anew) is read and parsed again. So the history nobody wrote costs no
/// read at all in most passes, and another writer's change reaches the judgement within the recheck interval.
/// Kept by group (template, version, period, township), at most <see cref="DefaultMaxRows"/> rows in all: past that the
/// groups used least recently are forgotten (read again when next used), so a county larger than the bound keeps its
/// busy townships rather than forgetting everything each pass. One instance serves every shard's materializer: the
/// store reads run outside the lock, which guards only the groups.
/// </summary>
internal sealed class KeptVillageRows(IFormHubStore store, TemplateLibrary library, int maxRows = KeptVillageRows.DefaultMaxRows,
    TimeProvider? clock = null)
{
    /// <summary>
    /// How long kept rows of a period this materializer did not write are trusted unchecked. Their stamps were most of a
    /// live pass's outlier cost (13 periods × a township's villages per template, each pass); the history of a hint
    /// (提示) may lag another writer's change by this much.
    /// </summary>
    public static readonly TimeSpan DefaultRecheck = TimeSpan.FromSeconds(10);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>
    /// A county's year of monthly history (about 7 monthly templates × 13 periods × its villages, some 40,000 rows for
    /// 450 villages) with room to spare. A row is its values dictionary (a boxed number or string per column, some
    /// 100–150 bytes a column with the dictionary entry and key): about 1–3 KB for the usual 10–20 columns, so the bound
    /// is some 60–180 MB at most.
    /// </summary>
    public const int DefaultMaxRows = 60_000;

    private readonly record struct GroupKey(string Template, int Version, string Period, string Township);

    /// <summary>A group's rows by village code, each with the stamp it was read at.</summary>
    private sealed record Group(GroupKey Key, Dictionary<string, (DateTimeOffset Stamp, IReadOnlyDictionary<string, object?> Values)> Rows)
    {
        /// <summary>The rows' values by village code, made once: a group never changes once made, so every pass shares it.</summary>
        public IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> Values { get; } =
            Rows.ToDictionary(r => r.Key, r => r.Value.Values, StringComparer.Ordinal);

        /// <summary>When its rows were last read or found unchanged by their stamps (changed under the lock only).</summary>
        public DateTimeOffset CheckedAt { get; set; }
    }

    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> NoRows =
        new Dictionary<string, IReadOnlyDictionary<string, object?>>();

    private readonly Lock _gate = new();
    private readonly Dictionary<GroupKey, LinkedListNode<Group>> _groups = [];
    /// <summary>Most recently used first.</summary>
    private readonly LinkedList<Group> _order = new();
    private int _rowCount;

    /// <summary>How many payload reads the kept rows spared and made (for tests and the bench).</summary>
    public (int Spared, int Read) PeriodReads { get; private set; }

    /// <summary>How many of the periods read anew were taken from the pass's own rows rather than read (for tests and the bench).</summary>
    public int TakenFromPass { get; private set; }

    /// <summary>How many rows are kept now (for tests).</summary>
    public int RowCount { get { lock (_gate) return _rowCount; } }

    /// <summary>
    /// The village rows under <paramref name="township"/> of each of <paramref name="periods"/>, by village code, each read
    /// with the template version in force then (none: no rows). Periods in <paramref name="written"/> (keys of periods the
    /// caller just re-derived in the township) are read anew, or taken from <paramref name="passRows"/> (the rows the pass's
    /// rollup read back after its save) when it has them.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>>>> ValuesAsync(string templateId,
        IReadOnlyList<Period> periods, string township, CancellationToken ct, IReadOnlySet<string>? written = null, PassRows? passRows = null)
    {
        var versions = periods.Select(p => library.InForce(templateId, p)?.Template.Version).ToList();
        var now = _clock.GetUtcNow();

        // Kept periods trusted as they are, and those whose stamps are due a check (under the lock).
        var kept = new Group?[periods.Count];
        var stale = new List<int>();
        var check = new List<int>();
        var spared = 0;
        lock (_gate)
        {
            for (var i = 0; i < periods.Count; i++)
            {
                if (versions[i] is not { } version) continue;
                if (written?.Contains(periods[i].Key) == true) { stale.Add(i); continue; }
                if (!_groups.TryGetValue(new GroupKey(templateId, version, periods[i].Key, township), out var node)) { stale.Add(i); continue; }
                if (now - node.Value.CheckedAt < DefaultRecheck)
                {
                    Touch(node);
                    kept[i] = node.Value;
                    spared++;
                }
                else check.Add(i);
            }
        }
        if (check.Count > 0)
        {
            var stamps = (await store.GetReportRowStampsAsync(templateId, check.Select(i => (versions[i]!.Value, periods[i].Key)).ToList(), township, OrgLevel.Village, ct))
                .ToLookup(s => (s.Version, s.Period));
            lock (_gate)
            {
                foreach (var i in check)
                {
                    var key = new GroupKey(templateId, versions[i]!.Value, periods[i].Key, township);
                    var these = stamps[(key.Version, key.Period)].ToList();
                    // The stamps say which rows exist now: a row added or deleted since counts as a change.
                    if (_groups.TryGetValue(key, out var node) && these.Count == node.Value.Rows.Count
                        && these.All(s => node.Value.Rows.TryGetValue(s.UnitCode, out var row) && row.Stamp == s.ComputedAt))
                    {
                        node.Value.CheckedAt = now;
                        Touch(node);
                        kept[i] = node.Value;
                        spared++;
                    }
                    else stale.Add(i);
                }
            }
        }
        lock (_gate) PeriodReads = (PeriodReads.Spared + spared, PeriodReads.Read + stale.Count);
        var fresh = new Dictionary<int, Group>();
        foreach (var i in stale)
        {
            var key = new GroupKey(templateId, versions[i]!.Value, periods[i].Key, township);
            var rows = new Dictionary<string, (DateTimeOffset, IReadOnlyDictionary<string, object?>)>(StringComparer.Ordinal);
            var taken = written?.Contains(key.Period) == true ? passRows?.VillagesOf(templateId, key.Version, key.Period, township) : null;
            if (taken is not null) lock (_gate) TakenFromPass++;
            foreach (var row in taken ?? await store.GetReportRowsAsync(templateId, key.Version, key.Period, township, OrgLevel.Village, ct))
                rows[row.UnitCode] = (row.ComputedAt, ReportRowPayload.Read(row).Values);
            fresh[i] = new Group(key, rows) { CheckedAt = now };
        }
        if (fresh.Count > 0)
        {
            lock (_gate)
            {
                foreach (var group in fresh.Values) Keep(group);
                while (_rowCount > maxRows && _order.Last is { } oldest) Drop(oldest);
            }
        }

        // Kept groups are never changed once made (a re-read replaces the whole group), so they are read outside the lock.
        return Enumerable.Range(0, periods.Count)
            .Select(i => (fresh.GetValueOrDefault(i) ?? kept[i])?.Values ?? NoRows).ToList();
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
