using FormHub.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FormHub.Core.Yaml;

/// <summary>
/// Reads keys of YAML mappings for the catalog and template loaders, adding a positioned problem for everything
/// wrong and carrying on, so an admin sees every problem of a file at once.
/// </summary>
internal abstract class YamlMapReader(string file, List<SourceProblem> problems)
{
    /// <summary>The file being read, as named in problems.</summary>
    protected string File { get; } = file;

    /// <summary>Problems found so far (shared with the loader, which reads several files).</summary>
    protected List<SourceProblem> Problems { get; } = problems;

    /// <summary>What to write for a missing or empty <paramref name="key"/> ("数源部门，如 民政").</summary>
    protected abstract (string Zh, string En) Hint(string key, bool topLevel);

    protected void Add(Mark mark, string zh, string en) => Problems.Add(YamlDocumentReader.Problem(File, mark, zh, en));

    /// <summary>Reports every key of <paramref name="map"/> that is not in <paramref name="allowed"/>.</summary>
    protected void CheckKeys(YamlMappingNode map, string[] allowed)
    {
        var list = string.Join(", ", allowed);
        foreach (var key in map.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } k } && allowed.Contains(k)) continue;
            var text = (key as YamlScalarNode)?.Value ?? key.ToString();
            var (zh, en) = DidYouMean.Suffix(text, allowed);
            Add(key.Start, $"未知的键“{text}”{zh}，可用的键：{list}", $"Unknown key '{text}'{en}; allowed keys: {list}");
        }
    }

    /// <summary>
    /// The value of a required key, or null after a problem naming whose key it is (<paramref name="where"/>, e.g.
    /// 字段“name”; empty at the top level of a file).
    /// </summary>
    protected YamlNode? Required(YamlMappingNode map, string key, LocalizedText where)
    {
        var node = YamlNodes.Optional(map, key);
        if (node is not null) return node;
        var present = map.Children.ContainsKey(new YamlScalarNode(key));
        var (zhHint, enHint) = Hint(key, where.Zh.Length == 0);
        var owner = where.Zh.Length == 0 || char.IsWhiteSpace(where.Zh[^1]) ? where.Zh : where.Zh + "的";
        Add(present ? YamlNodes.KeyOf(map, key).Start : map.Start,
            present ? $"{owner}键“{key}”没有值，应填写{zhHint}" : $"{where.Zh}缺少必填的键“{key}”（{zhHint}）",
            where.En.Length == 0
                ? (present ? $"The key '{key}' has no value; it needs {enHint}" : $"Missing required key '{key}' ({enHint})")
                : (present ? $"{where.En}: the key '{key}' has no value; it needs {enHint}" : $"{where.En} is missing the required key '{key}' ({enHint})"));
        return null;
    }

    protected YamlScalarNode? RequiredScalar(YamlMappingNode map, string key, LocalizedText where) =>
        Required(map, key, where) is { } node ? AsScalar(node, key) : null;

    protected YamlScalarNode? OptionalScalar(YamlMappingNode map, string key) =>
        YamlNodes.Optional(map, key) is { } node ? AsScalar(node, key) : null;

    protected YamlScalarNode? AsScalar(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar) return scalar;
        Add(node.Start, $"键“{key}”的值应是单个值，而不是列表或映射", $"The key '{key}' must have a single value, not a list or mapping");
        return null;
    }

    /// <summary>One of a fixed set of YAML words (a type, a period …), or a problem listing the valid ones.</summary>
    protected T? Choose<T>(YamlScalarNode? node, (string Yaml, T Value)[] names, string zhWhat, string enWhat) where T : struct
    {
        if (node is null) return null;
        foreach (var (yaml, value) in names)
        {
            if (yaml == node.Value) return value;
        }
        var valid = string.Join(", ", names.Select(n => n.Yaml));
        var (zh, en) = DidYouMean.Suffix(node.Value!, names.Select(n => n.Yaml));
        Add(node.Start, $"未知的{zhWhat}“{node.Value}”{zh}，可用的值：{valid}", $"Unknown {enWhat} '{node.Value}'{en}; valid values: {valid}");
        return null;
    }
}
