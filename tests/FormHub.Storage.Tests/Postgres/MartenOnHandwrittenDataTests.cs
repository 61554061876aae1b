using FormHub.Core.OrgUnits;
using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Postgres;

/// <summary>Marten does not open a schema whose records the hand-written engine holds: they would seem gone.</summary>
public sealed class MartenOnHandwrittenDataTests
{
    [Fact]
    public async Task MartenRefusesASchemaHoldingHandwrittenRecordsAndNamesTheEngineSwitch()
    {
        var schema = "h_" + Guid.NewGuid().ToString("N");
        var options = new StorageOptions
        {
            PostgresConnectionString = PostgresEngine.ConnectionString, PostgresSchema = schema, PostgresEngine = PostgresEngineKind.Handwritten,
        };
        await using (var handwritten = await FormHubStoreFactory.OpenAsync(options, TestCatalog.Create()))
        {
            await handwritten.SaveRegionsAsync([new OrgUnit(RegionCode.Parse("361025101201"), "上塘村委会")]);
            var session = handwritten.OpenSession("cadre", ChangeSource.Form);
            session.Create("household", "361025101201", new Dictionary<string, object?> { ["head_name"] = "张三" }, new DateOnly(2026, 1, 1));
            await session.SaveChangesAsync();
        }

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            FormHubStoreFactory.OpenAsync(options with { PostgresEngine = PostgresEngineKind.Marten }, TestCatalog.Create()));

        Assert.Contains("FORMHUB_POSTGRES_ENGINE=handwritten", refused.Message);
        Assert.Contains(schema, refused.Message);
        await PostgresEngine.ExecuteRawAsync($"DROP SCHEMA \"{schema}\" CASCADE");
    }
}
