namespace FormHub.Core.Text;

/// <summary>A problem found in an input file (YAML, CSV, template), pointing at file, line and column (1-based; 0 when unknown).</summary>
public sealed record SourceProblem(string File, int Line, int Column, LocalizedText Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message.Zh}";
}
