using FsCheck;
using FsCheck.Fluent;

namespace FormHub.Server.Tests.Fuzz;

/// <summary>
/// FsCheck generators of hostile request bodies: any JSON, any Unicode (NUL, lone surrogates, pairs, noncharacters,
/// right-to-left marks, CJK), numbers in every form, strings up to the request limit, and change batches shaped like the
/// real ones (so they get past binding and reach validation and the store) with any of that in their fields.
/// </summary>
public static class FuzzInputs
{
    private static readonly char[] Awkward =
    [
        '\0', '\u0001', '\t', '\n', '\u001f', '\u007f', '\u00a0', '\u200b', '\u200f', '\u202e', '\ufeff', '\ufffd', '\uffff', '\ufffe',
        '\ud800', '\udbff', '\udc00', '\udfff', '"', '\\', '/', '<', '\'', '%', '$', '.', '[', ']',
    ];

    private static Gen<char> Character() => Gen.Frequency(
        (6, Gen.Choose(0x20, 0x7e).Select(i => (char)i)),
        (4, Gen.Choose(0x4e00, 0x9fa5).Select(i => (char)i)),
        (3, Gen.Elements(Awkward)),
        (1, Gen.Choose(0, 0xffff).Select(i => (char)i)));

    /// <summary>Any UTF-16 text (lone surrogates included), now and then one near the request size limit.</summary>
    public static Gen<string> AnyText() => Gen.Frequency(
        (30, Gen.Sized(size => Gen.Choose(0, Math.Max(1, size)).SelectMany(n => Gen.ArrayOf(Character(), n)).Select(cs => new string(cs)))),
        (3, Gen.Elements("", " ", "null", "true", "0", "-1", "1e400", "360835198803141234", "2026-13-40", "9999-12-31", "0001-01-01", "2026-11", "create", "change", "retire")),
        (1, Gen.Zip(Character(), Gen.Choose(100_000, 400_000)).Select(t => new string(t.Item1, t.Item2))));

    public static Gen<FuzzJson> AnyNumber() => Gen.OneOf(
        Gen.Choose(-5, 200).Select(i => (FuzzJson)new FuzzJson.Number(i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        Gen.Elements<FuzzJson>(
            new FuzzJson.Number("-0"), new FuzzJson.Number("1e400"), new FuzzJson.Number("-1e400"), new FuzzJson.Number("0.1"),
            new FuzzJson.Number("123456789012345678901234567890"), new FuzzJson.Number("360835198803141234"), new FuzzJson.Number("9223372036854775808"),
            new FuzzJson.Number("1.7976931348623157e308"), new FuzzJson.Number("3.14159265358979323846264338327950288"), new FuzzJson.Number("1E-400")));

    /// <summary>Any JSON value, nested a few levels.</summary>
    public static Gen<FuzzJson> AnyJson() => Gen.Sized(size => AnyJson(Math.Min(size, 30), 3));

    private static Gen<FuzzJson> AnyJson(int size, int depth)
    {
        var leaf = Gen.Frequency(
            (1, Gen.Constant<FuzzJson>(new FuzzJson.Null())),
            (1, Gen.Elements(true, false).Select(b => (FuzzJson)new FuzzJson.Bool(b))),
            (2, AnyNumber()),
            (4, AnyText().Select(s => (FuzzJson)new FuzzJson.Text(s))));
        if (depth == 0) return leaf;
        var child = AnyJson(size / 2, depth - 1);
        return Gen.Frequency(
            (4, leaf),
            (1, Gen.ListOf(child, Math.Min(size, 6)).Select(items => (FuzzJson)new FuzzJson.Array(items.ToList()))),
            (2, Gen.ListOf(Gen.Zip(AnyKey(), child), Math.Min(size, 6)).Select(m => (FuzzJson)new FuzzJson.Object(m.Select(t => (t.Item1, t.Item2)).ToList()))));
    }

    private static Gen<string> AnyKey() => Gen.Frequency((3, AnyText().Where(s => s.Length < 1000)), (1, Gen.Elements("period", "operations", "op", "fields", "id", "version", "entityType", "action", "values", "templateId", "userName", "password")));

    /// <summary>A field value: usually something sensible for some field, often not.</summary>
    private static Gen<FuzzJson> AnyValue(IReadOnlyList<string> idNumbers) => Gen.Frequency(
        (4, AnyJson()),
        (2, Gen.Elements(idNumbers.ToArray()).Select(s => (FuzzJson)new FuzzJson.Text(s))),
        (2, Gen.Elements("在保", "是", "否", "户主", "在家", "汉族", "13800138000", "2020-01-01", "2026-11-30", "3", "12.5", "张三")
            .Select(s => (FuzzJson)new FuzzJson.Text(s))));

    private static Gen<(T1 Item1, T2 Item2, T3 Item3)> Zip3<T1, T2, T3>(Gen<T1> a, Gen<T2> b, Gen<T3> c) =>
        Gen.Zip(Gen.Zip(a, b), c).Select(t => (t.Item1.Item1, t.Item1.Item2, t.Item2));

    private static FuzzJson Obj(params (string, FuzzJson?)[] members) =>
        new FuzzJson.Object(members.Where(m => m.Item2 is not null).Select(m => (m.Item1, m.Item2!)).ToList());

    private static FuzzJson Str(string s) => new FuzzJson.Text(s);

    private static Gen<FuzzJson?> Maybe(Gen<FuzzJson> gen) => Gen.Frequency((3, gen.Select(j => (FuzzJson?)j)), (1, Gen.Constant<FuzzJson?>(null)));

    private static Gen<FuzzJson> Fields(IReadOnlyList<string> names, IReadOnlyList<string> idNumbers) =>
        Gen.ListOf(Gen.Zip(Gen.Frequency((5, Gen.Elements(names.ToArray())), (1, AnyKey())), AnyValue(idNumbers)), 4)
            .Select(m => (FuzzJson)new FuzzJson.Object(m.DistinctBy(t => t.Item1).Select(t => (t.Item1, t.Item2)).ToList()));

    private static Gen<FuzzJson> AnyDate() => Gen.Frequency(
        (3, Gen.Choose(-4000, 400).Select(d => (FuzzJson)Str(new DateOnly(2026, 11, 30).AddDays(d).ToString("yyyy-MM-dd")))),
        (1, AnyJson()));

    /// <summary>Text a cadre might type, in any script (pairs included), short: the saves that should succeed.</summary>
    private static Gen<string> PlausibleText() =>
        Gen.ListOf(Gen.Frequency((5, Gen.Choose(0x4e00, 0x9fa5).Select(i => (char)i)), (2, Gen.Choose(0x30, 0x7a).Select(i => (char)i)), (1, Gen.Elements(' ', '·', '（', '）'))), 12)
            .Select(cs => new string(cs.ToArray())).Select(t => t.Trim().Length == 0 ? "张" + t : t);

    /// <summary>A change or create likely to pass validation (with text from anywhere in Unicode now and then).</summary>
    private static Gen<FuzzJson> PlausibleOperation() => Gen.Frequency(
        (3, Gen.Zip(Gen.Choose(0, 9), Gen.Frequency((5, PlausibleText()), (1, AnyText()))).Select(t =>
            Obj(("op", Str("change")), ("id", new FuzzJson.Reference("household", t.Item1, false)), ("version", new FuzzJson.Reference("household", t.Item1, true)),
                ("fields", Obj(("address", Str(t.Item2))))))),
        (2, Gen.Frequency((5, PlausibleText()), (1, AnyText())).Select(name =>
            Obj(("op", Str("create")), ("entityType", Str("household")), ("fields", Obj(("name", Str(name))))))),
        (1, Zip3(Gen.Choose(0, 9), Gen.Choose(0, 3000), Gen.Choose(0, 2)).Select(t =>
            Obj(("op", Str("change")), ("id", new FuzzJson.Reference("household", t.Item1, false)), ("version", new FuzzJson.Reference("household", t.Item1, true)),
                ("periodic", Obj(("dibao_amount", new FuzzJson.Number(t.Item2.ToString(System.Globalization.CultureInfo.InvariantCulture))))),
                ("periodicVersions", Obj(("dibao_amount", new FuzzJson.Number(t.Item3.ToString(System.Globalization.CultureInfo.InvariantCulture)))))))));

    /// <summary>One operation of a change batch, shaped like the form's, over the fields of the catalog.</summary>
    public static Gen<FuzzJson> Operation(FuzzCatalog catalog) => Gen.Frequency(
        (4, PlausibleOperation()),
        (3, Gen.Zip(Gen.Elements("household", "person"), Gen.Choose(0, 9)).SelectMany(t =>
            Gen.Zip(Fields(catalog.FieldsOf(t.Item1), catalog.IdNumbers), Maybe(AnyDate())).Select(f =>
                t.Item1 == "person" && f.Item1 is FuzzJson.Object o
                    ? Obj(("op", Str("create")), ("entityType", Str("person")), ("validFrom", f.Item2),
                        ("fields", new FuzzJson.Object(o.Members.Where(m => m.Key != "household").Append(("household", new FuzzJson.Reference("household", t.Item2, false))).ToList())))
                    : Obj(("op", Str("create")), ("entityType", Str(t.Item1)), ("fields", f.Item1), ("validFrom", f.Item2))))),
        (3, Zip3(Gen.Elements("household", "person"), Gen.Choose(0, 9), Gen.Elements(true, true, false)).SelectMany(t =>
            Gen.Zip(Fields(catalog.FieldsOf(t.Item1), catalog.IdNumbers), Maybe(AnyDate())).SelectMany(f =>
                Maybe(Gen.ListOf(Gen.Zip(Gen.Elements(catalog.PeriodicOf(t.Item1).DefaultIfEmpty("x").ToArray()), AnyValue(catalog.IdNumbers)), 2)
                    .Select(p => (FuzzJson)new FuzzJson.Object(p.DistinctBy(x => x.Item1).Select(x => (x.Item1, x.Item2)).ToList())))
                .SelectMany(periodic => AnyNumber().Select(badVersion =>
                    Obj(("op", Str("change")), ("id", new FuzzJson.Reference(t.Item1, t.Item2, false)),
                        ("version", t.Item3 ? new FuzzJson.Reference(t.Item1, t.Item2, true) : badVersion),
                        ("fields", f.Item1), ("validFrom", f.Item2), ("periodic", periodic),
                        ("periodicVersions", periodic is FuzzJson.Object p ? new FuzzJson.Object(p.Members.Select(m => (m.Key, (FuzzJson)new FuzzJson.Number("0"))).ToList()) : null))))))),
        (1, Zip3(Gen.Choose(0, 9), AnyDate(), Gen.Elements("death", "movedOut", "dissolved", "duplicate", "other", "explode")).SelectMany(t =>
            AnyText().Where(s => s.Length < 500).Select(note => Obj(("op", Str("retire")), ("id", new FuzzJson.Reference("person", t.Item1, false)),
                ("version", new FuzzJson.Reference("person", t.Item1, true)), ("date", t.Item2), ("reason", Str(t.Item3)), ("note", Str(note)))))),
        (1, AnyJson()));

    /// <summary>A change batch: mostly well formed with hostile contents, sometimes any JSON at all.</summary>
    public static Gen<FuzzJson> ChangeBatch(FuzzCatalog catalog, string period) => Gen.Frequency(
        (4, Gen.Zip(Gen.Choose(1, 3).SelectMany(n => Gen.ListOf(Operation(catalog), n)), Gen.Frequency((6, Gen.Constant<FuzzJson>(Str(period))), (1, AnyJson())))
            .Select(t => Obj(("period", t.Item2), ("operations", new FuzzJson.Array(t.Item1.ToList()))))),
        (1, AnyJson()));

    /// <summary>A body for the other write endpoints: any JSON, or the expected shape with hostile values.</summary>
    public static Gen<FuzzJson> Body(params string[] keys) => Gen.Frequency(
        (1, AnyJson()),
        (2, Gen.ListOf(Gen.Zip(Gen.Elements(keys), AnyValue(["360835196905078615"])), keys.Length + 1)
            .Select(m => (FuzzJson)new FuzzJson.Object(m.DistinctBy(t => t.Item1).Select(t => (t.Item1, t.Item2)).ToList()))));
}

/// <summary>What the generators need from the catalog and the seeded village: field names and some ID numbers in use.</summary>
public sealed record FuzzCatalog(IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes, IReadOnlyDictionary<string, IReadOnlyList<string>> Periodic,
    IReadOnlyList<string> IdNumbers)
{
    public IReadOnlyList<string> FieldsOf(string type) => Attributes[type];

    public IReadOnlyList<string> PeriodicOf(string type) => Periodic[type];
}
