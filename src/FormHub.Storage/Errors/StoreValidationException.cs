using FormHub.Core.Text;

namespace FormHub.Storage.Errors;

/// <summary>A save was refused because some values are invalid; every problem is listed, and nothing was written.</summary>
public sealed class StoreValidationException(IReadOnlyList<FieldError> errors)
    : StoreException(new LocalizedText(
        "保存失败，共 " + errors.Count + " 处错误：" + string.Join("；", errors.Select(e => e.Message.Zh)),
        "Nothing was saved; " + errors.Count + " problem(s): " + string.Join("; ", errors.Select(e => e.Message.En))))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}
