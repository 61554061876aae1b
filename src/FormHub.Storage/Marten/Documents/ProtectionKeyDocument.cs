namespace FormHub.Storage.Marten.Documents;

/// <summary>One key of the sign-in cookie key ring (ASP.NET Core data protection XML), by its name.</summary>
public sealed record ProtectionKeyDocument(string Id, string Xml);
