using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Postgres;

/// <summary>
/// Marten does not open a schema whose records the old hand-written PostgreSQL engine (FormHub before Marten) holds: they
/// would seem gone. The engine itself is removed; its <c>entities</c> table is written here as it left it.
/// </summary>
public sealed class MartenOnHandwrittenDataTests
{
    [Fact]
    public async Task MartenRefusesASchemaHoldingHandwrittenRecordsAndNamesTheMigration()
    {
        var schema = "h_" + Guid.NewGuid().ToString("N");
        await TestPostgres.ExecuteRawAsync(
            $$"""
            CREATE SCHEMA "{{schema}}";
            CREATE TABLE "{{schema}}".entities (
                county_code text NOT NULL, id uuid NOT NULL, village_code text NOT NULL, entity_type text NOT NULL,
                version bigint NOT NULL, data jsonb NOT NULL, field_valid_from jsonb NOT NULL, valid_from date NOT NULL,
                retired_on date, retired_reason int, retired_note text, search_text text NOT NULL, updated_at timestamptz NOT NULL,
                PRIMARY KEY (county_code, id));
            INSERT INTO "{{schema}}".entities VALUES ('361025', gen_random_uuid(), '361025101201', 'household', 1,
                '{"head_name": "张三"}', '{}', '2026-01-01', NULL, NULL, NULL, '张三', now());
            """);
        try
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => FormHubStoreFactory.OpenAsync(
                new StorageOptions { PostgresConnectionString = TestPostgres.ConnectionString, PostgresSchema = schema }, TestCatalog.Create()));

            Assert.Contains("formhub migrate --from-postgres", refused.Message);
            Assert.Contains(schema, refused.Message);
            // Refused before Marten created anything beside the old table.
            Assert.Equal("1", (await TestPostgres.QueryRawAsync(
                $"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{schema}'")).Single()[0]);
        }
        finally
        {
            await TestPostgres.ExecuteRawAsync($"DROP SCHEMA \"{schema}\" CASCADE");
        }
    }
}
