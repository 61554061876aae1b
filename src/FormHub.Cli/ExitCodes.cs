namespace FormHub.Cli;

/// <summary>Process exit codes of the <c>formhub</c> command.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>Bad usage or bad input (a malformed file, an unknown code, an unreachable database); nothing was changed.</summary>
    public const int InputError = 1;

    /// <summary><c>audit verify</c> found an altered or missing event (篡改).</summary>
    public const int Tampered = 2;
}
