using FormHub.Core.Text;

namespace FormHub.Reports.CatalogChanges;

/// <summary>
/// One thing a catalog change would break: a report template in force (<see cref="TemplateId"/>) or values already
/// stored (<see cref="ValueCount"/> of them, a few shown in <see cref="Examples"/>).
/// </summary>
public sealed record CatalogBreak(LocalizedText Message, string? TemplateId = null, long ValueCount = 0, IReadOnlyList<string>? Examples = null);
