namespace FormHub.Import;

/// <summary>What an import found and did.</summary>
/// <param name="FileName">The imported file's name.</param>
/// <param name="Sha256">The file's SHA-256 (hex), recorded in every event.</param>
/// <param name="Mode">Dry run, all or nothing, or valid rows only.</param>
/// <param name="HeaderRow">1-based row of the header found.</param>
/// <param name="Problems">Every problem, by row and column.</param>
/// <param name="DataRows">Rows below the header that hold any value.</param>
/// <param name="Created">Records that were (dry run: would be) created.</param>
/// <param name="Changed">Records or periodic values that were (would be) changed.</param>
/// <param name="Unchanged">Rows whose values are already stored as they are.</param>
/// <param name="RejectedRows">Rows with problems (1-based sheet rows).</param>
/// <param name="Written">True when the store was written.</param>
public sealed record ImportResult(
    string FileName,
    string Sha256,
    ImportMode Mode,
    int HeaderRow,
    int DataRows,
    int Created,
    int Changed,
    int Unchanged,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<int> RejectedRows,
    bool Written)
{
    /// <summary>One Chinese line: <c>共 120 行：新增 3 条，修改 5 项，无变化 110 行，有问题 2 行</c>.</summary>
    public string SummaryZh =>
        $"共 {DataRows} 行：{(Mode == ImportMode.DryRun ? "将" : "")}新增 {Created} 条，{(Mode == ImportMode.DryRun ? "将" : "")}修改 {Changed} 项，无变化 {Unchanged} 行，有问题 {RejectedRows.Count} 行";
}
