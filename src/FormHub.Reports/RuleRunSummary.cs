namespace FormHub.Reports;

/// <summary>What a run of record rules did: villages evaluated, findings that appeared, were resolved, are open; rule failures.</summary>
public sealed record RuleRunSummary(int Villages, int Appeared, int Resolved, int Open, IReadOnlyList<string> Failures)
{
    public static readonly RuleRunSummary None = new(0, 0, 0, 0, []);

    public RuleRunSummary Add(RuleRunSummary other) => new(Villages + other.Villages, Appeared + other.Appeared, Resolved + other.Resolved,
        Open + other.Open, Failures.Count == 0 ? other.Failures : [.. Failures, .. other.Failures]);
}
