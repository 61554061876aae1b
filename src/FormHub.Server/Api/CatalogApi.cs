using FormHub.Core.Periods;
using System.Text.Json;
using FormHub.Core.Catalog;
using FormHub.Core.Text;
using FormHub.Core.Validation;
using FormHub.Server.Hosting;
using FormHub.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>The field catalog (数据目录) for the form, and field-by-field checking as the cadre types.</summary>
public static class CatalogApi
{
    public sealed record EntityTypeView(string Key, string LabelZh, string LabelEn);

    public sealed record FieldView(string EntityType, string Name, string Key, FieldType Type, string LabelZh, string LabelEn, string? Unit,
        string OwnerDepartment, Sensitivity Sensitivity, FieldKind Kind, IReadOnlyList<string> Options, string? RefEntityType, bool Derived, bool Required);

    public sealed record CatalogView(IReadOnlyList<EntityTypeView> EntityTypes, IReadOnlyList<FieldView> Fields);

    /// <summary><paramref name="AsOf"/>: the day age is computed for (the period's last day, as the roster and the record show it); default today.</summary>
    public sealed record CheckRequest(string? EntityType, Dictionary<string, JsonElement>? Values, DateOnly? AsOf = null);

    public sealed record CheckAnswer(IReadOnlyDictionary<string, string> Errors, IReadOnlyDictionary<string, object?> Derived);

    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var group = app.SignedIn("/api/catalog", "Catalog");
        group.MapGet("/", Describe).WithName("GetCatalog").WithSummary("Entity types and fields with labels, types, units and options");
        group.MapPost("/check", Check).WithName("CheckValues")
            .WithSummary("Checks values as typed; returns Chinese messages per field and what the ID number gives (birth date, gender, age)");
        return app;
    }

    private static Ok<CatalogView> Describe(FieldCatalog catalog)
    {
        var types = catalog.EntityTypes.Select(t => new EntityTypeView(t.Key, t.LabelZh, t.LabelEn)).ToList();
        var fields = new List<FieldView>();
        foreach (var type in catalog.EntityTypes)
        {
            foreach (var f in catalog.FieldsOf(type.Key))
            {
                fields.Add(new FieldView(f.EntityType, f.Name, f.Key, f.Type, f.LabelZh, f.LabelEn, f.Unit, f.OwnerDepartment, f.Sensitivity, f.Kind,
                    f.Options, f.RefEntityType, false, f.Validation.Required));
            }
            if (DerivedFields.AppliesTo(catalog, type.Key))
            {
                fields.Add(new FieldView(type.Key, DerivedFields.BirthDate, type.Key + "." + DerivedFields.BirthDate, FieldType.Date, "出生日期", "Date of birth", null, "公安", Sensitivity.Sensitive, FieldKind.Attribute, [], null, true, false));
                fields.Add(new FieldView(type.Key, DerivedFields.Gender, type.Key + "." + DerivedFields.Gender, FieldType.Enum, "性别", "Gender", null, "公安", Sensitivity.Internal, FieldKind.Attribute, ["男", "女"], null, true, false));
                fields.Add(new FieldView(type.Key, DerivedFields.Age, type.Key + "." + DerivedFields.Age, FieldType.Int, "年龄", "Age", "岁", "公安", Sensitivity.Internal, FieldKind.Attribute, [], null, true, false));
            }
        }
        return TypedResults.Ok(new CatalogView(types, fields));
    }

    private static Results<Ok<CheckAnswer>, ProblemHttpResult> Check(CheckRequest request, HttpContext http, FieldCatalog catalog, TimeProvider clock)
    {
        if (request.EntityType is not { } type || catalog.FindEntityType(type) is null)
            return Problem.BadRequest(http, new LocalizedText($"未知的实体类型“{request.EntityType}”。", $"Unknown entity type '{request.EntityType}'."));
        var today = clock.Today();
        var errors = new Dictionary<string, string>();
        var canonical = new Dictionary<string, object?>();
        foreach (var (name, raw) in request.Values ?? [])
        {
            if (catalog.FindField(type, name) is not { } field)
            {
                if (!DerivedFields.Names.Contains(name)) errors[name] = http.Pick(new LocalizedText($"数据目录中没有字段“{name}”。", $"The catalog has no field '{name}'."));
                continue;
            }
            var check = FieldValueValidator.Check(field, raw, today);
            if (check.IsValid) canonical[name] = check.Value;
            else errors[name] = http.Pick(check.Error!);
        }
        var derived = new Dictionary<string, object?>();
        if (DerivedFields.IdField(catalog, type) is { } idField && canonical.ContainsKey(idField.Name))
        {
            // The same day the roster and the record compute age for, so one person has one age on every screen.
            DerivedFields.AddTo(canonical, idField, request.AsOf ?? today);
            foreach (var name in DerivedFields.Names) derived[name] = canonical[name];
        }
        return TypedResults.Ok(new CheckAnswer(errors, derived));
    }
}
