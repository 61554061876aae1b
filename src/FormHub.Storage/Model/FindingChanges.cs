namespace FormHub.Storage.Model;

/// <summary>What one save of findings did: findings that appeared, were resolved, and stayed open.</summary>
public sealed record FindingChanges(int Appeared, int Resolved, int Open);
