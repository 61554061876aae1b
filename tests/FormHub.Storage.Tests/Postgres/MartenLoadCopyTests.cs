using FormHub.Storage.Errors;
using FormHub.Storage.Marten;
using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;
using Marten;
using Npgsql;

namespace FormHub.Storage.Tests.Postgres;

/// <summary>
/// A load's new records and ID claims go by FormHub's own COPY (<c>MartenFormHubStore.CopyNewRecordsAsync</c>), which
/// writes each document's JSON itself instead of through Marten's serializer: what it stores must be exactly what Marten
/// reads back and writes again, with Marten's columns and a version of its own per document, so the loaded records read,
/// change and conflict like any other.
/// </summary>
public sealed class MartenLoadCopyTests : MartenStoreTests
{
    private const int Households = 70;

    private async Task<(List<Guid> Households, List<Guid> Persons)> LoadAsync()
    {
        var s = _store.OpenSession("loader", ChangeSource.Import);
        var households = new List<Guid>();
        var persons = new List<Guid>();
        for (var i = 0; i < Households; i++)
        {
            var h = s.Create("household", TestRegions.Shangtang, new Dictionary<string, object?>
            {
                ["head_name"] = $"户主\"{i}\"", ["dibao_status"] = "在保", ["dibao_persons"] = i % 5,
            }, Jan1);
            households.Add(h);
            persons.Add(s.Create("person", TestRegions.Shangtang, new Dictionary<string, object?>
            {
                ["name"] = $"张{i}", ["id_number"] = TestIds.IdNumber(1980, 1 + i % 12, 1 + i % 28, i), ["household"] = h.ToString(),
                ["party_member"] = i % 2 == 0, ["monthly_income"] = 1234.5m + i, ["employment_start"] = new DateOnly(2020, 5, 1),
            }, Jan1));
        }
        await s.SaveChangesAsync();
        return (households, persons);
    }

    private IDocumentStore Documents => ((MartenFormHubStore)_store).Documents;

    /// <summary>Whether the document stored under <paramref name="id"/> equals <paramref name="json"/> as jsonb (member for member).</summary>
    private async Task<bool> StoredAsAsync(string table, object id, string json)
    {
        await using var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT data = CAST(@json AS jsonb) FROM \"{_engine.Schema}\".{table} WHERE id = @id", connection);
        command.Parameters.AddWithValue("json", json);
        command.Parameters.AddWithValue("id", id);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task LoadedDocumentsAreWhatMartensSerializerWritesForThemAndEachHasItsOwnVersion()
    {
        var (households, persons) = await LoadAsync();
        var serializer = Documents.Options.Serializer();
        await using var query = Documents.QuerySession();
        var records = await query.LoadManyAsync<EntityRecord>(households.Concat(persons));
        Assert.Equal(2 * Households, records.Count);
        foreach (var record in records)
        {
            // Marten reads the copied document and writes it again: the same jsonb, member for member (none left out, none extra).
            Assert.True(await StoredAsAsync("mt_doc_entities", record.Id, serializer.ToJson(record)), $"record {record.Id}");
        }
        var columns = await _engine.QueryAsync(
            "SELECT count(DISTINCT mt_version), min(mt_dotnet_type), max(mt_dotnet_type), count(*) FILTER (WHERE search_text LIKE '张%' AND entity_type = 'person' AND village_code = '" + TestRegions.Shangtang + "' AND retired_on IS NULL) FROM {entities}");
        Assert.Equal([(2 * Households).ToString(), typeof(EntityRecord).FullName, typeof(EntityRecord).FullName, Households.ToString()], columns.Single());

        var claims = await query.Query<IdentityClaim>().ToListAsync();
        Assert.Equal(Households, claims.Count);
        foreach (var claim in claims)
        {
            Assert.True(await StoredAsAsync("mt_doc_identity_numbers", claim.Id, serializer.ToJson(claim)), $"claim {claim.Id}");
            var columns2 = await _engine.QueryAsync(
                $"SELECT entity_id::text, id_number, village_code, mt_dotnet_type FROM \"{_engine.Schema}\".mt_doc_identity_numbers WHERE id = '{claim.Id}'");
            Assert.Equal([claim.EntityId.ToString(), claim.IdNumber, TestRegions.Shangtang, typeof(IdentityClaim).FullName], columns2.Single());
        }
    }

    [Fact]
    public async Task ALoadedRecordReadsChangesAndConflictsLikeAnyOther()
    {
        var (households, persons) = await LoadAsync();
        var person = await _store.GetAsync(persons[3]);
        Assert.NotNull(person);
        Assert.Equal(1, person.Version);
        Assert.Equal("张3", person.Fields["name"]);
        Assert.Equal(1237.5m, person.Fields["monthly_income"]);
        Assert.Equal("户主\"3\"", (await _store.GetAsync(households[3]))!.Fields["head_name"]);

        var change = _store.OpenSession("cadre", ChangeSource.Form);
        change.Change(persons[3], 1, new Dictionary<string, object?> { ["name"] = "李三" }, new DateOnly(2026, 2, 1));
        await change.SaveChangesAsync();
        Assert.Equal("李三", (await _store.GetAsync(persons[3]))!.Fields["name"]);

        var stale = _store.OpenSession("cadre", ChangeSource.Form);
        stale.Change(persons[3], 1, new Dictionary<string, object?> { ["name"] = "王三" }, new DateOnly(2026, 2, 1));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => stale.SaveChangesAsync());

        // The copied ID claim is held: the same number on another record is refused.
        var twin = _store.OpenSession("cadre", ChangeSource.Form);
        twin.Create("person", TestRegions.Xiatang, new Dictionary<string, object?> { ["name"] = "重号", ["id_number"] = person.Fields["id_number"] }, Jan1);
        await Assert.ThrowsAsync<StoreValidationException>(() => twin.SaveChangesAsync());
    }

    [Fact]
    public async Task LoadedEventsAreWhatMartensSerializerWritesRiseInSequenceWithTheirVersionsAndChainIntact()
    {
        var (_, persons) = await LoadAsync();
        var serializer = Documents.Options.Serializer();
        var rows = await _engine.QueryAsync(
            $"SELECT seq_id::text, version::text, data::text, type, mt_dotnet_type, tenant_id, id::text FROM {{events}} e WHERE stream_id = '{TestRegions.Shangtang}' ORDER BY e.version");
        Assert.Equal(2 * Households, rows.Count);
        var mapping = ((global::Marten.Events.EventGraph)Documents.Options.Events).EventMappingFor(typeof(VillageEventRecorded));
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal((i + 1).ToString(), rows[i][1]);
            if (i > 0) Assert.True(long.Parse(rows[i][0]!) > long.Parse(rows[i - 1][0]!), "sequence numbers rise with the versions");
            Assert.Equal([mapping.EventTypeName, mapping.DotNetTypeName, "*DEFAULT*"], rows[i][3..6]);
            // Marten reads the copied event and writes it again: the same jsonb.
            var read = serializer.FromJson<VillageEventRecorded>(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(rows[i][2]!)));
            Assert.True(await StoredAsAsync("mt_events", Guid.Parse(rows[i][6]!), serializer.ToJson(read)), $"event {rows[i][0]}");
        }
        Assert.True((await _store.VerifyAsync(TestRegions.Shangtang)).IsIntact);
        Assert.Single(await _store.GetHistoryAsync(persons[0]));
        Assert.Equal(2 * Households, rows.Select(r => r[6]).Distinct().Count());
    }
}
