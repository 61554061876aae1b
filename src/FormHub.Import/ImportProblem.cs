namespace FormHub.Import;

/// <summary>One problem of an import, located in the file as a person opening it in Excel sees it.</summary>
/// <param name="Row">1-based row in the sheet (the title rows above the header count).</param>
/// <param name="Column">1-based column, or 0 when the problem is the whole row's.</param>
/// <param name="Heading">The column's heading, or null.</param>
/// <param name="Message">What is wrong, in Chinese.</param>
public sealed record ImportProblem(int Row, int Column, string? Heading, string Message)
{
    /// <summary>Excel's letter for the column: 1 → A, 27 → AA.</summary>
    public string ColumnLetter
    {
        get
        {
            var letters = "";
            for (var n = Column; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
            return letters;
        }
    }

    /// <summary><c>行 12，列 C（公民身份号码）：校验码不正确</c>.</summary>
    public override string ToString() => Column > 0
        ? $"行 {Row}，列 {ColumnLetter}（{Heading}）：{Message}"
        : $"行 {Row}：{Message}";
}
