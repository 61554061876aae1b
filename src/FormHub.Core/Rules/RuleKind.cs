namespace FormHub.Core.Rules;

/// <summary>
/// What a record rule is for: a <see cref="Check"/> (智能校验) flags records whose facts contradict each other; an
/// <see cref="Eligibility"/> rule (免申即享) selects records meeting a benefit's criteria so they can be compared with what is paid.
/// </summary>
public enum RuleKind
{
    Check,
    Eligibility,
}
