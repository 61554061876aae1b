namespace FormHub.Storage.Accounts;

/// <summary>What an <see cref="ApiClient"/> may be allowed.</summary>
public static class ApiScopes
{
    /// <summary>Read the report rows of the client's department in its area.</summary>
    public const string ReadRows = "rows:read";
    /// <summary>Write the periodic fields the client's department owns.</summary>
    public const string WriteValues = "values:write";
    /// <summary>Read aggregates (completeness).</summary>
    public const string ReadAggregates = "aggregates:read";

    public static readonly IReadOnlyList<string> All = [ReadRows, WriteValues, ReadAggregates];
}
