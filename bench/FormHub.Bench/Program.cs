using System.Globalization;
using FormHub.Bench;
using FormHub.Core.Catalog;

// County-scale benchmark of the FormHub store (issue 2, "Performance") and of template derivation (issue 3, "Performance");
// --suite web: the web server on loopback under concurrent cadres (issue 5, "Performance"), in WebBench.cs.
// See docs/benchmarks.md for figures.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}
if (options.Help)
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

// --suite pdf: the county report to PDF with Chromium warm (issue 6), in PdfBench.cs; needs no catalog.
if (options.Pdf) return await PdfBench.RunAsync(options);
// --suite excel: the Excel exports (issue 6), in ExcelBench.cs; needs no catalog or store.
if (options.Excel) return ExcelBench.Run(options);
var catalogDir = options.CatalogDirectory ?? Path.Combine(BenchOptions.FindRepositoryRoot(), "form-templates", "catalog");
FieldCatalog catalog = CatalogLoader.LoadDirectory(catalogDir);
if (options.Web) return await WebBench.RunAllAsync(options, catalog, catalogDir);
if (options.Rules) return await RulesBench.RunAsync(options, catalog);
if (options.Machine) return await WebBench.RunMachineAllAsync(options, catalog, catalogDir);
if (options.Province) return await ProvinceBench.RunAsync(options, catalog);
var county = new CountyData(options.Villages, options.HouseholdsPerVillage, options.PersonsPerHousehold, options.Month.End);

Console.WriteLine($"FormHub county-scale benchmark: {county.Villages.Count} villages × {options.HouseholdsPerVillage} households " +
                  $"(sizes {county.HouseholdSize(0)}/{county.HouseholdSize(1)}/{county.HouseholdSize(2)}, {county.PersonsPerVillage} persons per village) = " +
                  $"{Fmt.Count((long)county.Villages.Count * options.HouseholdsPerVillage)} households, " +
                  $"{Fmt.Count((long)county.Villages.Count * county.PersonsPerVillage)} persons; catalog {catalogDir}");
Console.WriteLine($"suites: {(options.Storage ? "storage " : "")}{(options.Templates ? $"templates (month {options.Month.Key})" : "")}");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");

var results = new List<EngineResult>();
foreach (var engine in options.Engines)
{
    if (engine == "postgres" && options.PostgresConnectionString is null)
    {
        Console.Error.WriteLine($"{engine}: no connection string (--postgres or FORMHUB_POSTGRES); skipped");
        continue;
    }
    Console.WriteLine();
    Console.WriteLine($"=== {engine} ===");
    results.Add(await new EngineBench(engine, options, catalog, county).RunAsync());
}

Console.WriteLine();
Console.WriteLine(Report.Markdown(results, options, county));
return results.All(r => r.AllTargetsMet) ? 0 : 1;
