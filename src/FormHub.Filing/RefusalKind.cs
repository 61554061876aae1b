namespace FormHub.Filing;

/// <summary>Why a workflow step was refused: the request itself is incomplete, or the month's state does not allow it now.</summary>
public enum RefusalKind
{
    /// <summary>Something is missing or wrong in what was asked (no comment on a return, failing checks): ask again differently.</summary>
    Invalid,

    /// <summary>The month is not in a state that allows the step (submitting twice, approving a draft).</summary>
    Conflict,
}
