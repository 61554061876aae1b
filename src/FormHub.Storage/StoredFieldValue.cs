using System.Text.Json;
using FormHub.Core.Catalog;
using FormHub.Storage.Sql;

namespace FormHub.Storage;

/// <summary>How the store reads a stored value (JSON text, as <see cref="ICatalogStore.CountStoredValuesAsync"/> gives it) for a field type.</summary>
public static class StoredFieldValue
{
    public static object? Read(string json, FieldType type)
    {
        using var document = JsonDocument.Parse(json);
        return FieldValueJson.ReadValue(document.RootElement, type);
    }
}
