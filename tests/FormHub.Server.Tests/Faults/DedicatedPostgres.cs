using System.Diagnostics;

namespace FormHub.Server.Tests.Faults;

/// <summary>
/// A PostgreSQL server of the test's own (scripts/postgres-throwaway.sh), which the test may stop and start with pg_ctl
/// while FormHub is using it; the shared server of the suite is never stopped.
/// </summary>
internal sealed class DedicatedPostgres : IAsyncDisposable
{
    private readonly string _directory;
    private readonly int _port;

    private DedicatedPostgres(string directory, string connectionString)
    {
        _directory = directory;
        ConnectionString = connectionString;
        _port = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Port;
    }

    public string ConnectionString { get; }

    public static async Task<DedicatedPostgres> StartAsync()
    {
        var output = await RunAsync("bash", Script, null);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new DedicatedPostgres(lines[^2], lines[^1]);
    }

    private static string Script => Path.Combine(Infrastructure.RepositoryRoot.Templates, "..", "scripts", "postgres-throwaway.sh");

    /// <summary>pg_ctl stop -m fast: sessions are ended (FATAL 57P01), the server shuts down cleanly.</summary>
    public Task StopAsync() => PgCtlAsync($"-D {_directory}/data -m fast -w stop");

    /// <summary>pg_ctl start with the options the script started it with.</summary>
    public Task StartAgainAsync() => PgCtlAsync(
        $"-D {_directory}/data -l {_directory}/server.log -w -t 60 -o \"-c listen_addresses=127.0.0.1 -p {_port} -k {_directory} " +
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start");

    private static Task PgCtlAsync(string arguments)
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pg_ctl")).Where(File.Exists).Order().Last();
        // initdb and pg_ctl refuse root: run them as postgres, as the script does.
        return Environment.UserName == "root"
            ? RunAsync("su", null, ["postgres", "-s", "/bin/sh", "-c", $"{bin} {arguments}"])
            : RunAsync("sh", null, ["-c", $"{bin} {arguments}"]);
    }

    private static async Task<string> RunAsync(string program, string? script, string[]? arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (script is not null) start.ArgumentList.Add(script);
        foreach (var a in arguments ?? []) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} failed: {await error}");
        return await output;
    }

    public async ValueTask DisposeAsync() => await RunAsync("bash", Script, ["stop", _directory]);
}
