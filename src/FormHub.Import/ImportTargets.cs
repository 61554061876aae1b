namespace FormHub.Import;

/// <summary>
/// Column targets that are not catalog fields of the imported entity: where a row lives and, for persons, which household
/// they belong to. Catalog fields are named by their field name (<c>id_number</c>).
/// </summary>
public static class ImportTargets
{
    /// <summary>The row's village: its 12-digit code or its name (unique within the importer's area).</summary>
    public const string Village = "@village";

    /// <summary>A person's household by its 户号.</summary>
    public const string HouseholdNumber = "@household_number";

    /// <summary>A person's household by its head's 公民身份号码.</summary>
    public const string HeadIdNumber = "@head_id_number";

    /// <summary>A column to leave out.</summary>
    public const string Ignore = "";

    /// <summary>Column names these targets go by, in the order they are tried.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Aliases = new Dictionary<string, string[]>
    {
        [Village] = ["村", "所属村", "村名", "村（社区）", "村(社区)", "村居", "行政村", "村委会", "所在村", "区划代码", "村代码"],
        [HouseholdNumber] = ["户号", "户编号", "户籍编号"],
        [HeadIdNumber] = ["户主身份证号", "户主身份证号码", "户主公民身份号码", "户主证件号码"],
    };

    /// <summary>The Chinese name of a target for messages and the mapping table.</summary>
    public static string? LabelZh(string target) => target switch
    {
        Village => "所属村",
        HouseholdNumber => "所在户的户号",
        HeadIdNumber => "户主公民身份号码",
        _ => null,
    };
}
