using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;

namespace FormHub.Cli.Tests;

/// <summary>A CLI data folder seeded once with the demo county cut to three villages (for tests that only read it).</summary>
public sealed class TinyCounty : IAsyncLifetime
{
    public const string County = "360835000000";

    public CliHarness Cli { get; } = new();

    /// <summary>The township of the seeded villages.</summary>
    public OrgUnit Township { get; private set; } = null!;

    public IReadOnlyList<OrgUnit> Villages { get; private set; } = [];

    /// <summary>The month a form opens on today (China time).</summary>
    public static Period CurrentMonth => Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly);

    public async Task InitializeAsync()
    {
        var seeded = await Cli.RunAsync(["seed", "--villages", "3", "--persons-per-village", "30"]);
        Assert.True(seeded.ExitCode == 0, seeded.ToString());
        await using var store = await Cli.OpenStoreAsync();
        var tree = new RegionTree(await store.GetRegionsAsync());
        Villages = tree.Villages;
        Township = tree.Find(Villages[0].Code.Parent!.Value)!;
    }

    public Task DisposeAsync()
    {
        Cli.Dispose();
        return Task.CompletedTask;
    }
}
