using System.Buffers;
using Npgsql;

namespace FormHub.Storage.Marten;

/// <summary>
/// Reads <c>jsonb</c> columns as their UTF-8 text into one buffer reused across a result's rows, for
/// <see cref="System.Text.Json.Utf8JsonReader"/>: no string per document, no UTF-16 round trip (a roster reads 999 of them).
/// </summary>
internal sealed class JsonbColumnReader : IDisposable
{
    /// <summary>The binary <c>jsonb</c> format: this version byte, then the document's text.</summary>
    private const byte JsonbVersion = 1;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(4096);

    /// <summary>The column's JSON text; valid until the next call. The column must not be SQL NULL.</summary>
    public ReadOnlySpan<byte> Read(NpgsqlDataReader reader, int ordinal)
    {
        using var stream = reader.GetStream(ordinal);
        var length = checked((int)stream.Length);
        if (length > _buffer.Length)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(length);
        }
        stream.ReadExactly(_buffer, 0, length);
        if (length == 0 || _buffer[0] != JsonbVersion)
            throw new InvalidDataException($"A jsonb column arrived in an unknown binary format (version {(length == 0 ? "none" : _buffer[0])}).");
        return _buffer.AsSpan(1, length - 1);
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
