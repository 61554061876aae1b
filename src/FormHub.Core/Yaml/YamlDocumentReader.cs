using System.Text.RegularExpressions;
using FormHub.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace FormHub.Core.Yaml;

/// <summary>
/// Parses a file that must hold exactly one YAML document, turning every YamlDotNet failure into a positioned
/// <see cref="SourceProblem"/> in Chinese and English. Shared by the catalog and template loaders.
/// </summary>
internal static partial class YamlDocumentReader
{
    /// <summary>
    /// The root node of the file's one document, or null after adding a problem. <paramref name="hint"/> may add advice
    /// to a syntax error (e.g. how to quote an expression).
    /// </summary>
    public static YamlNode? Parse(string file, string yaml, List<SourceProblem> problems, LocalizedText emptyMessage, LocalizedText multiMessage,
        Func<YamlException, LocalizedText?>? hint = null)
    {
        var parser = new TrackingParser(new Parser(new StringReader(yaml)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            var duplicate = DuplicateKey().Match(e.Message);
            if (duplicate.Success)
                problems.Add(Problem(file, e.Start, $"键“{duplicate.Groups[1].Value}”在同一层级出现了两次",
                    $"The key '{duplicate.Groups[1].Value}' appears twice at the same level"));
            else if (hint?.Invoke(e) is { } advice)
                problems.Add(Problem(file, e.Start, $"YAML 语法错误：{e.Message} {advice.Zh}", $"YAML syntax error: {e.Message} {advice.En}"));
            else
                problems.Add(Problem(file, e.Start, $"YAML 语法错误：{e.Message}", $"YAML syntax error: {e.Message}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way (with no position) on some unclosed flow collections such as "[a, b".
            problems.Add(Problem(file, parser.LastGoodEnd,
                "YAML 语法错误：此处之后无法解析，请检查 [ ] 和 { } 是否成对闭合",
                "YAML syntax error: cannot parse past this point; check that every [ and { is closed"));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            problems.Add(new SourceProblem(file, 1, 1, emptyMessage));
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            var at = stream.Documents[1].RootNode.Start;
            problems.Add(new SourceProblem(file, (int)at.Line, (int)at.Column, multiMessage));
            return null;
        }
        return stream.Documents[0].RootNode;
    }

    public static SourceProblem Problem(string file, Mark mark, string zh, string en) =>
        new(file, (int)mark.Line, (int)mark.Column, new LocalizedText(zh, en));

    [GeneratedRegex("^Duplicate key (.*)$")]
    private static partial Regex DuplicateKey();

    /// <summary>Remembers where the last complete event ended, for errors YamlDotNet reports without a position.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public Mark LastGoodEnd { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (inner.Current is { } current) LastGoodEnd = current.End;
            return inner.MoveNext();
        }
    }
}
