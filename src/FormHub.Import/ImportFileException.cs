namespace FormHub.Import;

/// <summary>A file that cannot be read at all (not a workbook, empty, no header row); the message is in Chinese.</summary>
public sealed class ImportFileException(string message) : Exception(message);
