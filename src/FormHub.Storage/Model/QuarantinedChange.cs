namespace FormHub.Storage.Model;

/// <summary>
/// A change whose report derivation failed with something other than a script error (a script error only marks its
/// cell): set aside so the live reports go on with every later change, kept with the reason for an admin, and tried
/// again when the templates or the code change.
/// </summary>
/// <param name="Change">The feed entry as read, so it can be derived again without the feed.</param>
/// <param name="Reason">What failed, for the admin page (exception type and message; never shown on the public health check).</param>
/// <param name="LibraryVersion">The template library and code version it failed under: a different one is worth a retry.</param>
/// <param name="QuarantinedAt">When it was first set aside.</param>
/// <param name="Attempts">How many times it has failed.</param>
public sealed record QuarantinedChange(ChangeFeedEntry Change, string Reason, string LibraryVersion, DateTimeOffset QuarantinedAt, int Attempts);
