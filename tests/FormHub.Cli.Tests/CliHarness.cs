using FormHub.Core.Catalog;
using FormHub.Storage;
using FormHub.Storage.Audit;
using FormHub.Storage.Model;

namespace FormHub.Cli.Tests;

/// <summary>What one in-process run of <c>formhub</c> printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Out, string Err)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}--- stderr\n{Err}";
}

/// <summary>
/// A private data directory per test, and a way to run the CLI in-process against it. The CLI sees an empty environment
/// (so FORMHUB_DATA / FORMHUB_POSTGRES of the machine never leak in) and the shipped form-templates unless told otherwise.
/// </summary>
public sealed class CliHarness : IDisposable
{
    public CliHarness()
    {
        Root = Directory.CreateTempSubdirectory("formhub-cli-tests-").FullName;
        DataDirectory = Path.Combine(Root, "data");
        AuditKeyFile = Path.Combine(Root, "keys", "audit.key");
        // Made up front, as an operator would: only the test about first start sees the generated-key warning.
        AuditKeyRing.LoadOrCreate(AuditKeyFile);
    }

    /// <summary>When set, the CLI runs on this PostgreSQL database (FORMHUB_POSTGRES) instead of SQLite.</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>This test's own audit key file, outside its data folder (FORMHUB_AUDIT_KEY_FILE for the CLI).</summary>
    public string AuditKeyFile { get; }

    /// <summary>A temp folder owned by this test; removed on dispose.</summary>
    public string Root { get; }

    public string DataDirectory { get; }

    public string DatabaseFile => Path.Combine(DataDirectory, "formhub.db");

    /// <summary>Runs <c>formhub ARGS --data DIR [--templates shipped]</c>; <paramref name="environment"/> is all the CLI sees of the environment.</summary>
    public Task<CliResult> RunAsync(params string[] args) => RunWithEnvironmentAsync(new Dictionary<string, string>(), args);

    public async Task<CliResult> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var all = args.ToList();
        if (!environment.ContainsKey(AuditKeyRing.FileVariable))
            environment = new Dictionary<string, string>(environment) { [AuditKeyRing.FileVariable] = AuditKeyFile };
        if (PostgresConnectionString is { } postgres && !environment.ContainsKey(StorageOptions.PostgresVariable))
            environment = new Dictionary<string, string>(environment) { [StorageOptions.PostgresVariable] = postgres };
        if (!all.Contains("--data") && !environment.ContainsKey(StorageOptions.DataVariable)) all.AddRange(["--data", DataDirectory]);
        if (!all.Contains("--templates")) all.AddRange(["--templates", RepositoryRoot.Templates]);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await FormHubCli.RunAsync(all.ToArray(), stdout, stderr, name => environment.GetValueOrDefault(name));
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Writes a file under <see cref="Root"/> and returns its path.</summary>
    public string WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Opens the same store the CLI uses, with the shipped catalog, for seeding and for counting rows.</summary>
    public Task<IFormHubStore> OpenStoreAsync() => FormHubStoreFactory.OpenAsync(
        new StorageOptions { DataDirectory = DataDirectory, AuditKeyFile = AuditKeyFile, PostgresConnectionString = PostgresConnectionString },
        CatalogLoader.LoadDirectory(Path.Combine(RepositoryRoot.Templates, "catalog")));

    public async Task<StoreCounts> CountAsync()
    {
        await using var store = await OpenStoreAsync();
        return await store.CountAsync();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
