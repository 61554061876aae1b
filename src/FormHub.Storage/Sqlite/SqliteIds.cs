using System.Data.Common;

namespace FormHub.Storage.Sqlite;

/// <summary>SQLite keeps ids as their text (<c>D</c> format); Microsoft.Data.Sqlite would bind a <see cref="Guid"/> as a blob.</summary>
internal static class SqliteIds
{
    public static string Text(Guid id) => id.ToString("D");

    public static Guid Read(DbDataReader reader, int ordinal) => Guid.Parse(reader.GetString(ordinal));
}
