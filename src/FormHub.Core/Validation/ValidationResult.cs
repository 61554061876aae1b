using System.Diagnostics.CodeAnalysis;
using FormHub.Core.Text;

namespace FormHub.Core.Validation;

/// <summary>The outcome of checking one input: the parsed value, or a message saying what is wrong with it.</summary>
/// <param name="Value">The parsed value; default when invalid.</param>
/// <param name="Error">What is wrong, in Chinese and English; null when valid.</param>
public readonly record struct ValidationResult<T>(T? Value, LocalizedText? Error)
{
    /// <summary>True when the input was accepted and <see cref="Value"/> holds it.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Error is null;

    /// <summary>An accepted input.</summary>
    public static ValidationResult<T> Ok(T value) => new(value, null);

    /// <summary>A rejected input with the reason.</summary>
    public static ValidationResult<T> Fail(LocalizedText error) => new(default, error);
}
