namespace FormHub.Core.Catalog;

/// <summary>The 数据目录: every entity type and field FormHub knows, loaded once and read everywhere.</summary>
public sealed class FieldCatalog
{
    private readonly Dictionary<string, EntityTypeDefinition> _types;
    private readonly Dictionary<string, FieldDefinition> _fieldsByKey;
    private readonly Dictionary<string, IReadOnlyList<FieldDefinition>> _fieldsByType;

    public FieldCatalog(IEnumerable<EntityTypeDefinition> entityTypes, IEnumerable<FieldDefinition> fields)
    {
        EntityTypes = entityTypes.ToList();
        Fields = fields.ToList();
        _types = EntityTypes.ToDictionary(t => t.Key, StringComparer.Ordinal);
        _fieldsByKey = Fields.ToDictionary(f => f.Key, StringComparer.Ordinal);
        _fieldsByType = Fields.GroupBy(f => f.EntityType)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FieldDefinition>)g.ToList(), StringComparer.Ordinal);
    }

    public IReadOnlyList<EntityTypeDefinition> EntityTypes { get; }

    public IReadOnlyList<FieldDefinition> Fields { get; }

    public EntityTypeDefinition? FindEntityType(string key) => _types.GetValueOrDefault(key);

    /// <summary>Finds a field by its full key, e.g. "person.disability_grade".</summary>
    public FieldDefinition? FindField(string key) => _fieldsByKey.GetValueOrDefault(key);

    public FieldDefinition? FindField(string entityType, string name) => _fieldsByKey.GetValueOrDefault(entityType + "." + name);

    public IReadOnlyList<FieldDefinition> FieldsOf(string entityType) => _fieldsByType.GetValueOrDefault(entityType) ?? [];
}
