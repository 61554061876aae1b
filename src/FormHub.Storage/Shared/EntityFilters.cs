using FormHub.Core.Catalog;
using FormHub.Core.Text;
using FormHub.Core.Validation;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;

namespace FormHub.Storage.Shared;

/// <summary>A roster query's field filters, checked against the catalog the same way on every engine.</summary>
internal static class EntityFilters
{
    /// <summary>
    /// Each filter as (field, value normalised like a saved value, or null for "not set"); throws
    /// <see cref="StoreValidationException"/> naming every filter that names no field or holds a value the field cannot.
    /// </summary>
    public static List<(string Field, object? Value)> Check(FieldCatalog catalog, EntityQuery query, DateOnly today)
    {
        var checkedFilters = new List<(string, object?)>();
        var errors = new List<FieldError>();
        foreach (var (name, raw) in query.Filters)
        {
            var field = catalog.FindField(query.EntityType, name);
            if (field is null)
            {
                errors.Add(new FieldError(0, null, name, new LocalizedText(
                    $"筛选条件中的字段“{name}”不在{query.EntityType}的数据目录中", $"Filter field '{name}' is not in the catalog of {query.EntityType}")));
                continue;
            }
            var check = FieldValueValidator.Check(field with { Validation = FieldValidation.None }, raw, today);
            if (!check.IsValid)
            {
                errors.Add(new FieldError(0, null, name, check.Error!));
                continue;
            }
            checkedFilters.Add((name, check.Value));
        }
        if (errors.Count > 0) throw new StoreValidationException(errors);
        return checkedFilters;
    }
}
