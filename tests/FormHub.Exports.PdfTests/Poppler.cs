using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FormHub.Exports.PdfTests;

/// <summary>
/// Reads a PDF back with poppler-utils, as a person checking an export would. A missing tool fails the test with what to
/// install; it never skips.
/// </summary>
internal sealed partial class Poppler : IDisposable
{
    private readonly string _file;

    private Poppler(string file) => _file = file;

    /// <summary>Writes the PDF to a temp file (deleted on dispose) to read it back.</summary>
    public static Poppler Open(byte[] pdf)
    {
        Assert.True(pdf.Length > 4 && pdf[0] == '%' && pdf[1] == 'P' && pdf[2] == 'D' && pdf[3] == 'F', "not a PDF");
        var file = Path.Combine(Path.GetTempPath(), $"formhub-pdf-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        return new Poppler(file);
    }

    /// <summary><c>pdftotext -layout</c> of the whole document, or of pages <paramref name="first"/>..<paramref name="last"/>.</summary>
    public string Text(int? first = null, int? last = null)
    {
        var args = new List<string> { "-layout", "-enc", "UTF-8" };
        if (first is int f) args.AddRange(["-f", f.ToString(CultureInfo.InvariantCulture)]);
        if (last is int l) args.AddRange(["-l", l.ToString(CultureInfo.InvariantCulture)]);
        args.AddRange([_file, "-"]);
        return Run("pdftotext", args);
    }

    /// <summary>The rows of <c>pdffonts</c>: name, type, encoding and whether the font is embedded.</summary>
    public IReadOnlyList<PdfFont> Fonts()
    {
        var fonts = new List<PdfFont>();
        // name type encoding emb sub uni object ID: name and type may hold spaces, the last five columns never do.
        foreach (var line in Run("pdffonts", [_file]).Split('\n').Skip(2))
            if (FontRow().Match(line.TrimEnd()) is { Success: true } m)
                fonts.Add(new PdfFont(m.Groups["rest"].Value.Trim(), m.Groups["enc"].Value, m.Groups["emb"].Value == "yes", m.Groups["uni"].Value == "yes"));
        return fonts;
    }

    /// <summary><c>pdfinfo</c>'s "Page size" (e.g. 841.89 x 595.28 pts (A4)) and "Pages".</summary>
    public (string PageSize, int Pages) Info()
    {
        var info = Run("pdfinfo", [_file]);
        var size = Regex.Match(info, @"^Page size:\s+(.+)$", RegexOptions.Multiline).Groups[1].Value.Trim();
        var pages = int.Parse(Regex.Match(info, @"^Pages:\s+(\d+)", RegexOptions.Multiline).Groups[1].Value, CultureInfo.InvariantCulture);
        return (size, pages);
    }

    private static string Run(string tool, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} not found: run scripts/install-test-tools.sh (installs poppler-utils)", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {stderr.Result}");
            return stdout.Result;
        }
    }

    public void Dispose()
    {
        try { File.Delete(_file); } catch (IOException) { }
    }

    [GeneratedRegex(@"^(?<rest>.+?)\s+(?<enc>\S+)\s+(?<emb>yes|no)\s+(?<sub>yes|no)\s+(?<uni>yes|no)\s+\d+\s+\d+$")]
    private static partial Regex FontRow();
}

/// <summary>
/// One row of pdffonts: <see cref="NameAndType"/> is the name and type columns together (e.g. "AAAAAA+WenQuanYiMicroHei CID
/// TrueType"); <see cref="HasToUnicode"/> whether text set in it maps back to characters (copy, search, pdftotext).
/// </summary>
internal sealed record PdfFont(string NameAndType, string Encoding, bool Embedded, bool HasToUnicode);
