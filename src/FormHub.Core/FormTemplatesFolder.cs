namespace FormHub.Core;

/// <summary>
/// Where the form-templates folder (catalog, templates, layouts, regions) is when nobody names it: the nearest one above
/// the current directory (the README runs from the repository), else above the program's own folder (`dotnet run` from
/// elsewhere). Shared by the command line and the server.
/// </summary>
public static class FormTemplatesFolder
{
    public const string Name = "form-templates";

    /// <summary>The environment variable naming the folder explicitly.</summary>
    public const string Variable = "FORMHUB_TEMPLATES";

    public static string? FindUpwards()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, Name);
                if (Directory.Exists(Path.Combine(candidate, "catalog"))) return candidate;
            }
        }
        return null;
    }
}
