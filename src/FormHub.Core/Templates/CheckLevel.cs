namespace FormHub.Core.Templates;

/// <summary>Whether a failed check blocks submission (error) or only asks for a second look (warning).</summary>
public enum CheckLevel
{
    Error,
    Warning,
}
