using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FormHub.Core.Catalog;

/// <summary>
/// The whole catalog model as one JSON document: how the store keeps each catalog version. Every public property of
/// <see cref="EntityTypeDefinition"/> and <see cref="FieldDefinition"/> is written, so a property added to the model
/// (a field's own period, say) is kept without touching this class. Enums by camel-case name, like the HTTP API.
/// </summary>
public static class CatalogJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        IgnoreReadOnlyProperties = true, // Key is computed from EntityType and Name
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>The stored shape: entity types and fields in catalog order.</summary>
    public sealed record Document(IReadOnlyList<EntityTypeDefinition> EntityTypes, IReadOnlyList<FieldDefinition> Fields);

    public static string Write(FieldCatalog catalog) => JsonSerializer.Serialize(new Document(catalog.EntityTypes, catalog.Fields), Options);

    /// <exception cref="JsonException">The text is not a catalog document.</exception>
    public static FieldCatalog Read(string json)
    {
        var document = JsonSerializer.Deserialize<Document>(json, Options) ?? throw new JsonException("empty catalog document");
        return new FieldCatalog(document.EntityTypes, document.Fields);
    }

    /// <summary>One field as a JSON object with every model property (the admin's API shows and takes this shape).</summary>
    public static JsonElement WriteField(FieldDefinition field) => JsonSerializer.SerializeToElement(field, Options);

    /// <exception cref="JsonException">Not a field definition (a required member missing, a wrong type or enum name).</exception>
    public static FieldDefinition ReadField(JsonElement json)
    {
        var field = json.Deserialize<FieldDefinition>(Options) ?? throw new JsonException("empty field definition");
        // JSON may say null where the model has no null: refuse the names, read empty lists and no validation for the rest,
        // so a null can neither fail later checks with a 500 nor be saved into the catalog.
        if (field.EntityType is null || field.Name is null || field.LabelZh is null || field.LabelEn is null || field.OwnerDepartment is null)
            throw new JsonException("entityType, name, labelZh, labelEn and ownerDepartment must not be null");
        return field with { Options = field.Options ?? [], Aliases = field.Aliases ?? [], Validation = field.Validation ?? FieldValidation.None };
    }
}
