using FormHub.Core.OrgUnits;
using FormHub.Import;
using FormHub.Import.ValueSets;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Cli.Tests;

/// <summary>A department's system writing a month's payments in one request (DHIS2 dataValueSets style), on the domain service.</summary>
public sealed class ValueSetWriterTests : IAsyncLifetime
{
    private readonly TinyCounty _county = new();

    public Task InitializeAsync() => _county.InitializeAsync();

    public Task DisposeAsync() => _county.DisposeAsync();

    private static readonly ImportScope MinZheng = new("api:民政低保系统", RegionCode.Parse(TinyCounty.County), "民政");

    private async Task<List<string>> HeadIdNumbersAsync(IFormHubStore store, string village)
    {
        var persons = await store.ListAsync(new EntityQuery(village, "person") { Take = 1000 });
        return persons.Items.Where(p => p["relation_to_head"] as string == "户主").Select(p => (string)p["id_number"]!).Take(3).ToList();
    }

    [Fact]
    public async Task AMonthsPaymentsAreWrittenOnceAsTheApiAndNotCountedAsTyped()
    {
        var village = _county.Villages[0].Code.Value;
        var month = TinyCounty.CurrentMonth.Key;
        await using var store = await _county.Cli.OpenStoreAsync();
        var heads = await HeadIdNumbersAsync(store, village);
        var set = new DataValueSet(month, "idNumber", heads.Select((id, i) => new DataValue("household.dibao_amount", village, null, id, 701.5m + i)).ToList());
        var writer = new ValueSetWriter(store, TimeProvider.System);
        var county = RegionCode.Parse(TinyCounty.County);
        var typedBefore = (await store.CountTypedValuesAsync(county, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1))).Values.Sum();
        var before = await store.CountAsync();

        var dry = await writer.WriteAsync(set, MinZheng, dryRun: true);
        Assert.Equal("OK", dry.Status);
        Assert.Equal(3, dry.Imported + dry.Updated);
        Assert.False(dry.Written);
        Assert.Equal(before, await store.CountAsync());

        var written = await writer.WriteAsync(set, MinZheng, dryRun: false);
        Assert.True(written.Written);
        Assert.Equal(3, written.Imported + written.Updated);
        var values = await store.GetPeriodicValuesAsync(village, month, "household");
        Assert.Contains(values, v => v.Field == "dibao_amount" && Equals(v.Value, 702.5m));

        var again = await writer.WriteAsync(set, MinZheng, dryRun: false);
        Assert.Equal((0, 0, 3), (again.Imported, again.Updated, again.Ignored));
        Assert.False(again.Written);

        // The burden figure counts only what was typed into forms: the department's system typed these.
        var typedAfter = (await store.CountTypedValuesAsync(county, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1))).Values.Sum();
        Assert.Equal(typedBefore, typedAfter);
        var household = values.First(v => v.Field == "dibao_amount" && Equals(v.Value, 702.5m)).EntityId;
        var set1 = (await store.GetHistoryAsync(household)).Last(e => e.Kind == EventKind.PeriodicSet);
        Assert.Equal(ChangeSource.Api, set1.Source);
        Assert.StartsWith("api:民政低保系统（values[", set1.User);
    }

    [Fact]
    public async Task ARequestWithAnyBadValueWritesNothingAndLocatesEveryError()
    {
        var village = _county.Villages[0].Code.Value;
        await using var store = await _county.Cli.OpenStoreAsync();
        var heads = await HeadIdNumbersAsync(store, village);
        var before = await store.CountAsync();
        var set = new DataValueSet(TinyCounty.CurrentMonth.Key, "idNumber",
        [
            new DataValue("household.dibao_amount", village, null, heads[0], 123m),
            new DataValue("household.dibao_amount", village, null, heads[1], 200000m),
            new DataValue("household.dibao_amount", village, null, ImportFiles.IdNumber(999, 1970), 100m),
            new DataValue("person.pension_amount", village, null, heads[2], 100m),
            new DataValue("household.dibao_status", village, null, heads[2], "在保"),
            new DataValue("household.dibao_amount", "360835000000", null, heads[2], 100m),
        ]);

        var outcome = await new ValueSetWriter(store, TimeProvider.System).WriteAsync(set, MinZheng, dryRun: false);

        Assert.Equal("ERROR", outcome.Status);
        Assert.False(outcome.Written);
        Assert.Equal(5, outcome.Conflicts);
        Assert.Contains(outcome.Errors, e => e.StartsWith("values[1].value: 「本月低保金发放金额」", StringComparison.Ordinal));
        Assert.Contains(outcome.Errors, e => e.StartsWith("values[2].idNumber: 村 ", StringComparison.Ordinal));
        Assert.Contains(outcome.Errors, e => e.StartsWith("values[3].dataElement: 「本月养老金领取金额」的数源部门是人社", StringComparison.Ordinal));
        Assert.Contains(outcome.Errors, e => e.StartsWith("values[4].dataElement: 「低保状态」不是按期填报的字段", StringComparison.Ordinal));
        Assert.Contains(outcome.Errors, e => e.StartsWith("values[5].orgUnit: ", StringComparison.Ordinal));
        Assert.Equal(before, await store.CountAsync());
    }

    [Fact]
    public async Task RecordsAreFoundByIdOrByIdNumberInTheirOwnVillageOnlyAndRetiredOnesAreRefused()
    {
        var (village, other) = (_county.Villages[0].Code.Value, _county.Villages[1].Code.Value);
        var month = TinyCounty.CurrentMonth.Key;
        await using var store = await _county.Cli.OpenStoreAsync();
        var persons = (await store.ListAsync(new EntityQuery(village, "person") { Take = 1000 })).Items;
        var (kept, retired) = (persons[0], persons[1]);
        var session = store.OpenSession("admin", ChangeSource.Form);
        session.Retire(retired.Id, retired.Version, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), RetirementReason.MovedOut);
        await session.SaveChangesAsync();
        var household = (await store.ListAsync(new EntityQuery(village, "household") { Take = 1 })).Items[0];
        var writer = new ValueSetWriter(store, TimeProvider.System);

        var byNumber = await writer.WriteAsync(new DataValueSet(month, "idNumber",
        [
            new DataValue("person.disability_subsidy_amount", village, null, " " + ((string)kept["id_number"]!).ToLowerInvariant() + " ", 88m),
            new DataValue("person.disability_subsidy_amount", village, null, (string)retired["id_number"]!, 88m),
            new DataValue("person.disability_subsidy_amount", other, null, (string)kept["id_number"]!, 88m),
        ]), MinZheng, dryRun: true);
        Assert.Equal(["values[1].idNumber", "values[2].idNumber"], byNumber.Errors.Select(e => e[..e.IndexOf(':')]));

        var byId = await writer.WriteAsync(new DataValueSet(month, "id",
        [
            new DataValue("person.disability_subsidy_amount", null, kept.Id.ToString(), null, 88m),
            new DataValue("person.disability_subsidy_amount", null, retired.Id.ToString(), null, 88m),
            new DataValue("person.disability_subsidy_amount", null, household.Id.ToString(), null, 88m),
            new DataValue("person.disability_subsidy_amount", null, Guid.NewGuid().ToString(), null, 88m),
            new DataValue("household.dibao_amount", null, household.Id.ToString(), null, 500m),
        ]), MinZheng, dryRun: true);
        Assert.Equal(["values[1].record", "values[2].record", "values[3].record"], byId.Errors.Select(e => e[..e.IndexOf(':')]));

        var written = await writer.WriteAsync(new DataValueSet(month, "id",
        [
            new DataValue("person.disability_subsidy_amount", null, kept.Id.ToString(), null, 88m),
            new DataValue("household.dibao_amount", null, household.Id.ToString(), null, 500m),
        ]), MinZheng, dryRun: false);
        Assert.Equal((2, true), (written.Imported + written.Updated, written.Written));
        Assert.Equal(88m, (await store.GetPeriodicValuesAsync(village, [month], [kept.Id])).Single(v => v.Field == "disability_subsidy_amount").Value);
        Assert.True((await store.VerifyAsync(village)).IsIntact);
    }
}
