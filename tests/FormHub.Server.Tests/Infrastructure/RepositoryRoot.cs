using System.Runtime.CompilerServices;

namespace FormHub.Server.Tests.Infrastructure;

/// <summary>Finds the shipped form-templates folder: upwards from the test binaries, else from this source file (builds with --artifacts-path live outside the repository).</summary>
internal static class RepositoryRoot
{
    public static string Templates { get; } = Locate();

    private static string Locate([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "" })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "form-templates");
                if (Directory.Exists(Path.Combine(candidate, "catalog"))) return candidate;
            }
        }
        throw new InvalidOperationException($"form-templates/ not found above {AppContext.BaseDirectory} or {sourceFile}");
    }
}
