using System.Text.Json;
using FormHub.Core.Catalog;
using FormHub.Storage.Shared;

namespace FormHub.Storage;

/// <summary>How the store reads a stored value (JSON text, as <see cref="ICatalogStore.CountStoredValuesAsync"/> gives it) for a field type.</summary>
/// <remarks>Throws <see cref="FormatException"/> where the store could not read it either (1.5 as a whole number).</remarks>
public static class StoredFieldValue
{
    public static object? Read(string json, FieldType type)
    {
        using var document = JsonDocument.Parse(json);
        return FieldValueJson.ReadValue(document.RootElement, type);
    }
}
