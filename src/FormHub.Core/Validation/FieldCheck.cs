using System.Diagnostics.CodeAnalysis;
using FormHub.Core.Text;

namespace FormHub.Core.Validation;

/// <summary>
/// The outcome of checking one field value: the value in the field type's canonical CLR type
/// (string, long, decimal, DateOnly, bool, or null when empty), or a message that begins with the field's label.
/// </summary>
/// <param name="Value">The canonical value; null when empty or invalid.</param>
/// <param name="Error">What is wrong; null when valid.</param>
public readonly record struct FieldCheck(object? Value, LocalizedText? Error)
{
    /// <summary>True when the value was accepted.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Error is null;

    /// <summary>An accepted value (possibly null for an empty optional field).</summary>
    public static FieldCheck Ok(object? value) => new(value, null);

    /// <summary>A rejected value with the reason.</summary>
    public static FieldCheck Fail(LocalizedText error) => new(null, error);
}
