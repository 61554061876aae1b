using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FormHub.Core.Catalog;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage.Model;
using FsCheck;
using FsCheck.Fluent;

namespace FormHub.Server.Tests.Fuzz;

/// <summary>
/// Every write endpoint against generated hostile input (issue 13, item 7): any JSON, any Unicode, any size up to the
/// request limit. Each answer is 2xx or 4xx, never 5xx; the SQLite and PostgreSQL servers give the same status to the
/// same input, and afterwards store exactly the same village (records, versions, retirements, periodic values, events).
/// The inputs are fixed by a seed (FORMHUB_FUZZ_SEED to try another); a failure names the seed and the case.
/// </summary>
public sealed class WriteEndpointFuzzTests(TwoEngineServers servers) : IClassFixture<TwoEngineServers>
{
    private const string Village = DemoCounty.Shimen;
    private const int ChangeCases = 160;
    private const int OtherCases = 100;

    private sealed record FuzzCase(string Endpoint, HttpMethod Method, string Url, string User, FuzzJson? Body, byte[]? Upload = null);

    [PostgresFact]
    public async Task EveryWriteEndpointAnswersAnyInputWithoutA5xxAndBothEnginesStoreTheSame()
    {
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("FORMHUB_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : 20261204UL;
        var cases = await CasesAsync(seed);

        var onSqlite = await RunAsync(servers.Sqlite, cases);
        var onPostgres = await RunAsync(servers.Postgres, cases);

        for (var i = 0; i < cases.Count; i++)
        {
            Assert.True(onSqlite[i] < 500 && onPostgres[i] < 500,
                $"seed {seed}, case {i} ({cases[i].Endpoint}): SQLite {onSqlite[i]}, PostgreSQL {onPostgres[i]} for {Shown(cases[i])}");
            Assert.True(onSqlite[i] == onPostgres[i],
                $"seed {seed}, case {i} ({cases[i].Endpoint}): SQLite answered {onSqlite[i]}, PostgreSQL {onPostgres[i]} for {Shown(cases[i])}");
        }
        Assert.Contains(onSqlite, status => status is >= 200 and < 300); // the generator reaches the store, not only the binder
        Assert.Equal(await StoredAsync(servers.Sqlite), await StoredAsync(servers.Postgres));
    }

    private async Task<List<FuzzCase>> CasesAsync(ulong seed)
    {
        var store = servers.Sqlite.Store;
        var period = servers.Sqlite.CurrentPeriod;
        var persons = await Sorted(servers.Sqlite, "person");
        var idNumbers = persons.Select(p => (string)p["id_number"]!).Take(5)
            .Concat((await servers.Sqlite.EntitiesAsync(DemoCounty.Fengshu, "person", 3)).Select(p => (string)p["id_number"]!))
            .Append(IdNumbers.Valid(new DateOnly(1975, 4, 1), 217)).Append(IdNumbers.Valid(new DateOnly(2001, 9, 9), 88)).ToList();
        var catalog = new FuzzCatalog(
            new[] { "household", "person" }.ToDictionary(t => t, t => (IReadOnlyList<string>)store.Catalog.FieldsOf(t).Where(f => f.Kind == FieldKind.Attribute).Select(f => f.Name).ToList()),
            new[] { "household", "person" }.ToDictionary(t => t, t => (IReadOnlyList<string>)store.Catalog.FieldsOf(t).Where(f => f.Kind == FieldKind.Periodic).Select(f => f.Name).ToList()),
            idNumbers);
        var random = new Rnd(seed);
        List<FuzzJson> Sample(Gen<FuzzJson> gen, int count) => [.. gen.Sample(40, random, count)];

        var cases = new List<FuzzCase>();
        cases.AddRange(Sample(FuzzInputs.ChangeBatch(catalog, period), ChangeCases)
            .Select(b => new FuzzCase("changes", HttpMethod.Post, $"/api/villages/{Village}/changes", Accounts.Cadre, b)));
        cases.AddRange(Sample(FuzzInputs.Body("entityType", "values"), OtherCases)
            .Select(b => new FuzzCase("catalog check", HttpMethod.Post, "/api/catalog/check", Accounts.Cadre, b)));
        cases.AddRange(Sample(FuzzInputs.Body("templateId", "unitCode", "webhook"), OtherCases / 2)
            .Select(b => new FuzzCase("subscribe", HttpMethod.Post, "/api/subscriptions", Accounts.Department, b)));
        cases.AddRange(Sample(FuzzInputs.Body("userName", "password"), OtherCases / 2)
            .Select(b => new FuzzCase("login", HttpMethod.Post, "/api/session/login", "", b)));
        cases.AddRange(Sample(FuzzInputs.Body("period", "action", "version", "reason"), OtherCases)
            .Select(b => new FuzzCase("submission", HttpMethod.Post, $"/api/villages/{Village}/submission", Accounts.Cadre, b)));
        cases.AddRange(Sample(FuzzInputs.Body("period", "action", "version", "comment"), OtherCases)
            .Select(b => new FuzzCase("review", HttpMethod.Post, $"/api/review/villages/{Village}", Accounts.Reviewer, b)));
        var bytes = Gen.ArrayOf(Gen.Choose(0, 255).Select(i => (byte)i)).Sample(200, random, 10);
        cases.AddRange(bytes.Select(b => new FuzzCase("layout", HttpMethod.Post, $"/api/templates/{ApiEndpoint.TemplateId}/layout", Accounts.Admin, null, b)));
        cases.AddRange(Gen.Choose(-3, 1000).Sample(10, random, 10).Select(n => new FuzzCase("inbox read", HttpMethod.Post, $"/api/inbox/{n}/read", Accounts.Department, null)));
        return cases;
    }

    /// <summary>The village's records of a type in an order both engines share (their ids differ).</summary>
    private static async Task<List<EntityDocument>> Sorted(ServerFixture server, string type) =>
        [.. (await server.Store.ListAsync(new EntityQuery(Village, type) { Take = 10_000, IncludeRetired = true })).Items
            .OrderBy(e => type == "person" ? (string?)e["id_number"] : $"{e["household_number"]}|{e["name"]}", StringComparer.Ordinal)];

    private static async Task<List<int>> RunAsync(ServerFixture server, IReadOnlyList<FuzzCase> cases)
    {
        // The records a generated operation names by position: the seeded ones, fixed before the first request.
        var named = new Dictionary<string, List<Guid>>
        {
            ["household"] = [.. (await Sorted(server, "household")).Take(10).Select(e => e.Id)],
            ["person"] = [.. (await Sorted(server, "person")).Take(10).Select(e => e.Id)],
        };
        var statuses = new List<int>();
        foreach (var fuzz in cases)
        {
            var client = fuzz.User == "" ? server.Anonymous() : await server.SignedInAsync(fuzz.User);
            var versions = await server.Store.GetManyAsync(named.Values.SelectMany(ids => ids).ToList());
            FuzzJson Resolve(FuzzJson.Reference r)
            {
                var id = named[r.EntityType][r.Index % named[r.EntityType].Count];
                return r.Version ? new FuzzJson.Number(versions[id].Version.ToString(CultureInfo.InvariantCulture)) : new FuzzJson.Text(id.ToString());
            }
            using var request = new HttpRequestMessage(fuzz.Method, fuzz.Url);
            if (fuzz.Body is not null) request.Content = new StringContent(fuzz.Body.Write(Resolve), Encoding.UTF8, "application/json");
            if (fuzz.Upload is not null)
            {
                var form = new MultipartFormDataContent();
                var file = new ByteArrayContent(fuzz.Upload);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                form.Add(file, "file", "layout.xlsx");
                request.Content = form;
            }
            if (fuzz.User == "") request.Headers.Add(Http.CsrfHeader, (await (await client.GetAsync("/api/session/antiforgery")).OkJsonAsync()).GetProperty("token").GetString());
            using var response = await client.SendAsync(request);
            statuses.Add((int)response.StatusCode);
        }
        return statuses;
    }

    /// <summary>The village as stored, without the ids that differ between engines: each record with its links by content.</summary>
    private static async Task<string> StoredAsync(ServerFixture server)
    {
        var households = await Sorted(server, "household");
        var persons = await Sorted(server, "person");
        var villageRecord = await Sorted(server, "village");
        var keyOf = households.Concat(persons).Concat(villageRecord).ToDictionary(e => e.Id, Canonical);
        var lines = new List<string>();
        foreach (var e in villageRecord.Concat(households).Concat(persons))
        {
            var links = e.Fields.Where(f => f.Value is string s && Guid.TryParse(s, out var g) && keyOf.ContainsKey(g))
                .Select(f => $"{f.Key}→{keyOf[Guid.Parse((string)f.Value!)]}");
            lines.Add($"{Canonical(e)} links[{string.Join(",", links)}]");
        }
        lines.Sort(StringComparer.Ordinal);
        var period = server.CurrentPeriod;
        var periodic = (await server.Store.GetPeriodicValuesAsync(Village, period))
            .Select(p => $"{(keyOf.TryGetValue(p.EntityId, out var k) ? k : "?")}:{p.Field}={JsonSerializer.Serialize(p.Value)}").Order(StringComparer.Ordinal);
        var chain = await server.Store.VerifyAsync(Village);
        var submission = await server.Store.GetSubmissionAsync(Village, period);
        return string.Join("\n", lines.Concat(periodic).Append($"events {chain.EventsChecked} intact {chain.IsIntact}")
            .Append($"submission {submission.Status} r{submission.Revision} v{submission.Version}"));
    }

    private static string Canonical(EntityDocument e)
    {
        var fields = e.Fields.Where(f => !(f.Value is string s && Guid.TryParse(s, out _)))
            .OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={JsonSerializer.Serialize(f.Value)}");
        return $"{e.EntityType} v{e.Version} from {e.ValidFrom:yyyy-MM-dd} retired {e.Retirement} {{{string.Join(";", fields)}}}";
    }

    private static string Shown(FuzzCase fuzz)
    {
        var text = fuzz.Body?.Write(r => new FuzzJson.Text($"<{r.EntityType} {r.Index}{(r.Version ? " version" : "")}>")) ?? $"{fuzz.Upload?.Length ?? 0} bytes";
        return text.Length <= 600 ? text : text[..600] + $"… ({text.Length} characters)";
    }
}
