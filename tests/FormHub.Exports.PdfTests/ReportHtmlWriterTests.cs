using System.Text.RegularExpressions;
using FormHub.Exports.Html;

namespace FormHub.Exports.PdfTests;

/// <summary>The HTML document the PDF is printed from: self-contained, encoded, laid out as a Chinese form.</summary>
public sealed class ReportHtmlWriterTests
{
    [Fact]
    public void TheDocumentIsSelfContainedWithoutScriptsOrExternalResources()
    {
        var html = ReportHtmlWriter.Write(SampleReports.Dibao());

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<thead>", html);
        Assert.Contains("display: table-header-group", html);
        Assert.Contains("page-break-inside: avoid", html);
        Assert.Contains("font-family: \"WenQuanYi Micro Hei\", \"Noto Sans CJK SC\", sans-serif", html);
    }

    [Fact]
    public void EverythingFromTheTemplateAndDataIsHtmlEncoded()
    {
        var hostile = "<script>alert('x')</script>&";
        var table = SampleReports.Dibao() with
        {
            Title = hostile,
            UnitName = hostile,
            Narrative = hostile,
            CompletenessLine = hostile,
            Columns = [new("a", "<b>列</b>", "<i>", 0, "<u>组</u>")],
            Rows = [new(ReportRowKind.Unit, "1", "<img src=x>", ["<svg onload=1>"], ["<em>错</em>"])],
            Signature = new ReportSignature("<a>", "<b>", null, new DateOnly(2026, 12, 5)),
        };

        var html = ReportHtmlWriter.Write(table);

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<svg", html);
        Assert.DoesNotContain("<em>", html);
        Assert.DoesNotContain("<u>", html);
        Assert.DoesNotContain("<a>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("&lt;b&gt;列&lt;/b&gt;（&lt;i&gt;）", html);
    }

    [Fact]
    public void GroupedColumnsGiveATwoRowHeaderAndUnitsAreWrittenInTheHeader()
    {
        var html = ReportHtmlWriter.Write(SampleReports.Dibao());
        var thead = Regex.Match(html, "<thead>(.*?)</thead>", RegexOptions.Singleline).Groups[1].Value;

        Assert.Equal(2, Regex.Matches(thead, "<tr>").Count);
        Assert.Contains("<th rowspan=\"2\">单位名称</th>", thead);
        Assert.Contains("<th colspan=\"2\">保障对象</th>", thead);
        Assert.Contains("<th rowspan=\"2\">发放金额（元）</th>", thead);
        Assert.Contains("<th>低保户数（户）</th><th>低保人数（人）</th>", thead);
    }

    [Fact]
    public void WithoutGroupsTheHeaderIsOneRow()
    {
        var rows = ReportHeaderCells.Rows([new("a", "户数", "户", 0, null), new("b", "人数（人）", "人", 0, null)]);

        var row = Assert.Single(rows);
        Assert.Equal(["单位名称", "户数（户）", "人数（人）"], row.Select(c => c.Text));
    }

    [Fact]
    public void OnlyAdjacentColumnsShareAGroupCell()
    {
        var rows = ReportHeaderCells.Rows([new("a", "甲", null, 0, "组"), new("b", "乙", null, 0, null), new("c", "丙", null, 0, "组")]);

        Assert.Equal([("单位名称", 1, 2), ("组", 1, 1), ("乙", 1, 2), ("组", 1, 1)], rows[0].Select(c => (c.Text, c.ColumnSpan, c.RowSpan)));
        Assert.Equal(["甲", "丙"], rows[1].Select(c => c.Text));
    }

    [Fact]
    public void SubtotalAndTotalRowsAreLabelledAndBold()
    {
        var html = ReportHtmlWriter.Write(SampleReports.Dibao());

        Assert.Contains("<tr class=\"subtotal\"><td class=\"name\">城关镇小计</td>", html);
        Assert.Contains("<tr class=\"total\"><td class=\"name\">合计</td>", html);
        Assert.Contains("tr.subtotal, table.report tr.total { font-weight: bold; }", html);
        Assert.True(html.IndexOf("城关镇小计", StringComparison.Ordinal) < html.IndexOf("沙溪镇小计", StringComparison.Ordinal));
        Assert.True(html.IndexOf("沙溪镇小计", StringComparison.Ordinal) < html.IndexOf(">合计<", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1234567.5, 2, "1,234,567.50")]
    [InlineData(1234567.5, 0, "1,234,568")]
    [InlineData(1234, null, "1,234")]
    [InlineData(0.125, null, "0.13")] // no digits declared: two, as in Excel and the template preview (TemplateEvaluator.Format)
    [InlineData(-9876.5, 1, "-9,876.5")]
    public void NumbersHaveThousandsSeparatorsAndTheColumnsDigits(double value, int? digits, string expected)
    {
        var column = new ReportColumn("x", "金额", "元", digits, null);
        Assert.Equal(expected, ReportCellText.Value((decimal)value, column));
    }

    [Fact]
    public void CellsThatAreNotNumbersAreWrittenAsFormsWriteThem()
    {
        var column = new ReportColumn("x", "是否", null, null, null);
        Assert.Equal("是", ReportCellText.Value(true, column));
        Assert.Equal("否", ReportCellText.Value(false, column));
        Assert.Equal("—", ReportCellText.Value(null, column));
        Assert.Equal("一类", ReportCellText.Value("一类", column));
        Assert.Equal("42", ReportCellText.Value(42, column));
    }

    [Fact]
    public void NumbersAreRightAlignedCells()
    {
        var html = ReportHtmlWriter.Write(SampleReports.Dibao());

        Assert.Contains("<td class=\"num\">1,234,567.50</td>", html);
        Assert.Contains("td.num { text-align: right;", html);
    }

    [Fact]
    public void RowsFailingChecksAreMarkedAndListedUnderTheTable()
    {
        var html = ReportHtmlWriter.Write(SampleReports.Dibao(failingChecksOfFirstVillage: ["低保人数不能少于低保户数", "金额为负"]));

        Assert.Contains("<tr class=\"unit failing\"><td class=\"name\">东风村<span class=\"mark\"", html);
        Assert.Contains("<li>东风村：低保人数不能少于低保户数；金额为负</li>", html);
        Assert.Single(Regex.Matches(html, "class=\"unit failing\""));
    }

    [Fact]
    public void TitleUnitPeriodNarrativeCompletenessAndSignatureAreWritten()
    {
        var html = ReportHtmlWriter.Write(SampleReports.Dibao() with { Signature = new ReportSignature("永丰县民政局", null, null, new DateOnly(2026, 12, 5)) });

        Assert.Contains("<h1>农村最低生活保障情况月报</h1>", html);
        Assert.Contains("填报单位：永丰县", html);
        Assert.Contains("报告期：2026年11月", html);
        Assert.Contains("<p class=\"narrative\">截至2026年11月30日", html);
        Assert.Contains("<p class=\"completeness\">应报 6 个村", html);
        Assert.Contains("<span>填报单位：永丰县民政局</span><span>单位负责人：<span class=\"blank\"></span></span><span>填表人：<span class=\"blank\"></span></span><span>报出日期：2026年12月5日</span>", html);
    }

    [Fact]
    public void WithoutNarrativeOrCompletenessThoseParagraphsAreLeftOut()
    {
        var html = ReportHtmlWriter.Write(SampleReports.Dibao() with { Narrative = null, CompletenessLine = " " });

        Assert.DoesNotContain("class=\"narrative\"", html);
        Assert.DoesNotContain("class=\"completeness\"", html);
    }

    [Fact]
    public void WideTablesTurnThePageForABrowsersOwnPrint()
    {
        Assert.Contains("@page { size: A4 landscape; }", ReportHtmlWriter.Write(SampleReports.Dibao(columns: 9)));
        Assert.Contains("@page { size: A4 portrait; }", ReportHtmlWriter.Write(SampleReports.Dibao(columns: 8)));
    }

    [Fact]
    public void RowsAreEnumeratedOnce()
    {
        var enumerations = 0;
        IEnumerable<ReportTableRow> Rows()
        {
            enumerations++;
            yield return new ReportTableRow(ReportRowKind.Total, "1", "县", [1m], []);
        }

        ReportHtmlWriter.Write(SampleReports.Dibao(columns: 1) with { Rows = Rows() });

        Assert.Equal(1, enumerations);
    }
}
