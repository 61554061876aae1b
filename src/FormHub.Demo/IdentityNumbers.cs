using System.Globalization;
using FormHub.Core.Validation;

namespace FormHub.Demo;

/// <summary>
/// Issues 居民身份证号码 that are valid and unique in the county: the county's 6-digit address code, the birth date, a
/// 3-digit sequence whose last digit is odd for men and even for women, and the GB 11643 check character.
/// </summary>
internal sealed class IdentityNumbers(string addressCode)
{
    private readonly HashSet<string> _issued = new(StringComparer.Ordinal);

    public string Issue(Random rng, DateOnly birth, Gender gender)
    {
        while (true)
        {
            // Digits 15–16 stand for the registering police station; digit 17 carries the gender.
            var sequence = rng.Next(0, 100) * 10 + rng.Next(0, 5) * 2 + (gender == Gender.Male ? 1 : 0);
            var first17 = addressCode + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D3", CultureInfo.InvariantCulture);
            var id = first17 + ChineseIdNumber.ComputeCheckCharacter(first17);
            if (_issued.Add(id)) return id;
        }
    }
}

/// <summary>Mainland mobile numbers with the three-digit prefixes of the three carriers.</summary>
internal static class MobileNumbers
{
    private static readonly string[] Prefixes =
    [
        "134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159", "178", "182", "183", "187", "188", "198",
        "130", "131", "132", "155", "156", "166", "175", "176", "185", "186",
        "133", "149", "153", "173", "177", "180", "181", "189", "191", "199",
    ];

    public static string Next(Random rng) =>
        rng.Pick(Prefixes) + rng.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
}
