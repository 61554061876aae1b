namespace FormHub.Storage.Model;

/// <summary>Where a change came from; recorded on every event.</summary>
public enum ChangeSource
{
    /// <summary>Typed into the cadre's form.</summary>
    Form,
    /// <summary>Loaded from a file (import, seed).</summary>
    Import,
    /// <summary>Sent by another system through the API.</summary>
    Api,
}
