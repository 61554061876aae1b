using FormHub.Exports.Roster;

namespace FormHub.Exports.Tests;

/// <summary>Reviewers open the roster CSV in Excel: a typed text must not run as a formula there.</summary>
public sealed class RosterCsvFormulaTests
{
    [Fact]
    public async Task TextThatExcelWouldRunAsAFormulaIsWrittenAsTextAndNumbersStayNumbers()
    {
        var table = new RosterTable("人员", ["姓名", "住址", "金额", "余额"], [["=HYPERLINK(\"http://x\")", "@SUM(A1)", "-12.5", "-cmd"]]);
        using var output = new MemoryStream();
        await RosterCsvWriter.WriteAsync(table, output);
        var line = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split("\r\n")[1];

        Assert.StartsWith("\"'=HYPERLINK(", line);
        Assert.Contains("'@SUM(A1)", line);
        Assert.Contains(",-12.5,", line);
        Assert.EndsWith(",'-cmd", line);
    }
}
