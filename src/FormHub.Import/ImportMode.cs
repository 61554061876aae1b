namespace FormHub.Import;

/// <summary>What an import does with a file that has problems.</summary>
public enum ImportMode
{
    /// <summary>Check every row and write nothing (试导入).</summary>
    DryRun,
    /// <summary>Write the whole file in one transaction, or nothing if any row has a problem.</summary>
    AllOrNothing,
    /// <summary>Write the rows without problems in one transaction; the rest are returned with their problems.</summary>
    ValidRowsOnly,
}
