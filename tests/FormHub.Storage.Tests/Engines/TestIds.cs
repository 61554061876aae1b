using FormHub.Core.Validation;

namespace FormHub.Storage.Tests.Engines;

/// <summary>Valid 居民身份证号码 for test residents.</summary>
public static class TestIds
{
    public static string IdNumber(int year, int month, int day, int serial)
    {
        var first17 = $"361025{year:D4}{month:D2}{day:D2}{serial:D3}";
        return first17 + ChineseIdNumber.ComputeCheckCharacter(first17);
    }
}
