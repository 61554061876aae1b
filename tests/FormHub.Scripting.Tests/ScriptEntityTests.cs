namespace FormHub.Scripting.Tests;

/// <summary>A scope entity's reference fields: parsed once and kept, a copy with other fields parsed anew, equality untouched.</summary>
public class ScriptEntityTests
{
    [Fact]
    public void AReferenceIsParsedOnceAndACopyWithOtherFieldsReadsItsOwn()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var person = new ScriptEntity(Guid.NewGuid(), "person", new Dictionary<string, object?> { ["household"] = first.ToString(), ["name"] = "王一" });
        var twin = new ScriptEntity(person.Id, "person", person.Fields);
        Assert.Equal(first, person.RefOf("household"));
        Assert.Equal(first, person.RefOf("household"));
        // Having parsed its reference makes an entity no less equal to an unparsed one with the same members.
        Assert.Equal(twin, person);
        Assert.Equal(twin.GetHashCode(), person.GetHashCode());

        var moved = person with { Fields = new Dictionary<string, object?> { ["household"] = second, ["name"] = "王一" } };
        Assert.Equal(second, moved.RefOf("household"));
        Assert.Null((person with { Fields = new Dictionary<string, object?> { ["name"] = "王一" } }).RefOf("household"));
        Assert.Null(person.RefOf("name"));
        Assert.Equal(first, person.RefOf("household"));
    }
}
