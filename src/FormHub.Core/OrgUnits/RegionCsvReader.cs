using System.Text;
using FormHub.Core.Text;

namespace FormHub.Core.OrgUnits;

/// <summary>
/// Reads a region file: UTF-8 CSV (BOM optional) with the header <c>code,name</c>, one unit per line,
/// fields optionally in double quotes (<c>""</c> for a quote inside), blank lines ignored.
/// Every problem is collected; a file with any problem yields no tree at all.
/// Problems carry the CSV column of the bad field (1 = code, 2 = name), or 0 when the whole line is wrong.
/// </summary>
public static class RegionCsvReader
{
    private const int CodeColumn = 1, NameColumn = 2;

    /// <summary>Reads and validates a region file from disk.</summary>
    public static RegionTree ReadFile(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads and validates region CSV text; <paramref name="fileName"/> is used in problems only.</summary>
    /// <exception cref="SourceProblemException">With every problem found, each with its line number.</exception>
    public static RegionTree Read(TextReader reader, string fileName)
    {
        var problems = new List<SourceProblem>();
        void Problem(int line, int column, string zh, string en) =>
            problems.Add(new SourceProblem(fileName, line, column, new LocalizedText($"第{line}行：{zh}", $"Line {line}: {en}")));

        var units = new List<OrgUnit>();
        var firstLineOf = new Dictionary<RegionCode, int>();
        var headerSeen = false;
        var lineNumber = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (lineNumber == 1) line = line.TrimStart('\uFEFF'); // a BOM left by readers that do not strip it
            if (string.IsNullOrWhiteSpace(line)) continue;

            if (!TrySplit(line, out var fields))
            {
                Problem(lineNumber, 0, "引号未闭合", "unterminated quote");
                continue;
            }

            if (!headerSeen)
            {
                headerSeen = true;
                if (fields.Count == 2 && fields[0].Trim().Equals("code", StringComparison.OrdinalIgnoreCase)
                    && fields[1].Trim().Equals("name", StringComparison.OrdinalIgnoreCase))
                    continue;
                Problem(lineNumber, 0, $"表头应为“code,name”，实际为“{line.Trim()}”", $"the header must be 'code,name', found '{line.Trim()}'");
                // A data row in place of the header: still check it, so its problems are reported too.
                if (!RegionCode.TryParse(fields[0], out _, out _)) continue;
            }

            if (fields.Count != 2)
            {
                Problem(lineNumber, 0, $"应有2列（code,name），实际有{fields.Count}列", $"expected 2 columns (code,name), found {fields.Count}");
                continue;
            }

            var name = fields[1].Trim();
            if (name.Length == 0)
                Problem(lineNumber, NameColumn, "名称为空", "the name is empty");

            if (!RegionCode.TryParse(fields[0], out var code, out var error))
            {
                Problem(lineNumber, CodeColumn, error.Zh, error.En);
                continue;
            }

            if (firstLineOf.TryGetValue(code, out var firstLine))
            {
                Problem(lineNumber, CodeColumn, $"区划代码{code}与第{firstLine}行重复", $"region code {code} duplicates line {firstLine}");
                continue;
            }

            firstLineOf[code] = lineNumber;
            units.Add(new OrgUnit(code, name));
        }

        if (!headerSeen)
            problems.Add(new SourceProblem(fileName, 1, 0, new LocalizedText("文件为空，应以表头“code,name”开头", "The file is empty; it must start with the header 'code,name'")));

        // Units with a bad name still count as present here, so one typo does not cascade into "missing parent" for its children.
        foreach (var (code, parent) in RegionTree.MissingParents(firstLineOf.Keys))
        {
            var line = firstLineOf[code];
            Problem(line, CodeColumn, $"区划代码{code}的上级{parent}不在文件中", $"the parent {parent} of region code {code} is not in the file");
        }

        if (problems.Count > 0)
            throw new SourceProblemException(problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ToList());
        return new RegionTree(units, fileName);
    }

    /// <summary>Splits one CSV line; false when a quoted field is not closed.</summary>
    private static bool TrySplit(string line, out List<string> fields)
    {
        fields = [];
        var field = new StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inQuotes)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else inQuotes = false;
            }
            else if (c == '"' && field.ToString().Trim().Length == 0) { field.Clear(); inQuotes = true; }
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }

        fields.Add(field.ToString());
        return !inQuotes;
    }
}
