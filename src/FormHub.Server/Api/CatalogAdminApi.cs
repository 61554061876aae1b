using System.Text.Json;
using FormHub.Core.Catalog;
using FormHub.Core.Text;
using FormHub.Reports;
using FormHub.Reports.CatalogChanges;
using FormHub.Reports.Templates;
using FormHub.Server.Access;
using FormHub.Server.Problems;
using FormHub.Storage;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>
/// 数据目录管理 (admins only): the catalog as stored, with the templates reading each field; adding, changing and removing a
/// field as a new catalog version; the versions' history. The rules are <see cref="CatalogEditor"/>'s. Fields travel as
/// the whole catalog model (<see cref="CatalogJson"/>), so a property added to the model reaches the page unchanged.
/// </summary>
public static class CatalogAdminApi
{
    public sealed record EntityTypeView(string Key, string LabelZh, string LabelEn, IReadOnlyList<string> SearchFields);

    public sealed record ReaderView(string Id, string Title);

    /// <summary><paramref name="Field"/>: every property of the model; <paramref name="ReadBy"/>: the reports whose expressions read it.</summary>
    public sealed record FieldView(JsonElement Field, IReadOnlyList<ReaderView> ReadBy);

    public sealed record CatalogView(long Version, IReadOnlyList<EntityTypeView> EntityTypes, IReadOnlyList<FieldView> Fields);

    /// <summary><paramref name="Version"/>: the catalog version the admin edited (a stale one is a 409).</summary>
    public sealed record FieldRequest(long? Version, JsonElement? Field);

    /// <summary>A field of the release's catalog the store lacks (<paramref name="Current"/> null) or defines otherwise.</summary>
    public sealed record ShippedView(string Key, string Kind, string Summary, JsonElement Shipped, JsonElement? Current);

    public sealed record ApplyShippedRequest(long? Version, string? Key);

    public sealed record BreakView(string Message, string? TemplateId, long ValueCount, IReadOnlyList<string> Examples);

    public static IEndpointRouteBuilder MapCatalogAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.SignedIn("/api/admin/catalog", "Catalog admin").AddEndpointFilter<AdminOnlyFilter>();
        group.MapGet("", DescribeAsync).WithName("GetCatalogForAdmin")
            .WithSummary("The catalog's current version: entity types and every field with all its properties and the reports that read it");
        group.MapGet("/history", HistoryAsync).WithName("ListCatalogVersions").WithSummary("Every catalog version, newest first: who, when, what changed");
        group.MapPost("/fields", AddAsync).WithName("AddCatalogField").AddEndpointFilter<DefinitionsWriterFilter>()
            .WithSummary("Adds a field as a new catalog version; refused (409, with what it breaks) when stored values would not fit");
        group.MapPut("/fields/{entityType}/{name}", ChangeAsync).WithName("ChangeCatalogField").AddEndpointFilter<DefinitionsWriterFilter>()
            .WithSummary("Changes a field as a new catalog version; refused (409, listing the templates and stored values it breaks)");
        group.MapGet("/shipped", ShippedAsync).WithName("ListShippedCatalogDifferences")
            .WithSummary("发行版目录: the fields of the release's form-templates/catalog that the store lacks or defines otherwise, for the admin to apply");
        group.MapPost("/shipped/apply", ApplyShippedAsync).WithName("ApplyShippedCatalogField").AddEndpointFilter<DefinitionsWriterFilter>()
            .WithSummary("Applies one shipped field as a new catalog version, with the same checks as any catalog change");
        group.MapDelete("/fields/{entityType}/{name}", RemoveAsync).WithName("RemoveCatalogField").AddEndpointFilter<DefinitionsWriterFilter>()
            .WithSummary("Removes a field no template reads and no record holds, as a new catalog version");
        return app;
    }

    private static async Task<Ok<CatalogView>> DescribeAsync(CatalogEditor editor, TemplateLibrary templates, CancellationToken ct)
    {
        var (catalog, version) = await editor.CurrentAsync(ct);
        var readers = CatalogEditor.Readers(templates);
        var types = catalog.EntityTypes.Select(t => new EntityTypeView(t.Key, t.LabelZh, t.LabelEn, t.SearchFields)).ToList();
        var fields = catalog.Fields.Select(f => new FieldView(CatalogJson.WriteField(f),
            (readers.GetValueOrDefault(f.Key) ?? []).Select(id => new ReaderView(id, templates.Versions(id)[^1].Template.Title)).ToList())).ToList();
        return TypedResults.Ok(new CatalogView(version, types, fields));
    }

    private static async Task<Ok<List<CatalogVersionInfo>>> HistoryAsync(IFormHubStore store, CancellationToken ct) =>
        TypedResults.Ok((await store.ListCatalogVersionsAsync(ct)).ToList());

    private static Task<Results<Created<CatalogVersionInfo>, Ok<CatalogVersionInfo>, ProblemHttpResult>> AddAsync(FieldRequest request, HttpContext http,
        CurrentUser user, CatalogEditor editor, StoredTemplates templates, CancellationToken ct) =>
        ApplyAsync(http, user, editor, templates, request.Version, () => CatalogEdit.Add(ReadField(request.Field)), created: true, ct);

    private static Task<Results<Created<CatalogVersionInfo>, Ok<CatalogVersionInfo>, ProblemHttpResult>> ChangeAsync(string entityType, string name,
        FieldRequest request, HttpContext http, CurrentUser user, CatalogEditor editor, StoredTemplates templates, CancellationToken ct) =>
        ApplyAsync(http, user, editor, templates, request.Version, () =>
        {
            var field = ReadField(request.Field);
            if (field.EntityType != entityType || field.Name != name)
                throw new CatalogEditRefusal(new("字段的实体类型和字段名不能修改（改名会使已存的值和读取它的报表失去关联）",
                    "A field's entity type and name cannot change (stored values and reports reading it would lose it)"), CatalogRefusalKind.Invalid,
                    [new FieldDefinitionRules.Problem("name", new("字段名不能修改", "The name cannot change"))]);
            return CatalogEdit.Change(field);
        }, created: false, ct);

    private static async Task<Ok<List<ShippedView>>> ShippedAsync(CatalogEditor editor, ShippedCatalog shipped, CancellationToken ct)
    {
        var (catalog, _) = await editor.CurrentAsync(ct);
        return TypedResults.Ok(shipped.DifferencesFrom(catalog).Select(d => new ShippedView(d.Shipped.Key, d.Current is null ? "added" : "changed", d.Summary,
            CatalogJson.WriteField(d.Shipped), d.Current is null ? null : CatalogJson.WriteField(d.Current))).ToList());
    }

    private static async Task<Results<Created<CatalogVersionInfo>, Ok<CatalogVersionInfo>, ProblemHttpResult>> ApplyShippedAsync(ApplyShippedRequest request,
        HttpContext http, CurrentUser user, CatalogEditor editor, ShippedCatalog shipped, StoredTemplates templates, CancellationToken ct)
    {
        var (catalog, _) = await editor.CurrentAsync(ct);
        if (shipped.DifferencesFrom(catalog).FirstOrDefault(d => d.Shipped.Key == request.Key) is not { } difference)
            return Problem.NotFound(http, new($"发行版目录中没有与本系统不同的字段 {request.Key}（可能已应用）", $"The shipped catalog has no field {request.Key} that differs from this system's (already applied?)"));
        return await ApplyAsync(http, user, editor, templates, request.Version, () => difference.Edit, created: difference.Current is null, ct);
    }

    private static async Task<Results<Created<CatalogVersionInfo>, Ok<CatalogVersionInfo>, ProblemHttpResult>> RemoveAsync(string entityType, string name,
        long? version, HttpContext http, CurrentUser user, CatalogEditor editor, StoredTemplates templates, CancellationToken ct)
    {
        var (catalog, _) = await editor.CurrentAsync(ct);
        if (catalog.FindField(entityType, name) is not { } field)
            return Problem.NotFound(http, new($"数据目录中没有字段 {entityType}.{name}", $"The catalog has no field {entityType}.{name}"));
        return await ApplyAsync(http, user, editor, templates, version, () => CatalogEdit.Remove(field), created: false, ct);
    }

    private static async Task<Results<Created<CatalogVersionInfo>, Ok<CatalogVersionInfo>, ProblemHttpResult>> ApplyAsync(HttpContext http, CurrentUser user,
        CatalogEditor editor, StoredTemplates templates, long? version, Func<CatalogEdit> edit, bool created, CancellationToken ct)
    {
        if (version is not { } expected)
            return Problem.Validation(http, new("请求缺少目录版本号 version", "The request lacks the catalog version"),
                new Dictionary<string, string[]> { ["version"] = [http.Pick(new("请刷新页面后重试", "Reload and try again"))] });
        try
        {
            // The templates as stored now: the check must cover a version another server published a moment ago.
            await templates.RefreshAsync(TimeSpan.Zero, ct);
            var saved = await editor.ApplyAsync(user.UserName, edit(), expected, templates.Library, ct);
            return created ? TypedResults.Created("/api/admin/catalog", saved) : TypedResults.Ok(saved);
        }
        catch (CatalogEditRefusal refusal)
        {
            return refusal.Kind switch
            {
                CatalogRefusalKind.Invalid => Problem.Validation(http, refusal.Text, refusal.Problems.GroupBy(p => "field." + p.Property)
                    .ToDictionary(g => g.Key, g => g.Select(p => http.Pick(p.Message)).ToArray())),
                CatalogRefusalKind.NotFound => Problem.NotFound(http, refusal.Text),
                CatalogRefusalKind.Exists => Problem.Conflict(http, refusal.Text),
                _ => Problem.Conflict(http, refusal.Text, new Dictionary<string, object?>
                {
                    ["breaks"] = refusal.Breaks.Select(b => new BreakView(http.Pick(b.Message), b.TemplateId, b.ValueCount, b.Examples ?? [])).ToList(),
                }),
            };
        }
        catch (CatalogConflictException conflict)
        {
            return Problem.Conflict(http, conflict.Text, new Dictionary<string, object?> { ["currentVersion"] = conflict.ActualVersion });
        }
    }

    private static FieldDefinition ReadField(JsonElement? json)
    {
        if (json is not { ValueKind: JsonValueKind.Object } element)
            throw new CatalogEditRefusal(new("请求缺少字段定义 field", "The request lacks the field definition"), CatalogRefusalKind.Invalid,
                [new FieldDefinitionRules.Problem("field", new("缺少字段定义", "Missing"))]);
        try
        {
            return CatalogJson.ReadField(element);
        }
        catch (JsonException e)
        {
            var property = e.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "field";
            throw new CatalogEditRefusal(new($"字段定义格式不正确（{property}）", $"The field definition is malformed ({property})"), CatalogRefusalKind.Invalid,
                [new FieldDefinitionRules.Problem(property, new($"“{property}”的值不正确或缺少必填项", $"'{property}' has a wrong value or a required member is missing"))]);
        }
    }
}
