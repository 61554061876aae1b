namespace FormHub.Storage.Model;

/// <summary>A value held under a field, as its stored JSON text, and how many records or periodic values hold it.</summary>
public sealed record StoredValueCount(string Json, long Count);
