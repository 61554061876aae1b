using System.Globalization;
using FormHub.Core.Rules;

namespace FormHub.Scripting;

/// <summary>
/// A record that takes part in an across-villages rule (<see cref="AcrossVillages"/>): it meets the rule's condition and
/// has every key field filled. Only its id, household and key are kept county-wide, never its other fields.
/// </summary>
public sealed record AcrossMember(Guid EntityId, Guid? HouseholdId, string Key)
{
    /// <summary>The record's key (its key fields' values joined), or null when one of them is empty.</summary>
    public static string? KeyOf(ScriptEntity record, AcrossVillages across)
    {
        var parts = new string[across.Key.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            var text = record[across.Key[i]] switch
            {
                null => null,
                string s => s.Trim(),
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString(),
            };
            if (string.IsNullOrEmpty(text)) return null;
            parts[i] = text;
        }
        return string.Join('\u001f', parts);
    }
}
