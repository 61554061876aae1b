namespace FormHub.Server.Imports;

/// <summary>
/// Marks the upload endpoint whose body may be as large as <see cref="Hosting.FormHubServerOptions.MaxImportBytes"/>
/// rather than the general <see cref="Hosting.FormHubServerOptions.MaxRequestBytes"/>: a county's roster is megabytes.
/// </summary>
public sealed class ImportSizeLimit;
