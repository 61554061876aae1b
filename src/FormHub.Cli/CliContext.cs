using FormHub.Core;
using System.CommandLine;
using FormHub.Core.Catalog;
using FormHub.Core.Text;
using FormHub.Storage;
using FormHub.Storage.Audit;
using FormHub.Storage.Errors;
using Microsoft.Data.Sqlite;
using Npgsql;
using Spectre.Console;

namespace FormHub.Cli;

/// <summary>
/// What one CLI invocation works with: its writers, its environment, the global options, and the shared steps
/// (find form-templates, load the catalog, open the store) with one place that turns failures into Chinese messages.
/// </summary>
internal sealed class CliContext(TextWriter output, TextWriter error, Func<string, string?> environment)
{
    /// <summary>Environment variable naming the form-templates folder.</summary>
    public const string TemplatesVariable = FormTemplatesFolder.Variable;

    public TextWriter Out { get; } = output;

    public TextWriter Err { get; } = error;

    public CliOptions Options { get; } = new();

    /// <summary>Wraps a command body so that every failure becomes a message on stderr and an exit code, never a stack trace.</summary>
    public Func<ParseResult, CancellationToken, Task<int>> Action(Func<ParseResult, CancellationToken, Task<int>> body) =>
        async (parseResult, ct) =>
        {
            try
            {
                return await body(parseResult, ct);
            }
            catch (Exception e)
            {
                foreach (var line in Messages(e)) await Err.WriteLineAsync(line);
                return ExitCodes.InputError;
            }
        };

    /// <summary>The form-templates folder: --templates, else FORMHUB_TEMPLATES, else the nearest form-templates above the current directory.</summary>
    public string TemplatesDirectory(ParseResult parseResult)
    {
        if (parseResult.GetValue(Options.Templates) is { Length: > 0 } option) return Existing(option, "--templates");
        if (environment(TemplatesVariable) is { Length: > 0 } variable) return Existing(variable, TemplatesVariable);

        if (FormTemplatesFolder.FindUpwards() is { } found) return found;
        throw new CliException($"找不到 form-templates 文件夹：请在 FormHub 目录中运行，或用 --templates DIR 或环境变量 {TemplatesVariable} 指定");

        static string Existing(string path, string from) => Directory.Exists(path)
            ? Path.GetFullPath(path)
            : throw new CliException($"模板文件夹“{path}”（来自 {from}）不存在");
    }

    /// <summary>Loads form-templates/catalog; a <see cref="SourceProblemException"/> lists every problem.</summary>
    public FieldCatalog LoadCatalog(string templatesDirectory) =>
        CatalogLoader.LoadDirectory(Path.Combine(templatesDirectory, "catalog"));

    /// <summary>
    /// The templates in force, from the store's template log; an empty store is first seeded from form-templates/templates
    /// (all or nothing). Every command that derives or reads reports loads them this way, as the server does.
    /// </summary>
    public async Task<Reports.TemplateLibrary> LoadTemplatesAsync(Storage.IFormHubStore store, string templatesDirectory, CancellationToken ct) =>
        (await OpenTemplatesAsync(store, templatesDirectory, ct)).Library;

    /// <summary>The store's templates as their source (for export and import), loaded as <see cref="LoadTemplatesAsync"/> does.</summary>
    public async Task<Reports.Templates.StoredTemplates> OpenTemplatesAsync(Storage.IFormHubStore store, string templatesDirectory,
        CancellationToken ct)
    {
        var source = new Reports.Templates.StoredTemplates(store, () => store.Catalog, new Reports.TemplateLibrary([]), templatesDirectory,
            recordRules: Reports.Templates.RecordRuleReferences.IdsIn(Path.Combine(templatesDirectory, "rules")));
        await source.LoadAsync(Path.Combine(templatesDirectory, "templates"), CliUser, ct);
        // Left out, not fatal (as on the server): say which and why, so a report missing from the output is explained.
        foreach (var broken in source.Broken)
            await Err.WriteLineAsync($"报表模板 {broken.TemplateId} 未通过检查，已跳过：{string.Join("；", broken.Problems.Select(p => p.ToString()))}");
        return source;
    }

    /// <summary>Who the log names for what the command line publishes.</summary>
    public static string CliUser => $"cli（{Environment.UserName}）";

    /// <summary>Storage settings: --data overrides FORMHUB_DATA (default ./data); FORMHUB_POSTGRES switches to PostgreSQL (Marten).</summary>
    public StorageOptions Storage(ParseResult parseResult) => new()
    {
        DataDirectory = parseResult.GetValue(Options.Data) is { Length: > 0 } data ? data
            : environment(StorageOptions.DataVariable) is { Length: > 0 } d ? d : "data",
        PostgresConnectionString = environment(StorageOptions.PostgresVariable) is { Length: > 0 } p ? p : null,
        AuditKeyFile = environment(AuditKeyRing.FileVariable) is { Length: > 0 } k ? k : null,
        ShardLayoutFile = environment(StorageOptions.ShardLayoutVariable) is { Length: > 0 } l ? l : null,
    };

    /// <summary><see cref="StorageOptions.Describe"/>, with a malformed connection string reported as such.</summary>
    public static string Describe(StorageOptions options)
    {
        try
        {
            return options.Describe();
        }
        catch (ArgumentException e)
        {
            throw BadConnectionString(e);
        }
    }

    /// <summary>
    /// Opens the configured store (creating its schema when new); warns on stderr when the audit key file was generated
    /// just now, since it must then be backed up and kept away from the database.
    /// </summary>
    public async Task<IFormHubStore> OpenStoreAsync(StorageOptions options, FieldCatalog catalog, CancellationToken ct)
    {
        try
        {
            var store = await FormHubStoreFactory.OpenAsync(options, catalog, ct: ct);
            if (store.AuditKeys.Warning is { } warning) await Err.WriteLineAsync("警告：" + warning);
            return store;
        }
        catch (ArgumentException e) when (options.PostgresConnectionString is not null && e is not ArgumentNullException)
        {
            throw BadConnectionString(e);
        }
    }

    private static CliException BadConnectionString(ArgumentException e) =>
        new($"环境变量 {StorageOptions.PostgresVariable} 中的 PostgreSQL 连接字符串无效：{e.Message}");

    /// <summary>True when <see cref="Out"/> is the process's stdout and that is a terminal (not redirected, not a test).</summary>
    public bool OutIsTerminal => new AnsiConsoleOutput(Out).IsTerminal;

    /// <summary>
    /// A Spectre console writing to <see cref="Out"/>: colours on a terminal, plain text when redirected or in tests.
    /// <paramref name="live"/> asks for live rendering (progress bars), which only a terminal gets.
    /// </summary>
    public IAnsiConsole Console(bool live = false)
    {
        var output = new AnsiConsoleOutput(Out);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = output,
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = live && output.IsTerminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        // Redirected output has no window to fit; Spectre's default of 80 columns would wrap Chinese cells needlessly.
        if (!output.IsTerminal) console.Profile.Width = 160;
        return console;
    }

    /// <summary>The lines written to stderr for a failure.</summary>
    private static IEnumerable<string> Messages(Exception e)
    {
        switch (e)
        {
            case CliException or FormHub.Demo.DemoDataException:
                yield return e.Message;
                break;
            case SourceProblemException source:
                foreach (var problem in source.Problems) yield return problem.ToString();
                yield return $"共 {source.Problems.Count} 处错误，未做任何更改。";
                break;
            case StoreException store:
                yield return store.Text.Zh;
                break;
            case FormHub.Exports.Pdf.ChromiumUnavailableException chromium:
                yield return chromium.Text.Zh;
                break;
            case InvalidDataException or FormHub.Storage.Shards.ShardLayoutException:
                yield return e.Message;
                break;
            case FileNotFoundException notFound:
                yield return $"找不到文件：{notFound.FileName ?? notFound.Message}";
                break;
            case DirectoryNotFoundException:
                yield return $"找不到文件夹：{e.Message}";
                break;
            case UnauthorizedAccessException:
                yield return $"没有访问权限：{e.Message}";
                break;
            case IOException:
                yield return $"读写文件失败：{e.Message}";
                break;
            // Authentication (28…), missing database (3D…) and connection (08…) errors happen while connecting.
            case PostgresException pg when pg.SqlState.StartsWith("28") || pg.SqlState.StartsWith("3D") || pg.SqlState.StartsWith("08"):
                yield return $"无法连接数据库：{pg.MessageText}（{pg.SqlState}）";
                break;
            case PostgresException pg:
                yield return $"数据库错误：{pg.MessageText}（{pg.SqlState}）";
                break;
            case NpgsqlException npgsql:
                yield return $"无法连接数据库：{npgsql.Message}" + (npgsql.InnerException is { } inner ? $"（{inner.Message}）" : "");
                break;
            case SqliteException sqlite:
                yield return $"SQLite 数据库错误：{sqlite.Message}";
                break;
            case OperationCanceledException:
                yield return "已取消。";
                break;
            default:
                yield return $"意外错误（{e.GetType().Name}）：{e.Message}";
                break;
        }
    }
}
