namespace FormHub.Storage.Tests.Engines;

/// <summary>A clock the test moves by hand, so "today" and recorded-at times are known.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
