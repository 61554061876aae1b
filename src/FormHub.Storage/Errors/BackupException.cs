using FormHub.Core.Text;

namespace FormHub.Storage.Errors;

/// <summary>A backup or restore that was refused or failed (the target kept as it was, or left empty).</summary>
public sealed class BackupException(string zh, string en) : StoreException(new LocalizedText(zh, en));
