namespace FormHub.Storage.Tests.Engines;

/// <summary>
/// What someone with write access to the database does behind the store's back, said once per engine in that engine's
/// tables: the tamper-evidence and upgrade tests use these instead of one engine's SQL, so they run unchanged on every engine.
/// </summary>
public interface IBehindTheStore
{
    /// <summary>Replaces text in the stored payload of one event (what the hash covers).</summary>
    Task AlterEventPayloadAsync(string village, long villageSequence, string find, string replace);

    /// <summary>Removes events of a village's log by village sequence.</summary>
    Task DeleteEventsAsync(string village, params long[] villageSequences);

    /// <summary>Replaces text in the stored current records of a village (their field values), each edit in turn.</summary>
    Task ReplaceInRecordsAsync(string village, params (string Find, string Replace)[] edits);

    /// <summary>Sets the stored JSON of every periodic value of <paramref name="field"/>.</summary>
    Task SetPeriodicValueAsync(string field, string json);

    /// <summary>Sets a text field of a stored record, as an older database could hold it.</summary>
    Task SetRecordFieldAsync(Guid id, string field, string text);

    /// <summary>The stored valid-from dates of a record's fields, field → yyyy-MM-dd.</summary>
    Task<Dictionary<string, string>> ReadFieldDatesAsync(Guid id);

    /// <summary>Sets the stored valid-from dates of a record's fields (as a database written before they were sparse holds them).</summary>
    Task SetFieldDatesAsync(Guid id, IReadOnlyDictionary<string, string> dates);

    /// <summary>Each event of a village as stored: its village sequence, payload text and key id.</summary>
    Task<List<(long VillageSequence, string Payload, string? KeyId)>> ReadEventsAsync(string village);

    /// <summary>Rewrites one event's chain columns, optionally editing its payload text too.</summary>
    Task RewriteEventAsync(string village, long villageSequence, (string Find, string Replace)? payloadEdit, string previousHash, string hash, string? keyId);

    /// <summary>Sets the hash a village's chain head remembers.</summary>
    Task SetChainHeadHashAsync(string village, string lastHash);

    /// <summary>Removes the signature of a village's chain head.</summary>
    Task ClearChainHeadSignatureAsync(string village);

    /// <summary>Empties the list of ID numbers held (as in a database from before the list existed).</summary>
    Task ForgetIdentityNumbersAsync();

    /// <summary>Removes every stored catalog version (a deployment from before the catalog was kept in the store).</summary>
    Task ForgetCatalogVersionsAsync();
}
