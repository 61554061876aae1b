namespace FormHub.Core.Periods;

/// <summary>Calendar days as Chinese government forms count them: in China Standard Time (UTC+8), whatever the server's zone.</summary>
public static class ChinaClock
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
