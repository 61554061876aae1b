namespace FormHub.Storage.Templates;

/// <summary>报表准入的决定.</summary>
public enum AdmissionVerdict
{
    /// <summary>准入.</summary>
    Admitted,

    /// <summary>不予准入.</summary>
    Refused,

    /// <summary>合并到某报表 (named in <see cref="AdmissionDecision.MergeInto"/>).</summary>
    Merged,
}
