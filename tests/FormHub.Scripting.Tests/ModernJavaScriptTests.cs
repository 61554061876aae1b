using FormHub.Core.Text;

namespace FormHub.Scripting.Tests;

/// <summary>
/// Template authors may write modern JavaScript (Jint 4): arrow functions, let/const, template literals,
/// destructuring, ?. and ??, the Array methods. The checker finds the fields such code reads, also through
/// destructuring and through variables holding a callback or filter, and points at misspelt ones.
/// </summary>
public class ModernJavaScriptTests
{
    private static readonly TemplateEvaluator Evaluator = new();

    private static EvaluationScope Village() => TestData.Scope(
        [TestData.Household("甲", "在保", 3, 900m), TestData.Household("乙", "在保", 2, 600m), TestData.Household("丙", "停保", 4)],
        [TestData.Person("老王", TestData.Id(1940, 3, 1, 11), "一级", party: true), TestData.Person("小赵", TestData.Id(2010, 6, 1, 22))]);

    private static string Column(string expression) => $"""
          - id: v
            title: 值
            value: |
        {string.Join("\n", expression.Split('\n').Select(l => "          " + l))}
        """;

    private static object? Eval(string expression)
    {
        var row = Evaluator.Evaluate(TestData.Compile(TestData.Template(Column(expression))), Village());
        Assert.Empty(row.CellErrors);
        return row.Values["v"];
    }

    private static IReadOnlySet<string> FieldsRead(string expression) => TestData.Compile(TestData.Template(Column(expression))).FieldsRead;

    private static SourceProblem Problem(string expression)
    {
        var e = Assert.Throws<SourceProblemException>(() => TestData.Compile(TestData.Template(Column(expression))));
        return Assert.Single(e.Problems);
    }

    [Theory]
    [InlineData("count(households, h => h.dibao_status === '在保')", 2)]
    [InlineData("sum(households, ({dibao_status, dibao_persons}) => dibao_status === '在保' ? dibao_persons : 0)", 5)]
    [InlineData("const inPay = h => h.dibao_status === '在保';\ncount(households, inPay)", 2)]
    [InlineData("households.filter(h => h.dibao_status === '在保').map(h => h.dibao_amount).reduce((a, b) => a + b, 0)", 1500)]
    [InlineData("households.some(h => h.dibao_persons > 3) && households.every(h => h.dibao_persons > 1) ? 1 : 0", 1)]
    [InlineData("[[1, 2], [3]].flat().length", 3)]
    [InlineData("let n = 0;\nfor (const p of persons) { if (p.party_member) n++; }\nn", 1)]
    [InlineData("const [first, ...rest] = persons;\nrest.length + (first?.age ?? 0)", 87)]
    [InlineData("persons.find(p => p.name === '无此人')?.age ?? -1", -1)]
    public void ModernExpressionsGiveTheExpectedValue(string expression, double expected) =>
        Assert.Equal((decimal)expected, Eval(expression));

    [Fact]
    public void TemplateLiteralsBuildText() =>
        Assert.Equal("在保 2 户，共 5 人", Eval("`在保 ${count(households, {dibao_status: '在保'})} 户，共 ${sum(households, 'dibao_persons', {dibao_status: '在保'})} 人`"));

    [Fact]
    public void ConstCannotBeReassigned()
    {
        var row = Evaluator.Evaluate(TestData.Compile(TestData.Template(Column("const n = 1;\nn = 2;\nn"))), Village());
        Assert.Contains("脚本错误", row.CellErrors["v"].Message.Zh);
    }

    [Theory]
    [InlineData("count(households, h => h.dibao_status === '在保')", "household.dibao_status")]
    [InlineData("sum(households, ({dibao_persons}) => dibao_persons)", "household.dibao_persons")]
    [InlineData("const inPay = h => h.dibao_status === '在保';\ncount(households, inPay)", "household.dibao_status")]
    [InlineData("function big(h) { return h.dibao_persons > 3; }\ncount(households, big)", "household.dibao_persons")]
    [InlineData("const filter = {dibao_status: '在保'};\ncount(households, filter)", "household.dibao_status")]
    [InlineData("persons.filter(p => p.party_member).map(p => p.disability_grade).length", "person.disability_grade")]
    [InlineData("persons.filter(p => p.party_member).length", "person.party_member")]
    [InlineData("const p = persons[0];\np ? p.disability_grade : null", "person.disability_grade")]
    [InlineData("let n = 0;\nfor (const {party_member} of persons) if (party_member) n++;\nn", "person.party_member")]
    [InlineData("const {area_mu} = village;\narea_mu", "village.area_mu")]
    [InlineData("persons.find(p => p.age > 80)?.name ?? ''", "person.name")]
    public void FieldReadsAreFoundThroughArrowsDestructuringAndVariables(string expression, string field) =>
        Assert.Contains(field, FieldsRead(expression));

    [Theory]
    [InlineData("persons.filter(p => p['party_member']).length", "person.party_member")]
    [InlineData("village['area_mu']", "village.area_mu")]
    [InlineData("const {['disability_grade']: g} = persons[0];\ng", "person.disability_grade")]
    [InlineData("const adults = persons.filter(p => p.age >= 18);\nadults.map(p => p.disability_grade).length", "person.disability_grade")]
    [InlineData("village ? village['area_mu'] : null", "village.area_mu")]
    [InlineData("const graded = {disability_grade: '一级'};\ncount(persons, {...graded, party_member: true})", "person.disability_grade")]
    [InlineData("count(persons, {['party_member']: true})", "person.party_member")]
    [InlineData("const p = persons[0];\n!p || p === persons[1] ? 0 : p.disability_grade", "person.disability_grade")]
    [InlineData("let n = 0;\nfor (const p of persons) { if (p.party_member) n++ }\nn", "person.party_member")]
    [InlineData("persons.map(p => p.age);\nlet n = 0;\nfor (const p of persons.filter(q => q.age > 60)) n += p['party_member'] ? 1 : 0;\nn", "person.party_member")]
    [InlineData("const f = {party_member: true};\ncount(persons, f) + count(persons, {...f, disability_grade: f.x})", "person.party_member")]
    public void LiteralComputedReadsAreFieldReads(string expression, string field)
    {
        var t = TestData.Compile(TestData.Template(Column(expression)));
        Assert.Contains(field, t.FieldsRead);
        Assert.Empty(t.TypesReadWhole);
    }

    [Fact]
    public void AMisspeltLiteralComputedReadIsPointedAt() =>
        Assert.Contains("person.disability_grad 不在数据目录中", Problem("persons.filter(p => p['disability_grad']).length").Message.Zh);

    /// <summary>Reads the analyzer cannot follow field by field: the template may read any field of the type, so its scope keeps them all.</summary>
    [Theory]
    [InlineData("const k = 'party_member';\npersons.filter(p => p[k]).length", "person")]
    [InlineData("persons.map(p => Object.keys(p).length)[0]", "person")]
    [InlineData("Object.entries(village).length", "village")]
    [InlineData("JSON.stringify(persons).length", "person")]
    [InlineData("let n = 0;\nfor (const k in persons[0]) n++;\nn", "person")]
    [InlineData("persons.map(p => ({...p})).length", "person")]
    [InlineData("const {name, ...others} = persons[0];\nname", "person")]
    [InlineData("const [first] = persons;\nfirst.age", "person")]
    [InlineData("function grade(x) { return x.disability_grade; }\npersons.map(p => grade(p)).length", "person")]
    [InlineData("const name = 'dibao_persons';\nsum(households, name)", "household")]
    [InlineData("Object.values(groupBy(persons, 'gender')).length", "person")]
    [InlineData("[...persons].filter(p => p.party_member).length", "person")]
    [InlineData("(village || {}).area_mu", "village")]
    [InlineData("persons.map((p, i, all) => all[0].disability_grade)[0]", "person")]
    [InlineData("persons.map((...args) => args[0].disability_grade)[0]", "person")]
    [InlineData("count(households, (...args) => args[0].dibao_persons > 2)", "household")]
    [InlineData("households.reduce((a, h) => (a.dibao_persons ?? a) + h.dibao_persons)", "household")]
    [InlineData("const k = 'party_member';\ncount(persons, {[k]: true})", "person")]
    [InlineData("const f = Math.random() > 2 ? {party_member: true} : {};\ncount(persons, {...f})", "person")]
    [InlineData("persons.entries().next().value[1].age", "person")]
    [InlineData("function f(x) { return Object.keys(x).length; }\nlet n = 0;\nfor (const p of persons) n += f(p);\nn", "person")]
    [InlineData("let n = 0;\nfor (let p of persons) { p = households[0]; n += p.dibao_persons }\nn", "household")]
    [InlineData("let f = {party_member: true};\nf = {disability_grade: '一级'};\ncount(persons, f)", "person")]
    [InlineData("const f = {};\nf.disability_grade = '一级';\ncount(persons, f)", "person")]
    [InlineData("const f = {party_member: true, disability_grade: '一级'};\ndelete f.party_member;\ncount(persons, f)", "person")]
    [InlineData("const f = {};\nObject.assign(f, {disability_grade: '一级'});\ncount(persons, f)", "person")]
    [InlineData("const f = {};\nconst g = f;\ng.disability_grade = '一级';\ncount(persons, f)", "person")]
    [InlineData("let g = p => p.party_member;\ng = p => p.disability_grade === '一级';\npersons.filter(g).length", "person")]
    [InlineData("let g = p => p.party_member;\n[g] = [p => p.disability_grade === '一级'];\ncount(persons, g)", "person")]
    public void DynamicOrEnumeratingUseReadsEveryField(string expression, string type)
    {
        var t = TestData.Compile(TestData.Template(Column(expression)));
        Assert.Contains(type, t.TypesReadWhole);
        Assert.Contains(type, t.EntityTypesRead);
        Assert.True(t.IsAffectedBy(type, false, ["phone"]));
    }

    [Fact]
    public void AFieldReadByNameOnlyAffectsTheReportWhenThatFieldChanges()
    {
        var t = TestData.Compile(TestData.Template(Column("persons.filter(p => p['party_member']).length")));
        Assert.True(t.IsAffectedBy("person", false, ["party_member"]));
        Assert.False(t.IsAffectedBy("person", false, ["name"]));
    }

    [Theory]
    [InlineData("count(households, h => h.dibao_statu === '在保')", 3, 36, "household.dibao_statu 不在数据目录中（是否应为“dibao_status”？）")]
    [InlineData("sum(households, ({dibao_person}) => dibao_person)", 3, 29, "household.dibao_person 不在数据目录中（是否应为“dibao_persons”？）")]
    [InlineData("const inPay = h => h.dibao_statu === '在保';\ncount(households, inPay)", 3, 32, "household.dibao_statu")]
    [InlineData("const p = persons[0];\np.disability_grad", 4, 13, "person.disability_grad 不在数据目录中（是否应为“disability_grade”？）")]
    [InlineData("persons.map(p => p.nmae).join()", 3, 30, "person.nmae 不在数据目录中（是否应为“name”？）")]
    public void AMisspeltFieldIsPointedAtWithASuggestion(string expression, int line, int column, string message)
    {
        var p = Problem(expression);
        Assert.Equal(("test.yaml", line + 7, column), (p.File, p.Line, p.Column)); // the field name's first character
        Assert.Contains(message, p.Message.Zh);
    }
}
