using System.Text.Json;
using System.Text.Json.Serialization;
using FormHub.Storage.Model;
using Marten.Schema;

namespace FormHub.Storage.Marten;

/// <summary>
/// One village, household or person as a Marten document (table <c>mt_doc_entities</c>). The field values are kept as
/// written by <see cref="Shared.FieldValueJson"/> under <see cref="Data"/>; village, type, county, retirement date and the
/// search text are duplicated into indexed columns for rosters and filters.
/// </summary>
public sealed class EntityRecord
{
    public Guid Id { get; set; }
    public string EntityType { get; set; } = "";
    public string VillageCode { get; set; } = "";
    public string CountyCode { get; set; } = "";
    /// <summary>FormHub's version (1 on creation, +1 per change): what callers name; Marten's own version guards the write.</summary>
    public long Version { get; set; }
    public JsonElement Data { get; set; }
    /// <summary>
    /// The valid-from date of each field's current value, so a back-dated change does not overwrite a later one. Only the
    /// fields whose date differs from <see cref="ValidFrom"/> (see <see cref="Shared.EntityState.FieldValidFrom"/>); null,
    /// and left out of the document, when there are none (every record a load writes).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, DateOnly>? FieldValidFrom { get; set; }
    public DateOnly ValidFrom { get; set; }
    /// <summary>Left out of the document while null (nearly every record): a missing one reads as null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Retirement? Retirement { get; set; }
    /// <summary>The retirement date again, as a column: rosters leave retired records out. Left out of the document while null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? RetiredOn { get; set; }
    public string SearchText { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// Called by Marten when it maps this type. A roster page (village, type, ORDER BY id LIMIT) and its count are one range
    /// of this index, in page order: no sort of the village's records and no filter on the type in the heap.
    /// <para>
    /// The columns it covers, the search text, the retirement date and the county are duplicated without the index of their
    /// own that Marten's <c>Duplicate</c> adds: the village's is this index's first column, the type's alone only led the
    /// planner astray (with stale statistics it took it for a roster page), the search text is matched by <c>LIKE '%…%'</c>,
    /// which no B-tree serves, nearly every record's retirement date is null, and every record of a county's database has
    /// the same county (its one query, a shard's placement check, takes the county's village range of this index). Each
    /// such index cost every record written an index insert (a county load: 400,000 records).
    /// </para>
    /// </summary>
    public static void ConfigureMarten(DocumentMapping mapping)
    {
        mapping.DuplicateField(nameof(VillageCode), notNull: true);
        mapping.DuplicateField(nameof(EntityType), notNull: true);
        mapping.DuplicateField(nameof(RetiredOn));
        mapping.DuplicateField(nameof(SearchText));
        mapping.DuplicateField(nameof(CountyCode), notNull: true);
        mapping.Indexes.Add(new DocumentIndex(mapping, "village_code", "entity_type", "id"));
    }
}
