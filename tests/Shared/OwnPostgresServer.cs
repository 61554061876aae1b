using System.Diagnostics;

namespace FormHub.Tests.Shared;

/// <summary>
/// A PostgreSQL server of the test's own (scripts/postgres-throwaway.sh), for a test that does to its server what the
/// suite's shared one must not see: keeps a transaction open for seconds (it would hold back every other test's change
/// feed, whose horizon is server-wide) or fills the lock table (every connection shares it). Linked source, shared by the
/// Reports and Storage test projects.
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
        start.ArgumentList.Add(Script());
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"postgres-throwaway.sh {string.Join(' ', arguments)} failed: {await error}");
        return await output;
    }

    /// <summary>The script, found above the test binaries or this source file.</summary>
    private static string Script([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(source)! })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Path.Combine(dir.FullName, "scripts", "postgres-throwaway.sh") is var script && File.Exists(script)) return script;
        }
        throw new InvalidOperationException("scripts/postgres-throwaway.sh not found above the test binaries");
    }

    public async ValueTask DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await RunAsync("stop", _directory);
    }
}
