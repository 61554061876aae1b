using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Import;

/// <summary>
/// Named mapping profiles (导入方案) kept in the store, so the browser's import and <c>formhub import</c> — on any machine
/// and with either engine — see the same ones. Stored as readable JSON (Chinese headings unescaped).
/// </summary>
public sealed class MappingProfiles(IImportProfileStore store, TimeProvider clock)
{
    /// <summary>Longest profile name accepted.</summary>
    public const int MaxNameLength = 100;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The profile saved under <paramref name="name"/>, or null.</summary>
    public async Task<MappingProfile?> FindAsync(string name, CancellationToken ct = default) =>
        await store.FindImportProfileAsync(CheckedName(name), ct) is { } stored ? Read(stored) : null;

    /// <summary>Who last saved the profile named <paramref name="name"/>, or null when there is none.</summary>
    public async Task<string?> SavedByAsync(string name, CancellationToken ct = default) =>
        (await store.FindImportProfileAsync(CheckedName(name), ct))?.SavedBy;

    /// <summary>Every saved profile, by name.</summary>
    public async Task<IReadOnlyList<MappingProfile>> ListAsync(CancellationToken ct = default) =>
        (await store.ListImportProfilesAsync(ct)).Select(Read).ToList();

    /// <summary>
    /// Saves <paramref name="profile"/> under its name, replacing one of the same name, with an <c>import-profile</c> audit
    /// line (new or replacing whose, and the whole mapping) in the same transaction.
    /// </summary>
    /// <param name="profile">The mapping to keep.</param>
    /// <param name="savedBy">Who saves it (the audit line's user).</param>
    /// <param name="unit">The area the saver imports into, which the audit line is filed under (null: none, the command line without --unit).</param>
    /// <param name="ct">Cancels the save.</param>
    public async Task SaveAsync(MappingProfile profile, string savedBy, string? unit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var name = CheckedName(profile.Name);
        if (profile.EntityType is not ("person" or "household"))
            throw new ImportFileException($"导入方案“{name}”的实体类型“{profile.EntityType}”无效：只能是 person（人员）或 household（户）");
        var json = JsonSerializer.Serialize(profile with { Name = name }, Json);
        var previous = await store.FindImportProfileAsync(name, ct);
        var now = clock.GetUtcNow();
        var what = previous is null ? "新建" : previous.SavedBy == savedBy ? "修改" : $"替换（原由 {previous.SavedBy} 保存）";
        var audit = new AuditEntry(0, now, savedBy, "import-profile", unit, profile.Period,
            $"{what}导入方案“{name}”（{(profile.EntityType == "person" ? "人员" : "户")}）：{json}");
        await store.SaveImportProfileAsync(new StoredImportProfile(name, profile.EntityType, json, savedBy, now), audit, ct);
    }

    private static MappingProfile Read(StoredImportProfile stored)
    {
        try
        {
            return (JsonSerializer.Deserialize<MappingProfile>(stored.Json, Json) ?? throw new JsonException("null")) with { Name = stored.Name };
        }
        catch (JsonException e)
        {
            throw new ImportFileException($"导入方案“{stored.Name}”无法读取：{e.Message}");
        }
    }

    private static string CheckedName(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > MaxNameLength || trimmed.Any(char.IsControl))
            throw new ImportFileException($"导入方案名“{name}”无效：应为 1 到 {MaxNameLength} 个字符，不能含控制字符");
        return trimmed;
    }
}
