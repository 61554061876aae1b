using FormHub.Core.OrgUnits;

namespace FormHub.Scripting;

/// <summary>The org unit a row is for, exposed to scripts as <c>unit</c> (code, name, level).</summary>
public sealed record ScriptUnit(string Code, string Name, OrgLevel Level);
