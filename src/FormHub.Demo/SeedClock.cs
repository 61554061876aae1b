namespace FormHub.Demo;

/// <summary>
/// The store's clock while seeding: set to the moment each part of the history was recorded (the import at go-live,
/// each month's payments, each change a cadre enters), so events carry believable recording times and the burden
/// figure counts each month's typing in its month. Unset, it is the system clock.
/// </summary>
internal sealed class SeedClock : TimeProvider
{
    public DateTimeOffset? At { get; set; }

    public override DateTimeOffset GetUtcNow() => At?.ToUniversalTime() ?? base.GetUtcNow();
}
