using FormHub.Storage.Errors;
using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Postgres;

/// <summary>
/// The ID-number locks of the Marten engine come in two sizes (<c>IdentityLocks</c>): a save of up to 2,000 numbers locks
/// each number under the shared lock of the identity space, a larger one takes the space exclusively. A large import and
/// form saves registering one of its numbers at the same time must still leave exactly one holder, and two village-sized
/// saves of different numbers must not queue on each other's locks.
/// </summary>
public sealed class MartenIdentityLockTests : MartenStoreTests
{
    private static string IdNumber(int i) => TestIds.IdNumber(1950 + i / 3000, 1 + i / 250 % 12, 1 + i / 10 % 25, i % 1000);

    /// <summary>A household of <paramref name="numbers"/> persons in one save; true when it was stored.</summary>
    private async Task<bool> RegisterAsync(string village, IEnumerable<string> numbers)
    {
        var s = _store.OpenSession("cadre", ChangeSource.Import);
        var hh = s.Create("household", village, new Dictionary<string, object?> { ["head_name"] = "户主" }, Jan1);
        foreach (var number in numbers)
            s.Create("person", village, new Dictionary<string, object?> { ["name"] = "某人", ["id_number"] = number, ["household"] = hh.ToString() }, Jan1);
        try
        {
            await s.SaveChangesAsync();
            return true;
        }
        catch (StoreValidationException)
        {
            return false;
        }
    }

    [Fact]
    public async Task ALargeImportAndFormSavesRegisteringOneOfItsNumbersAtOnceLeaveExactlyOneHolder()
    {
        var import = Enumerable.Range(0, 2_500).Select(IdNumber).ToList();
        var contested = import[1_234];

        var saves = new List<Task<bool>> { Task.Run(() => RegisterAsync(TestRegions.Shangtang, import)) };
        saves.AddRange(Enumerable.Range(0, 4).Select(_ => Task.Run(() => RegisterAsync(TestRegions.Xiatang, [contested]))));
        var saved = await Task.WhenAll(saves);

        Assert.Equal(1, saved.Count(s => s));
        var holders = await _engine.QueryAsync($"SELECT entity_id FROM {{identity_numbers}} WHERE id_number = '{contested}'");
        Assert.Single(holders);
    }

    [Fact]
    public async Task TwoVillageSizedSavesOfDifferentNumbersDoNotWaitForEachOther()
    {
        // Village A's save holds its locks (a transaction left open after locking the numbers as a save does); village B's
        // save of 1,000 other numbers goes through meanwhile. With 1,024 buckets the two shared ~40 % of them and B waited.
        var a = Enumerable.Range(0, 1_000).Select(IdNumber).ToList();
        var b = Enumerable.Range(5_000, 1_000).Select(IdNumber).ToList();
        await using var held = await _engine.LockIdentityNumbersWithoutCommittingAsync(a);

        var saveB = RegisterAsync(TestRegions.Xiatang, b);
        var finished = await Task.WhenAny(saveB, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.Same(saveB, finished);
        Assert.True(await saveB);
    }

    [Fact]
    public async Task ABulkSessionOfManyBatchesHoldsTheIdentitySpaceNotALockPerNumber()
    {
        // Three batches of 1,500 numbers in one transaction: per-number locks would leave ~4,500 advisory locks held until
        // the commit (a 50,000-person import ran PostgreSQL's lock table out of memory).
        await using var session = _store.OpenBulkSession("importer", ChangeSource.Import);
        for (var batch = 0; batch < 3; batch++)
        {
            var hh = session.Create("household", TestRegions.Shangtang, new Dictionary<string, object?> { ["head_name"] = "户主" }, Jan1);
            foreach (var number in Enumerable.Range(batch * 1_500, 1_500).Select(IdNumber))
                session.Create("person", TestRegions.Shangtang, new Dictionary<string, object?> { ["name"] = "某人", ["id_number"] = number, ["household"] = hh.ToString() }, Jan1);
            await session.FlushAsync();
        }

        // This store's identity locks only (the space's and the numbers'), whatever other tests hold on the server.
        var advisory = await _engine.QueryAsync(
            $"SELECT mode FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid IN (hashtext('{_engine.Schema}.identity')::oid, hashtext('{_engine.Schema}.identity.number')::oid)");
        Assert.InRange(advisory.Count, 1, 3);
        Assert.Contains(advisory, l => l[0] == "ExclusiveLock");
        await session.CommitAsync();
        Assert.Equal("4500", (await _engine.QueryAsync("SELECT count(*) FROM {identity_numbers}"))[0][0]);
    }

    [Fact]
    public async Task ABulkLoadOfSeveralBatchesLeavesThePlannerStatisticsOfItsTables()
    {
        // last_analyze is set by ANALYZE only (autovacuum sets last_autoanalyze), so this sees the session's own.
        await using (var session = _store.OpenBulkSession("importer", ChangeSource.Import))
        {
            for (var batch = 0; batch < 2; batch++)
            {
                var hh = session.Create("household", TestRegions.Shangtang, new Dictionary<string, object?> { ["head_name"] = "户主" }, Jan1);
                foreach (var number in Enumerable.Range(10_000 + batch * 100, 100).Select(IdNumber))
                    session.Create("person", TestRegions.Shangtang, new Dictionary<string, object?> { ["name"] = "某人", ["id_number"] = number, ["household"] = hh.ToString() }, Jan1);
                await session.FlushAsync();
            }
            await session.CommitAsync();
        }

        var analyzed = await _engine.QueryAsync(
            $"SELECT relname FROM pg_stat_user_tables WHERE schemaname = '{_engine.Schema}' AND last_analyze IS NOT NULL ORDER BY relname");
        Assert.Equal(["mt_doc_entities", "mt_doc_periodic_values", "mt_events"], analyzed.Select(r => r[0]).ToArray());
    }
}
