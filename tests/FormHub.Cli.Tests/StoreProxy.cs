using System.Reflection;
using System.Runtime.ExceptionServices;
using FormHub.Core.OrgUnits;
using FormHub.Storage;

namespace FormHub.Cli.Tests;

/// <summary>The store behind a <see cref="DispatchProxy"/> that passes every call through, for tests that hold some calls back.</summary>
public abstract class StoreProxy : DispatchProxy
{
    protected IFormHubStore Inner { get; set; } = null!;

    /// <summary>Whether the call reads the county rows of <paramref name="city"/> (a rollup of the city).</summary>
    protected static bool ReadsCountyRowsOf(MethodInfo method, object?[] args, string city) =>
        method.Name == nameof(IFormHubStore.GetReportRowsAsync) && args[3] as string == city && args[4] is OrgLevel.County;

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
