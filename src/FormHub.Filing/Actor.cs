namespace FormHub.Filing;

/// <summary>
/// Who takes a workflow step: a signed-in user (<see cref="Reason"/> null), or an admin acting from the command line
/// on a township's behalf (代办), whose reason is recorded in the audit trail with the step.
/// </summary>
public sealed record Actor(string UserName, string? Reason = null)
{
    /// <summary>The audit detail of a step: the step's own detail, plus the recorded reason when acting on someone's behalf.</summary>
    public string? Recorded(string? detail) => Reason is null ? detail
        : string.IsNullOrEmpty(detail) ? $"管理员代办：{Reason}" : $"{detail}（管理员代办：{Reason}）";
}
