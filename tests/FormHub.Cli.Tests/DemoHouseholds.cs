using FormHub.Storage.Model;

namespace FormHub.Cli.Tests;

/// <summary>Seeds the demo county and a few households of one village through the store API, as a cadre's form would.</summary>
internal static class DemoHouseholds
{
    public const string County = "360835000000";      // 清溪县
    public const string Village = "360835100200";     // 石门村委会
    public const string OtherVillage = "360835101200"; // 枫树村委会, in another township

    /// <summary>
    /// 石门村委会: 张三 在保 3 persons (700 yuan paid in 2026-11), 李四 在保 2 persons (600.50 yuan), 王五 停保 4 persons;
    /// 枫树村委会: 赵六 在保 1 person. So 石门 has 2 dibao households, 5 persons, 1,300.50 yuan, 650.25 yuan each.
    /// </summary>
    public static async Task SeedAsync(CliHarness cli)
    {
        var import = await cli.RunAsync("regions", "import", RepositoryRoot.DemoRegions);
        Assert.True(import.ExitCode == 0, import.ToString());

        await using var store = await cli.OpenStoreAsync();
        var session = store.OpenSession("cadre", ChangeSource.Form);
        var jan1 = new DateOnly(2026, 1, 1);
        Guid Household(string village, string name, string status, int persons) => session.Create("household", village,
            new Dictionary<string, object?> { ["name"] = name, ["dibao_status"] = status, ["dibao_persons"] = persons }, jan1);

        session.SetPeriodic(Household(Village, "张三", "在保", 3), "dibao_amount", "2026-11", 700m);
        session.SetPeriodic(Household(Village, "李四", "在保", 2), "dibao_amount", "2026-11", 600.50m);
        Household(Village, "王五", "停保", 4);
        Household(OtherVillage, "赵六", "在保", 1);
        await session.SaveChangesAsync();
    }
}
