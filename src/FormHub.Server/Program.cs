using FormHub.Server.Api;
using FormHub.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddFormHub();

var app = builder.Build();
app.UseFormHub();
app.MapSessionApi();
app.MapSetupApi();
app.MapAccountsApi();
app.MapCatalogApi();
app.MapCatalogAdminApi();
app.MapFormApi();
app.MapRosterApi();
app.MapChangesApi();
app.MapSubmissionApi();
app.MapReviewApi();
app.MapDuplicatesApi();
app.MapFindingsApi();
app.MapBurdenApi();
app.MapReportViewApi();
app.MapSubscriptionApi();
app.MapExportApi();
app.MapLayoutApi();
app.MapTemplatesApi();
app.MapLiveReportsApi();
app.MapReportingStartApi();
app.MapApiClientsApi();
app.MapMachineApi();
app.MapImportApi();
app.MapRosterExportApi();
app.MapApiReferencePage();
app.Run();

/// <summary>The FormHub web server; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
