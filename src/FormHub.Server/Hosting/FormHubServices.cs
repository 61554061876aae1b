using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using FormHub.Users;
using FormHub.Distribution;
using FormHub.Filing;
using FormHub.Core;
using FormHub.Core.Catalog;
using FormHub.Reports;
using FormHub.Scripting;
using FormHub.Server.Access;
using FormHub.Server.Departments;
using FormHub.Server.Problems;
using FormHub.Storage;
using FormHub.Storage.Audit;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Hosting;

/// <summary>Wires FormHub into ASP.NET Core: options, the store and derivation engine, auth, antiforgery, rate limits, ProblemDetails.</summary>
public static class FormHubServices
{
    public const string LoginRateLimit = "login";

    public static WebApplicationBuilder AddFormHub(this WebApplicationBuilder builder)
    {
        // The build output has no wwwroot of its own, only a manifest pointing at the project's (used outside Development
        // too, so `dotnet FormHub.Server.dll` from a build serves the page); a published app has no manifest and its own copy.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddOptions<FormHubServerOptions>()
            .BindConfiguration(FormHubServerOptions.Section)
            .PostConfigure<IConfiguration>((o, config) =>
            {
                o.DataDirectory ??= Env(config, StorageOptions.DataVariable) ?? "data";
                o.PostgresConnectionString ??= Env(config, StorageOptions.PostgresVariable);
                o.ShardLayoutFile ??= Env(config, StorageOptions.ShardLayoutVariable);
                o.AuditKeyFile ??= Env(config, AuditKeyRing.FileVariable);
                o.TemplatesDirectory ??= Env(config, FormTemplatesFolder.Variable) ?? FormTemplatesFolder.FindUpwards();
                if (Env(config, "FORMHUB_SEED_DEMO") is { } seed && bool.TryParse(seed, out var yes)) o.SeedDemo |= yes;
                if (o.ReportingStarts.Count == 0 && Env(config, "FORMHUB_REPORTING_STARTS") is { } starts)
                    foreach (var pair in starts.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        o.ReportingStarts[pair.Split('=', 2)[0]] = pair.Split('=', 2) is [_, var month] ? month : "";
            })
            .Validate(o => o.TemplatesDirectory is not null && Directory.Exists(Path.Combine(o.TemplatesDirectory, "catalog")),
                "找不到 form-templates 文件夹（含 catalog/）：请设置 FormHub:TemplatesDirectory 或环境变量 FORMHUB_TEMPLATES / cannot find form-templates")
            .Validate(o => o.LoginAttemptsPerMinute > 0 && o.SignInFailuresPerAccount > 0 && o.LiveReportsLagSeconds > 0 && o.MaxRequestBytes > 0 && o.MaxImportBytes > 0 && o.MaxValueSetBytes > 0 && o.MaterializerPollMilliseconds > 0,
                "FormHub:LoginAttemptsPerMinute, SignInFailuresPerAccount, LiveReportsLagSeconds, MaxRequestBytes, MaxImportBytes, MaxValueSetBytes and MaterializerPollMilliseconds must be positive")
            .Validate(o => o.DraftEvaluationsPerMinute > 0, "FormHub:DraftEvaluationsPerMinute must be positive")
            .Validate(o => o.NotifierPollMilliseconds > 0 && o.WebhookMaxAttempts > 0 && o.WebhookFirstRetrySeconds >= 0,
                "FormHub:NotifierPollMilliseconds and WebhookMaxAttempts must be positive, WebhookFirstRetrySeconds not negative")
            .Validate(o => Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps),
                "FormHub:PublicBaseUrl must be an absolute http(s) URL")
            .Validate(o => FormHub.Filing.ReportingStarts.Parse(o.ReportingStarts).Errors.Count == 0,
                "FormHub:ReportingStarts：每项须为县级区划代码 = 月份，如 360835000000 = 2026-10 / county code = month")
            .Validate(ForwardedHeadersSetup.IsValid, "FormHub:TrustedProxies must be IP addresses and FormHub:TrustedNetworks CIDR networks (10.0.0.0/8)")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<FormHubServerOptions>>((o, settings) => ForwardedHeadersSetup.Configure(o, settings.Value));

        services.AddSingleton(TimeProvider.System);
        // The catalog lives in the store (form-templates/catalog only seeds an empty one): whoever asks gets the version
        // the store holds now, which CatalogFreshness moves to the newest on every API request.
        services.AddTransient(sp => sp.GetRequiredService<IFormHubStore>().Catalog);
        // Templates live in the store (an empty one is seeded from form-templates/templates); TemplateFreshness keeps them current.
        services.AddSingleton(sp =>
        {
            var source = new FormHub.Reports.Templates.StoredTemplates(sp.GetRequiredService<IFormHubStore>(), () => sp.GetRequiredService<IFormHubStore>().Catalog,
                new TemplateLibrary([]), Options(sp).TemplatesDirectory!, sp.GetRequiredService<TimeProvider>(),
                FormHub.Reports.Templates.RecordRuleReferences.IdsOf(sp.GetRequiredService<RuleBook>()));
            source.LoadAsync(Path.Combine(Options(sp).TemplatesDirectory!, "templates"), "system").GetAwaiter().GetResult();
            // A stored template that no longer compiles is left out, not fatal: the server serves every other report and the
            // admin's template page lists it with its problems.
            foreach (var broken in source.Broken)
                sp.GetRequiredService<ILoggerFactory>().CreateLogger("FormHub.Templates").LogError(
                    "报表模板 {Template} 未通过检查，已跳过（不计算、不报送）/ template skipped: {Problems}", broken.TemplateId,
                    string.Join("; ", broken.Problems.Select(p => p.ToString())));
            return source;
        });
        services.AddSingleton(sp => sp.GetRequiredService<FormHub.Reports.Templates.StoredTemplates>().Library);
        services.AddSingleton(sp => new FormHub.Reports.Templates.TemplatePublisher(sp.GetRequiredService<FormHub.Reports.Templates.StoredTemplates>(),
            sp.GetRequiredService<IFormHubStore>(), sp.GetRequiredService<TemplateEvaluator>(), sp.GetRequiredService<NarrativeRenderer>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<TemplateFreshness>();
        services.AddSingleton(sp => new FormHub.Reports.Templates.DraftPreview(sp.GetRequiredService<IFormHubStore>(), sp.GetRequiredService<TemplateLibrary>(),
            sp.GetRequiredService<TemplateEvaluator>(), sp.GetRequiredService<NarrativeRenderer>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new FormHub.Reports.Admission.AdmissionAnalyzer(sp.GetRequiredService<IFormHubStore>(), sp.GetRequiredService<TemplateLibrary>(),
            sp.GetRequiredService<TemplateEvaluator>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new FormHub.Reports.Admission.AdmissionRegister(sp.GetRequiredService<FormHub.Reports.Templates.StoredTemplates>(),
            sp.GetRequiredService<IFormHubStore>(), sp.GetRequiredService<FormHub.Reports.Admission.AdmissionAnalyzer>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => StorageFor(Options(sp)));
        services.AddSingleton(sp => new FormHub.Reports.CatalogChanges.ShippedCatalog(
            CatalogLoader.LoadDirectory(Path.Combine(Options(sp).TemplatesDirectory!, "catalog"))));
        // Opened once at start-up (creating the schema); the store is safe for concurrent use.
        services.AddSingleton(sp =>
        {
            var shipped = sp.GetRequiredService<FormHub.Reports.CatalogChanges.ShippedCatalog>();
            var store = FormHubStoreFactory.OpenAsync(sp.GetRequiredService<StorageOptions>(), shipped.Catalog,
                sp.GetRequiredService<TimeProvider>()).GetAwaiter().GetResult();
            if (store.AuditKeys.Warning is { } warning) sp.GetRequiredService<ILoggerFactory>().CreateLogger("FormHub.Audit").LogWarning("{Warning}", warning);
            // A release's catalog never changes a store by itself: the admin reviews and applies it on the catalog page.
            if (shipped.DifferencesFrom(store.Catalog) is { Count: > 0 } offered)
                sp.GetRequiredService<ILoggerFactory>().CreateLogger("FormHub.Catalog").LogWarning(
                    "发行版目录（form-templates/catalog）有 {Count} 个字段与本系统的目录不同，请管理员在“数据目录”页查看并应用 / the shipped catalog differs in {Count} field(s): {Fields}",
                    offered.Count, offered.Count, string.Join(", ", offered.Select(d => d.Shipped.Key)));
            return store;
        });
        services.AddSingleton(_ => new TemplateEvaluator());
        services.AddSingleton(sp => new NarrativeRenderer());
        services.AddSingleton(sp => new ReportDeriver(sp.GetRequiredService<IFormHubStore>(), sp.GetRequiredService<TemplateLibrary>(),
            sp.GetRequiredService<TemplateEvaluator>(), sp.GetRequiredService<NarrativeRenderer>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => RuleBook.LoadDirectory(Path.Combine(Options(sp).TemplatesDirectory!, "rules"), sp.GetRequiredService<FieldCatalog>()));
        services.AddSingleton(sp => new FindingsDeriver(sp.GetRequiredService<IFormHubStore>(), sp.GetRequiredService<RuleBook>(), new RuleEvaluator(),
            sp.GetRequiredService<TimeProvider>(), new FormHub.Reports.Outliers.OutlierDeriver(sp.GetRequiredService<IFormHubStore>(),
                sp.GetRequiredService<TemplateLibrary>(), sp.GetRequiredService<TimeProvider>())));
        services.AddSingleton(sp => new FindingBoard(sp.GetRequiredService<IFormHubStore>(), sp.GetRequiredService<RuleBook>(), sp.GetRequiredService<TemplateLibrary>()));
        services.AddSingleton(sp => new LiveReportMaterializer(sp.GetRequiredService<IFormHubStore>(), sp.GetRequiredService<ReportDeriver>(), sp.GetRequiredService<TimeProvider>(),
            findings: sp.GetRequiredService<FindingsDeriver>(), keptEntities: sp.GetRequiredService<IOptions<FormHubServerOptions>>().Value.MaterializerKeptEntities));
        services.AddSingleton(sp => new BurdenCalculator(sp.GetRequiredService<IFormHubStore>(), sp.GetRequiredService<TemplateLibrary>()));
        services.AddSingleton<RegionDirectory>();
        services.AddSingleton<UnitAccess>();
        services.AddSingleton<PasswordCheck>();
        services.AddSingleton<AccountChanges>();
        services.AddSingleton<ValidatedSessions>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<FormHub.Reports.CatalogChanges.CatalogEditor>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton(sp => ReportingStartsOf(Options(sp)));
        // The configured starts with the admins' settings over them (启用月份 page), read now and kept fresh.
        services.AddSingleton(sp =>
        {
            var settings = new ReportingStartSettings(sp.GetRequiredService<IFormHubStore>(), sp.GetRequiredService<ReportingStarts>(), sp.GetRequiredService<TimeProvider>());
            settings.RefreshAsync().GetAwaiter().GetResult();
            return settings;
        });
        services.AddHostedService<ReportingStartFreshness>();
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<ReportingStartSettings>();
            return new FilingCalendar(sp.GetRequiredService<TemplateLibrary>(), sp.GetRequiredService<TimeProvider>(), () => settings.Current);
        });
        services.AddSingleton<FormLayout>();
        services.AddSingleton<PeriodicSchedule>();
        services.AddSingleton<SubmissionWorkflow>();
        services.AddSingleton<MonthChangeReader>();
        services.AddSingleton<FormHub.Filing.Rosters.VillageRoster>();
        services.AddSingleton<CompletenessCalculator>();
        services.AddSingleton(sp => new PrintPages(Options(sp).TemplatesDirectory!, sp.GetRequiredService<TemplateLibrary>()));
        services.AddSingleton<ReportTableBuilder>();
        services.AddSingleton<ReportPeriods>();
        services.AddSingleton<TemplateAccess>();
        services.AddSingleton<FormHub.Import.ValueSets.ValueSetWriter>();
        services.AddSingleton<ApiClientRateLimiter>();
        services.AddSingleton<FormHub.Server.Imports.ImportJobs>();
        // In the store: a profile saved in the browser is the one `formhub import --profile` uses, and the other way round.
        services.AddSingleton(sp => new FormHub.Import.MappingProfiles(sp.GetRequiredService<IFormHubStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new OfficialLayouts(sp.GetRequiredService<IFormHubStore>(), sp.GetRequiredService<TemplateLibrary>(),
            Options(sp).TemplatesDirectory!));
        // One Chromium for the server's lifetime, started on the first PDF (FORMHUB_CHROMIUM or /usr/bin/chromium).
        services.AddSingleton(_ => new FormHub.Exports.Pdf.PdfPrinter());
        services.AddSingleton(sp => Options(sp).ToDistribution());
        services.AddSingleton<WebhookAddressPolicy>();
        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => WebhookSender.CreateHandler(sp.GetRequiredService<WebhookAddressPolicy>()));
        services.AddSingleton(sp => new WebhookSender(sp.GetRequiredService<IFormHubStore>(),
            () => sp.GetRequiredService<IHttpClientFactory>().CreateClient(WebhookSender.ClientName), sp.GetRequiredService<DistributionOptions>(),
            sp.GetRequiredService<TimeProvider>()));
        // Seeding runs before the materializer and before Kestrel accepts requests (hosted services start in order).
        services.AddHostedService<DemoPasswordGuard>();
        services.AddHostedService<DemoSeeding>();
        services.AddHostedService<LiveReports>();
        services.AddHostedService<StartupBanner>();
        services.AddSingleton<SubscriptionNotifier>();
        services.AddHostedService<SubscriptionNotifications>();
        services.AddHostedService<WebhookDeliveries>();

        services.AddSingleton<LiveReportStatus>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store").AddCheck<LiveReportsHealthCheck>("live-reports");
        services.AddOpenApi();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = StatusProblemText.Fill);
        services.AddExceptionHandler<FormHubExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true); // malformed JSON reaches the handler above, in Chinese
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            o.SerializerOptions.MaxDepth = 16;
        });

        // The key ring lives in the store (StoreKeyRepository), optionally encrypted with a configured certificate.
        var dataProtection = services.AddDataProtection().SetApplicationName("FormHub");
        services.AddOptions<KeyManagementOptions>().Configure<IFormHubStore>((o, store) => o.XmlRepository = new StoreKeyRepository(store));
        var certificate = builder.Configuration[$"{FormHubServerOptions.Section}:DataProtectionCertificate"];
        if (!string.IsNullOrWhiteSpace(certificate))
            dataProtection.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(certificate,
                builder.Configuration[$"{FormHubServerOptions.Section}:DataProtectionCertificatePassword"]));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "FormHub.Auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                // An API answers 401/403 with ProblemDetails; it never redirects to a login page.
                o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
                o.Events.OnRedirectToLogin = c => Problem.Write(c.HttpContext, Problem.SignInRequired(c.HttpContext));
                o.Events.OnRedirectToAccessDenied = c => Problem.Write(c.HttpContext, Problem.Forbidden(c.HttpContext, Messages.NotAllowed));
            });
        services.AddAuthorization();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = CsrfFilter.HeaderName;
            o.Cookie.Name = "FormHub.Csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(LoginRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = http.RequestServices.GetRequiredService<IOptions<FormHubServerOptions>>().Value.LoginAttemptsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            o.AddPolicy(DraftRunLimit.Evaluations, DraftRunLimit.ForEvaluations());
            o.AddPolicy(DraftRunLimit.Checks, DraftRunLimit.ForChecks());
            o.OnRejected = (context, _) => new ValueTask(Problem.Write(context.HttpContext, Problem.TooManyAttempts(context.HttpContext)));
        });
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Limits.MaxRequestBodySize = context.Configuration.GetValue<long?>($"{FormHubServerOptions.Section}:MaxRequestBytes") ?? 1_048_576);
        return builder;
    }

    public static WebApplication UseFormHub(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders.AddAsync);
        app.UseMiddleware<RequestSizeLimit>();
        app.UseMiddleware<TextInputGuard>();
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = SecurityHeaders.RevalidateStaticFiles });
        app.UseMiddleware<CatalogFreshness>();
        app.UseAuthentication();
        // After sign-in is known: the draft limits are per admin (the sign-in limit is per address).
        app.UseRateLimiter();
        app.Use(TemplateFreshness.RefreshAsync);
        app.UseMiddleware<PasswordChangeGate>();
        app.UseAuthorization();
        app.MapOpenApi();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthReportText.WriteAsync });
        return app;
    }

    /// <summary>The configured starts; in demo mode, counties without one start with the first seeded month.</summary>
    private static ReportingStarts ReportingStartsOf(FormHubServerOptions o)
    {
        var starts = FormHub.Filing.ReportingStarts.Parse(o.ReportingStarts).Starts!;
        return o.SeedDemo ? starts.WithDefault(new FormHub.Demo.DemoCalendar(TimeProvider.System.GetUtcNow()).First) : starts;
    }

    private static FormHubServerOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<FormHubServerOptions>>().Value;

    private static StorageOptions StorageFor(FormHubServerOptions o) => new()
    {
        DataDirectory = o.DataDirectory ?? "data",
        PostgresConnectionString = string.IsNullOrWhiteSpace(o.PostgresConnectionString) ? null : o.PostgresConnectionString,
        AuditKeyFile = string.IsNullOrWhiteSpace(o.AuditKeyFile) ? null : o.AuditKeyFile,
        ShardLayoutFile = string.IsNullOrWhiteSpace(o.ShardLayoutFile) ? null : o.ShardLayoutFile,
    };

    private static string? Env(IConfiguration config, string name) => config[name] is { Length: > 0 } v ? v : null;
}
