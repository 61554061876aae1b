using System.Globalization;
using System.Text.RegularExpressions;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Text;
using FormHub.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FormHub.Core.Templates;

/// <summary>
/// Reads one template file's YAML tree for <see cref="TemplateLoader"/>, adding a problem for everything wrong and
/// carrying on, so the admin sees all at once.
/// </summary>
internal sealed class TemplateFileReader(string file, string yaml, List<SourceProblem> problems) : YamlMapReader(file, problems)
{
    /// <summary>One File's outcome: its (id, version) with the id's position for cross-File checks, and the template when the File had no problem.</summary>
    internal sealed record Result(string File, string? Id, int? Version, Mark IdMark, ReportTemplate? Template);

    private static readonly string[] TopKeys =
        ["id", "version", "title", "title_en", "form_number", "department", "period", "due", "rows", "effective_from", "columns", "checks", "narrative", "excel", "print"];
    private static readonly string[] ColumnKeys = ["id", "title", "title_en", "unit", "value", "rollup", "digits", "group", "outlier"];
    private static readonly string[] OutlierKeys = ["method", "threshold", "min_history", "history", "peers", "min_peers", "min", "max"];
    private static readonly (string Yaml, OutlierMethod Value)[] OutlierMethodNames = [("mad", OutlierMethod.Mad), ("zscore", OutlierMethod.ZScore)];
    private static readonly (string Yaml, bool Value)[] SwitchNames = [("true", true), ("false", false), ("on", true), ("off", false)];
    private static readonly string[] CheckEntryKeys = ["rule", "level", "message", "message_en", "records", "records_gap"];
    private static readonly System.Text.RegularExpressions.Regex RuleIdPattern = new("^[a-z][a-z0-9-]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly string[] Gaps = ["应享未享", "不应享仍享"];

    private static readonly (string Yaml, PeriodType Value)[] PeriodNames =
        [("monthly", PeriodType.Monthly), ("quarterly", PeriodType.Quarterly), ("yearly", PeriodType.Yearly)];
    private static readonly (string Yaml, OrgLevel Value)[] RowNames = [("village", OrgLevel.Village)];
    private static readonly (string Yaml, RollupRule Value)[] RollupNames =
        [("sum", RollupRule.Sum), ("recompute", RollupRule.Recompute), ("none", RollupRule.None)];
    private static readonly (string Yaml, CheckLevel Value)[] LevelNames = [("error", CheckLevel.Error), ("warning", CheckLevel.Warning)];

    private static readonly Regex TemplateIdPattern = new("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant);
    private static readonly Regex ColumnIdPattern = new("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant);
    private static readonly Regex DuePattern = new(@"^P(\d{1,3})D$", RegexOptions.CultureInvariant);
    private const int MaxDueDays = 365;
    private const int MaxDigits = 6;

    private static readonly LocalizedText TopLevel = new("", "");

    private string[]? sourceLines;

    public Result Read(YamlNode root)
    {
        var problemsBefore = Problems.Count;
        if (root is not YamlMappingNode map)
        {
            Add(root.Start, "文件的顶层应是键值映射（id、version、title、department、period、columns …）",
                "The top level of the File must be a mapping (id, version, title, department, period, columns, …)");
            return new Result(File, null, null, root.Start, null);
        }

        CheckKeys(map, TopKeys);

        var idNode = RequiredScalar(map, "id", TopLevel);
        var id = idNode?.Value;
        if (idNode is not null && !TemplateIdPattern.IsMatch(id!))
        {
            Add(idNode.Start, $"报表 id“{id}”无效：只能用小写英文字母、数字和连字符“-”，并以字母开头（如 mz-dibao-monthly）",
                $"Invalid template id '{id}': use lower-case letters, digits and hyphens, starting with a letter (e.g. mz-dibao-monthly)");
            id = null;
        }

        var version = ParseVersion(RequiredScalar(map, "version", TopLevel));
        var title = RequiredScalar(map, "title", TopLevel)?.Value;
        var titleEn = OptionalScalar(map, "title_en")?.Value;
        var formNumber = OptionalScalar(map, "form_number")?.Value?.Trim();
        var department = RequiredScalar(map, "department", TopLevel)?.Value;
        var period = Choose(RequiredScalar(map, "period", TopLevel), PeriodNames, "报送周期", "period");
        var dueDays = ParseDue(OptionalScalar(map, "due"));
        var rows = Choose(OptionalScalar(map, "rows"), RowNames, "行单位", "row level") ?? OrgLevel.Village;
        var effectiveFrom = ParseEffectiveFrom(OptionalScalar(map, "effective_from"), period);
        if (version > 1 && effectiveFrom is null && YamlNodes.Optional(map, "effective_from") is null)
        {
            // Without it a new version would take over periods already reported, possibly approved, with the old one.
            Add(map.Start, $"第{version}版必须写 effective_from（从哪一期起施行，如 2027-01），已报送的各期仍按原版本",
                $"Version {version} needs effective_from (the first period it applies to, e.g. 2027-01); earlier periods keep their version");
        }
        var columns = ReadColumns(map);
        var checks = ReadChecks(map);
        var narrative = OptionalScalar(map, "narrative") is { } narrativeNode ? ExpressionOf(map, narrativeNode, "narrative", TopLevel) : null;
        var excel = ParseExcel(OptionalScalar(map, "excel"));
        var print = ParsePrint(OptionalScalar(map, "print"));

        ReportTemplate? template = null;
        if (Problems.Count == problemsBefore)
        {
            template = new ReportTemplate
            {
                Id = id!,
                Version = version!.Value,
                Title = title!,
                TitleEn = titleEn,
                FormNumber = string.IsNullOrEmpty(formNumber) ? null : formNumber,
                Department = department!,
                Period = period!.Value,
                DueDays = dueDays,
                Rows = rows,
                EffectiveFrom = effectiveFrom,
                Columns = columns,
                Checks = checks,
                Narrative = narrative?.Code,
                NarrativeSource = narrative,
                Excel = excel,
                Print = print,
                SourceFile = File,
            };
        }

        return new Result(File, id, version, idNode?.Start ?? map.Start, template);
    }

    private int? ParseVersion(YamlScalarNode? node)
    {
        if (node is null) return null;
        if (int.TryParse(node.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version >= 1) return version;
        Add(node.Start, $"version“{node.Value}”无效：应是从 1 开始的整数，如 version: 1",
            $"Invalid version '{node.Value}': it must be a whole number from 1, e.g. version: 1");
        return null;
    }

    private int ParseDue(YamlScalarNode? node)
    {
        if (node is null) return 10;
        var match = DuePattern.Match(node.Value!);
        if (match.Success && int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) is var days and <= MaxDueDays) return days;
        Add(node.Start,
            $"due“{node.Value}”无效：应写成 ISO 8601 天数，如 P10D（期末后 10 天报送），范围 P0D 到 P{MaxDueDays}D；不支持按周、月或小时的写法",
            $"Invalid due '{node.Value}': write an ISO 8601 number of days such as P10D (due 10 days after the period ends), from P0D to P{MaxDueDays}D; weeks, months and hours are not supported");
        return 10;
    }

    private string? ParseEffectiveFrom(YamlScalarNode? node, PeriodType? period)
    {
        if (node is null) return null;
        if (!Period.TryParse(node.Value, out var parsed, out var error))
        {
            Add(node.Start, $"effective_from：{error.Zh}", $"effective_from: {error.En}");
            return null;
        }

        if (period is { } type && parsed.Type != type)
        {
            var (zh, en, example) = type switch
            {
                PeriodType.Monthly => ("月报", "a monthly", "2026-01"),
                PeriodType.Quarterly => ("季报", "a quarterly", "2026Q1"),
                _ => ("年报", "a yearly", "2026"),
            };
            Add(node.Start, $"effective_from“{node.Value}”与报送周期不符：本模板是{zh}，应写作如 {example}",
                $"effective_from '{node.Value}' does not match the period: this is {en} template, so write e.g. {example}");
            return null;
        }

        return parsed.Key;
    }

    private string? ParseExcel(YamlScalarNode? node) => ParseFilePath(node, "excel", ".xlsx", "layouts/mz-dibao-monthly.xlsx",
        ".xlsx 文件（Excel 2007 及以后的格式）", "an .xlsx File (Excel 2007 or later)");

    /// <summary>
    /// The printed page's Scriban template (<c>print:</c>), a path under form-templates/ like <c>excel:</c>; whether
    /// the file exists and parses is checked with the rest of the template (FormHub.Reports).
    /// </summary>
    private string? ParsePrint(YamlScalarNode? node) => ParseFilePath(node, "print", ".scriban", "print/default.html.scriban",
        "Scriban 页面模板（扩展名 .scriban）", "a Scriban page template (ending in .scriban)");

    /// <summary>A file named relative to form-templates/ (never absolute, never climbing out with ..), with the right extension.</summary>
    private string? ParseFilePath(YamlScalarNode? node, string key, string extension, string example, string kindZh, string kindEn)
    {
        if (node is null) return null;
        var path = node.Value!.Trim();
        if (!path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        {
            Add(node.Start, $"{key}“{path}”应指向 {kindZh}，如 {example}", $"{key} '{path}' must name {kindEn}, e.g. {example}");
            return null;
        }

        if (Path.IsPathRooted(path) || path.Replace('\\', '/').Split('/').Contains(".."))
        {
            Add(node.Start, $"{key}“{path}”应是相对于 form-templates/ 的路径，如 {example}，不能是绝对路径或含“..”",
                $"{key} '{path}' must be a path inside form-templates/, e.g. {example}, not an absolute path or one with '..'");
            return null;
        }

        return path;
    }

    private List<TemplateColumn> ReadColumns(YamlMappingNode map)
    {
        var columns = new List<TemplateColumn>();
        if (Required(map, "columns", TopLevel) is not { } node) return columns;
        if (node is not YamlSequenceNode sequence)
        {
            Add(node.Start, "columns 应是列的列表（每项以“- id:”开头）", "columns must be a list of columns (each item starting with '- id:')");
            return columns;
        }

        if (sequence.Children.Count == 0)
        {
            Add(sequence.Start, "columns 不能为空：报表至少要有一列", "columns must not be empty: a report needs at least one column");
            return columns;
        }

        var firstLineOfColumn = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var item in sequence)
        {
            var (idNode, column) = ReadColumn(item);
            if (idNode?.Value is not { } id) continue;
            if (firstLineOfColumn.TryGetValue(id, out var firstLine))
                Add(idNode.Start, $"列 id“{id}”重复，第{firstLine}行已定义", $"Column id '{id}' is already defined on line {firstLine}");
            else
            {
                firstLineOfColumn[id] = idNode.Start.Line;
                if (column is not null) columns.Add(column);
            }
        }

        return columns;
    }

    /// <summary>
    /// Reads one item of <c>columns</c>: its valid id's node (null when missing or invalid), for the duplicate check even
    /// when the rest is broken, and the column when it is complete.
    /// </summary>
    private (YamlScalarNode? IdNode, TemplateColumn? Column) ReadColumn(YamlNode item)
    {
        if (item is not YamlMappingNode map)
        {
            Add(item.Start, "columns 的每一项应是一个列定义（id、title、value …）", "Each item of columns must be a column definition (id, title, value, …)");
            return (null, null);
        }

        CheckKeys(map, ColumnKeys);
        var idNode = RequiredScalar(map, "id", new LocalizedText("列", "The column"));
        var id = idNode?.Value;
        if (idNode is not null && !ColumnIdPattern.IsMatch(id!))
        {
            Add(idNode.Start, $"列 id“{id}”无效：只能用小写英文字母、数字和下划线，并以字母开头（如 hh、persons）；其他表达式用 row.{id} 引用它",
                $"Invalid column id '{id}': use lower-case letters, digits and underscores, starting with a letter (e.g. hh, persons); other expressions refer to it as row.<id>");
            id = null;
            idNode = null;
        }

        var where = id is null ? new LocalizedText("列", "The column") : new LocalizedText($"列“{id}”", $"Column '{id}'");
        var title = RequiredScalar(map, "title", where)?.Value;
        var titleEn = OptionalScalar(map, "title_en")?.Value;
        var unit = OptionalScalar(map, "unit")?.Value;
        var value = RequiredExpression(map, "value", where);
        var rollup = Choose(OptionalScalar(map, "rollup"), RollupNames, "汇总方式", "rollup rule") ?? RollupRule.Sum;
        var digits = ParseDigits(OptionalScalar(map, "digits"));
        var group = OptionalScalar(map, "group")?.Value;
        var outlier = ReadOutlier(map);

        if (id is null || title is null || value is null) return (idNode, null);
        var column = new TemplateColumn
        {
            Id = id,
            Title = title,
            TitleEn = titleEn,
            Unit = unit,
            Value = value,
            Rollup = rollup,
            Digits = digits,
            Group = group,
            Outlier = outlier,
            Span = SpanOf(map.Start),
        };
        return (idNode, column);
    }

    /// <summary>
    /// A column's <c>outlier:</c>: <c>off</c>/<c>on</c>, or a mapping of method, threshold, min_history, history, peers,
    /// min_peers, min and max. Anything wrong is a positioned problem; the column keeps the defaults.
    /// </summary>
    private OutlierSettings ReadOutlier(YamlMappingNode column)
    {
        if (YamlNodes.Optional(column, "outlier") is not { } node) return OutlierSettings.Default;
        if (node is YamlScalarNode scalar)
            return Choose(scalar, SwitchNames, "outlier 取值", "outlier value") is false ? OutlierSettings.Off : OutlierSettings.Default;
        if (node is not YamlMappingNode map)
        {
            Add(node.Start, "outlier 应是 off，或 method、threshold、min_history、peers、min、max 等键的映射",
                "outlier must be off, or a mapping of method, threshold, min_history, peers, min, max");
            return OutlierSettings.Default;
        }
        CheckKeys(map, OutlierKeys);
        var method = Choose(OptionalScalar(map, "method"), OutlierMethodNames, "异常值方法（mad 或 zscore）", "outlier method (mad or zscore)") ?? OutlierMethod.Mad;
        var threshold = Number(OptionalScalar(map, "threshold"), "threshold", positive: true);
        // Bounded: a threshold of 1e28 times the scale overflows the detector's arithmetic, and none above 100 means anything.
        if (threshold > 100)
        {
            Add(OptionalScalar(map, "threshold")!.Start, $"outlier 的 threshold（{threshold}）过大：应在 0 到 100 之间", $"outlier threshold ({threshold}) is too large: it must be above 0 and at most 100");
            threshold = null;
        }
        var min = Number(OptionalScalar(map, "min"), "min", positive: false);
        var max = Number(OptionalScalar(map, "max"), "max", positive: false);
        if (min is not null && max is not null && min > max)
            Add(map.Start, $"outlier 的 min（{min}）大于 max（{max}）", $"outlier min ({min}) is greater than max ({max})");
        var minHistory = Whole(OptionalScalar(map, "min_history"), "min_history", 1, 60) ?? 6;
        var history = Whole(OptionalScalar(map, "history"), "history", 1, 60) ?? 12;
        // More periods required than are read: the village's own history would never be judged.
        if (minHistory > history)
            Add(map.Start, $"outlier 的 min_history（{minHistory}）大于 history（{history}）", $"outlier min_history ({minHistory}) is greater than history ({history})");
        return new OutlierSettings
        {
            Method = method,
            Threshold = threshold,
            MinHistory = minHistory,
            HistoryPeriods = history,
            Peers = Choose(OptionalScalar(map, "peers"), SwitchNames, "peers 取值", "peers value") ?? true,
            MinPeers = Whole(OptionalScalar(map, "min_peers"), "min_peers", 2, 1000) ?? 5,
            Min = min,
            Max = max,
        };

        decimal? Number(YamlScalarNode? n, string key, bool positive)
        {
            if (n is null) return null;
            if (decimal.TryParse(n.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && (!positive || d > 0)) return d;
            Add(n.Start, $"outlier 的 {key}“{n.Value}”无效：应是{(positive ? "正数" : "数字")}", $"outlier {key} '{n.Value}' is invalid: it must be a {(positive ? "positive " : "")}number");
            return null;
        }

        int? Whole(YamlScalarNode? n, string key, int low, int high)
        {
            if (n is null) return null;
            if (int.TryParse(n.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= low && i <= high) return i;
            Add(n.Start, $"outlier 的 {key}“{n.Value}”无效：应是 {low} 到 {high} 之间的整数", $"outlier {key} '{n.Value}' is invalid: it must be a whole number from {low} to {high}");
            return null;
        }
    }

    private int? ParseDigits(YamlScalarNode? node)
    {
        if (node is null) return null;
        if (int.TryParse(node.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) && digits <= MaxDigits) return digits;
        Add(node.Start, $"digits“{node.Value}”无效：应是 0 到 {MaxDigits} 之间的整数（显示的小数位数）",
            $"Invalid digits '{node.Value}': it must be a whole number from 0 to {MaxDigits} (decimal places shown)");
        return null;
    }

    private List<TemplateCheck> ReadChecks(YamlMappingNode map)
    {
        var checks = new List<TemplateCheck>();
        if (YamlNodes.Optional(map, "checks") is not { } node) return checks;
        if (node is not YamlSequenceNode sequence)
        {
            Add(node.Start, "checks 应是检查规则的列表（每项以“- rule:”开头）", "checks must be a list of rules (each item starting with '- rule:')");
            return checks;
        }

        var number = 0;
        foreach (var item in sequence)
        {
            number++;
            if (item is not YamlMappingNode check)
            {
                Add(item.Start, "checks 的每一项应是一条检查规则（rule、level、message）", "Each item of checks must be a rule (rule, level, message)");
                continue;
            }

            CheckKeys(check, CheckEntryKeys);
            var where = new LocalizedText($"第{number}条检查", $"Check {number}");
            var rule = RequiredExpression(check, "rule", where);
            var level = Choose(OptionalScalar(check, "level"), LevelNames, "检查级别", "check level") ?? CheckLevel.Error;
            var message = RequiredScalar(check, "message", where)?.Value;
            var records = OptionalScalar(check, "records");
            if (records is not null && !RuleIdPattern.IsMatch(records.Value ?? ""))
                Add(records.Start, $"records 应是一条记录级规则的 id（如 mz-elderly-unpaid），收到“{records.Value}”",
                    $"records must be the id of a record rule (e.g. mz-elderly-unpaid), got '{records.Value}'");
            var recordsGap = OptionalScalar(check, "records_gap");
            if (recordsGap is not null && !Gaps.Contains(recordsGap.Value))
                Add(recordsGap.Start, $"records_gap 应为 应享未享 或 不应享仍享，收到“{recordsGap.Value}”",
                    $"records_gap must be 应享未享 or 不应享仍享, got '{recordsGap.Value}'");
            if (recordsGap is not null && records is null)
                Add(recordsGap.Start, "records_gap 要与 records（名单规则的 id）一起写", "records_gap goes with records (the id of the list's rule)");
            if (rule is null || message is null) continue;
            checks.Add(new TemplateCheck
            {
                Rule = rule, Level = level, Message = message, MessageEn = OptionalScalar(check, "message_en")?.Value, Span = SpanOf(check.Start),
                Records = records?.Value, RecordsSpan = records is null ? SourceSpan.None : SpanOf(records.Start), RecordsGap = recordsGap?.Value,
            });
        }

        return checks;
    }

    /// <summary>
    /// A required JavaScript expression. Its span is where the code's first character stands in the File: the scalar's
    /// start for a plain value, one column on for a quoted one, and for a literal block (<c>|</c>) the first content
    /// line at the block's indentation, so that <see cref="TemplateExpression.Map"/> is exact on every line.
    /// Values YAML would fold (multi-line plain or quoted scalars, <c>&gt;</c> blocks over several lines) are refused,
    /// since positions inside them could not be mapped back.
    /// </summary>
    internal TemplateExpression? RequiredExpression(YamlMappingNode map, string key, LocalizedText where)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            Required(map, key, where);
            return null;
        }
        return ExpressionOf(map, node, key, where);
    }

    /// <summary>A JavaScript expression's or a Scriban text's node with the position of its first character.</summary>
    internal TemplateExpression? ExpressionOf(YamlMappingNode map, YamlNode node, string key, LocalizedText where)
    {
        if (node is not YamlScalarNode scalar)
        {
            Add(node.Start,
                $"{where.Zh}的 {key} 应是一个 JavaScript 表达式，但 YAML 把它读成了{(node is YamlSequenceNode ? "列表" : "映射")}；以 {{ 或 [ 开头的表达式请写成 | 块或用双引号括起来",
                $"{where.En}: {key} must be a JavaScript expression, but YAML read it as a {(node is YamlSequenceNode ? "list" : "mapping")}; write an expression starting with {{ or [ as a literal block (|) or in double quotes");
            return null;
        }

        if (YamlNodes.IsNull(scalar))
        {
            var (zhHint, enHint) = Hint(key, topLevel: false);
            Add(YamlNodes.KeyOf(map, key).Start, $"{where.Zh}的 {key} 表达式为空，应写出{zhHint}", $"{where.En}: the {key} expression is empty; write {enHint}");
            return null;
        }

        var start = scalar.Start;
        switch (scalar.Style)
        {
            case ScalarStyle.Literal or ScalarStyle.Folded:
                return BlockExpression(scalar, key, where);
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted:
                if (scalar.End.Line > start.Line) return MultiLineRefused(scalar, key, where);
                return new TemplateExpression(scalar.Value!, new SourceSpan(File, (int)start.Line, (int)start.Column + 1));
            default:
                if (scalar.End.Line > start.Line) return MultiLineRefused(scalar, key, where);
                return new TemplateExpression(scalar.Value!, SpanOf(start));
        }
    }

    /// <summary>
    /// A block scalar's code without its leading blank lines, positioned at its first content line. The column is the
    /// block's indentation + 1, found from the raw source line (the representation model only gives the <c>|</c>'s position).
    /// </summary>
    private TemplateExpression? BlockExpression(YamlScalarNode scalar, string key, LocalizedText where)
    {
        var codeLines = scalar.Value!.Split('\n');
        var skip = Array.FindIndex(codeLines, l => !string.IsNullOrWhiteSpace(l));
        if (scalar.Style == ScalarStyle.Folded && SourceContentLines(scalar) > 1)
        {
            Add(scalar.Start,
                $"{where.Zh}的 {key} 用了 > 块：YAML 会把换行并成空格，出错时就无法指出准确的行列；请把“>”换成“|”",
                $"{where.En}: {key} is a folded block (>): YAML joins its lines with spaces, so errors could not point at the right line and column; use | instead of >");
            return null;
        }

        // The header (| with its indicators and comment) has a line to itself; the content starts on the next line.
        var line = (int)scalar.Start.Line + 1 + skip;
        var first = codeLines[skip];
        var indentInCode = first.Length - first.TrimStart(' ').Length;
        var raw = SourceLine(line);
        var indentInFile = raw.Length - raw.TrimStart(' ').Length;
        var column = Math.Max(1, indentInFile - indentInCode + 1);
        var code = string.Join('\n', codeLines[skip..]).TrimEnd();
        return new TemplateExpression(code, new SourceSpan(File, line, column));
    }

    /// <summary>How many non-blank source lines a block scalar spans below its header.</summary>
    private int SourceContentLines(YamlScalarNode scalar)
    {
        var last = scalar.End.Column > 1 ? scalar.End.Line : scalar.End.Line - 1;
        var count = 0;
        for (var line = scalar.Start.Line + 1; line <= last; line++)
        {
            if (!string.IsNullOrWhiteSpace(SourceLine((int)line))) count++;
        }
        return count;
    }

    private TemplateExpression? MultiLineRefused(YamlScalarNode scalar, string key, LocalizedText where)
    {
        Add(scalar.Start,
            $"{where.Zh}的 {key} 表达式跨了多行却不是 | 块：YAML 会把换行并成空格，出错时就无法指出准确的行列；请写成“{key}: |”，再在下面各行缩进书写表达式",
            $"{where.En}: the {key} expression spans several lines without being a literal block: YAML joins the lines with spaces, so errors could not point at the right line and column; write '{key}: |' and the expression on the indented lines below");
        return null;
    }

    /// <summary>The 1-based source line, as YamlDotNet counts lines (\r\n, \n or \r ends a line); "" past the end.</summary>
    private string SourceLine(int line)
    {
        sourceLines ??= Regex.Split(yaml, "\r\n|\n|\r");
        return line >= 1 && line <= sourceLines.Length ? sourceLines[line - 1] : "";
    }

    private SourceSpan SpanOf(Mark mark) => new(File, (int)mark.Line, (int)mark.Column);

    protected override (string Zh, string En) Hint(string key, bool topLevel) => key switch
    {
        "id" when topLevel => ("报表标识，如 mz-dibao-monthly", "the template id, e.g. mz-dibao-monthly"),
        "id" => ("列标识，如 hh", "the column id, e.g. hh"),
        "title" when topLevel => ("报表标题，如 农村最低生活保障情况月报", "the report title, e.g. 农村最低生活保障情况月报"),
        "title" => ("列标题，如 低保户数（户）", "the column title, e.g. 低保户数（户）"),
        "version" => ("版本号，如 1", "the version number, e.g. 1"),
        "department" => ("接收报表的部门，如 民政", "the department receiving the report, e.g. 民政"),
        "period" => ("报送周期：monthly、quarterly 或 yearly", "the period: monthly, quarterly or yearly"),
        "columns" => ("列的列表", "the list of columns"),
        "value" => ("计算式，如 count(households)", "the formula, e.g. count(households)"),
        "rule" => ("检查条件，如 row.persons >= row.hh", "the condition, e.g. row.persons >= row.hh"),
        "message" => ("检查不通过时显示的提示", "the text shown when the check fails"),
        _ => ("值", "a value"),
    };

}
