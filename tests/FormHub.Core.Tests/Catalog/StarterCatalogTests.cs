using FormHub.Core.Catalog;

namespace FormHub.Core.Tests.Catalog;

public class StarterCatalogTests
{
    private static readonly FieldCatalog Catalog = CatalogLoader.LoadDirectory(RepositoryRoot.Combine("form-templates", "catalog"));

    [Fact]
    public void The_starter_catalog_defines_village_household_and_person()
    {
        Assert.Equal(["household", "person", "village"], Catalog.EntityTypes.Select(t => t.Key));
        Assert.InRange(Catalog.FieldsOf("village").Count, 10, 20);
        Assert.InRange(Catalog.FieldsOf("household").Count, 10, 20);
        Assert.InRange(Catalog.FieldsOf("person").Count, 20, 40);
    }

    [Fact]
    public void Every_field_has_both_labels_and_an_owner()
    {
        Assert.All(Catalog.Fields, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.LabelZh), f.Key);
            Assert.False(string.IsNullOrWhiteSpace(f.LabelEn), f.Key);
            Assert.False(string.IsNullOrWhiteSpace(f.OwnerDepartment), f.Key);
        });
    }

    [Theory]
    [InlineData("birth_date")]
    [InlineData("gender")]
    [InlineData("sex")]
    [InlineData("age")]
    public void Facts_derived_from_the_id_number_are_never_asked_for(string name) =>
        Assert.Null(Catalog.FindField("person", name));

    [Fact]
    public void Identity_and_contact_fields_are_sensitive()
    {
        Assert.Equal(FieldType.IdNumber, Catalog.FindField("person.id_number")!.Type);
        Assert.Equal(Sensitivity.Sensitive, Catalog.FindField("person.id_number")!.Sensitivity);
        Assert.Equal(Sensitivity.Sensitive, Catalog.FindField("person.phone")!.Sensitivity);
        Assert.Equal("household", Catalog.FindField("person.household")!.RefEntityType);
        Assert.Equal(["name", "id_number"], Catalog.FindEntityType("person")!.SearchFields);
    }

    [Fact]
    public void The_dibao_template_fields_exist()
    {
        Assert.Equal(["在保", "停保", "未纳入"], Catalog.FindField("household.dibao_status")!.Options);
        Assert.Equal(FieldType.Int, Catalog.FindField("household.dibao_persons")!.Type);
        Assert.Equal(FieldKind.Periodic, Catalog.FindField("household.dibao_amount")!.Kind);
    }

    [Fact]
    public void Periodic_fields_own_their_period_monthly_payments_and_yearly_collective_accounts()
    {
        Assert.Equal(Core.Periods.PeriodType.Monthly, Catalog.FindField("household.dibao_amount")!.OwnPeriod);
        Assert.Equal(Core.Periods.PeriodType.Monthly, Catalog.FindField("person.disability_subsidy_amount")!.OwnPeriod);
        Assert.Equal(Core.Periods.PeriodType.Monthly, Catalog.FindField("person.elderly_allowance_amount")!.OwnPeriod);
        Assert.Equal(Core.Periods.PeriodType.Yearly, Catalog.FindField("village.collective_income")!.OwnPeriod);
        Assert.Equal(Core.Periods.PeriodType.Yearly, Catalog.FindField("household.per_capita_net_income")!.OwnPeriod);
    }
}
