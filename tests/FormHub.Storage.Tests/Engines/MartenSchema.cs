namespace FormHub.Storage.Tests.Engines;

/// <summary>
/// <see cref="IBehindTheStore"/> on the Marten engine's tables: records in mt_doc_entities (values under
/// <c>data -&gt; 'data'</c>), village streams in mt_events (stream = village, version = village sequence, the chain in
/// the event body), chain heads in mt_doc_village_chains, periodic values in mt_doc_periodic_values.
/// </summary>
public sealed class MartenSchema(IStoreEngine engine, string schema) : IBehindTheStore
{
    private static string Text(string s) => "'" + s.Replace("'", "''") + "'";

    /// <summary>key, value, … for a JSON object built in SQL (braces in the command would read as table names).</summary>
    internal static string Pairs(IReadOnlyDictionary<string, string> values) => string.Join(", ", values.Select(kv => $"{Text(kv.Key)}, {Text(kv.Value)}"));

    private static string JsonText(string s) => $"to_jsonb(CAST({Text(s)} AS text))";

    public Task AlterEventPayloadAsync(string village, long villageSequence, string find, string replace) => engine.ExecuteAsync(
        $"UPDATE {{events}} SET data = jsonb_set(data, ARRAY['payload'], to_jsonb(REPLACE(data ->> 'payload', {Text(find)}, {Text(replace)}))) " +
        $"WHERE stream_id = {Text(village)} AND version = {villageSequence}");

    public Task DeleteEventsAsync(string village, params long[] villageSequences) => engine.ExecuteAsync(
        $"DELETE FROM {{events}} WHERE stream_id = {Text(village)} AND version IN ({string.Join(", ", villageSequences)})");

    public async Task ReplaceInRecordsAsync(string village, params (string Find, string Replace)[] edits)
    {
        foreach (var (find, replace) in edits)
        {
            await engine.ExecuteAsync(
                $"UPDATE {{entities}} SET data = jsonb_set(data, ARRAY['data'], CAST(REPLACE(CAST(data -> 'data' AS text), {Text(find)}, {Text(replace)}) AS jsonb)) WHERE village_code = {Text(village)}");
        }
    }

    public Task SetPeriodicValueAsync(string field, string json) => engine.ExecuteAsync(
        $"UPDATE {{periodic_values}} SET data = jsonb_set(data, ARRAY['value'], CAST({Text(json)} AS jsonb)) WHERE data ->> 'field' = {Text(field)}");

    public Task SetRecordFieldAsync(Guid id, string field, string text) => engine.ExecuteAsync(
        $"UPDATE {{entities}} SET data = jsonb_set(data, ARRAY['data', {Text(field)}], {JsonText(text)}) WHERE id = '{id}'");

    public async Task<Dictionary<string, string>> ReadFieldDatesAsync(Guid id) =>
        (await engine.QueryAsync($"SELECT d.key, d.value FROM {{entities}}, jsonb_each_text(data -> 'fieldValidFrom') d WHERE id = '{id}'"))
        .ToDictionary(r => r[0]!, r => r[1]!);

    public Task SetFieldDatesAsync(Guid id, IReadOnlyDictionary<string, string> dates) => engine.ExecuteAsync(
        $"UPDATE {{entities}} SET data = jsonb_set(data, ARRAY['fieldValidFrom'], jsonb_build_object({Pairs(dates)})) WHERE id = '{id}'");

    public async Task<List<(long VillageSequence, string Payload, string? KeyId)>> ReadEventsAsync(string village) =>
        (await engine.QueryAsync($"SELECT version, data ->> 'payload', data ->> 'keyId' FROM {{events}} WHERE stream_id = {Text(village)} ORDER BY version"))
        .Select(r => (long.Parse(r[0]!, System.Globalization.CultureInfo.InvariantCulture), r[1]!, r[2])).ToList();

    public Task RewriteEventAsync(string village, long villageSequence, (string Find, string Replace)? payloadEdit, string previousHash, string hash, string? keyId)
    {
        var payload = payloadEdit is { } e ? $"to_jsonb(REPLACE(data ->> 'payload', {Text(e.Find)}, {Text(e.Replace)}))" : "data -> 'payload'";
        return engine.ExecuteAsync(
            $"UPDATE {{events}} SET data = data || jsonb_build_object('payload', {payload}, 'previousHash', {Text(previousHash)}, 'hash', {Text(hash)}, " +
            $"'keyId', {(keyId is null ? "NULL" : Text(keyId))}) WHERE stream_id = {Text(village)} AND version = {villageSequence}");
    }

    public Task SetChainHeadHashAsync(string village, string lastHash) => engine.ExecuteAsync(
        $"UPDATE {{village_chains}} SET data = jsonb_set(data, ARRAY['lastHash'], {JsonText(lastHash)}) WHERE id = {Text(village)}");

    public Task ClearChainHeadSignatureAsync(string village) => engine.ExecuteAsync(
        $"UPDATE {{village_chains}} SET data = jsonb_set(data, ARRAY['headMac'], 'null') WHERE id = {Text(village)}");

    public Task ForgetIdentityNumbersAsync() => engine.ExecuteAsync("DELETE FROM {identity_numbers}");

    /// <summary>The catalog topic's document table, found by name: mt_doc_ tables holding "catalog".</summary>
    public async Task ForgetCatalogVersionsAsync()
    {
        var tables = await engine.QueryAsync(
            $"SELECT table_name FROM information_schema.tables WHERE table_schema = '{schema}' AND table_name LIKE 'mt_doc_%catalog%'");
        foreach (var table in tables) await engine.ExecuteAsync($"DELETE FROM {{{table[0]}}}");
    }
}
