namespace FormHub.Storage.Model;

/// <summary>
/// The record (not retired) that holds a 公民身份号码: where it lives and whose household it is in, for a message that
/// says where the person is already registered and for the reviewers' list of duplicates.
/// </summary>
/// <param name="EntityId">The record holding the number.</param>
/// <param name="EntityType">Its entity type.</param>
/// <param name="VillageCode">Its village.</param>
/// <param name="VillageName">The village's name (村委会/居委会).</param>
/// <param name="TownshipName">The name of the village's township.</param>
/// <param name="Name">The person's name as stored (callers mask it for viewers outside the village).</param>
/// <param name="HouseholdHead">The name of the head of the person's household, when linked.</param>
public sealed record IdentityHolder(Guid EntityId, string EntityType, string VillageCode, string VillageName, string TownshipName,
    string? Name, string? HouseholdHead)
{
    /// <summary>A name as shown to someone outside the record's village: the surname, the rest as * (张三 → 张*).</summary>
    public static string? MaskName(string? name) =>
        string.IsNullOrEmpty(name) ? name : name[..1] + new string('*', Math.Max(1, new System.Globalization.StringInfo(name).LengthInTextElements - 1));
}
