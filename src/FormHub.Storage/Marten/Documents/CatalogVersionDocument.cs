namespace FormHub.Storage.Marten.Documents;

/// <summary>One version of the field catalog (数据目录): the whole model as <see cref="Catalog"/> JSON, with who, when and why.</summary>
public sealed record CatalogVersionDocument(long Id, string Catalog, string ChangedBy, DateTimeOffset ChangedAt, string Summary);
