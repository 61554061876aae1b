namespace FormHub.Core.Tests.Architecture;

/// <summary>
/// The layering docs/architecture.md draws, kept by the build's own inputs: no domain project (nor the command line)
/// reaches ASP.NET Core, and the renderers in FormHub.Exports depend on what they render, not on storage, scripting or
/// derivation. A new reference that breaks either rule fails here with the path that brought it in.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>Every project under src/ except the web server.</summary>
    public static TheoryData<string> DomainProjects() => new(DomainProjectNames());

    private static IEnumerable<string> DomainProjectNames() =>
        Directory.GetDirectories(RepositoryRoot.Combine("src")).Select(Path.GetFileName).OfType<string>()
            .Where(n => n != "FormHub.Server" && File.Exists(ProjectGraph.ProjectFile(n))).Order();

    [Theory]
    [MemberData(nameof(DomainProjects))]
    public void NoDomainProjectReferencesAspNetCore(string project)
    {
        Assert.Empty(ProjectGraph.AspNetCoreDependencies(ProjectGraph.ProjectFile(project)));
    }

    [Fact]
    public void TheDomainServicesTheServerAndCommandLineShareExist()
    {
        Assert.Contains("FormHub.Filing", DomainProjectNames());
        Assert.Contains("FormHub.Distribution", DomainProjectNames());
    }

    [Fact]
    public void TheCheckFindsAspNetCoreInTheServer()
    {
        // The rule above is only worth something if it sees a reference where there is one.
        var found = ProjectGraph.AspNetCoreDependencies(ProjectGraph.ProjectFile("FormHub.Server"));
        Assert.Contains(found, f => f.Contains("Microsoft.NET.Sdk.Web", StringComparison.Ordinal));
        Assert.Contains(found, f => f.Contains("Microsoft.AspNetCore.OpenApi", StringComparison.Ordinal));
    }

    [Fact]
    public void ExportsDependOnNeitherStorageNorScriptingNorDerivation()
    {
        var dependencies = ProjectGraph.Dependencies(ProjectGraph.ProjectFile("FormHub.Exports"));
        string[] forbidden = ["FormHub.Storage", "FormHub.Scripting", "FormHub.Reports", "FormHub.Filing", "FormHub.Distribution",
            "Microsoft.Data.Sqlite", "Npgsql", "Jint", "Handlebars.Net"];
        Assert.Empty(dependencies.Intersect(forbidden, StringComparer.OrdinalIgnoreCase));
        Assert.Contains("FormHub.Core", dependencies);
    }

    [Fact]
    public void TheCheckFindsStorageBehindTheDomainServices()
    {
        Assert.Contains("FormHub.Storage", ProjectGraph.Dependencies(ProjectGraph.ProjectFile("FormHub.Distribution")));
    }
}
