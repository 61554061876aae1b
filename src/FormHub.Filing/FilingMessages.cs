using FormHub.Core.Text;

namespace FormHub.Filing;

/// <summary>Messages about filing periods shared by the server and the command line, Chinese first.</summary>
public static class FilingMessages
{
    public static LocalizedText BadPeriod(string text, LocalizedText why) => new($"填报期“{text}”不正确：{why.Zh}", $"Period '{text}' is invalid: {why.En}");
}
