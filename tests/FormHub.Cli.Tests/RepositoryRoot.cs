using System.Runtime.CompilerServices;

namespace FormHub.Cli.Tests;

/// <summary>Finds the repository root (the folder holding FormHub.sln) so tests can use the shipped form-templates/.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Locate();

    /// <summary>The shipped form-templates folder.</summary>
    public static string Templates => Combine("form-templates");

    /// <summary>The shipped demo region list.</summary>
    public static string DemoRegions => Combine("form-templates", "regions", "demo-county.csv");

    private static string Locate([CallerFilePath] string sourceFile = "")
    {
        // With --artifacts-path the build output lies outside the repository, so fall back to this source file's folder.
        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Path.GetDirectoryName(sourceFile) ?? "" })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "FormHub.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException($"FormHub.sln not found above {AppContext.BaseDirectory} or {sourceFile}");
    }

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
