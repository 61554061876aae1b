using FormHub.Storage.Errors;
using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Contract;

/// <summary>
/// A department's bulk value save (written at once on Marten: COPY and one guarded update) racing a cadre's edit of one of
/// its values in the same village: each ends saved or refused as a conflict the user can act on, never as a server fault
/// (on Marten the bulk writes once locked rows before the village's chain lock, the small save the other way round, and
/// the two deadlocked).
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ABulkValueSaveAndAnEditOfOneOfItsValuesAtOnceEachSaveOrConflict()
    {
        var setup = Session();
        var persons = Enumerable.Range(0, 80).Select(i => setup.Create("person", VillageA,
            new Dictionary<string, object?> { ["name"] = "丙" + i, ["id_number"] = TestIds.IdNumber(1962, 1, 1, 700 + i) }, Jan1)).ToList();
        await setup.SaveChangesAsync();

        var outcomes = new List<string>();
        for (var round = 0; round < 12; round++)
        {
            // Even rounds write the month's first values (COPY), odd rounds change them (the guarded bulk update).
            var month = $"2026-{1 + round / 2:00}";
            var bulk = Store.OpenSession("minzheng-api", ChangeSource.Api);
            foreach (var p in persons) bulk.SetPeriodic(p, "subsidy", month, 100m + round);
            var edit = Session();
            edit.SetPeriodic(persons[(round * 7) % persons.Count], "subsidy", month, 5m + round);

            var saves = await Task.WhenAll(Task.Run(() => OutcomeAsync(bulk)), Task.Run(() => OutcomeAsync(edit)));
            outcomes.AddRange(saves);
        }

        Assert.All(outcomes, o => Assert.True(o is "saved" or "conflict", o));
        Assert.True((await Store.VerifyAsync(VillageA)).IsIntact);
    }

    private static async Task<string> OutcomeAsync(IStoreSession session)
    {
        try
        {
            await session.SaveChangesAsync();
            return "saved";
        }
        catch (Exception e) when (e is ConcurrencyConflictException or PeriodicConflictException)
        {
            return "conflict";
        }
        catch (Exception e)
        {
            return e.ToString();
        }
    }
}
