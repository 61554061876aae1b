using System.Data.Common;
using System.Globalization;

namespace FormHub.Storage.Tests.Engines;

/// <summary>Reads a raw query's rows as invariant text, for tests that look behind the store's back.</summary>
internal static class EngineQuery
{
    public static async Task<List<string?[]>> ReadAllAsync(DbCommand command)
    {
        var rows = new List<string?[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
            rows.Add(row);
        }
        return rows;
    }
}
