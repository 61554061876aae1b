using FormHub.Core.Catalog;

namespace FormHub.Server.Access;

/// <summary>
/// What of a resident's record a viewer may see. The village's own cadre sees everything it keeps; reviewers and admins
/// see ID and phone numbers masked (3608**********1234, 138****5678), no birth date, and no secret fields.
/// Department users never get individual records at all (see <see cref="UnitNeed"/>).
/// </summary>
public static class FieldMasking
{
    public static bool SeesInFull(CurrentUser user, string villageCode) =>
        user.Capture is { } capture && Core.OrgUnits.RegionCode.Parse(villageCode).IsWithin(capture);

    /// <summary>The fields to show and the names of those masked; <paramref name="fields"/> is not changed.</summary>
    public static (Dictionary<string, object?> Fields, List<string> Masked) Apply(FieldCatalog catalog, string entityType,
        IReadOnlyDictionary<string, object?> fields, bool inFull)
    {
        var shown = new Dictionary<string, object?>(fields.Count);
        var masked = new List<string>();
        foreach (var (name, value) in fields)
        {
            if (inFull) { shown[name] = value; continue; }
            if (name == DerivedFields.BirthDate) continue;
            var field = catalog.FindField(entityType, name);
            if (field?.Sensitivity == Sensitivity.Secret) continue;
            if (value is string text && field?.Type is FieldType.IdNumber or FieldType.Phone)
            {
                shown[name] = Mask(text, field.Type == FieldType.IdNumber ? 4 : 3, 4);
                masked.Add(name);
                continue;
            }
            shown[name] = value;
        }
        return (shown, masked);
    }

    public static string Mask(string value, int keepStart, int keepEnd) =>
        value.Length <= keepStart + keepEnd ? new string('*', value.Length)
            : value[..keepStart] + new string('*', value.Length - keepStart - keepEnd) + value[^keepEnd..];
}
