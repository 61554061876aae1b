namespace FormHub.Import;

/// <summary>How far an import is: rows checked, then written.</summary>
public readonly record struct ImportProgress(string StageZh, int Done, int Total);
