using System.Diagnostics;

namespace FormHub.Exports.Tests;

/// <summary>
/// LibreOffice Calc as an independent reader of filled workbooks (Debian <c>libreoffice-calc-nogui</c>, installed by
/// scripts/install-test-tools.sh): it shows what a reader that trusts the file's cached formula values shows.
/// </summary>
internal static class LibreOfficeReader
{
    /// <summary>The first sheet of <paramref name="xlsx"/> as LibreOffice displays it, as CSV lines split into cells.</summary>
    public static async Task<List<string[]>> FirstSheetAsync(byte[] xlsx)
    {
        var dir = Directory.CreateTempSubdirectory("formhub-lo-");
        try
        {
            var input = Path.Combine(dir.FullName, "filled.xlsx");
            await File.WriteAllBytesAsync(input, xlsx);
            // A profile of its own, so parallel conversions do not wait on each other's lock.
            var start = new ProcessStartInfo("soffice")
            {
                ArgumentList =
                {
                    "--headless", "--norestore", $"-env:UserInstallation=file://{dir.FullName}/profile",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir.FullName, input,
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            var csv = Path.Combine(dir.FullName, "filled.csv");
            if (process.ExitCode != 0 || !File.Exists(csv))
                throw new InvalidOperationException($"soffice could not convert the workbook (exit {process.ExitCode}): {await stderr}");
            return (await File.ReadAllLinesAsync(csv)).Select(line => line.Split(',').Select(c => c.Trim('"')).ToArray()).ToList();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
