using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Contract;

/// <summary>Records found by id or by ID number without their fields (issue 16: a department's value set names 10,000 of them).</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task RecordsAreFoundByIdNumberAndByIdWithoutTheirFieldsAndTheHoldersFollowChangesAndRetirements()
    {
        var (householdA, personA, numberA) = await PersonAsync(VillageA, "张三", "张三", 201);
        var (_, personB, numberB) = await PersonAsync(VillageB, "李四", "李四", 202);
        var unknown = TestIds.IdNumber(1990, 1, 1, 203);

        var holders = await Store.FindIdNumberHoldersAsync([numberA, numberB, unknown]);
        Assert.Equal(
            [new IdNumberHolder(numberA, new RecordHeader(personA, "person", VillageA, false)), new IdNumberHolder(numberB, new RecordHeader(personB, "person", VillageB, false))],
            holders.OrderBy(h => h.IdNumber, StringComparer.Ordinal));

        // A changed number is found under its new value only; a retired record holds no number any more.
        var renumbered = TestIds.IdNumber(1971, 7, 7, 204);
        var s = Session();
        s.Change(personA, 1, new Dictionary<string, object?> { ["id_number"] = renumbered }, Jan1);
        s.Retire(personB, 1, Jan1.AddDays(10), RetirementReason.Death);
        await s.SaveChangesAsync();
        Assert.Equal([new IdNumberHolder(renumbered, new RecordHeader(personA, "person", VillageA, false))],
            await Store.FindIdNumberHoldersAsync([numberA, numberB, renumbered]));

        var missing = Guid.NewGuid();
        var headers = await Store.GetHeadersAsync([personA, personB, householdA, missing]);
        Assert.Equal(new RecordHeader(personB, "person", VillageB, true), headers[personB]);
        Assert.Equal(new RecordHeader(householdA, "household", VillageA, false), headers[householdA]);
        Assert.Equal(new RecordHeader(personA, "person", VillageA, false), headers[personA]);
        Assert.False(headers.ContainsKey(missing));
        Assert.Empty(await Store.FindIdNumberHoldersAsync([]));
        Assert.Empty(await Store.GetHeadersAsync([]));
    }

    [Fact]
    public async Task ThousandsOfRecordsAreFoundByIdNumberAndByIdInOneCall()
    {
        // More than one query's worth on every engine (SQLite's parameter limit, PostgreSQL's array slices).
        const int count = 2_100;
        var s = Session();
        var persons = new Dictionary<string, Guid>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var number = TestIds.IdNumber(1940 + i % 60, 1 + i % 12, 1 + i % 28, i % 1000);
            if (persons.ContainsKey(number)) continue;
            persons[number] = s.Create("person", i % 2 == 0 ? VillageA : VillageB, new Dictionary<string, object?> { ["name"] = "甲" + i, ["id_number"] = number }, Jan1);
        }
        await s.SaveChangesAsync();

        var holders = await Store.FindIdNumberHoldersAsync(persons.Keys.ToList());
        Assert.Equal(persons.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)),
            holders.Select(h => (h.IdNumber, h.Record.Id)).OrderBy(p => p.IdNumber, StringComparer.Ordinal));
        var headers = await Store.GetHeadersAsync(persons.Values.ToList());
        Assert.Equal(persons.Count, headers.Count);
        Assert.All(headers.Values, h => Assert.Equal(("person", false), (h.EntityType, h.Retired)));
    }
}
