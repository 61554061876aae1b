using FormHub.Core.Catalog;

namespace FormHub.Import;

/// <summary>
/// Finds the header row: county spreadsheets start with a merged title (“某某村低保名册”), a unit line or blank rows,
/// so the header is the first of the top rows where at least two cells name a known field or target.
/// </summary>
public static class HeaderLocator
{
    private const int RowsSearched = 30;

    /// <summary>The 0-based index of the header row.</summary>
    public static int Find(SheetFile file, FieldCatalog catalog, string entityType, IReadOnlyDictionary<string, string>? profileColumns = null)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in catalog.FieldsOf(entityType))
        {
            known.Add(MappingProposer.Normalize(field.LabelZh));
            foreach (var alias in field.Aliases) known.Add(MappingProposer.Normalize(alias));
        }

        foreach (var names in ImportTargets.Aliases.Values) foreach (var name in names) known.Add(MappingProposer.Normalize(name));
        if (profileColumns is not null) foreach (var name in profileColumns.Keys) known.Add(MappingProposer.Normalize(name));

        var best = -1;
        var bestCount = 0;
        for (var r = 0; r < Math.Min(RowsSearched, file.Rows.Count); r++)
        {
            var count = file.Rows[r].Count(c => c is not null && known.Contains(MappingProposer.Normalize(c)));
            if (count >= 2 && count > bestCount)
            {
                best = r;
                bestCount = count;
                // The first row that names most of its cells is the header; a data row never names fields.
                if (count * 2 >= file.Rows[r].Count(c => !string.IsNullOrWhiteSpace(c))) break;
            }
        }

        return best >= 0 ? best
            : throw new ImportFileException($"在文件“{file.FileName}”的前 {RowsSearched} 行中找不到表头：表头应至少有两列是已知的列名，如 姓名、公民身份号码、户号、所属村");
    }
}
