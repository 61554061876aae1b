namespace FormHub.Reports.Tests;

/// <summary>
/// A clock standing on a fixed day, for tests whose data runs past the real today (facts of 2027 in a yearly report):
/// the store refuses facts dated after its today.
/// </summary>
internal sealed class LaterClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>2028-01-01 in China: after every date the golden data uses.</summary>
    public static readonly LaterClock AfterTheGoldenData = new(new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)));

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
