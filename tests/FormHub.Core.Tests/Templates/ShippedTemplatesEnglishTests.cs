using FormHub.Core.Templates;

namespace FormHub.Core.Tests.Templates;

/// <summary>
/// Issue 14, English mode: every shipped report says its title, each column's title and each check's message in English
/// too (title_en, message_en), so a page in English shows no Chinese report text where the template could have said it.
/// </summary>
public sealed class ShippedTemplatesEnglishTests
{
    [Fact]
    public void EveryShippedTemplateHasEnglishTitlesColumnTitlesAndCheckMessages()
    {
        var missing = new List<string>();
        foreach (var t in TemplateLoader.LoadDirectory(RepositoryRoot.Combine("form-templates", "templates")))
        {
            if (string.IsNullOrWhiteSpace(t.TitleEn)) missing.Add($"{t.Id}: title_en");
            missing.AddRange(t.Columns.Where(c => string.IsNullOrWhiteSpace(c.TitleEn)).Select(c => $"{t.Id}.{c.Id}: title_en"));
            missing.AddRange(t.Checks.Where(c => string.IsNullOrWhiteSpace(c.MessageEn)).Select(c => $"{t.Id}: message_en of “{c.Message}”"));
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }
}
