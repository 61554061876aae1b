using System.Security.Cryptography;
using System.Text;

namespace FormHub.Storage.Audit;

/// <summary>
/// The keys of the event hash chain (审计密钥), read from a file kept outside the database: whoever can rewrite the
/// database but cannot read this file cannot forge a chain that verifies. The file holds one key a line,
/// <c>id base64</c>; the last line is the key new events are signed with, earlier ones stay so events signed before a
/// rotation still verify.
/// </summary>
public sealed class AuditKeyRing
{
    private readonly Dictionary<string, AuditKey> _keys;

    private AuditKeyRing(string filePath, IReadOnlyList<AuditKey> keys, bool createdNow)
    {
        FilePath = filePath;
        Keys = keys;
        Current = keys[^1];
        CreatedNow = createdNow;
        _keys = keys.ToDictionary(k => k.Id, StringComparer.Ordinal);
    }

    /// <summary>Environment variable naming the key file.</summary>
    public const string FileVariable = "FORMHUB_AUDIT_KEY_FILE";

    public string FilePath { get; }

    public IReadOnlyList<AuditKey> Keys { get; }

    /// <summary>The key new events and chain heads are signed with (the file's last line).</summary>
    public AuditKey Current { get; }

    /// <summary>True when this start generated the file: nothing guarded the chain before, and the file must be kept safe.</summary>
    public bool CreatedNow { get; }

    public AuditKey? Find(string id) => _keys.GetValueOrDefault(id);

    /// <summary>
    /// The default place of the key file when none is configured: the user's configuration folder, so that it is not
    /// copied with the data folder or the database.
    /// </summary>
    public static string DefaultPath(string dataDirectory)
    {
        var config = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData);
        return config.Length > 0
            ? Path.Combine(config, "formhub", "audit.key")
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dataDirectory)) ?? ".", "formhub-audit.key");
    }

    /// <summary>A Chinese warning for the operator when the key file was generated on this start (demo mode).</summary>
    public string? Warning => CreatedNow
        ? $"已生成新的审计密钥文件 {FilePath}（演示模式）。事件哈希链用它签名：请备份该文件，并存放在数据库和数据目录之外" +
          $"（配置 FormHub:AuditKeyFile 或环境变量 {FileVariable}）；丢失密钥后旧事件将无法核验，能读取它的人可以伪造哈希链。"
        : null;

    /// <summary>Reads the key file, creating it with one fresh key when it does not exist yet.</summary>
    public static AuditKeyRing LoadOrCreate(string path)
    {
        var full = Path.GetFullPath(path);
        var created = false;
        if (!File.Exists(full))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var temp = full + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temp, Header + Line(NewKey(1)), Encoding.UTF8);
            RestrictToOwner(temp);
            try
            {
                // Two processes starting at once: the first file wins and the other reads it.
                File.Move(temp, full, overwrite: false);
                created = true;
            }
            catch (IOException) when (File.Exists(full))
            {
                File.Delete(temp);
            }
        }
        return new AuditKeyRing(full, Parse(full), created);
    }

    /// <summary>Adds a new current key to the file (key rotation); older keys stay for verifying older events.</summary>
    public static AuditKeyRing Rotate(string path)
    {
        var ring = LoadOrCreate(path);
        var number = ring.Keys.Select(k => k.Id.StartsWith('k') && int.TryParse(k.Id[1..].Split('.')[0], out var n) ? n : 0).Max() + 1;
        File.AppendAllText(ring.FilePath, Line(NewKey(number)), Encoding.UTF8);
        return new AuditKeyRing(ring.FilePath, Parse(ring.FilePath), createdNow: false);
    }

    private const string Header = "# FormHub 审计密钥：每行“编号 密钥(base64)”，最后一行为当前密钥。勿删除旧行，勿放入数据库。\n";

    /// <summary>Ids are numbered for people and carry a random part, so two key files never share an id.</summary>
    private static AuditKey NewKey(int number) =>
        new($"k{number}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}", RandomNumberGenerator.GetBytes(32));

    private static string Line(AuditKey key) => $"{key.Id} {Convert.ToBase64String(key.Secret)}\n";

    private static List<AuditKey> Parse(string path)
    {
        var keys = new List<AuditKey>();
        var number = 0;
        foreach (var raw in File.ReadAllLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            byte[]? secret = null;
            if (parts.Length == 2)
            {
                try { secret = Convert.FromBase64String(parts[1]); } catch (FormatException) { }
            }
            if (secret is not { Length: >= 16 })
                throw new InvalidDataException($"审计密钥文件 {path} 第 {number} 行格式不对：应为“编号 base64密钥”（至少 16 字节）");
            if (keys.Any(k => k.Id == parts[0]))
                throw new InvalidDataException($"审计密钥文件 {path} 第 {number} 行：密钥编号 {parts[0]} 重复");
            keys.Add(new AuditKey(parts[0], secret));
        }
        if (keys.Count == 0) throw new InvalidDataException($"审计密钥文件 {path} 中没有密钥");
        return keys;
    }

    private static void RestrictToOwner(string path)
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
