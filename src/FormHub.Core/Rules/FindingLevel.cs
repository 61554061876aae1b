namespace FormHub.Core.Rules;

/// <summary>How serious a record rule's finding is: 错误 (must be fixed), 警告 (look again), 提示 (for information).</summary>
public enum FindingLevel
{
    Error,
    Warning,
    Info,
}
