using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;

namespace FormHub.Cli;

/// <summary>Chinese names for levels and counts, shared by the commands.</summary>
internal static class ChineseNames
{
    /// <summary>省 / 市 / 县 / 乡镇 / 村(居)委会.</summary>
    public static string Level(OrgLevel level) => level switch
    {
        OrgLevel.Province => "省",
        OrgLevel.City => "市",
        OrgLevel.County => "县",
        OrgLevel.Township => "乡镇",
        _ => "村(居)委会",
    };

    /// <summary>The level of one unit; a village-level unit says whether it is a 村委会 or a 居委会 (from its code).</summary>
    public static string Kind(OrgUnit unit) => unit.Code.VillageKind switch
    {
        VillageKind.VillageCommittee => "村委会",
        VillageKind.ResidentsCommittee => "居委会",
        _ => Level(unit.Level),
    };

    /// <summary>"省 1、市 1、县 1、乡镇 3、村 24"; with <paramref name="skipEmpty"/>, levels with no unit are left out.</summary>
    public static string LevelCounts(IEnumerable<OrgUnit> units, bool skipEmpty = false)
    {
        var counts = units.GroupBy(u => u.Level).ToDictionary(g => g.Key, g => g.Count());
        return string.Join("、", Enum.GetValues<OrgLevel>().Where(level => !skipEmpty || counts.ContainsKey(level)).Select(level =>
            $"{(level == OrgLevel.Village ? "村" : Level(level))} {counts.GetValueOrDefault(level)}"));
    }

    /// <summary>月报 / 季报 / 年报.</summary>
    public static string Report(PeriodType type) => type switch
    {
        PeriodType.Monthly => "月报",
        PeriodType.Quarterly => "季报",
        _ => "年报",
    };

    /// <summary>What a period of the type is called on the command line: 月份 / 季度 / 年份.</summary>
    public static string PeriodKind(PeriodType type) => type switch
    {
        PeriodType.Monthly => "月份",
        PeriodType.Quarterly => "季度",
        _ => "年份",
    };

    /// <summary>角色名称 of an account role.</summary>
    public static string Role(FormHub.Storage.Accounts.AccountRole role) => role switch
    {
        FormHub.Storage.Accounts.AccountRole.Cadre => "村干部",
        FormHub.Storage.Accounts.AccountRole.Reviewer => "乡镇审核员",
        FormHub.Storage.Accounts.AccountRole.Department => "部门用户",
        _ => "管理员",
    };
}
