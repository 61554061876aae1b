using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>
/// The same server on PostgreSQL: the workflow round trip, a few rows of the authorization matrix, masking, and the
/// refusals that depend on the engine (validation rolled back, version conflicts). Fails without FORMHUB_TEST_POSTGRES, like the storage contract tests.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class PostgresTests(PostgresServer server)
{
    [PostgresFact]
    public async Task TheServerRunsOnPostgres()
    {
        Assert.Equal("marten", server.Store.EngineName);
        var admin = await server.SignedInAsync(Accounts.Admin);
        var figure = await (await admin.GetAsync($"/api/units/{DemoCounty.County}/burden")).OkJsonAsync();
        Assert.Equal(22, figure.GetProperty("villages").GetInt32());
    }

    [PostgresFact]
    public Task AMonthGoesFromDraftThroughReturnAndApprovalToARevision() => WorkflowTests.RoundTripAsync(server, DemoCounty.Guihua, DemoCounty.Qingxi);

    [PostgresTheory]
    [InlineData(Accounts.Cadre, DemoCounty.Chengguan, "form")]
    [InlineData(Accounts.Cadre, DemoCounty.Chengguan, "entities")]
    [InlineData(Accounts.Cadre, DemoCounty.Chengguan, "changes")]
    [InlineData(Accounts.OtherTownshipCadre, DemoCounty.Shimen, "submission")]
    [InlineData(Accounts.Reviewer, DemoCounty.Fengshu, "entity")]
    [InlineData(Accounts.Reviewer, DemoCounty.Shiqiao, "review board")]
    [InlineData(Accounts.Reviewer, DemoCounty.Fengshu, "review")]
    [InlineData(Accounts.Department, DemoCounty.Shimen, "entities")]
    [InlineData(Accounts.Cadre, DemoCounty.Shimen, "review")]
    public Task AUserIsRefusedOutsideTheirScopeOrRole(string user, string unit, string endpoint) =>
        AuthorizationMatrixTests.AssertRefusedAsync(server, user, unit, endpoint);

    [PostgresTheory]
    [InlineData("reports", DemoCounty.Shimen)]
    [InlineData("burden", DemoCounty.County)]
    [InlineData("review board", DemoCounty.County)]
    public async Task ADepartmentUserNeverReceivesSensitiveFields(string endpoint, string unit)
    {
        var department = await server.SignedInAsync(Accounts.Department);
        using var response = await department.GetAsync(ApiEndpoints.Named(endpoint).Url(unit, Guid.Empty, server.CurrentPeriod));
        AuthorizationMatrixTests.AssertNoSensitiveData(server, await response.OkJsonAsync());
    }

    [PostgresFact]
    public Task ReviewersSeeMaskedIdNumbersAndNoBirthDate() => MaskingTests.AssertMaskedAsync(server, Accounts.Reviewer, DemoCounty.Shimen);

    [PostgresFact]
    public Task AnIdNumberWithABadCheckDigitIsRefusedAndNothingIsWritten() => BadInputTests.BadIdNumberAsync(server, DemoCounty.Xiafang);

    [PostgresFact]
    public Task AStaleVersionIsRefusedWith409AndTheOtherWritersValueIsKept() => BadInputTests.StaleVersionAsync(server, DemoCounty.Hetang);

    [PostgresTheory]
    [MemberData(nameof(UnstorableInputTests.UnstorableBodies), MemberType = typeof(UnstorableInputTests))]
    public Task TextThatCannotBeStoredIsRefusedAndNothingIsWritten(string name, string body) =>
        UnstorableInputTests.AssertBodyRefusedAsync(server, DemoCounty.Zhushan, name, body);

    [PostgresFact]
    public Task ASearchQueryWithANulIsRefused() => UnstorableInputTests.AssertSearchRefusedAsync(server, DemoCounty.Zhushan);

    [PostgresFact]
    public Task TheSecondOfTwoTabsSavingTheSameMonthlyValueGetsA409AndNothingOfItsBatchIsSaved() =>
        PeriodicConflictTests.SecondTabIsToldAsync(server, DemoCounty.Lingxia);

    [PostgresFact]
    public Task ARosterPageShowsTheMonthsAndTheYearsValuesWithTheirVersions() => RosterPeriodicValuesTests.PageShowsValuesAsync(server, DemoCounty.Huangkeng);

    [PostgresFact]
    public Task ACadreRegisteringAnotherVillagesResidentIsRefusedAndLearnsOnlyTheVillageAndTheMaskedHead() =>
        DuplicateIdNumberTests.AnotherVillagesResidentIsRefusedAsync(server, DemoCounty.Shangtang, DemoCounty.Fengshu);
}
