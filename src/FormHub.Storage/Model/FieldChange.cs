namespace FormHub.Storage.Model;

/// <summary>One field's value before and after an event.</summary>
public sealed record FieldChange(string Field, object? Old, object? New);
