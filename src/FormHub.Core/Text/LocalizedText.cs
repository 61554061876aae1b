namespace FormHub.Core.Text;

/// <summary>A message in Simplified Chinese (shown by default) with its English counterpart.</summary>
public sealed record LocalizedText(string Zh, string En)
{
    /// <summary>Chooses the text for a culture name such as "zh-CN" or "en"; Chinese unless English is asked for.</summary>
    public string For(string? culture) =>
        culture is not null && culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : Zh;

    public override string ToString() => Zh;
}
