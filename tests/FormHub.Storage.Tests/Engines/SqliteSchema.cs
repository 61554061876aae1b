namespace FormHub.Storage.Tests.Engines;

/// <summary>
/// <see cref="IBehindTheStore"/> on the SQLite engine's tables: entities, events, periodic_values, village_chains,
/// identity_numbers, catalog_versions.
/// </summary>
public sealed class SqliteSchema(IStoreEngine engine) : IBehindTheStore
{
    private static string Text(string s) => "'" + s.Replace("'", "''") + "'";

    public Task AlterEventPayloadAsync(string village, long villageSequence, string find, string replace) => engine.ExecuteAsync(
        $"UPDATE {{events}} SET payload = REPLACE(payload, {Text(find)}, {Text(replace)}) WHERE village_code = {Text(village)} AND village_seq = {villageSequence}");

    public Task DeleteEventsAsync(string village, params long[] villageSequences) => engine.ExecuteAsync(
        $"DELETE FROM {{events}} WHERE village_code = {Text(village)} AND village_seq IN ({string.Join(", ", villageSequences)})");

    public async Task ReplaceInRecordsAsync(string village, params (string Find, string Replace)[] edits)
    {
        foreach (var (find, replace) in edits)
        {
            await engine.ExecuteAsync(
                $"UPDATE {{entities}} SET data = REPLACE(data, {Text(find)}, {Text(replace)}) WHERE village_code = {Text(village)}");
        }
    }

    public Task SetPeriodicValueAsync(string field, string json) =>
        engine.ExecuteAsync($"UPDATE {{periodic_values}} SET value = {Text(json)} WHERE field = {Text(field)}");

    public Task SetRecordFieldAsync(Guid id, string field, string text) =>
        engine.ExecuteAsync($"UPDATE {{entities}} SET data = json_set(data, '$.{field}', {Text(text)}) WHERE id = '{id}'");

    public async Task<Dictionary<string, string>> ReadFieldDatesAsync(Guid id) =>
        (await engine.QueryAsync($"SELECT d.key, d.value FROM {{entities}} e, json_each(e.field_valid_from) d WHERE e.id = '{id}'"))
        .ToDictionary(r => r[0]!, r => r[1]!);

    public Task SetFieldDatesAsync(Guid id, IReadOnlyDictionary<string, string> dates) =>
        engine.ExecuteAsync($"UPDATE {{entities}} SET field_valid_from = json_object({MartenSchema.Pairs(dates)}) WHERE id = '{id}'");

    public async Task<List<(long VillageSequence, string Payload, string? KeyId)>> ReadEventsAsync(string village) =>
        (await engine.QueryAsync($"SELECT village_seq, payload, key_id FROM {{events}} WHERE village_code = {Text(village)} ORDER BY village_seq"))
        .Select(r => (long.Parse(r[0]!, System.Globalization.CultureInfo.InvariantCulture), r[1]!, r[2])).ToList();

    public Task RewriteEventAsync(string village, long villageSequence, (string Find, string Replace)? payloadEdit, string previousHash, string hash, string? keyId) =>
        engine.ExecuteAsync(
            $"UPDATE {{events}} SET payload = {(payloadEdit is { } e ? $"REPLACE(payload, {Text(e.Find)}, {Text(e.Replace)})" : "payload")}, " +
            $"prev_hash = {Text(previousHash)}, hash = {Text(hash)}, key_id = {(keyId is null ? "NULL" : Text(keyId))} " +
            $"WHERE village_code = {Text(village)} AND village_seq = {villageSequence}");

    public Task SetChainHeadHashAsync(string village, string lastHash) =>
        engine.ExecuteAsync($"UPDATE {{village_chains}} SET last_hash = {Text(lastHash)} WHERE village_code = {Text(village)}");

    public Task ClearChainHeadSignatureAsync(string village) =>
        engine.ExecuteAsync($"UPDATE {{village_chains}} SET head_mac = NULL WHERE village_code = {Text(village)}");

    public Task ForgetIdentityNumbersAsync() => engine.ExecuteAsync("DELETE FROM {identity_numbers}");

    public Task ForgetCatalogVersionsAsync() => engine.ExecuteAsync("DELETE FROM {catalog_versions}");
}
