using FormHub.Core.OrgUnits;
using FormHub.Storage;
using FormHub.Storage.Accounts;

namespace FormHub.Demo;

/// <summary>
/// One demo account per role over the seeded county: a cadre of its first village, the reviewer of that village's
/// township, a 民政 department user and an admin for the county. Demo only: the password is printed.
/// </summary>
public static class DemoAccounts
{
    /// <summary>The demo password, printed by <c>./run.sh</c>: a server outside demo mode refuses to start while an account has it.</summary>
    public const string Password = "FormHub2026";

    /// <summary>The demo accounts' user names.</summary>
    public static readonly IReadOnlyList<string> UserNames = ["cadre", "reviewer", "minzheng", "admin"];

    internal static IReadOnlyList<UserAccount> For(RegionTree tree, OrgUnit county)
    {
        var village = tree.Descendants(county.Code, OrgLevel.Village).First(v => v.Code.VillageKind == VillageKind.VillageCommittee);
        var township = tree.Find(village.Code.Parent!.Value)!;
        var hash = PasswordHashing.Hash(Password);
        return
        [
            new() { UserName = "cadre", DisplayName = $"{village.Name} 村干部", Role = AccountRole.Cadre, CaptureScope = village.Code.Value, ViewScope = village.Code.Value, PasswordHash = hash },
            new() { UserName = "reviewer", DisplayName = $"{township.Name} 审核员", Role = AccountRole.Reviewer, ViewScope = township.Code.Value, PasswordHash = hash },
            new() { UserName = "minzheng", DisplayName = $"{county.Name}民政局", Role = AccountRole.Department, ViewScope = county.Code.Value, Department = "民政", PasswordHash = hash },
            new() { UserName = "admin", DisplayName = $"{county.Name} 管理员", Role = AccountRole.Admin, ViewScope = county.Code.Value, PasswordHash = hash },
        ];
    }

    internal static async Task<IReadOnlyList<UserAccount>> SaveAsync(IFormHubStore store, RegionTree tree, OrgUnit county, CancellationToken ct)
    {
        var accounts = For(tree, county);
        foreach (var account in accounts) await store.SaveAccountAsync(account, ct);
        return accounts;
    }
}
