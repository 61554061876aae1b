using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Templates;
using FormHub.Core.Validation;
using FormHub.Scripting;
using FormHub.Scripting.Compilation;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Reports.Tests;

/// <summary>A store on a temp SQLite file (or the test PostgreSQL) with the shipped catalog and demo regions.</summary>
public sealed class ReportFixture : IAsyncDisposable
{
    public const string County = "360835000000";
    public const string Township = "360835100000";
    public const string VillageA = "360835100200";
    public const string VillageB = "360835100201";
    public static readonly DateOnly Jan1 = new(2026, 1, 1);

    /// <summary>One monthly column, 低保人数 summed over households 在保: the smallest template whose rows move with a save.</summary>
    public const string DibaoPersonsTemplate = """
        id: dibao
        version: 1
        title: 低保月报
        department: 民政
        period: monthly
        columns:
          - id: persons
            title: 低保人数
            value: "sum(households, 'dibao_persons', {dibao_status: '在保'})"
        """;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "formhub-reports-" + Guid.NewGuid().ToString("N"));
    private string? _schema;
    private string? _server;

    public IFormHubStore Store { get; private set; } = null!;
    public FieldCatalog Catalog { get; } = CatalogLoader.LoadDirectory(Path.Combine(RepositoryRoot.Path, "form-templates", "catalog"));

    /// <summary>
    /// A fixture on SQLite, or with <paramref name="postgres"/> on PostgreSQL (Marten), on the server <paramref name="server"/>
    /// (default: FORMHUB_TEST_POSTGRES's).
    /// </summary>
    public static async Task<ReportFixture> CreateAsync(bool postgres = false, TimeProvider? clock = null, string? server = null)
    {
        var f = new ReportFixture();
        var options = new StorageOptions { DataDirectory = f._dir };
        if (postgres)
        {
            f._schema = "r_" + Guid.NewGuid().ToString("N");
            f._server = server ?? (Environment.GetEnvironmentVariable("FORMHUB_TEST_POSTGRES") is { Length: > 0 } cs ? cs
                : throw new InvalidOperationException("FORMHUB_TEST_POSTGRES is not set: run the tests with ./test.sh"));
            options = options with
            {
                PostgresConnectionString = f._server,
                PostgresSchema = f._schema,
            };
        }
        f.Store = await FormHubStoreFactory.OpenAsync(options, f.Catalog, clock);
        var regions = RegionCsvReader.ReadFile(Path.Combine(RepositoryRoot.Path, "form-templates", "regions", "demo-county.csv"));
        await f.Store.SaveRegionsAsync(regions.All);
        return f;
    }

    /// <summary>A second SQLite store on a copy of this one's database as it stands now (VACUUM INTO), as a backup copy or a test fixture's clone is.</summary>
    public async Task<ReportFixture> CopySqliteAsync(TimeProvider? clock = null)
    {
        var copy = new ReportFixture();
        Directory.CreateDirectory(copy._dir);
        await ExecuteSqlAsync($"VACUUM INTO '{Path.Combine(copy._dir, "formhub.db")}'", "");
        copy.Store = await FormHubStoreFactory.OpenAsync(new StorageOptions { DataDirectory = copy._dir }, copy.Catalog, clock);
        return copy;
    }

    public CompiledTemplate Compile(string yaml) => new TemplateCompiler(Catalog).Compile(TemplateLoader.Load("test.yaml", yaml));

    public ReportDeriver Deriver(params CompiledTemplate[] templates) =>
        new(Store, new TemplateLibrary(templates), new TemplateEvaluator(), new NarrativeRenderer());

    public async Task<Guid> AddHouseholdAsync(string village, string name, string dibao, int persons, DateOnly? from = null)
    {
        var s = Store.OpenSession("test", ChangeSource.Import);
        var id = s.Create("household", village, new Dictionary<string, object?> { ["name"] = name, ["dibao_status"] = dibao, ["dibao_persons"] = persons }, from ?? Jan1);
        await s.SaveChangesAsync();
        return id;
    }

    /// <summary>
    /// Runs SQL straight against the database, past the store: how a test gets data the store would never write
    /// (what a hand edit in the database or a defect could leave). Unqualified table names.
    /// </summary>
    public async Task ExecuteSqlAsync(string sqlite, string postgres)
    {
        if (_schema is null)
        {
            await using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_dir, "formhub.db")}");
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = sqlite;
            await cmd.ExecuteNonQueryAsync();
        }
        else
        {
            await using var c = new Npgsql.NpgsqlConnection(_server);
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = $"SET search_path TO \"{_schema}\"; {postgres}";
            await cmd.ExecuteNonQueryAsync();
        }
    }

    /// <summary>
    /// Sets a record's field to <paramref name="json"/> past the store, in whichever engine's tables hold it (SQLite's
    /// <c>entities.data</c>, the Marten engine's <c>mt_doc_entities.data -&gt; 'data'</c>).
    /// </summary>
    public Task StoreFieldPastTheStoreAsync(Guid id, string field, string json) => ExecuteSqlAsync(
        $"UPDATE entities SET data = json_set(data, '$.{field}', json('{json}')) WHERE id = '{id}'",
        $"UPDATE mt_doc_entities SET data = jsonb_set(data, ARRAY['data', '{field}'], '{json}'::jsonb) WHERE id = '{id}'");

    public static string IdNumber(int year, int month, int day, int serial)
    {
        var first17 = $"360835{year:D4}{month:D2}{day:D2}{serial:D3}";
        return first17 + ChineseIdNumber.ComputeCheckCharacter(first17);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
        if (_schema is not null)
        {
            await using var c = new Npgsql.NpgsqlConnection(_server);
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = $"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE";
            await cmd.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>Finds the repository root (the folder holding FormHub.sln) from the test binaries or this source file.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Path.GetDirectoryName(source)! })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "FormHub.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("FormHub.sln not found above the test binaries");
    }
}
