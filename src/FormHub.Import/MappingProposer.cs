using FormHub.Core.Catalog;

namespace FormHub.Import;

/// <summary>Proposes a mapping from column headings to catalog fields by the fields' Chinese labels and aliases.</summary>
public static class MappingProposer
{
    /// <summary>Heading text compared without spaces, full-width brackets, units in brackets, or a trailing colon.</summary>
    public static string Normalize(string text)
    {
        var s = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal)
            .Replace('（', '(').Replace('）', ')').TrimEnd(':', '：');
        // “低保金额(元)” names the field 低保金额: drop a trailing unit in brackets.
        var open = s.LastIndexOf('(');
        if (open > 0 && s.EndsWith(')') && s.Length - open <= 5) s = s[..open];
        return s;
    }

    /// <summary>heading → target for every heading of <paramref name="headings"/>; an unknown heading maps to "" (left out).</summary>
    public static Dictionary<string, string> Propose(FieldCatalog catalog, string entityType, IEnumerable<string> headings)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        // Targets first, so “户主身份证号” in a person file is the link, not the person's own ID number.
        foreach (var (target, names) in ImportTargets.Aliases)
        {
            if (target != ImportTargets.Village && entityType != "person") continue;
            foreach (var name in names) byName.TryAdd(Normalize(name), target);
        }

        foreach (var field in catalog.FieldsOf(entityType))
        {
            if (field.Type == FieldType.EntityRef) continue;
            byName.TryAdd(Normalize(field.LabelZh), field.Name);
            foreach (var alias in field.Aliases) byName.TryAdd(Normalize(alias), field.Name);
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in headings)
        {
            if (string.IsNullOrWhiteSpace(heading) || result.ContainsKey(heading)) continue;
            var target = byName.GetValueOrDefault(Normalize(heading), ImportTargets.Ignore);
            // Two columns for one field would be ambiguous: the first keeps it, later ones are left out for a person to map.
            result[heading] = target.Length > 0 && used.Add(target) ? target : ImportTargets.Ignore;
        }

        return result;
    }
}
