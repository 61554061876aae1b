using System.Diagnostics.CodeAnalysis;
using FormHub.Core.Text;

namespace FormHub.Core.OrgUnits;

/// <summary>
/// A 12-digit 统计用区划代码: 2 province + 2 city + 2 county + 3 township + 3 village digits.
/// The level is the last non-zero segment; the parent is the code with that segment zeroed.
/// </summary>
public readonly record struct RegionCode
{
    private RegionCode(string value, OrgLevel level)
    {
        Value = value;
        Level = level;
    }

    /// <summary>The 12 digits.</summary>
    public string Value { get; }

    public OrgLevel Level { get; }

    /// <summary>The code of the unit one level up, or null for a province.</summary>
    public RegionCode? Parent => Level switch
    {
        OrgLevel.Province => null,
        OrgLevel.City => new RegionCode(Value[..2] + "0000000000", OrgLevel.Province),
        OrgLevel.County => new RegionCode(Value[..4] + "00000000", OrgLevel.City),
        OrgLevel.Township => new RegionCode(Value[..6] + "000000", OrgLevel.County),
        _ => new RegionCode(Value[..9] + "000", OrgLevel.Township),
    };

    /// <summary>The 12-digit code of the county this unit lies in (itself for a county); the distribution key of large tables.</summary>
    public string CountyCode => Level <= OrgLevel.City ? Value : Value[..6] + "000000";

    /// <summary>The leading digits every code within this unit shares (e.g. 9 for a township): for prefix searches.</summary>
    public string Prefix => Value[..PrefixLength(Level)];

    /// <summary>村委会 or 居委会 for a village-level code; null above that level.</summary>
    public VillageKind? VillageKind => Level != OrgLevel.Village
        ? null
        : int.Parse(Value.AsSpan(9, 3)) >= 200 ? OrgUnits.VillageKind.VillageCommittee : OrgUnits.VillageKind.ResidentsCommittee;

    /// <summary>True when this code is <paramref name="other"/> or lies beneath it.</summary>
    public bool IsWithin(RegionCode other)
    {
        if (Level < other.Level) return false;
        var prefix = PrefixLength(other.Level);
        return string.CompareOrdinal(Value, 0, other.Value, 0, prefix) == 0;
    }

    private static int PrefixLength(OrgLevel level) => level switch
    {
        OrgLevel.Province => 2,
        OrgLevel.City => 4,
        OrgLevel.County => 6,
        OrgLevel.Township => 9,
        _ => 12,
    };

    public static RegionCode Parse(string text) =>
        TryParse(text, out var code, out var error) ? code : throw new FormatException(error.Zh);

    public static bool TryParse(string? text, out RegionCode code, [NotNullWhen(false)] out LocalizedText? error)
    {
        code = default;
        var s = text?.Trim() ?? "";
        if (s.Length != 12 || !s.All(char.IsAsciiDigit))
        {
            error = new LocalizedText($"区划代码“{s}”应为12位数字", $"Region code '{s}' must be 12 digits");
            return false;
        }

        int province = int.Parse(s.AsSpan(0, 2)), city = int.Parse(s.AsSpan(2, 2)), county = int.Parse(s.AsSpan(4, 2));
        int township = int.Parse(s.AsSpan(6, 3)), village = int.Parse(s.AsSpan(9, 3));
        if (province < 11)
        {
            error = new LocalizedText($"区划代码“{s}”的省级代码 {s[..2]} 无效", $"Region code '{s}' has an invalid province part {s[..2]}");
            return false;
        }

        // A zero segment followed by a non-zero one (e.g. county 00 with township 001) names no real unit.
        int[] parts = [city, county, township, village];
        var level = OrgLevel.Province;
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i] == 0) continue;
            if (i > 0 && parts[..i].Any(p => p == 0))
            {
                error = new LocalizedText($"区划代码“{s}”的上级段为0而下级段不为0", $"Region code '{s}' has a zero segment above a non-zero one");
                return false;
            }
            level = (OrgLevel)(i + 2);
        }

        if (level == OrgLevel.Village && village > 399)
        {
            error = new LocalizedText($"区划代码“{s}”的村级代码 {s[9..]} 超出范围（居委会001–199，村委会200–399）",
                $"Region code '{s}' has village digits {s[9..]} outside 001–199 (residents' committee) and 200–399 (village committee)");
            return false;
        }

        code = new RegionCode(s, level);
        error = null;
        return true;
    }

    public override string ToString() => Value;
}
