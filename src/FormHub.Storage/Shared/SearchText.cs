using System.Text;
using FormHub.Core.Catalog;

namespace FormHub.Storage.Shared;

/// <summary>The text a roster's name/ID search box matches: the entity type's search fields, lower-cased, joined.</summary>
internal static class SearchText
{
    public static string Normalize(string s) => s.Trim().ToLowerInvariant();

    public static string For(EntityTypeDefinition? type, IReadOnlyDictionary<string, object?> fields)
    {
        if (type is null) return "";
        var sb = new StringBuilder();
        foreach (var name in type.SearchFields)
        {
            if (fields.GetValueOrDefault(name) is { } value)
            {
                sb.Append(Normalize(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "")).Append('\u001f');
            }
        }
        return sb.ToString();
    }
}
