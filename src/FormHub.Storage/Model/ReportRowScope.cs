using FormHub.Core.OrgUnits;

namespace FormHub.Storage.Model;

/// <summary>
/// The rows of one level under a unit for a template version and period: what one rollup reads of its children (a
/// township's villages, a county's townships), asked for many at once by a live pass.
/// </summary>
public sealed record ReportRowScope(string TemplateId, int Version, string Period, string UnderUnit, OrgLevel Level);
