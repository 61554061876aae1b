using FormHub.Core.Text;
using FormHub.Exports.Html;

namespace FormHub.Exports.Tests;

/// <summary>The printed page is a Scriban template: FormHub's default, or a report's own named by <c>print:</c>; output is HTML-escaped.</summary>
public class PrintPageTests
{
    private static ReportTable WithHostileNames(PrintPage? page = null) => SampleTables.ThreeVillagesTwoTownships(
    [
        SampleTables.Row(ReportRowKind.Unit, "360835100200", "<script>alert('户')</script>", 1m, 2m, 3m, 4m),
        SampleTables.Row(ReportRowKind.Total, "360835000000", "合计", 1m, 2m, 3m, 4m),
    ]) with { PrintPage = page, Narrative = "说明<img src=x onerror=alert(1)>" };

    [Fact]
    public void TheShippedDefaultPageIsTheOneCompiledIn()
    {
        var shipped = PrintPage.Load(Path.Combine(RepositoryRoot.Path, "form-templates", "print", "default.html.scriban"));
        var table = SampleTables.ThreeVillagesTwoTownships();
        using var fromFile = new StringWriter();
        shipped.Render(table, fromFile);

        Assert.Equal(fromFile.ToString(), ReportHtmlWriter.Write(SampleTables.ThreeVillagesTwoTownships()));
    }

    [Fact]
    public void AReportsOwnPageTemplateLaysOutThePrintedReport()
    {
        var page = PrintPage.Parse("""
            <h1 class="official">{{ report.title }}（{{ report.period }}）</h1>
            {{~ for row in report.rows ~}}
            <p>{{ row.label }}：{{ for cell in row.cells }}[{{ cell.text }}]{{ end }}</p>
            {{~ end ~}}
            <footer>填表人：{{ report.signature.preparer }}</footer>
            """, "print/official.html.scriban");

        var html = ReportHtmlWriter.Write(SampleTables.ThreeVillagesTwoTownships() with { PrintPage = page });

        Assert.StartsWith("<h1 class=\"official\">", html);
        Assert.Contains("合计：[", html);
        Assert.Contains("<footer>填表人：李填表</footer>", html);
        Assert.DoesNotContain("<table", html);
    }

    [Fact]
    public void NamesAndNarrativesPrintAsTextOnTheDefaultAndOnAnOwnPage()
    {
        var own = PrintPage.Parse("<main>{{ for row in report.rows }}<b>{{ row.label }}</b>{{ end }}{{ report.narrative }}</main>", "own.html.scriban");

        foreach (var html in new[] { ReportHtmlWriter.Write(WithHostileNames()), ReportHtmlWriter.Write(WithHostileNames(own)) })
        {
            Assert.DoesNotContain("<script", html);
            Assert.DoesNotContain("<img", html);
            Assert.Contains("&lt;script&gt;alert(&#x27;户&#x27;)&lt;/script&gt;", html);
            Assert.Contains("说明&lt;img src=x onerror=alert(1)&gt;", html);
        }
    }

    [Fact]
    public void AnUnknownNameInAPageTemplateIsReportedAtItsLineAndColumn()
    {
        var e = Assert.Throws<SourceProblemException>(() => PrintPage.Parse("<h1>{{ report.title }}</h1>\n<p>{{ report.titel }}</p>", "print/bad.html.scriban"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(("print/bad.html.scriban", 2, 14), (problem.File, problem.Line, problem.Column));
        Assert.StartsWith("打印页面模板：", problem.Message.Zh);
    }

    [Fact]
    public void ASyntaxErrorInAPageTemplateIsReportedAtItsPosition()
    {
        var e = Assert.Throws<SourceProblemException>(() => PrintPage.Parse("<h1>\n{{ if report.title }}标题", "print/bad.html.scriban"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("print/bad.html.scriban", problem.File);
        Assert.Contains("打印页面模板的写法有误", problem.Message.Zh);
    }
}
