namespace FormHub.Exports.Pdf;

/// <summary>The page's renderer died mid-print while the browser lived on (PdfPrinter prints once more).</summary>
internal sealed class PageCrashedException(Exception inner) : Exception("The page crashed while printing.", inner);
