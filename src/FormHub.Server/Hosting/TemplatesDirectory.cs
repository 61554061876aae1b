namespace FormHub.Server.Hosting;

/// <summary>Finds the shipped form-templates folder when no setting names one: upwards from the working directory, then from the binaries.</summary>
internal static class TemplatesDirectory
{
    public const string FolderName = "form-templates";

    public static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, FolderName);
                if (Directory.Exists(Path.Combine(candidate, "catalog"))) return candidate;
            }
        }
        return null;
    }
}
