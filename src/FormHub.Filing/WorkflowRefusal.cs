using FormHub.Core.Text;
using FormHub.Storage.Errors;

namespace FormHub.Filing;

/// <summary>
/// A submission step that is not allowed now (submitting twice, approving a draft, returning without a comment,
/// submitting with failing error-level checks); nothing was changed. <see cref="Kind"/> says whether the request itself was wrong or the month's state forbids it.
/// </summary>
public sealed class WorkflowRefusal(LocalizedText message, RefusalKind kind, IReadOnlyList<CheckView>? failing = null) : StoreException(message)
{
    public RefusalKind Kind { get; } = kind;

    public IReadOnlyList<CheckView> Failing { get; } = failing ?? [];
}
