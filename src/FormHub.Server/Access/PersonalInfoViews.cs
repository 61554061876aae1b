using FormHub.Core.Catalog;
using FormHub.Storage.Model;
using FormHub.Users;

namespace FormHub.Server.Access;

/// <summary>
/// 个人信息保护法: access to personal information must be traceable. Whenever records are answered with an unmasked ID or
/// phone number (a cadre reading their own village), who read whose is recorded in the account audit trail: one line per
/// record for a single record, one line per page for a roster page (the village as subject, the records named).
/// </summary>
public static class PersonalInfoViews
{
    public static async Task RecordAsync(AccountService accounts, FieldCatalog catalog, CurrentUser user, string villageCode, IReadOnlyList<EntityDocument> shown,
        bool single, CancellationToken ct)
    {
        var exposed = shown.Where(d => HasPersonalNumber(catalog, d)).ToList();
        if (exposed.Count == 0) return;
        if (single)
        {
            var d = exposed[0];
            await accounts.RecordPersonalInfoViewAsync(user.UserName, d.Id.ToString(), villageCode, $"查看{Name(d)}的完整身份证号/电话", ct);
            return;
        }
        await accounts.RecordPersonalInfoViewAsync(user.UserName, villageCode, villageCode,
            $"名册页显示 {exposed.Count} 条记录的完整身份证号/电话：{string.Join("、", exposed.Select(Name))}", ct);
    }

    private static bool HasPersonalNumber(FieldCatalog catalog, EntityDocument doc) =>
        doc.Fields.Any(f => f.Value is string { Length: > 0 } && catalog.FindField(doc.EntityType, f.Key)?.Type is FieldType.IdNumber or FieldType.Phone);

    private static string Name(EntityDocument doc) => doc["name"] as string ?? doc.Id.ToString();
}
