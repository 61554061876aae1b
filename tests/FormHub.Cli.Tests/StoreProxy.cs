using System.Reflection;
using System.Runtime.ExceptionServices;
using FormHub.Core.OrgUnits;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Cli.Tests;

/// <summary>The store behind a <see cref="DispatchProxy"/> that passes every call through, for tests that hold some calls back.</summary>
public abstract class StoreProxy : DispatchProxy
{
    protected IFormHubStore Inner { get; set; } = null!;

    /// <summary>Whether the call reads the county rows of <paramref name="city"/> (a rollup of the city).</summary>
    /// <remarks>A live pass asks for a whole level's scopes in one batched read; a rebuild's hold reads one scope.</remarks>
    protected static bool ReadsCountyRowsOf(MethodInfo method, object?[] args, string city) =>
        method.Name == nameof(IFormHubStore.GetReportRowsAsync)
        && (args.Length > 4
            ? args[3] as string == city && args[4] is OrgLevel.County
            : args[0] is IReadOnlyCollection<ReportRowScope> scopes && scopes.Any(s => s.UnderUnit == city && s.Level == OrgLevel.County));

    /// <summary>The result of a call that returns a task, awaited; then <paramref name="after"/> runs before it is handed on.</summary>
    protected static object Then(object task, Func<Task> after) => task switch
    {
        Task<IReadOnlyList<StoredReportRow>> one => ThenAsync(one, after),
        Task<IReadOnlyDictionary<ReportRowScope, IReadOnlyList<StoredReportRow>>> many => ThenAsync(many, after),
        _ => throw new InvalidOperationException($"unexpected read {task.GetType()}"),
    };

    private static async Task<T> ThenAsync<T>(Task<T> read, Func<Task> after)
    {
        var rows = await read;
        await after();
        return rows;
    }

    /// <summary>The call on the store itself, its exception thrown as the store threw it.</summary>
    protected object? Call(MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(Inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
