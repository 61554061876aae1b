using FormHub.Server.Hosting;
using FormHub.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Tests;

/// <summary>
/// The department settings are checked at start like the other polling settings: a poll of 0 ms would spin the notifier
/// and the webhook sender against the database (-1 ms would stop both for good), no attempts would fail every webhook
/// unsent. Checked on the server's own options pipeline (AddFormHub), without starting a server.
/// </summary>
public sealed class DepartmentSettingsTests
{
    [Theory]
    [InlineData("MaterializerPollMilliseconds", "0")] // checked already: the same pipeline refuses it
    [InlineData("NotifierPollMilliseconds", "0")]
    [InlineData("NotifierPollMilliseconds", "-1")]
    [InlineData("WebhookMaxAttempts", "0")]
    [InlineData("WebhookFirstRetrySeconds", "-30")]
    public void AnImpossibleNotifierOrWebhookSettingIsRefused(string setting, string value)
    {
        using var services = OptionsWith(setting, value);
        var refused = Record.Exception(() => services.GetRequiredService<IOptions<FormHubServerOptions>>().Value);
        Assert.True(refused is OptionsValidationException, $"FormHub:{setting} = {value} was accepted");
        Assert.Contains(setting, refused.Message);
    }

    [Fact]
    public void TheTestServersSettingsAreAccepted()
    {
        using var services = OptionsWith("NotifierPollMilliseconds", "100");
        var options = services.GetRequiredService<IOptions<FormHubServerOptions>>().Value;
        Assert.Equal(100, options.NotifierPollMilliseconds);
        Assert.Equal(30, options.WebhookFirstRetrySeconds);
        Assert.Equal(5, options.WebhookMaxAttempts);
        Assert.False(options.WebhookAllowPrivateAddresses);
    }

    private static ServiceProvider OptionsWith(string setting, string value)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["FormHub:TemplatesDirectory"] = RepositoryRoot.Templates;
        builder.Configuration["FormHub:DataDirectory"] = Path.Combine(Path.GetTempPath(), "formhub-settings-tests-unused");
        builder.Configuration["FormHub:PostgresConnectionString"] = "";
        builder.Configuration[$"FormHub:{setting}"] = value;
        builder.AddFormHub();
        return builder.Services.BuildServiceProvider();
    }
}
