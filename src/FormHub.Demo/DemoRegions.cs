using FormHub.Core.OrgUnits;

namespace FormHub.Demo;

/// <summary>
/// The demo county's region list: the shipped one (form-templates/regions/demo-county.csv: 4 townships, 22 villages),
/// its first N villages when fewer are asked for, or more townships of the same county (镇 102–199, 村委会 200–399,
/// named from <see cref="PlaceNames"/>) when more are.
/// </summary>
internal static class DemoRegions
{
    /// <summary>The shipped region file, under form-templates/regions.</summary>
    public const string FileName = "demo-county.csv";

    /// <summary>The most villages one county can hold here: 98 more towns (102–199) of up to 200 村委会 each, plus the shipped ones.</summary>
    public const int MaxVillages = 10_000;

    /// <summary>Reads the shipped region file under <paramref name="templatesDirectory"/>.</summary>
    public static RegionTree ReadShipped(string templatesDirectory)
    {
        var file = Path.Combine(templatesDirectory, "regions", FileName);
        if (!File.Exists(file)) throw new DemoDataException($"找不到演示区划文件：{file}");
        return RegionCsvReader.ReadFile(file);
    }

    /// <summary>The county of the shipped file (it must hold exactly one).</summary>
    public static OrgUnit County(RegionTree shipped) =>
        shipped.All.Where(u => u.Level == OrgLevel.County).ToList() is [var county]
            ? county
            : throw new DemoDataException($"演示区划文件 {FileName} 应当恰好包含一个县");

    /// <summary>The region units of a demo county with <paramref name="villages"/> villages, ancestors included.</summary>
    public static IReadOnlyList<OrgUnit> Build(RegionTree shipped, int villages, int seed)
    {
        var county = County(shipped);
        var shippedVillages = shipped.Descendants(county.Code, OrgLevel.Village).OrderBy(v => v.Code.Value, StringComparer.Ordinal).ToList();
        if (villages <= shippedVillages.Count)
        {
            var kept = shippedVillages.Take(villages).ToList();
            return kept.SelectMany(v => shipped.Ancestors(v.Code)).Concat(kept).DistinctBy(u => u.Code).ToList();
        }

        var units = shipped.All.ToList();
        var usedCodes = units.Select(u => u.Code.Value).ToHashSet();
        var usedNames = units.Select(u => Stem(u.Name)).ToHashSet();
        var rng = new Random(Dice.Mix(seed, county.Code.Value));
        var nameIndex = 0;
        string NextName()
        {
            string name;
            do name = PlaceNames.Name(nameIndex++); while (!usedNames.Add(name) && nameIndex < PlaceNames.Count);
            return name;
        }

        var countyDigits = county.Code.Value[..6];
        var remaining = villages - shippedVillages.Count;
        var towns = Enumerable.Range(102, 98).Where(t => !usedCodes.Contains($"{countyDigits}{t:D3}000")).ToList();
        for (var i = 0; i < towns.Count && remaining > 0; i++)
        {
            var townsLeft = towns.Count - i;
            var size = Math.Min(remaining, Math.Min(200, Math.Max(rng.Between(10, 20), (remaining + townsLeft - 1) / townsLeft)));
            var town = $"{countyDigits}{towns[i]:D3}";
            units.Add(new OrgUnit(RegionCode.Parse(town + "000"), NextName() + "镇"));
            for (var v = 0; v < size; v++)
                units.Add(new OrgUnit(RegionCode.Parse($"{town}{200 + v:D3}"), NextName() + "村委会"));
            remaining -= size;
        }
        return units;
    }

    /// <summary>石门村委会 → 石门, 清溪镇 → 清溪: the part a generated name must not repeat.</summary>
    private static string Stem(string name)
    {
        foreach (var suffix in new[] { "社区居民委员会", "居民委员会", "村委会", "镇", "乡", "县", "市", "省" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length) return name[..^suffix.Length];
        }
        return name;
    }
}
