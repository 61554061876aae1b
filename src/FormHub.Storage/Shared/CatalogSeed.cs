namespace FormHub.Storage.Shared;

/// <summary>How an empty store records its first catalog version: the catalog shipped in form-templates/catalog.</summary>
internal static class CatalogSeed
{
    /// <summary>Who the first version is recorded as.</summary>
    public const string User = "formhub";

    public const string Summary = "初始版本：由 form-templates/catalog 导入";
}
