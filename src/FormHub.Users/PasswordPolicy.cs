using System.Reflection;
using FormHub.Core.Text;

namespace FormHub.Users;

/// <summary>
/// 密码规则: at least <see cref="MinimumLength"/> characters, not the user name (in any case, nor reversed), and not one of
/// the 10,000 most common passwords (common-passwords.txt, shipped in this assembly; see COMMON-PASSWORDS-LICENSE.txt).
/// Length beats composition rules (NIST SP 800-63B): no "one digit, one capital" rule that people meet with "Password1".
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 10;

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommon);

    /// <summary>How many common passwords are refused (10,000 unless the shipped list was changed).</summary>
    public static int CommonCount => Common.Value.Count;

    /// <summary>Null when <paramref name="password"/> may be used by <paramref name="userName"/>, else why not.</summary>
    public static LocalizedText? Check(string userName, string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
            return new($"密码至少需要 {MinimumLength} 个字符", $"The password needs at least {MinimumLength} characters");
        var lower = password.Trim().ToLowerInvariant();
        var name = userName.Trim().ToLowerInvariant();
        if (name.Length > 0 && (lower == name || lower == new string(name.Reverse().ToArray())))
            return new("密码不能与用户名相同", "The password must not be the user name");
        if (Common.Value.Contains(lower))
            return new("这是最常用的一万个密码之一，容易被猜中，请换一个", "This is one of the 10,000 most common passwords; choose another");
        return null;
    }

    private static HashSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("FormHub.Users.common-passwords.txt")
                           ?? throw new InvalidOperationException("common-passwords.txt is missing from FormHub.Users");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Trim() is { Length: > 0 } word) set.Add(word.ToLowerInvariant());
        return set;
    }
}
