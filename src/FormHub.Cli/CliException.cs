namespace FormHub.Cli;

/// <summary>A usage or input error the CLI reports as one Chinese line on stderr, exiting with <see cref="ExitCodes.InputError"/>.</summary>
internal sealed class CliException(string message) : Exception(message);
