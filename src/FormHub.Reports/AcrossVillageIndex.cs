using FormHub.Core.Rules;
using FormHub.Scripting;

namespace FormHub.Reports;

/// <summary>
/// What the across-villages rules of one county and month compare: for each such rule, every village's records that
/// take part (<see cref="AcrossMember"/>: id, household, key — nothing else of the record), grouped by key over the
/// county. A village's share is replaced whenever the village is evaluated, and the keys whose groups that changed are
/// returned, so the other villages of those groups are judged again. Thread-safe (the cold run fills it in parallel).
/// Memory: one small entry per taking-part record and rule (~100 bytes; ~60 MB for two rules over 300k persons).
/// </summary>
internal sealed class AcrossVillageIndex
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Slices> _rules = new(StringComparer.Ordinal);

    private sealed class Slices
    {
        public readonly Dictionary<string, IReadOnlyList<AcrossMember>> ByVillage = new(StringComparer.Ordinal);
        public readonly Dictionary<string, Dictionary<string, List<AcrossMember>>> ByKey = new(StringComparer.Ordinal);

        /// <summary>Each group at fault as its records' findings see it, worked out once for all of them; dropped when the key's group changes.</summary>
        public readonly Dictionary<string, Shape> Shapes = new(StringComparer.Ordinal);
    }

    /// <summary>A group's records in village order, its villages in order, its households.</summary>
    private sealed record Shape(List<AcrossRecord> All, List<string> Villages, int Households);

    /// <summary>Replaces a village's share of a rule; returns the keys whose groups changed (a record joined, left or moved household).</summary>
    public IReadOnlySet<string> Replace(string ruleId, string villageCode, IReadOnlyList<AcrossMember> members)
    {
        lock (_gate)
        {
            if (!_rules.TryGetValue(ruleId, out var slices)) _rules[ruleId] = slices = new Slices();
            var before = slices.ByVillage.GetValueOrDefault(villageCode) ?? [];
            // Most saves leave a village's share as it was (same records, same order): nothing to regroup.
            if (before.Count == members.Count && before.SequenceEqual(members))
            {
                if (members.Count > 0) slices.ByVillage[villageCode] = members;
                return new HashSet<string>(StringComparer.Ordinal);
            }
            // The keys of records that joined, left or changed: one set of the share before, crossed off by the share now.
            var gone = new HashSet<AcrossMember>(before);
            var changed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in members)
                if (!gone.Remove(member)) changed.Add(member.Key);
            foreach (var member in gone) changed.Add(member.Key);
            foreach (var key in changed)
            {
                slices.Shapes.Remove(key);
                if (!slices.ByKey.TryGetValue(key, out var villages)) continue;
                villages.Remove(villageCode);
                if (villages.Count == 0) slices.ByKey.Remove(key);
            }
            foreach (var member in members.Where(m => changed.Contains(m.Key)))
            {
                if (!slices.ByKey.TryGetValue(member.Key, out var villages)) slices.ByKey[member.Key] = villages = new Dictionary<string, List<AcrossMember>>(StringComparer.Ordinal);
                if (!villages.TryGetValue(villageCode, out var list)) villages[villageCode] = list = [];
                list.Add(member);
            }
            if (members.Count == 0) slices.ByVillage.Remove(villageCode);
            else slices.ByVillage[villageCode] = members;
            return changed;
        }
    }

    /// <summary>The villages holding records of a key's group.</summary>
    public IReadOnlyList<string> VillagesOf(string ruleId, string key)
    {
        lock (_gate)
        {
            return _rules.TryGetValue(ruleId, out var slices) && slices.ByKey.TryGetValue(key, out var villages) ? villages.Keys.ToList() : [];
        }
    }

    /// <summary>Villages with a record in a group at fault of the rule (what the cold run judges).</summary>
    public IReadOnlySet<string> VillagesAtFault(string ruleId, AcrossVillages across)
    {
        lock (_gate)
        {
            var result = new HashSet<string>(StringComparer.Ordinal);
            if (!_rules.TryGetValue(ruleId, out var slices)) return result;
            foreach (var villages in slices.ByKey.Values)
            {
                if (AtFault(villages, across)) result.UnionWith(villages.Keys);
            }
            return result;
        }
    }

    /// <summary>
    /// The group of <paramref name="entityId"/>'s key when it is at fault, as that record's finding sees it (the other
    /// records and village names; <paramref name="nameOf"/> names a village for the message), or null.
    /// </summary>
    public AcrossGroup? GroupOf(string ruleId, AcrossVillages across, string key, Guid entityId, string villageCode, Func<string, string> nameOf)
    {
        lock (_gate)
        {
            if (!_rules.TryGetValue(ruleId, out var slices) || !slices.ByKey.TryGetValue(key, out var villages) || villages.Count < across.MinVillages) return null;
            // Worked out once per group, not once per record of it (a big group's records each asked for all the others).
            if (!slices.Shapes.TryGetValue(key, out var shape))
            {
                // Most groups are one record or one household: counted, and nothing more made of them.
                var households = Households(villages);
                if (households < across.MinHouseholds) return null;
                var ordered = villages.Keys.Order(StringComparer.Ordinal).ToList();
                slices.Shapes[key] = shape = new Shape(ordered.SelectMany(v => villages[v].Select(m => new AcrossRecord(m.EntityId, v))).ToList(),
                    ordered, households);
            }
            var others = new List<AcrossRecord>(shape.All.Count);
            foreach (var record in shape.All)
                if (record.EntityId != entityId) others.Add(record);
            // Named on each call: the names are the caller's (the region tree of its pass).
            var names = shape.Villages.ConvertAll(v => nameOf(v));
            var otherNames = new List<string>(names.Count);
            for (var i = 0; i < names.Count; i++)
                if (shape.Villages[i] != villageCode) otherNames.Add(names[i]);
            return new AcrossGroup(others, names, otherNames, shape.Households, shape.All.Count);
        }
    }

    private static bool AtFault(Dictionary<string, List<AcrossMember>> villages, AcrossVillages across) =>
        villages.Count >= across.MinVillages && (across.MinHouseholds == 0 || Households(villages) >= across.MinHouseholds);

    /// <summary>Distinct households of a group (a record without one counts as its own).</summary>
    private static int Households(Dictionary<string, List<AcrossMember>> villages)
    {
        var seen = new HashSet<Guid>();
        foreach (var list in villages.Values)
            foreach (var m in list) seen.Add(m.HouseholdId ?? m.EntityId);
        return seen.Count;
    }
}
