using FormHub.Core.Text;

namespace FormHub.Reports.Templates;

/// <summary>A stored template the library left out because a version no longer passes the checker, with every problem (file = its version's name).</summary>
public sealed record BrokenTemplate(string TemplateId, IReadOnlyList<SourceProblem> Problems);
