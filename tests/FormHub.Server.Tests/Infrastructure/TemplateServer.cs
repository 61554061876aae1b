namespace FormHub.Server.Tests.Infrastructure;

/// <summary>
/// A seeded county of its own for the template tests: they publish and stop templates, which every other test's
/// server would otherwise see.
/// </summary>
public sealed class TemplateServer : ServerFixture;

[CollectionDefinition(Name)]
public sealed class TemplateServerCollection : ICollectionFixture<TemplateServer>
{
    public const string Name = "Template server";
}
