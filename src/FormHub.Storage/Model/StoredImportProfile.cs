namespace FormHub.Storage.Model;

/// <summary>
/// A saved 导入方案 (import mapping profile) as the store keeps it: the profile itself is JSON owned by FormHub.Import,
/// so the store neither knows nor constrains its shape.
/// </summary>
/// <param name="Name">The profile's name, unique.</param>
/// <param name="EntityType">"person" or "household", so a list can be filtered without reading the JSON.</param>
/// <param name="Json">The profile (FormHub.Import's MappingProfile) as JSON.</param>
/// <param name="SavedBy">Who saved it last.</param>
/// <param name="SavedAt">When it was saved last.</param>
public sealed record StoredImportProfile(string Name, string EntityType, string Json, string SavedBy, DateTimeOffset SavedAt);
