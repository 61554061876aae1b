using FormHub.Core.Text;

namespace FormHub.Core.OrgUnits;

/// <summary>
/// An immutable region hierarchy (province › city › county › township › village).
/// The topmost level present needs no parent (a file may start at a county); every unit below it needs its parent present.
/// </summary>
public sealed class RegionTree
{
    // Sorted by code: a parent's code sorts before its descendants and they follow it contiguously
    // (lower segments are zero-padded), so a subtree is one slice of this array.
    private readonly OrgUnit[] _sorted;
    private readonly Dictionary<RegionCode, OrgUnit> _byCode;
    private readonly Dictionary<RegionCode, OrgUnit[]> _children;

    /// <summary>Builds the tree; throws <see cref="SourceProblemException"/> on duplicate codes or a missing parent.</summary>
    /// <param name="units">The units, in any order.</param>
    /// <param name="sourceName">Where the units came from, used as the file of reported problems.</param>
    public RegionTree(IEnumerable<OrgUnit> units, string sourceName = "")
    {
        var problems = new List<SourceProblem>();
        _byCode = new Dictionary<RegionCode, OrgUnit>();
        foreach (var unit in units)
        {
            if (!_byCode.TryAdd(unit.Code, unit))
                problems.Add(new SourceProblem(sourceName, 0, 0, new LocalizedText(
                    $"区划代码{unit.Code}重复", $"Region code {unit.Code} occurs more than once")));
        }

        foreach (var (code, parent) in MissingParents(_byCode.Keys))
            problems.Add(new SourceProblem(sourceName, 0, 0, new LocalizedText(
                $"区划代码{code}的上级{parent}不存在", $"The parent {parent} of region code {code} is missing")));

        if (problems.Count > 0) throw new SourceProblemException(problems);

        _sorted = _byCode.Values.OrderBy(u => u.Code.Value, StringComparer.Ordinal).ToArray();
        _children = _sorted.Where(u => u.Code.Parent is not null && _byCode.ContainsKey(u.Code.Parent.Value))
            .GroupBy(u => u.Code.Parent!.Value)
            .ToDictionary(g => g.Key, g => g.ToArray());
        Villages = _sorted.Where(u => u.Level == OrgLevel.Village).ToArray();
        Roots = _sorted.Where(u => u.Code.Parent is not { } p || !_byCode.ContainsKey(p)).ToArray();
    }

    /// <summary>Every unit, ordered by code (a parent always precedes its descendants).</summary>
    public IReadOnlyList<OrgUnit> All => _sorted;

    /// <summary>Number of units in the tree.</summary>
    public int Count => _sorted.Length;

    /// <summary>Every village-level unit (村委会 and 居委会), ordered by code.</summary>
    public IReadOnlyList<OrgUnit> Villages { get; }

    /// <summary>The units of the topmost level present (those with no parent in the tree).</summary>
    public IReadOnlyList<OrgUnit> Roots { get; }

    /// <summary>The unit with this code, or null.</summary>
    public OrgUnit? Find(RegionCode code) => _byCode.GetValueOrDefault(code);

    /// <summary>The unit with this code text, or null when the text is not a valid code or is not in the tree.</summary>
    public OrgUnit? Find(string code) => RegionCode.TryParse(code, out var parsed, out _) ? Find(parsed) : null;

    /// <summary>The direct children of a unit, ordered by code; empty for a village or an unknown code.</summary>
    public IReadOnlyList<OrgUnit> Children(RegionCode code) => _children.GetValueOrDefault(code) ?? [];

    /// <summary>The ancestors of a unit present in the tree, nearest first (parent, grandparent, …); reverse for a breadcrumb.</summary>
    public IReadOnlyList<OrgUnit> Ancestors(RegionCode code)
    {
        var result = new List<OrgUnit>();
        for (var parent = code.Parent; parent is { } p && _byCode.TryGetValue(p, out var unit); parent = p.Parent)
            result.Add(unit);
        return result;
    }

    /// <summary>All units strictly beneath <paramref name="code"/>, ordered by code, optionally only those of one level.</summary>
    public IReadOnlyList<OrgUnit> Descendants(RegionCode code, OrgLevel? level = null)
    {
        // Start at the code's own position (or where it would be) and walk the contiguous subtree slice.
        var start = Array.BinarySearch(_sorted, new OrgUnit(code, ""), ByCode.Instance);
        start = start >= 0 ? start + 1 : ~start;
        var result = new List<OrgUnit>();
        for (var i = start; i < _sorted.Length && _sorted[i].Code.IsWithin(code); i++)
        {
            if (level is null || _sorted[i].Level == level) result.Add(_sorted[i]);
        }
        return result;
    }

    /// <summary>
    /// Codes whose parent is absent, where the topmost level present is exempt.
    /// Shared with <see cref="RegionCsvReader"/> so the rule lives in one place.
    /// </summary>
    internal static IEnumerable<(RegionCode Code, RegionCode Parent)> MissingParents(IEnumerable<RegionCode> codes)
    {
        var set = codes.ToHashSet();
        if (set.Count == 0) yield break;
        var topLevel = set.Min(c => c.Level);
        foreach (var code in set.OrderBy(c => c.Value, StringComparer.Ordinal))
        {
            if (code.Level > topLevel && code.Parent is { } parent && !set.Contains(parent))
                yield return (code, parent);
        }
    }

    private sealed class ByCode : IComparer<OrgUnit>
    {
        public static readonly ByCode Instance = new();

        public int Compare(OrgUnit? x, OrgUnit? y) => string.CompareOrdinal(x?.Code.Value, y?.Code.Value);
    }
}
