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
        var (birthDate, gender, age) = ValuesOf(fields.TryGetValue(idField.Name, out var raw) ? raw : null, asOf);
        fields[BirthDate] = birthDate;
        fields[Gender] = gender;
        fields[Age] = age;
    }

    /// <summary>The derived values, in the order of <see cref="Names"/>, of an ID number as stored (all null when it is missing or invalid).</summary>
    public static (object? BirthDate, object? Gender, object? Age) ValuesOf(object? idNumber, DateOnly asOf)
    {
        if (idNumber is not string id || ChineseIdNumber.Validate(id, DateOnly.MaxValue) is not { IsValid: true, Value: { } person })
            return (null, null, null);
        return (person.BirthDate, person.Gender == Validation.Gender.Male ? "男" : "女", asOf < person.BirthDate ? null : BoxedAge(person.AgeAt(asOf)));
    }

    // A scope converts a village's ~1,000 persons per read: one shared box per age instead of one per person.
    private static readonly object[] Ages = Enumerable.Range(0, 151).Select(a => (object)(long)a).ToArray();

    private static object BoxedAge(int age) => age >= 0 && age < Ages.Length ? Ages[age] : (long)age;

    /// <summary>Full years from <paramref name="born"/> to <paramref name="at"/> (a 29 February birthday counts on 1 March).</summary>
    public static int YearsBetween(DateOnly born, DateOnly at) =>
        new ChineseIdNumber("", born, Validation.Gender.Male).AgeAt(at);
}
