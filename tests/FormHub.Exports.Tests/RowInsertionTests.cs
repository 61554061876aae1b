using FormHub.Exports.Excel;

namespace FormHub.Exports.Tests;

/// <summary>How references move when the repeat row (5) becomes three rows (two added), as the filler rewrites them.</summary>
public class RowInsertionTests
{
    private static readonly RowInsertion Insertion = new(RepeatRow: 5, Added: 2);

    private static string OnFilledSheet(string formula, int? copyRow = null) =>
        Insertion.Formula(formula, sheet => sheet is null || RowInsertion.SameSheet(sheet, "报表"), copyRow);

    [Theory]
    [InlineData("B6", "B8")]                           // below the block: moves down
    [InlineData("B4+B5", "B4+B5")]                     // above and on the first copy: stay
    [InlineData("SUM(B5:B5)", "SUM(B5:B7)")]           // a range on the repeat row grows over the block
    [InlineData("SUM(B3:B6)", "SUM(B3:B8)")]           // a range across it grows
    [InlineData("SUM($B$6:$C$9)", "SUM($B$8:$C$11)")]  // absolute references move too (rows were inserted)
    [InlineData("$5:$5", "$5:$7")]                     // whole rows
    [InlineData("6:9", "8:11")]
    [InlineData("A:A", "A:A")]                         // whole columns have no row
    [InlineData("LOG10(B6)", "LOG10(B8)")]             // LOG10 is a function, not cell LOG10
    [InlineData("\"B6 stays\"&B6", "\"B6 stays\"&B8")] // text inside strings is not a reference
    [InlineData("'报表'!B6+报表!B6+'其他'!B6", "'报表'!B8+报表!B8+'其他'!B6")]
    [InlineData("[1]报表!B6", "[1]报表!B6")]           // another workbook
    [InlineData("B6:B4", "B8:B4")]                     // a reversed range keeps its order
    public void ReferencesOnTheFilledSheetMove(string before, string after) => Assert.Equal(after, OnFilledSheet(before));

    [Theory]
    [InlineData("B5*2", 7, "B7*2")]                    // relative reference to the repeat row follows the copy
    [InlineData("$B$5*2", 7, "$B$5*2")]                // absolute stays on the first village
    [InlineData("B5/$B$6", 6, "B6/$B$8")]              // share of the total: the total row moved
    [InlineData("SUM(B$5:B5)", 7, "SUM(B$5:B7)")]      // running total, as a fill-down writes it
    public void FormulasOnACopyOfTheRepeatRowFollowTheirRow(string before, int copyRow, string after) =>
        Assert.Equal(after, OnFilledSheet(before, copyRow));

    [Fact]
    public void UnqualifiedReferencesOnAnotherSheetDoNotMove() =>
        Assert.Equal("B6+'报表'!B8", Insertion.Formula("B6+'报表'!B6", sheet => RowInsertion.SameSheet(sheet, "报表")));

    [Theory]
    [InlineData("A1:F1", "A1:F1")]
    [InlineData("A5:F5", "A5:F7")]
    [InlineData("A7:F7", "A9:F9")]
    [InlineData("B9", "B11")]
    public void AreasMoveAndGrowLikeRanges(string before, string after) => Assert.Equal(after, Insertion.Area(before));

    [Fact]
    public void AnAreaOnTheRepeatRowCanBePlacedOnACopy() => Assert.Equal("E7:F7", Insertion.AreaOnCopy("E5:F5", 7));
}
