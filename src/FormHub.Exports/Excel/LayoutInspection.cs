namespace FormHub.Exports.Excel;

/// <summary>The verdict on an uploaded layout: every problem found (none: the layout may be stored).</summary>
public sealed record LayoutInspection(IReadOnlyList<LayoutProblem> Problems)
{
    /// <summary>Problems listed in one message; the rest are counted.</summary>
    private const int MessageLimit = 30;

    public bool IsAcceptable => Problems.Count == 0;

    /// <summary>版式有 2 处问题：1. …；2. …, for a ProblemDetails detail.</summary>
    public string MessageZh => IsAcceptable ? "版式可以使用" :
        $"版式有 {Problems.Count} 处问题，未保存：" + string.Join("", Problems.Take(MessageLimit).Select((p, i) => $"\n{i + 1}. {p.Zh}"))
        + (Problems.Count > MessageLimit ? $"\n……另有 {Problems.Count - MessageLimit} 处" : "");

    public string MessageEn => IsAcceptable ? "the layout can be used" :
        $"the layout has {Problems.Count} problem(s) and was not stored:" + string.Join("", Problems.Take(MessageLimit).Select((p, i) => $"\n{i + 1}. {p.En}"))
        + (Problems.Count > MessageLimit ? $"\n… and {Problems.Count - MessageLimit} more" : "");
}
