namespace FormHub.Storage.Tests.Postgres;

/// <summary>
/// The Marten engine's connection settings (<see cref="FormHubStoreFactory.DataSourceBuilder"/>): automatic preparation is
/// on unless the connection string sets it, and a connection string can turn it off with <c>Max Auto Prepare=0</c>.
/// </summary>
public sealed class MartenConnectionSettingsTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Username=postgres", 64)]
    [InlineData("Host=127.0.0.1;Username=postgres;Max Auto Prepare=0", 0)]
    [InlineData("Host=127.0.0.1;Username=postgres;maxautoprepare=0", 0)]
    [InlineData("Host=127.0.0.1;Username=postgres;MAX AUTO PREPARE=0", 0)]
    [InlineData("Host=127.0.0.1;Username=postgres;Max Auto Prepare=10", 10)]
    public void AutomaticPreparationIsOnUnlessTheConnectionStringSetsItZeroIncluded(string connectionString, int expected)
    {
        var builder = FormHubStoreFactory.DataSourceBuilder(connectionString);
        Assert.Equal(expected, builder.ConnectionStringBuilder.MaxAutoPrepare);
        Assert.True(builder.ConnectionStringBuilder.NoResetOnClose);
    }
}
