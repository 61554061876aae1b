using System.Net;
using System.Text.Json;
using FormHub.Core.OrgUnits;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage.Model;
using FormHub.Tests.Shared;
using Npgsql;

namespace FormHub.Server.Tests;

/// <summary>
/// A running server whose template folder holds, beside the shipped templates, one template made of every hostile case
/// (<see cref="HostileCases"/>). No demo seeding: the test writes one village's data through the store and the live
/// materializer, running inside the server, derives every template for it.
/// </summary>
public abstract class HostileTemplateServerBase : ServerFixture
{
    public const string Month = "2026-12";

    private readonly string _templates = Directory.CreateTempSubdirectory("formhub-hostile-templates-").FullName;

    protected override ServerSettings Configure(ServerSettings settings)
    {
        foreach (var folder in new[] { "catalog", "templates", "layouts", "regions" })
        {
            Directory.CreateDirectory(Path.Combine(_templates, folder));
            foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Templates, folder)))
                File.Copy(file, Path.Combine(_templates, folder, Path.GetFileName(file)));
        }
        var columns = HostileCases.Failing.Select(c => (c.Column, c.Expression)).Append(("probe", HostileCases.ClrProbe))
            .Append(("poison", HostileCases.Poison)).Append(("hh", "count(households, {dibao_status: '在保'})"));
        File.WriteAllText(Path.Combine(_templates, "templates", "hostile.yaml"), $"""
            id: hostile
            version: 1
            title: 恶意模板
            department: 民政
            period: monthly
            columns:
            {string.Join("\n", columns.Select(c => $"  - id: {c.Item1}\n    title: {c.Item1}\n    value: |\n" + string.Join("\n", c.Item2.Split('\n').Select(l => "      " + l))))}
            """);
        return Reconfigure(settings with { SeedDemo = false, TemplatesDirectory = _templates, MaterializerPollMilliseconds = 100 });
    }

    protected virtual ServerSettings Reconfigure(ServerSettings settings) => settings;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_templates, recursive: true); }
        catch (IOException) { /* cleaned up with the temp folder */ }
    }
}

public sealed class HostileTemplateSqliteServer : HostileTemplateServerBase;

public sealed class HostileTemplatePostgresServer : HostileTemplateServerBase
{
    private readonly string _database = "formhub_hostile_" + Guid.NewGuid().ToString("N")[..16];

    protected override ServerSettings Reconfigure(ServerSettings settings) =>
        settings with { PostgresConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = _database }.ConnectionString };

    public override async Task InitializeAsync()
    {
        if (PostgresServer.ConnectionString is null)
            throw new InvalidOperationException($"{PostgresServer.Variable} is not set: run ./test.sh, or start scripts/postgres-throwaway.sh and export its connection string");
        await using (var connection = new NpgsqlConnection(PostgresServer.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}

public abstract class HostileTemplateTestsBase(HostileTemplateServerBase server)
{
    [Fact]
    public async Task TheLiveMaterializerStopsEveryHostileCellWithAReasonWhileTheRestDerivesAndTheServerKeepsServing()
    {
        var store = server.Store;
        await store.SaveRegionsAsync(RegionCsvReader.ReadFile(Path.Combine(RepositoryRoot.Templates, "regions", "demo-county.csv")).All);
        var session = store.OpenSession("hostile-test", ChangeSource.Import);
        session.Create("household", DemoCounty.Shimen, new Dictionary<string, object?> { ["name"] = "甲", ["dibao_status"] = "在保", ["dibao_persons"] = 3L },
            new DateOnly(2026, 12, 1));
        await session.SaveChangesAsync();

        var deadline = DateTime.UtcNow.AddSeconds(90);
        StoredReportRow? hostile = null, dibao = null;
        while (DateTime.UtcNow < deadline && (hostile is null || dibao is null))
        {
            using var health = await server.Anonymous().GetAsync("/healthz");
            Assert.NotEqual(HttpStatusCode.InternalServerError, health.StatusCode); // answering while the materializer fights the template
            await Task.Delay(200);
            hostile = await store.GetReportRowAsync("hostile", 1, HostileTemplateServerBase.Month, DemoCounty.Shimen);
            dibao = await store.GetReportRowAsync("mz-dibao-monthly", 1, HostileTemplateServerBase.Month, DemoCounty.Shimen);
        }

        Assert.NotNull(hostile);
        Assert.NotNull(dibao);
        using var row = JsonDocument.Parse(hostile.Payload);
        var errors = row.RootElement.GetProperty("errors");
        foreach (var c in HostileCases.Failing)
        {
            var zh = errors.GetProperty(c.Column).GetProperty("zh").GetString()!;
            Assert.Contains($"模板 hostile（第1版）列“{c.Column}”", zh);
            Assert.Contains(c.Reason, zh);
        }
        var values = row.RootElement.GetProperty("values");
        Assert.Equal(1m, values.GetProperty("hh").GetDecimal());
        Assert.Equal(1m, values.GetProperty("poison").GetDecimal());
        Assert.True(HostileCases.ClrProbeFoundNothing(values.GetProperty("probe").GetString()), values.GetProperty("probe").GetString());
        using var dibaoRow = JsonDocument.Parse(dibao.Payload);
        Assert.Equal(1m, dibaoRow.RootElement.GetProperty("values").GetProperty("hh").GetDecimal());
        Assert.Equal(3m, dibaoRow.RootElement.GetProperty("values").GetProperty("persons").GetDecimal());
        Assert.Equal(0, dibaoRow.RootElement.GetProperty("errors").EnumerateObject().Count());
        using var after = await server.Anonymous().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}

public sealed class HostileTemplateSqliteTests(HostileTemplateSqliteServer server)
    : HostileTemplateTestsBase(server), IClassFixture<HostileTemplateSqliteServer>;

public sealed class HostileTemplatePostgresTests(HostileTemplatePostgresServer server)
    : HostileTemplateTestsBase(server), IClassFixture<HostileTemplatePostgresServer>;
