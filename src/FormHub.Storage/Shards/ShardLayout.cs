using System.Text.Json;
using System.Text.Json.Serialization;
using FormHub.Core.OrgUnits;

namespace FormHub.Storage.Shards;

/// <summary>
/// How a province's counties are spread over PostgreSQL databases (分片): the shards with their connection strings, and
/// which shard holds each county (the county is the tenant: all its villages' records, events, periodic values,
/// submissions, findings and its own township/county report rows live there). The first shard is the <b>home</b> shard:
/// it also holds what every county shares (catalog, templates, accounts, subscriptions …) and the report rows of units
/// above a county (city, province). Read from a JSON file (<see cref="StorageOptions.ShardLayoutVariable"/>):
/// <code>
/// { "shards": [ { "name": "a", "connection": "Host=pg-a;Database=formhub" },
///               { "name": "b", "connection": "Host=pg-b;Database=formhub" } ],
///   "counties": { "360835": "a", "360836": "b" } }
/// </code>
/// A new county is placed by adding its line (counties by their six-digit code or the full twelve); a county with no line
/// is refused, never put somewhere by default, so a forgotten line cannot scatter one county over two shards.
/// </summary>
public sealed record ShardLayout
{
    /// <summary>The shards, the home shard first.</summary>
    public required IReadOnlyList<ShardDefinition> Shards { get; init; }

    /// <summary>County code (12 digits) → shard name.</summary>
    public required IReadOnlyDictionary<string, string> Counties { get; init; }

    /// <summary>The shard holding shared definitions and the rows above county level.</summary>
    public ShardDefinition Home => Shards[0];

    /// <summary>The shard name a county's data lives on, or null when the county is not placed.</summary>
    public string? ShardOf(string countyCode) => Counties.GetValueOrDefault(countyCode);

    /// <summary>Reads and checks a layout file; every problem is named (Chinese first) with the file.</summary>
    public static ShardLayout Load(string path)
    {
        if (!File.Exists(path)) throw new ShardLayoutException($"分片配置文件不存在：{path} / shard layout file not found");
        ShardLayoutFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ShardLayoutFile>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        }
        catch (JsonException e)
        {
            throw new ShardLayoutException($"分片配置文件 {path} 不是有效的 JSON（第 {e.LineNumber + 1} 行）：{e.Message}");
        }
        return Create(file?.Shards ?? [], file?.Counties ?? new Dictionary<string, string>(), path);
    }

    /// <summary>A checked layout: unique shard names with connection strings, each county a valid code placed on a known shard.</summary>
    public static ShardLayout Create(IReadOnlyList<ShardDefinition> shards, IReadOnlyDictionary<string, string> counties, string source = "分片配置")
    {
        var problems = new List<string>();
        if (shards.Count == 0) problems.Add("至少要有一个分片（shards）");
        foreach (var group in shards.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            problems.Add($"分片名 {group.Key} 重复");
        foreach (var shard in shards.Where(s => string.IsNullOrWhiteSpace(s.Name) || string.IsNullOrWhiteSpace(s.Connection)))
            problems.Add($"分片“{shard.Name}”缺少名称或连接串（name, connection）");
        var names = shards.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var placed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, shard) in counties)
        {
            var full = code.Length == 6 ? code + "000000" : code;
            if (!RegionCode.TryParse(full, out var county, out _) || county.Level != OrgLevel.County)
                problems.Add($"“{code}”不是县级区划代码（6 位或 12 位）");
            else if (!names.Contains(shard))
                problems.Add($"县 {code} 所在的分片“{shard}”未定义");
            else if (!placed.TryAdd(full, shard))
                problems.Add($"县 {code} 被重复指定");
        }
        if (problems.Count > 0) throw new ShardLayoutException($"{source}有误：{string.Join("；", problems)}");
        return new ShardLayout { Shards = shards, Counties = placed };
    }

    private sealed record ShardLayoutFile(
        [property: JsonPropertyName("shards")] List<ShardDefinition>? Shards,
        [property: JsonPropertyName("counties")] Dictionary<string, string>? Counties);
}

/// <summary>One shard: a PostgreSQL database (on any server) holding the counties placed on it.</summary>
/// <param name="Name">Short name used in the county placement and in logs (a, b, north …).</param>
/// <param name="Connection">Its Npgsql connection string (the schema is <see cref="StorageOptions.PostgresSchema"/>, the same on every shard).</param>
public sealed record ShardDefinition(string Name, string Connection);

/// <summary>A shard layout that cannot be used; the message says what is wrong, in Chinese.</summary>
public sealed class ShardLayoutException(string message) : InvalidOperationException(message);
