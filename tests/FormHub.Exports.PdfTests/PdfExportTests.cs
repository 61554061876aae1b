using System.Globalization;
using System.Text.RegularExpressions;

namespace FormHub.Exports.PdfTests;

/// <summary>The exported PDF read back with poppler-utils: real text, an embedded CJK font, A4 orientation, repeated headers.</summary>
public sealed class PdfExportTests(PrinterFixture fixture) : IClassFixture<PrinterFixture>
{
    [Fact]
    public async Task PdfTextHasTheTitleAVillageAFormattedNumberAndThePageNumber()
    {
        using var pdf = Poppler.Open(await fixture.Printer.PrintAsync(SampleReports.Dibao()));
        var text = pdf.Text();

        Assert.Contains(SampleReports.Title, text);
        Assert.Contains(SampleReports.Village, text);
        Assert.Contains("1,234,567.50", text);
        // The footer: 第 1 页 / 共 1 页 (pdftotext drops the narrow spaces around the numbers).
        Assert.Matches(@"第\s*1\s*页\s*/\s*共\s*1\s*页", text);
    }

    [Fact]
    public async Task PdfTextHasTheUnitLineSubtotalsTotalNarrativeCompletenessAndSignature()
    {
        using var pdf = Poppler.Open(await fixture.Printer.PrintAsync(SampleReports.Dibao()));
        var text = Squeeze(pdf.Text());

        Assert.Contains("填报单位：永丰县", text);
        Assert.Contains("2026年11月", text);
        Assert.Contains("城关镇小计", text);
        Assert.Contains("合计", text);
        Assert.Contains("低保户数（户）", text);
        Assert.Contains("共有农村低保户1,234户2,345人", text);
        Assert.Contains("应报6个村", text);
        Assert.Contains("单位负责人：王建国", text);
        Assert.Contains("填表人：李小梅", text);
        Assert.Contains("报出日期：2026年12月5日", text);
    }

    /// <summary>
    /// The font decision: reports name WenQuanYi Micro Hei (TrueType, Debian fonts-wqy-microhei) first, which Chromium
    /// embeds as a named CID TrueType font; Noto CJK (CFF) would come out as unnamed Type 3 fonts. Bold runs have a font
    /// of their own (next test); every font must be embedded and mapped back to Unicode.
    /// </summary>
    [Fact]
    public async Task PdffontsListsAnEmbeddedNamedCjkFontAndEveryFontIsEmbeddedText()
    {
        using var pdf = Poppler.Open(await fixture.Printer.PrintAsync(SampleReports.Dibao()));
        var fonts = pdf.Fonts();

        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded && f.HasToUnicode, $"font not embedded or without ToUnicode: {f.NameAndType}"));
        Assert.True(fonts.Any(f => f.Embedded && f.NameAndType.Contains("WenQuanYiMicroHei", StringComparison.Ordinal) && f.NameAndType.Contains("CID TrueType", StringComparison.Ordinal)),
            "pdffonts lists no embedded WenQuanYi Micro Hei (CID TrueType): install fonts-wqy-microhei (scripts/install-test-tools.sh does). Fonts: "
            + string.Join(" | ", fonts.Select(f => f.NameAndType)));
        // And the Chinese is text set in that font, not pictures of it.
        Assert.Contains(SampleReports.Title, pdf.Text());
    }

    /// <summary>
    /// Issue 14: bold runs (title, header, 小计, 合计) are set in a real bold CJK face — FormHub Sans CJK SC Bold, made from
    /// Noto Sans CJK SC Bold by scripts/make-bold-cjk-font.py — embedded as a named CID TrueType font, instead of
    /// synthetic bold drawn as nameless Type 3 fonts.
    /// </summary>
    [Fact]
    public async Task BoldTitlesAndHeadersAreSetInANamedEmbeddedBoldCjkFont()
    {
        using var pdf = Poppler.Open(await fixture.Printer.PrintAsync(SampleReports.Dibao()));
        var fonts = pdf.Fonts();

        Assert.True(fonts.Any(f => f.Embedded && f.NameAndType.Contains("FormHubSansCJKSC-Bold", StringComparison.Ordinal)
                && f.NameAndType.Contains("CID TrueType", StringComparison.Ordinal)),
            "pdffonts lists no embedded FormHub Sans CJK SC Bold (CID TrueType): run scripts/install-test-tools.sh (it makes the font). Fonts: "
            + string.Join(" | ", fonts.Select(f => f.NameAndType)));
        Assert.DoesNotContain(fonts, f => f.NameAndType.Contains("Type 3", StringComparison.Ordinal));
        Assert.Contains(SampleReports.Title, pdf.Text()); // the bold title is text in that font
    }

    [Fact]
    public async Task AWideTableIsPrintedA4Landscape()
    {
        using var pdf = Poppler.Open(await fixture.Printer.PrintAsync(SampleReports.Dibao(columns: 12)));

        AssertA4(pdf.Info().PageSize, landscape: true);
        Assert.Contains("指标12", pdf.Text());
    }

    [Fact]
    public async Task ANarrowTableIsPrintedA4Portrait()
    {
        using var pdf = Poppler.Open(await fixture.Printer.PrintAsync(SampleReports.Dibao(columns: 4)));

        AssertA4(pdf.Info().PageSize, landscape: false);
    }

    [Fact]
    public async Task ALongTableRunsOverSeveralPagesWithTheHeaderAndPageNumberOnEach()
    {
        using var pdf = Poppler.Open(await fixture.Printer.PrintAsync(SampleReports.Dibao(villages: 200)));
        var (_, pages) = pdf.Info();

        Assert.True(pages >= 3, $"200 villages on {pages} pages");
        var second = Squeeze(pdf.Text(2, 2));
        Assert.Contains("单位名称", second);
        Assert.Contains("保障对象", second);
        Assert.Contains("低保人数（人）", second);
        Assert.Contains($"第2页/共{pages}页", second);
        Assert.DoesNotContain(SampleReports.Title, second);
        var last = Squeeze(pdf.Text(pages, pages));
        Assert.Contains("低保户数（户）", last);
        Assert.Contains("报出日期：2026年12月5日", last);
    }

    [Fact]
    public async Task ARowFailingACheckIsMarkedAndItsMessageListed()
    {
        using var pdf = Poppler.Open(await fixture.Printer.PrintAsync(SampleReports.Dibao(failingChecksOfFirstVillage: ["低保人数不能少于低保户数"])));
        var text = Squeeze(pdf.Text());

        Assert.Contains(SampleReports.Village + "※", text);
        Assert.Contains("东风村：低保人数不能少于低保户数", text);
    }

    /// <summary>
    /// A4 is 841.89 × 595.28 pt; Chromium sizes pages in whole device units, so it lands within a point of that
    /// (841.92 × 595.92), which pdfinfo still names A4.
    /// </summary>
    private static void AssertA4(string pageSize, bool landscape)
    {
        var m = Regex.Match(pageSize, @"^([\d.]+) x ([\d.]+) pts \(A4\)");
        Assert.True(m.Success, $"not an A4 page: {pageSize}");
        var (width, height) = (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        var (expectedWidth, expectedHeight) = landscape ? (841.89, 595.28) : (595.28, 841.89);
        Assert.True(Math.Abs(width - expectedWidth) < 1 && Math.Abs(height - expectedHeight) < 1,
            $"page {pageSize}, expected {expectedWidth} x {expectedHeight} ({(landscape ? "landscape" : "portrait")})");
    }

    /// <summary>pdftotext -layout pads columns with spaces; comparisons of running text ignore them.</summary>
    private static string Squeeze(string text) => Regex.Replace(text, @"[ \t]+", "");
}
