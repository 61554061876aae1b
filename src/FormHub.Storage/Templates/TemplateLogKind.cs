namespace FormHub.Storage.Templates;

/// <summary>What one entry of the template log records.</summary>
public enum TemplateLogKind
{
    /// <summary>发布: a new version (its YAML and <c>effective_from</c>).</summary>
    Published,

    /// <summary>停报: the report is no longer filed from a period on.</summary>
    Stopped,

    /// <summary>恢复报送: a stop is lifted.</summary>
    Resumed,
}
