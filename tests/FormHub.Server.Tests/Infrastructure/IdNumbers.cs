namespace FormHub.Server.Tests.Infrastructure;

/// <summary>Citizen ID numbers (GB 11643-1999) for test input: valid ones, and ones with a wrong check digit.</summary>
internal static class IdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckDigits = "10X98765432";

    /// <summary>A valid number: area 360835, the birth date, a sequence number (odd for men).</summary>
    public static string Valid(DateOnly birth, int sequence) => WithCheckDigit($"360835{birth:yyyyMMdd}{sequence:D3}");

    /// <summary>The same 17 digits with a check digit that does not fit.</summary>
    public static string WrongCheckDigit(DateOnly birth, int sequence)
    {
        var valid = Valid(birth, sequence);
        return valid[..17] + (valid[17] == '0' ? '1' : '0');
    }

    private static string WithCheckDigit(string first17) =>
        first17 + CheckDigits[first17.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11];
}
