namespace FormHub.Core.Text;

/// <summary>Thrown when an input file cannot be loaded; carries every problem found, not just the first.</summary>
public class SourceProblemException(IReadOnlyList<SourceProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<SourceProblem> Problems { get; } = problems;
}
