using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FormHub.Core.Yaml;

/// <summary>Small readers over YamlDotNet's representation model shared by the catalog and template loaders.</summary>
internal static class YamlNodes
{
    /// <summary>The value of <paramref name="key"/>, or null when absent or written as an empty/null value.</summary>
    public static YamlNode? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && !(node is YamlScalarNode s && IsNull(s)) ? node : null;

    public static YamlNode KeyOf(YamlMappingNode map, string key) =>
        map.Children.Keys.First(k => k is YamlScalarNode { Value: { } v } && v == key);

    // YAML writes "no value" as an empty plain scalar, ~ or null; quoted '' is an (empty) text, also treated as missing.
    public static bool IsNull(YamlScalarNode node) =>
        string.IsNullOrWhiteSpace(node.Value) || (node.Style == ScalarStyle.Plain && node.Value is "~" or "null" or "Null" or "NULL");
}
