using FormHub.Core.Text;
using FormHub.Storage.Errors;

namespace FormHub.Server.Filing;

/// <summary>
/// A submission step that is not allowed now (submitting twice, approving a draft, returning without a comment,
/// submitting with failing error-level checks); nothing was changed. <see cref="Status"/> is the HTTP status to answer with.
/// </summary>
public sealed class WorkflowRefusal(LocalizedText message, int status, IReadOnlyList<CheckView>? failing = null) : StoreException(message)
{
    public int Status { get; } = status;

    public IReadOnlyList<CheckView> Failing { get; } = failing ?? [];
}
