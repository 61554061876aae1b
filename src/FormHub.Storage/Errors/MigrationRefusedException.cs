using FormHub.Core.Text;

namespace FormHub.Storage.Errors;

/// <summary>
/// <c>formhub migrate</c> refused before writing anything: the target already holds data, the source is not a FormHub
/// database, or a village's chain in the source does not verify.
/// </summary>
public sealed class MigrationRefusedException(string zh, string en) : StoreException(new LocalizedText(zh, en));
