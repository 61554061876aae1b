using FormHub.Core.OrgUnits;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Contract;

/// <summary>The same person twice (issue 13, item 2): an ID number held by a record not retired is refused anywhere else.</summary>
public abstract partial class StoreContractTests
{
    private async Task<(Guid Household, Guid Person, string IdNumber)> PersonAsync(string village, string name, string head, int serial)
    {
        var s = Session();
        var hh = s.Create("household", village, new Dictionary<string, object?> { ["head_name"] = head }, Jan1);
        var idNumber = TestIds.IdNumber(1971, 7, 7, serial);
        var p = s.Create("person", village, new Dictionary<string, object?> { ["name"] = name, ["id_number"] = idNumber, ["household"] = hh.ToString() }, Jan1);
        await s.SaveChangesAsync();
        return (hh, p, idNumber);
    }

    [Theory]
    [InlineData(VillageA)]
    [InlineData(VillageB)]
    public async Task ASecondRecordWithAnotherResidentsIdNumberIsRefusedNamingWhereTheFirstIsRegistered(string secondVillage)
    {
        var (_, first, idNumber) = await PersonAsync(VillageA, "张三", "张大山", 101);
        var before = await Store.CountAsync();
        var s = Session();
        var hh = s.Create("household", secondVillage, new Dictionary<string, object?> { ["head_name"] = "李四" }, Jan1);
        s.Create("person", secondVillage, new Dictionary<string, object?> { ["name"] = "张三", ["id_number"] = idNumber, ["household"] = hh.ToString() }, Jan1);

        var refused = await Assert.ThrowsAsync<StoreValidationException>(() => s.SaveChangesAsync());

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("id_number", 1), (error.Field, error.OperationIndex));
        Assert.Contains("已登记在石门镇上塘村委会（户主 张**）", error.Message.Zh);
        Assert.DoesNotContain("张大山", error.Message.Zh);
        Assert.Equal(first, error.ExistingHolder!.EntityId);
        Assert.Equal(("张三", "张大山"), (error.ExistingHolder.Name, error.ExistingHolder.HouseholdHead));
        Assert.Equal(before, await Store.CountAsync());
    }

    [Fact]
    public async Task ChangingARecordsIdNumberToAnotherResidentsOrTwoNewRecordsWithOneNumberAreRefused()
    {
        var (_, _, taken) = await PersonAsync(VillageA, "张三", "张三", 102);
        var (hh, other, _) = await PersonAsync(VillageB, "王五", "王五", 103);
        var change = Session();
        change.Change(other, 1, new Dictionary<string, object?> { ["id_number"] = taken }, Jan1);
        Assert.Contains("已登记在", (await Assert.ThrowsAsync<StoreValidationException>(() => change.SaveChangesAsync())).Errors.Single().Message.Zh);

        var twice = Session();
        var fresh = TestIds.IdNumber(1999, 9, 9, 104);
        twice.Create("person", VillageB, new Dictionary<string, object?> { ["name"] = "甲", ["id_number"] = fresh, ["household"] = hh.ToString() }, Jan1);
        twice.Create("person", VillageB, new Dictionary<string, object?> { ["name"] = "乙", ["id_number"] = fresh, ["household"] = hh.ToString() }, Jan1);
        Assert.Equal(1, (await Assert.ThrowsAsync<StoreValidationException>(() => twice.SaveChangesAsync())).Errors.Single().OperationIndex);
    }

    [Fact]
    public async Task ARetiredRecordsIdNumberCanBeRegisteredAgainAndANumberFreedInTheSameSaveToo()
    {
        var (_, moved, idNumber) = await PersonAsync(VillageA, "张三", "张三", 105);
        var (hh, _, _) = await PersonAsync(VillageB, "王五", "王五", 106);
        // Moved from A to B in one save: A retires its record, B registers the person.
        var s = Session();
        s.Retire(moved, 1, Jan1.AddDays(30), RetirementReason.MovedOut);
        var arrived = s.Create("person", VillageB, new Dictionary<string, object?> { ["name"] = "张三", ["id_number"] = idNumber, ["household"] = hh.ToString() }, Jan1.AddDays(30));
        await s.SaveChangesAsync();

        Assert.Equal(idNumber, (await Store.GetAsync(arrived))!["id_number"]);
        Assert.Empty(await Store.FindDuplicateIdentitiesAsync(RegionCode.Parse("361025000000")));
    }

    [Fact]
    public async Task OfTwoConcurrentRegistrationsOfOneIdNumberInTwoVillagesExactlyOneIsSaved()
    {
        var (hhA, _, _) = await PersonAsync(VillageA, "甲", "甲", 107);
        var (hhB, _, _) = await PersonAsync(VillageB, "乙", "乙", 108);
        var idNumber = TestIds.IdNumber(1985, 5, 5, 109);
        async Task<bool> RegisterAsync(string village, Guid household)
        {
            var s = Session();
            s.Create("person", village, new Dictionary<string, object?> { ["name"] = "丙", ["id_number"] = idNumber, ["household"] = household.ToString() }, Jan1);
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

        var saved = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => i % 2 == 0 ? RegisterAsync(VillageA, hhA) : RegisterAsync(VillageB, hhB))));

        Assert.Equal(1, saved.Count(s => s));
    }

    [Fact]
    public async Task DuplicatesStoredBeforeTheCheckAreListedWithEveryHolderUntilOneIsRetired()
    {
        var (_, first, idNumber) = await PersonAsync(VillageA, "张三", "张三", 110);
        var (_, second, _) = await PersonAsync(VillageB, "张三", "张三", 111);
        // An older database: the second record got the first's number before saves refused it.
        await engine.Behind.SetRecordFieldAsync(second, "id_number", idNumber);
        await engine.Behind.ForgetIdentityNumbersAsync();
        await Store.InitializeAsync();

        var duplicates = await Store.FindDuplicateIdentitiesAsync(RegionCode.Parse(VillageB));
        var duplicate = Assert.Single(duplicates);
        Assert.Equal(idNumber, duplicate.IdNumber);
        Assert.Equal([first, second], duplicate.Holders.Select(h => h.Record.Id));
        Assert.Equal(["上塘村委会", "下塘村委会"], duplicate.Holders.Select(h => h.Holder.VillageName));

        var s = Session();
        s.Retire(second, duplicate.Holders[1].Record.Version, Jan1.AddDays(1), RetirementReason.Duplicate, "与上塘村记录重复");
        await s.SaveChangesAsync();
        Assert.Empty(await Store.FindDuplicateIdentitiesAsync(RegionCode.Parse(VillageB)));
    }
}
