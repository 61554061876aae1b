using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace FormHub.Import;

/// <summary>Named mapping profiles kept as readable JSON files (<c>NAME.json</c>) in one folder.</summary>
public sealed class MappingProfileFolder(string directory)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Chinese headings stay readable in the file.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public string Directory { get; } = directory;

    /// <summary>The profile saved under <paramref name="name"/>, or null.</summary>
    public MappingProfile? Load(string name)
    {
        var path = PathOf(name);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<MappingProfile>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            throw new ImportFileException($"导入方案“{name}”（{path}）无法读取：{e.Message}");
        }
    }

    public void Save(MappingProfile profile)
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(PathOf(profile.Name), JsonSerializer.Serialize(profile, Json));
    }

    public IReadOnlyList<string> Names() => System.IO.Directory.Exists(Directory)
        ? System.IO.Directory.GetFiles(Directory, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList()
        : [];

    private string PathOf(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains("..", StringComparison.Ordinal))
            throw new ImportFileException($"导入方案名“{name}”无效：不能含有 / \\ 等文件名不允许的字符");
        return Path.Combine(Directory, name + ".json");
    }
}
