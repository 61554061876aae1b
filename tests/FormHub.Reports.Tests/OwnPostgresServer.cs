using System.Diagnostics;

namespace FormHub.Reports.Tests;

/// <summary>
/// A PostgreSQL server of the test's own (scripts/postgres-throwaway.sh), for a test that keeps a transaction open for
/// seconds: on the shared server that transaction would hold back every other test's change feed meanwhile, since the
/// feed's horizon (the oldest transaction still running) is server-wide.
/// </summary>
internal sealed class OwnPostgresServer : IAsyncDisposable
{
    private readonly string _directory;

    private OwnPostgresServer(string directory, string connectionString)
    {
        _directory = directory;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<OwnPostgresServer> StartAsync()
    {
        var lines = (await RunAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new OwnPostgresServer(lines[^2], lines[^1]);
    }

    private static async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "scripts", "postgres-throwaway.sh"));
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"postgres-throwaway.sh {string.Join(' ', arguments)} failed: {await error}");
        return await output;
    }

    public async ValueTask DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await RunAsync("stop", _directory);
    }
}
