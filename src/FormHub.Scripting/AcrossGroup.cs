namespace FormHub.Scripting;

/// <summary>
/// A county-wide group of an across-villages rule as one of its records' findings sees it: the other records (ids and
/// villages, for links a viewer may or may not follow) and, for the message, only village names and counts — never
/// another village's names, households or fields, so a message stored in one village tells nothing private of another.
/// </summary>
public sealed record AcrossGroup(IReadOnlyList<AcrossRecord> Others, IReadOnlyList<string> VillageNames, IReadOnlyList<string> OtherVillageNames,
    int Households, int Records)
{
    /// <summary>What the message's <c>group</c> holds: villages and other_villages (names joined with 、), village_count, households, records.</summary>
    public IReadOnlyDictionary<string, object?> ScriptValue => new Dictionary<string, object?>
    {
        ["villages"] = string.Join('、', VillageNames),
        ["other_villages"] = string.Join('、', OtherVillageNames),
        ["village_count"] = (long)VillageNames.Count,
        ["households"] = (long)Households,
        ["records"] = (long)Records,
    };
}

/// <summary>One record of an across-villages group, by id and village.</summary>
public sealed record AcrossRecord(Guid EntityId, string VillageCode);
