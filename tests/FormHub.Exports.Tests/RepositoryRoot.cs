using System.Runtime.CompilerServices;

namespace FormHub.Exports.Tests;

/// <summary>Finds the repository root (the folder holding FormHub.sln) so tests can read form-templates/.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Locate();

    private static string Locate([CallerFilePath] string sourceFile = "")
    {
        // The build output usually lies inside the repository; with --artifacts-path elsewhere it does not,
        // so fall back to where this source file was compiled from.
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
