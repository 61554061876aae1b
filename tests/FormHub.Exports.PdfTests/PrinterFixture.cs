using FormHub.Exports.Pdf;

namespace FormHub.Exports.PdfTests;

/// <summary>One printer (one Chromium) for a test class, as the server keeps one for the process.</summary>
public sealed class PrinterFixture : IAsyncLifetime
{
    public PdfPrinter Printer { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Printer.DisposeAsync();
}
