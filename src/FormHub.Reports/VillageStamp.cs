using FormHub.Storage;

namespace FormHub.Reports;

/// <summary>
/// A village's newest committed event (its sequence and hash), or none: every save, import line, retirement and periodic
/// value is an event in the village's hash-chained log, so data read after a stamp is at least as new as the stamp, and a
/// later stamp that differs means the village changed since. Read in one indexed query.
/// </summary>
internal readonly record struct VillageStamp(long Sequence, string Hash)
{
    public static async Task<VillageStamp> ReadAsync(IFormHubStore store, string village, CancellationToken ct) =>
        (await store.ListVillageEventsAsync(village, recordedAfter: null, max: 1, ct)) is [var newest]
            ? new VillageStamp(newest.Sequence, newest.Hash)
            : default;
}
