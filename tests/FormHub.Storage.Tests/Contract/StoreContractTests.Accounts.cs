using FormHub.Storage.Accounts;
using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Contract;

/// <summary>Accounts created from one CSV file: all of them with their audit lines, or none.</summary>
public abstract partial class StoreContractTests
{
    private static UserAccount Cadre(string name, string village) => new()
    {
        UserName = name, DisplayName = name, Role = AccountRole.Cadre, CaptureScope = village, ViewScope = village, PasswordHash = "x", SecurityStamp = "s",
    };

    [Fact]
    public async Task AccountsFromOneFileAreCreatedTogetherOrNotAtAll()
    {
        await Store.SaveAccountAsync(Cadre("taken", VillageB));
        var audit = new[] { new AuditEntry(0, Clock.GetUtcNow(), "admin", "account.create", VillageA, null, "a: 批量新建") };

        Assert.Equal("taken", await Store.CreateAccountsAsync([Cadre("a", VillageA), Cadre("taken", VillageA)], audit));
        Assert.Equal(["taken"], (await Store.ListAccountsAsync()).Select(a => a.UserName));
        Assert.Equal(VillageB, (await Store.FindAccountAsync("taken"))!.ViewScope);
        Assert.Empty(await Store.ListAuditAsync(null));

        Assert.Null(await Store.CreateAccountsAsync([Cadre("a", VillageA), Cadre("b", VillageB)], audit));
        Assert.Equal(["a", "b", "taken"], (await Store.ListAccountsAsync()).Select(a => a.UserName).Order());
        Assert.Single(await Store.ListAuditAsync(null));
    }
}
