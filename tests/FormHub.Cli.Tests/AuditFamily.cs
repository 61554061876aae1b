using FormHub.Core.Validation;
using FormHub.Storage.Model;

namespace FormHub.Cli.Tests;

/// <summary>The audit tests' village: the demo regions and one household with one resident, saved through the store API.</summary>
internal static class AuditFamily
{
    public const string Village = "360835100200"; // 石门村委会 in the demo county

    /// <summary>Two events (household 张三 and resident 张三); a third when <paramref name="paidInOctober"/> (500 yuan dibao in 2026-10).</summary>
    public static async Task SeedAsync(CliHarness cli, bool paidInOctober = false)
    {
        var import = await cli.RunAsync("regions", "import", RepositoryRoot.DemoRegions);
        Assert.True(import.ExitCode == 0, import.ToString());

        await using var store = await cli.OpenStoreAsync();
        var session = store.OpenSession("cadre", ChangeSource.Form);
        var jan1 = new DateOnly(2026, 1, 1);
        var household = session.Create("household", Village, new Dictionary<string, object?> { ["name"] = "张三" }, jan1);
        const string first17 = "36083519500301001";
        session.Create("person", Village, new Dictionary<string, object?>
        {
            ["name"] = "张三",
            ["id_number"] = first17 + ChineseIdNumber.ComputeCheckCharacter(first17),
            ["household"] = household.ToString(),
            ["relation_to_head"] = "户主",
        }, jan1);
        if (paidInOctober) session.SetPeriodic(household, "dibao_amount", "2026-10", 500m);
        await session.SaveChangesAsync();
    }
}
