using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FormHub.Server.Tests.Faults;

/// <summary>
/// The real server as its own process (<c>dotnet FormHub.Server.dll</c> from this test's output), configured only through
/// environment variables as an operator would, so a test can kill it the hard way (SIGKILL, as <c>kill -9</c>) and start
/// it again on the same data.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the server printed so far (for failure messages).</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The server's process id (a live-reports lease holder names it: <c>machine/pid/…</c>).</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts the server with <paramref name="settings"/> (FormHub__* variables) and waits until /healthz answers.</summary>
    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string> settings, TimeSpan timeout)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "FormHub.Server.dll") },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Nothing of the machine's FormHub settings leaks in.
        foreach (var name in new[] { "FORMHUB_DATA", "FORMHUB_POSTGRES", "FORMHUB_SEED_DEMO", "FORMHUB_AUDIT_KEY_FILE", "ASPNETCORE_ENVIRONMENT" })
            start.Environment.Remove(name);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["FormHub__TemplatesDirectory"] = Infrastructure.RepositoryRoot.Templates;
        start.Environment["FormHub__SeedDemo"] = "false";
        start.Environment["FormHub__LoginAttemptsPerMinute"] = "10000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in settings) start.Environment[name] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitHealthyAsync(timeout);
        return server;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the server exited with {_process.ExitCode}:\n{Output}");
            try
            {
                var answer = await client.GetAsync("/healthz");
                if (answer.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"the server did not become healthy within {timeout}:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown code runs, nothing is flushed that was not already written.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
