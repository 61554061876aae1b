using FormHub.Storage.Model;

namespace FormHub.Reports;

/// <summary>
/// The audit actions of the definitions admins decide on — the catalog (数据目录), templates (发布、停报、恢复、导入) and
/// admission decisions (报表准入). They are written in the same transaction as the change and listed on the admins'
/// audit page beside account changes; their detail starts with <c>subject:</c> (the field key or the template id).
/// The definitions are the whole store's, so their lines carry no unit and every admin sees them.
/// </summary>
public static class DefinitionsAudit
{
    public const string FieldAdded = "catalog.add";
    public const string FieldChanged = "catalog.change";
    public const string FieldRemoved = "catalog.remove";
    public const string Published = "template.publish";
    public const string Stopped = "template.stop";
    public const string Resumed = "template.resume";
    public const string Imported = "template.import";
    public const string LayoutUploaded = "template.layout";
    public const string Decided = "admission.decide";

    /// <summary>Every action prefix of the definitions' audit lines.</summary>
    public static readonly IReadOnlyList<string> All = ["catalog.", "template.", "admission."];

    public static AuditEntry Entry(DateTimeOffset at, string user, string action, string subject, string text) =>
        new(0, at, user, action, null, null, $"{subject}: {text}");
}
