using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace FormHub.Storage.Sqlite;

/// <summary>
/// One read statement stepped through SQLite's own API, its columns read as UTF-8 straight from SQLite's row: no string
/// per column and no UTF-16 copy of each JSON document. Microsoft.Data.Sqlite hands every text column out as a new
/// string; derivation reads a village's ~1,300 documents per pass, and those strings were most of its allocation.
/// Only for the roster reads derivation makes; everything else goes through ADO.NET.
/// </summary>
internal sealed class SqliteRawQuery : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public SqliteRawQuery(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _statement), _db);
    }

    public SqliteRawQuery Bind(string name, string value)
    {
        var index = raw.sqlite3_bind_parameter_index(_statement, name);
        if (index == 0) throw new ArgumentException($"No parameter {name} in the statement.", nameof(name));
        SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_text(_statement, index, value), _db);
        return this;
    }

    /// <summary>Binds <paramref name="values"/> as <paramref name="prefix"/>0, 1 … (the names <see cref="DbCommandExtensions.WithList"/> gives).</summary>
    public SqliteRawQuery BindList(string prefix, IEnumerable<string> values)
    {
        var i = 0;
        foreach (var value in values) Bind(prefix + i++, value);
        return this;
    }

    /// <summary>The parameter names for an IN (…) list of <paramref name="count"/> values bound by <see cref="BindList"/>.</summary>
    public static string ListNames(string prefix, int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => prefix + i));

    public bool Read()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW) return true;
        if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _db);
        return false;
    }

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    /// <summary>The column's text as SQLite holds it (UTF-8); valid until the next <see cref="Read"/>.</summary>
    public ReadOnlySpan<byte> Utf8(int column) => raw.sqlite3_column_blob(_statement, column);

    /// <summary>The one of <paramref name="known"/> whose UTF-8 the column holds (the caller's instance, no new string), else a new string.</summary>
    public string Known(int column, IReadOnlyList<(string Text, byte[] Utf8)> known)
    {
        var value = Utf8(column);
        foreach (var (text, utf8) in known)
        {
            if (value.SequenceEqual(utf8)) return text;
        }
        return String(column);
    }

    /// <summary>Strings with their UTF-8, for <see cref="Known"/>.</summary>
    public static List<(string Text, byte[] Utf8)> WithUtf8(IEnumerable<string> texts) =>
        texts.Distinct().Select(t => (t, Encoding.UTF8.GetBytes(t))).ToList();

    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public string String(int column) => Encoding.UTF8.GetString(Utf8(column));

    /// <summary>An id kept as its text (<see cref="SqliteIds"/>).</summary>
    public Guid Id(int column) =>
        Utf8Parser.TryParse(Utf8(column), out Guid id, out _, 'D') ? id : Guid.Parse(String(column));

    /// <summary>A day as Microsoft.Data.Sqlite writes a <see cref="DateOnly"/> (yyyy-MM-dd); anything else as its reader parses it.</summary>
    public DateOnly Date(int column)
    {
        var s = Utf8(column);
        if (s.Length == 10 && s[4] == '-' && s[7] == '-'
            && Utf8Parser.TryParse(s[..4], out int year, out var y) && y == 4
            && Utf8Parser.TryParse(s[5..7], out int month, out var m) && m == 2
            && Utf8Parser.TryParse(s[8..], out int day, out var d) && d == 2)
            return new DateOnly(year, month, day);
        return DateOnly.Parse(String(column), CultureInfo.InvariantCulture);
    }

    /// <summary>An instant as Microsoft.Data.Sqlite writes and reads a <see cref="DateTimeOffset"/>, parsed without a string.</summary>
    public DateTimeOffset Instant(int column)
    {
        var s = Utf8(column);
        if (TryInstant(s, out var instant)) return instant;
        Span<char> chars = stackalloc char[64];
        return s.Length <= chars.Length && Encoding.UTF8.TryGetChars(s, chars, out var n)
            ? DateTimeOffset.Parse(chars[..n], CultureInfo.InvariantCulture)
            : DateTimeOffset.Parse(String(column), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The form Microsoft.Data.Sqlite writes (yyyy-MM-dd HH:mm:ss, up to seven fraction digits, ±HH:mm) read digit by digit:
    /// every document carries one, and the culture-aware parser was a tenth of a roster read. Anything else is left to it.
    /// </summary>
    internal static bool TryInstant(ReadOnlySpan<byte> s, out DateTimeOffset instant)
    {
        instant = default;
        if (s.Length < 25 || s[4] != '-' || s[7] != '-' || s[10] != ' ' || s[13] != ':' || s[16] != ':') return false;
        var i = 19;
        long fraction = 0;
        if (s[i] == '.')
        {
            var digits = 0;
            for (i++; i < s.Length && s[i] is >= (byte)'0' and <= (byte)'9'; i++, digits++)
            {
                if (digits == 7) return false;
                fraction = fraction * 10 + (s[i] - '0');
            }
            if (digits == 0) return false;
            for (; digits < 7; digits++) fraction *= 10;
        }
        if (s.Length - i != 6 || s[i] is not ((byte)'+' or (byte)'-') || s[i + 3] != ':') return false;
        if (!(Digits(s, 0, 4, out var year) && Digits(s, 5, 2, out var month) && Digits(s, 8, 2, out var day) && Digits(s, 11, 2, out var hour)
              && Digits(s, 14, 2, out var minute) && Digits(s, 17, 2, out var second) && Digits(s, i + 1, 2, out var offsetHours)
              && Digits(s, i + 4, 2, out var offsetMinutes)) || offsetMinutes > 59) return false; // "+01:75" is not an offset: the parser says so
        var offset = new TimeSpan(offsetHours, offsetMinutes, 0);
        if (s[i] == '-') offset = -offset;
        try
        {
            instant = new DateTimeOffset(new DateTime(year, month, day, hour, minute, second).AddTicks(fraction), offset);
            return true;
        }
        catch (ArgumentException)
        {
            return false; // out of range (month 13, an offset over 14 hours): the parser says what is wrong
        }
    }

    private static bool Digits(ReadOnlySpan<byte> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (s[i] is < (byte)'0' or > (byte)'9') return false;
            value = value * 10 + (s[i] - '0');
        }
        return true;
    }

    public void Dispose() => _statement.Dispose();
}
