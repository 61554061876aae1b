using FormHub.Core.Validation;

namespace FormHub.Core.Catalog;

/// <summary>
/// Facts that are never asked for because they follow from others (一数一源): for an entity type with an ID-number
/// field, <c>birth_date</c>, <c>gender</c> (男/女) and <c>age</c> (full years at a given day) come from the ID number.
/// </summary>
public static class DerivedFields
{
    public const string BirthDate = "birth_date";
    public const string Gender = "gender";
    public const string Age = "age";

    public static IReadOnlyList<string> Names { get; } = [BirthDate, Gender, Age];

    /// <summary>True when the entity type has an ID-number field, so the derived fields exist for it.</summary>
    public static bool AppliesTo(FieldCatalog catalog, string entityType) => IdField(catalog, entityType) is not null;

    public static FieldDefinition? IdField(FieldCatalog catalog, string entityType) =>
        catalog.FieldsOf(entityType).FirstOrDefault(f => f.Type == FieldType.IdNumber);

    /// <summary>Adds the derived values (null when the ID number is missing) to <paramref name="fields"/>.</summary>
    public static void AddTo(IDictionary<string, object?> fields, FieldDefinition idField, DateOnly asOf)
    {
        if (fields.TryGetValue(idField.Name, out var raw) && raw is string id
            && ChineseIdNumber.Validate(id, DateOnly.MaxValue) is { IsValid: true, Value: { } person })
        {
            fields[BirthDate] = person.BirthDate;
            fields[Gender] = person.Gender == Validation.Gender.Male ? "男" : "女";
            fields[Age] = asOf < person.BirthDate ? null : (long)person.AgeAt(asOf);
        }
        else
        {
            fields[BirthDate] = null;
            fields[Gender] = null;
            fields[Age] = null;
        }
    }

    /// <summary>Full years from <paramref name="born"/> to <paramref name="at"/> (a 29 February birthday counts on 1 March).</summary>
    public static int YearsBetween(DateOnly born, DateOnly at) =>
        new ChineseIdNumber("", born, Validation.Gender.Male).AgeAt(at);
}
