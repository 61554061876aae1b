namespace FormHub.Demo;

/// <summary>The shipped demo region file is missing or malformed; the message says which and where, in Chinese.</summary>
internal sealed class DemoDataException(string message) : Exception(message);
