using System.Diagnostics;
using FormHub.Storage.Errors;
using Npgsql;

namespace FormHub.Storage.Backup;

/// <summary>Runs PostgreSQL's own client programs (pg_dump, pg_restore) against the configured server.</summary>
internal static class PostgresTools
{
    /// <summary>The program on PATH, else from the newest /usr/lib/postgresql/*/bin (Debian keeps them there).</summary>
    public static string Find(string program)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate)) return candidate;
        }
        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            var found = Directory.GetDirectories(debian)
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0, Path: Path.Combine(d, "bin", program)))
                .Where(c => File.Exists(c.Path))
                .OrderByDescending(c => c.Version)
                .FirstOrDefault();
            if (found.Path is not null) return found.Path;
        }
        throw new BackupException($"找不到 {program}：请安装 PostgreSQL 客户端（Debian：apt-get install postgresql-client）",
            $"{program} was not found: install the PostgreSQL client programs");
    }

    /// <summary>Runs a program with the connection given through libpq's variables (the password never on a command line).</summary>
    public static async Task<string> RunAsync(string program, string connectionString, IEnumerable<string> arguments, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Find(program)) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["PGHOST"] = cs.Host ?? "localhost";
        start.Environment["PGPORT"] = cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = cs.Database ?? cs.Username ?? "postgres";
        if (cs.Username is { } user) start.Environment["PGUSER"] = user;
        if (cs.Password is { } password) start.Environment["PGPASSWORD"] = password;
        start.Environment["PGCONNECT_TIMEOUT"] = "15";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            var text = (await error).Trim();
            throw new BackupException($"{program} 失败（退出码 {process.ExitCode}）：{text}", $"{program} failed ({process.ExitCode}): {text}");
        }
        return await output;
    }
}
