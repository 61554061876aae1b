namespace FormHub.Core.Templates;

/// <summary>Where a piece of a template was written: file, and the 1-based line and column where the text starts.</summary>
public sealed record SourceSpan(string File, int Line, int Column)
{
    public static SourceSpan None { get; } = new("", 0, 0);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
