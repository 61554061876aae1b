using FormHub.Core.Catalog;

namespace FormHub.Core.Tests.Catalog;

/// <summary>The store keeps each catalog version as <see cref="CatalogJson"/>: nothing of the model may be lost on the way.</summary>
public sealed class CatalogJsonTests
{
    [Fact]
    public void TheShippedCatalogSurvivesTheStoredDocumentWithEveryProperty()
    {
        var shipped = CatalogLoader.LoadDirectory(RepositoryRoot.Combine("form-templates", "catalog"));
        var json = CatalogJson.Write(shipped);
        var read = CatalogJson.Read(json);

        Assert.Equal(json, CatalogJson.Write(read));
        Assert.Equal(shipped.Fields.Select(f => f.Key), read.Fields.Select(f => f.Key));
        var dibao = read.FindField("household.dibao_amount")!;
        Assert.Equal((FieldKind.Periodic, "元", 100000m), (dibao.Kind, dibao.Unit, dibao.Validation.Max));
        Assert.Equal(shipped.FindField("person.id_number")!.Aliases, read.FindField("person.id_number")!.Aliases);
        // Every public settable property of a field is in the document (a property added to the model is kept without code here).
        var written = CatalogJson.WriteField(dibao).EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var settable = typeof(FieldDefinition).GetProperties().Where(p => p.CanWrite).Select(p => p.Name);
        Assert.All(settable, name => Assert.Contains(name, written));
    }

    [Fact]
    public void AFieldIsReadBackFromItsJsonAndEnumsAreNames()
    {
        var field = new FieldDefinition
        {
            EntityType = "person", Name = "hobby", Type = FieldType.IdNumber, LabelZh = "爱好", LabelEn = "Hobby", OwnerDepartment = "文旅",
            Sensitivity = Sensitivity.Secret,
        };
        var json = CatalogJson.WriteField(field);
        Assert.Equal("idNumber", json.GetProperty("type").GetString());
        Assert.Equal("secret", json.GetProperty("sensitivity").GetString());
        var read = CatalogJson.ReadField(json);
        Assert.Equal(CatalogJson.WriteField(field).GetRawText(), CatalogJson.WriteField(read).GetRawText());
    }

    [Fact]
    public void NullsInAFieldAreReadAsEmptyListsOrRefusedNeverKept()
    {
        var field = CatalogJson.ReadField(System.Text.Json.JsonDocument.Parse("""
            {"entityType":"person","name":"x","type":"text","labelZh":"某","labelEn":"x","ownerDepartment":"民政","aliases":null,"options":null,"validation":null}
            """).RootElement);
        Assert.Empty(field.Aliases);
        Assert.Empty(field.Options);
        Assert.Same(FieldValidation.None, field.Validation);
        Assert.Throws<System.Text.Json.JsonException>(() => CatalogJson.ReadField(System.Text.Json.JsonDocument.Parse("""
            {"entityType":null,"name":"x","type":"text","labelZh":"某","labelEn":"x","ownerDepartment":"民政"}
            """).RootElement));
    }
}
