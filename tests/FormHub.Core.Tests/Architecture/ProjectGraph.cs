using System.Text.Json;
using System.Xml.Linq;

namespace FormHub.Core.Tests.Architecture;

/// <summary>
/// What a project under src/ depends on, read from the project files themselves: its SDK, framework references,
/// package references and project references — followed transitively — and, once restored, every package NuGet
/// resolved for it (obj/project.assets.json), so a package that drags ASP.NET Core in behind another is seen too.
/// </summary>
internal static class ProjectGraph
{
    public static string ProjectFile(string name) => RepositoryRoot.Combine("src", name, name + ".csproj");

    /// <summary>The project and every project it references, directly or not (full paths).</summary>
    public static IReadOnlyList<string> Closure(string projectFile)
    {
        var seen = new List<string>();
        var pending = new Stack<string>([Path.GetFullPath(projectFile)]);
        while (pending.TryPop(out var file))
        {
            if (seen.Contains(file)) continue;
            seen.Add(file);
            foreach (var reference in Items(file, "ProjectReference"))
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, reference)));
        }
        return seen;
    }

    /// <summary>Every ASP.NET Core dependency of the project or anything it references, described (empty when there is none).</summary>
    public static IReadOnlyList<string> AspNetCoreDependencies(string projectFile)
    {
        var found = new List<string>();
        foreach (var file in Closure(projectFile))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var sdk = XDocument.Load(file).Root?.Attribute("Sdk")?.Value ?? "";
            if (sdk.StartsWith("Microsoft.NET.Sdk.Web", StringComparison.Ordinal)) found.Add($"{name}: Sdk=\"{sdk}\"");
            found.AddRange(Items(file, "FrameworkReference").Where(r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)).Select(r => $"{name}: FrameworkReference {r}"));
            found.AddRange(Items(file, "PackageReference").Where(IsAspNetCore).Select(r => $"{name}: PackageReference {r}"));
        }
        found.AddRange(RestoredPackages(projectFile).Where(IsAspNetCore).Select(p => $"{Path.GetFileNameWithoutExtension(projectFile)}: restores {p}"));
        found.AddRange(RestoredFrameworks(projectFile).Where(f => f.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal))
            .Select(f => $"{Path.GetFileNameWithoutExtension(projectFile)}: framework {f}"));
        return found;
    }

    /// <summary>Every project (by name) and package the project depends on, directly or not.</summary>
    public static IReadOnlyList<string> Dependencies(string projectFile) =>
        Closure(projectFile).Skip(1).Select(Path.GetFileNameWithoutExtension).Select(n => n!)
            .Concat(Closure(projectFile).SelectMany(f => Items(f, "PackageReference")))
            .Concat(RestoredPackages(projectFile))
            .Distinct().ToList();

    private static bool IsAspNetCore(string package) =>
        package.StartsWith("Microsoft.AspNetCore.", StringComparison.OrdinalIgnoreCase)
        || package.Equals("Microsoft.Extensions.Identity.Core", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Items(string projectFile, string item) =>
        XDocument.Load(projectFile).Descendants(item).Select(e => e.Attribute("Include")?.Value).OfType<string>();

    private static JsonDocument? Assets(string projectFile)
    {
        var path = Path.Combine(Path.GetDirectoryName(projectFile)!, "obj", "project.assets.json");
        return File.Exists(path) ? JsonDocument.Parse(File.ReadAllText(path)) : null;
    }

    private static IEnumerable<string> RestoredPackages(string projectFile)
    {
        using var assets = Assets(projectFile);
        if (assets is null) return [];
        return assets.RootElement.GetProperty("libraries").EnumerateObject()
            .Where(l => l.Value.GetProperty("type").GetString() == "package").Select(l => l.Name.Split('/')[0]).ToList();
    }

    private static IEnumerable<string> RestoredFrameworks(string projectFile)
    {
        using var assets = Assets(projectFile);
        if (assets is null) return [];
        return assets.RootElement.GetProperty("project").GetProperty("frameworks").EnumerateObject()
            .SelectMany(f => f.Value.TryGetProperty("frameworkReferences", out var refs) ? refs.EnumerateObject().Select(r => r.Name) : [])
            .ToList();
    }
}
