using FormHub.Core.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FormHub.Server.Problems;

/// <summary>
/// Storage faults a caller can only wait out or report to the administrator, answered with what happened and that
/// nothing was saved (the save's transaction was rolled back): the database unreachable or restarting (503 with
/// Retry-After; the connection pool reconnects by itself once it is back) and a full disk (507).
/// </summary>
internal static class StorageFaults
{
    private const int SqliteFull = 13;   // SQLITE_FULL: database or disk is full
    private const int SqliteIoError = 10; // SQLITE_IOERR: a write the disk refused (ENOSPC while growing the WAL)

    public static IResult? Answer(HttpContext context, Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: SqliteFull or SqliteIoError } => DiskFull(context),
        PostgresException { SqlState: "53100" } => DiskFull(context), // disk_full
        PostgresException pg when IsRestarting(pg.SqlState) => Unreachable(context),
        PostgresException => null,
        // A timeout (command, or waiting for a pooled connection) is load, answered as busy by the caller.
        NpgsqlException { InnerException: TimeoutException } => null,
        NpgsqlException => Unreachable(context), // no connection: refused, reset
        // The Marten engine reports a database fault wrapped in its own exception (MartenCommandException): the cause decides.
        { InnerException: NpgsqlException inner } => Answer(context, inner),
        _ => null,
    };

    /// <summary>admin_shutdown, crash_shutdown, cannot_connect_now (starting up) and the connection exceptions (08…).</summary>
    private static bool IsRestarting(string state) => state is "57P01" or "57P02" or "57P03" || state.StartsWith("08", StringComparison.Ordinal);

    private static IResult Unreachable(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "10";
        return Problem.Of(context, StatusCodes.Status503ServiceUnavailable, new LocalizedText("数据库暂时无法连接", "Database unavailable"),
            new LocalizedText("数据库暂时无法连接（可能正在重启或维护），本次操作未生效，请稍后重试。",
                "The database cannot be reached right now (it may be restarting); nothing was changed. Try again shortly."));
    }

    private static IResult DiskFull(HttpContext context) =>
        Problem.Of(context, StatusCodes.Status507InsufficientStorage, new LocalizedText("存储空间已满", "Storage full"),
            new LocalizedText("服务器存储空间已满，本次保存未生效，已保存的数据不受影响。请联系管理员清理磁盘后重试。",
                "The server's storage is full; this save was not made and saved data is unaffected. Ask the administrator to free disk space."));
}
