namespace FormHub.Core.Rules;

/// <summary>Who is shown a rule's findings: the village's cadre, the township's reviewer, the owning department.</summary>
[Flags]
public enum RuleAudience
{
    None = 0,
    Cadre = 1,
    Reviewer = 2,
    Department = 4,
}
