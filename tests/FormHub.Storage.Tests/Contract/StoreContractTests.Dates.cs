using FormHub.Storage.Errors;
using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Contract;

/// <summary>Dates that cannot be true (issue 13, item 4): after today in China, before the person's birth, before 1949-10-01.</summary>
public abstract partial class StoreContractTests
{
    private async Task<FieldError> RefusedAsync(Action<IStoreSession> write)
    {
        var before = await Store.CountAsync();
        var s = Session();
        write(s);
        var refused = await Assert.ThrowsAsync<StoreValidationException>(() => s.SaveChangesAsync());
        Assert.Equal(before, await Store.CountAsync());
        return Assert.Single(refused.Errors);
    }

    [Fact]
    public async Task AFactTakingEffectAfterTodayInChinaIsRefusedButTodayInChinaIsNot()
    {
        var (hh, _) = await SeedFamilyAsync();
        // 2026-11-23 17:00 UTC is already 2026-11-24 in China.
        Clock.Now = new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero);
        var tomorrow = new DateOnly(2026, 11, 25);

        var error = await RefusedAsync(s => s.Change(hh, 1, new Dictionary<string, object?> { ["dibao_persons"] = 3 }, tomorrow));
        Assert.Equal("validFrom", error.Field);
        Assert.Contains("晚于今天（2026年11月24日，北京时间）", error.Message.Zh);
        await RefusedAsync(s => s.Create("household", VillageA, new Dictionary<string, object?> { ["head_name"] = "未来户" }, new DateOnly(9999, 12, 31)));

        var today = Session();
        today.Change(hh, 1, new Dictionary<string, object?> { ["dibao_persons"] = 3 }, new DateOnly(2026, 11, 24));
        await today.SaveChangesAsync();
    }

    [Fact]
    public async Task ARetirementDatedAfterTodayOrBeforeTheBirthIsRefused()
    {
        var (_, person) = await SeedFamilyAsync();

        Assert.Contains("晚于今天", (await RefusedAsync(s => s.Retire(person, 1, new DateOnly(2030, 1, 1), RetirementReason.Death))).Message.Zh);
        var s = Session();
        s.Retire(person, 1, new DateOnly(2026, 11, 20), RetirementReason.Death);
        await s.SaveChangesAsync();
        Assert.Equal(new DateOnly(2026, 11, 20), (await Store.GetAsync(person))!.Retirement!.Date);
    }

    [Fact]
    public async Task AResidentCannotBeRegisteredBeforeTheirBirthNorAnythingBeforeTheRegionsExisted()
    {
        var (hh, _) = await SeedFamilyAsync();
        var bornIn1999 = TestIds.IdNumber(1999, 9, 9, 201);

        var beforeBirth = await RefusedAsync(s => s.Create("person", VillageA,
            new Dictionary<string, object?> { ["name"] = "早生", ["id_number"] = bornIn1999, ["household"] = hh.ToString() }, new DateOnly(1999, 9, 8)));
        Assert.Contains("早于本人出生日期1999年9月9日", beforeBirth.Message.Zh);
        var before1949 = await RefusedAsync(s => s.Create("household", VillageA, new Dictionary<string, object?> { ["head_name"] = "古户" }, new DateOnly(1900, 1, 1)));
        Assert.Contains("早于1949年10月1日", before1949.Message.Zh);

        var onBirthday = Session();
        onBirthday.Create("person", VillageA, new Dictionary<string, object?> { ["name"] = "新生", ["id_number"] = bornIn1999, ["household"] = hh.ToString() }, new DateOnly(1999, 9, 9));
        await onBirthday.SaveChangesAsync();
    }
}
