namespace FormHub.Exports.Excel;

/// <summary>
/// A temp file that deletes itself, for the async entry points: the Open XML package writes synchronously, which ASP.NET
/// Core forbids on a response body, so the workbook is written to disk first and then copied asynchronously. A file,
/// not a MemoryStream, so a 100,000-row export does not sit in memory either.
/// </summary>
internal static class TemporarySpool
{
    public static FileStream Create() => new(
        Path.Combine(Path.GetTempPath(), "formhub-xlsx-" + Guid.NewGuid().ToString("N") + ".tmp"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81_920, FileOptions.DeleteOnClose);

    /// <summary>Runs <paramref name="write"/> into a spool and copies the result to <paramref name="output"/>.</summary>
    public static async Task WriteThroughAsync(Action<Stream> write, Stream output, CancellationToken ct)
    {
        await using var spool = Create();
        write(spool);
        spool.Position = 0;
        await spool.CopyToAsync(output, ct).ConfigureAwait(false);
    }
}
