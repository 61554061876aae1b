using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Scripting.Compilation;

namespace FormHub.Reports;

/// <summary>What to re-derive for one village: the (template version, period) pairs a change touched.</summary>
public sealed record VillageWork(OrgUnit Village, IReadOnlyCollection<(CompiledTemplate Template, Period Period)> Work);
