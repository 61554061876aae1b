using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Contract;

/// <summary>
/// A village read as of a date for one template's preview asks for the fields the template names: current documents
/// hold exactly those of their stored fields (the others are not read), and a document rebuilt from its events may hold more.
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task AVillageReadForSomeFieldsHoldsOnlyThoseOfEachCurrentDocument()
    {
        var (hh, person) = await SeedFamilyAsync();
        var day = new DateOnly(2026, 11, 30);

        var read = await Store.ListVillageAsOfAsync(VillageA, ["household", "person"], day, fields: new HashSet<string> { "person.name", "person.party_member", "household.dibao_persons" });

        var p = Assert.Single(read["person"]);
        Assert.Equal((person, "张三", (object?)true), (p.Id, p["name"], p["party_member"]));
        Assert.Equal(["name", "party_member"], p.Fields.Keys.Order(StringComparer.Ordinal));
        var h = Assert.Single(read["household"]);
        Assert.Equal((hh, (object?)2L), (h.Id, h["dibao_persons"]));
        Assert.Equal(["dibao_persons"], h.Fields.Keys);

        // No field asked of a type: its documents are listed with none of their fields.
        Assert.Empty(Assert.Single((await Store.ListVillageAsOfAsync(VillageA, ["household"], day, fields: new HashSet<string>()))["household"]).Fields);
    }

    [Fact]
    public async Task AVillageReadForSomeFieldsAsOfADateBeforeALaterChangeStillHoldsThoseFields()
    {
        var (_, person) = await SeedFamilyAsync();
        var s = Session();
        s.Change(person, 1, new Dictionary<string, object?> { ["name"] = "张三丰" }, new DateOnly(2026, 11, 10));
        await s.SaveChangesAsync();

        // Rebuilt from its events as of 7 November: its name then, whatever else the replay carries.
        var p = Assert.Single((await Store.ListVillageAsOfAsync(VillageA, ["person"], new DateOnly(2026, 11, 7), fields: new HashSet<string> { "person.name" }))["person"]);
        Assert.Equal("张三", p["name"]);
    }
}
