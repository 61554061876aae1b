using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;
using Npgsql;

namespace FormHub.Storage.Tests.Postgres;

/// <summary>
/// A month closing while a save of its village is between its closed-months read and its commit: the submission waits
/// for the save (which holds the village's chain lock from before its read), or the save, whose chain lock is taken only
/// at its write, reads the months again under it and is refused. Never a save committed into a month closed meanwhile.
/// </summary>
public sealed class MartenFilingRaceTests : MartenStoreTests
{
    private const string Month = "2026-01";

    private sealed class MonthClosedException() : Exception("closed");

    private static FilingGuard Guard => new(TestRegions.Shangtang, Month,
        closed => closed.Any(c => c.Period == Month) ? new MonthClosedException() : null);

    [Fact]
    public async Task AMonthSubmittedWhileASaveLockedUpFrontIsOpenWaitsForTheSavesCommit()
    {
        var person = await SeedPersonAsync();
        Task save;
        Task<Submission> submit;
        // The save's write waits on the record's row, held by another transaction: it has read the month open by then.
        await using (var held = await HoldRowAsync(person))
        {
            var s = _store.OpenSession("cadre", ChangeSource.Form);
            s.KeepToVillage(TestRegions.Shangtang);
            s.GuardFilings(Guard);
            s.Change(person, 1, new Dictionary<string, object?> { ["name"] = "张三丰" }, Jan1);
            save = s.SaveChangesAsync();
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.False(save.IsCompleted, "the save should wait for the row held");

            submit = SubmitAsync();
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.False(submit.IsCompleted, "the month must not close while the village's save that read it open is uncommitted");
        }
        await save;
        var submitted = await submit;
        Assert.Equal(SubmissionStatus.Submitted, submitted.Status);
        Assert.Equal("张三丰", (await _store.GetAsync(person))!.Fields["name"]);
    }

    [Fact]
    public async Task ASaveLockingItsVillageOnlyAtItsWriteIsRefusedWhenTheMonthWasSubmittedAfterItsFirstRead()
    {
        var person = await SeedPersonAsync();
        var number = TestIds.IdNumber(1960, 5, 5, 5);
        Task save;
        // Giving a record an ID number: the chain lock comes after the number's lock, which another transaction holds.
        await using (await _engine.LockIdentityNumbersWithoutCommittingAsync([number]))
        {
            var s = _store.OpenSession("cadre", ChangeSource.Form);
            s.KeepToVillage(TestRegions.Shangtang);
            s.GuardFilings(Guard);
            s.Change(person, 1, new Dictionary<string, object?> { ["id_number"] = number }, Jan1);
            save = s.SaveChangesAsync();
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.False(save.IsCompleted, "the save should wait for the number's lock");

            // The save has read the month open and holds no chain lock yet: the month closes at once.
            var submit = SubmitAsync();
            Assert.Same(submit, await Task.WhenAny(submit, Task.Delay(TimeSpan.FromSeconds(10))));
            await submit;
        }
        await Assert.ThrowsAsync<MonthClosedException>(() => save);
        var stored = await _store.GetAsync(person);
        Assert.Equal(1, stored!.Version);
        Assert.False(stored.Fields.ContainsKey("id_number") && stored.Fields["id_number"] is not null);
    }

    private async Task<Guid> SeedPersonAsync()
    {
        var seed = _store.OpenSession("cadre", ChangeSource.Form);
        var person = seed.Create("person", TestRegions.Shangtang, new Dictionary<string, object?> { ["name"] = "张三" }, Jan1);
        await seed.SaveChangesAsync();
        return person;
    }

    private Task<Submission> SubmitAsync() => _store.SaveSubmissionAsync(
        Submission.NewDraft(TestRegions.Shangtang, Month) with { Status = SubmissionStatus.Submitted, UpdatedBy = "cadre" }, 0,
        new AuditEntry(0, DateTimeOffset.UtcNow, "cadre", "submit", TestRegions.Shangtang, Month, null));

    /// <summary>The record's row locked by a transaction left open until the result is disposed (rolled back).</summary>
    private async Task<IAsyncDisposable> HoldRowAsync(Guid id)
    {
        var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync();
        var tx = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand($"SELECT 1 FROM \"{_engine.Schema}\".mt_doc_entities WHERE id = @id FOR UPDATE", connection, tx);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteScalarAsync();
        return new MartenEngine.HeldTransaction(connection, tx);
    }
}
