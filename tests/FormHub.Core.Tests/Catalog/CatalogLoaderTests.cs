using FormHub.Core.Catalog;
using FormHub.Core.Text;

namespace FormHub.Core.Tests.Catalog;

public class CatalogLoaderTests
{
    private const string Household = """
        entity: household
        label: {zh: 户, en: Household}
        fields:
          - name: name
            type: text
            label: {zh: 户主姓名, en: Head of household}
            owner: 公安
        """;

    private static FieldCatalog Load(params string[] yamls) =>
        CatalogLoader.Load(yamls.Select((y, i) => ($"f{i + 1}.yaml", y)));

    private static IReadOnlyList<SourceProblem> Problems(params string[] yamls) =>
        Assert.Throws<SourceProblemException>(() => Load(yamls)).Problems;

    /// <summary>The one problem found, asserted to be at this line and column of f1.yaml.</summary>
    private static LocalizedText SingleProblemAt(int line, int column, params string[] yamls)
    {
        var problem = Assert.Single(Problems(yamls));
        Assert.Equal(("f1.yaml", line, column), (problem.File, problem.Line, problem.Column));
        return problem.Message;
    }

    [Fact]
    public void A_complete_definition_loads_with_every_attribute()
    {
        var catalog = Load(Household, """
            entity: person
            label: {zh: 人员, en: Person}
            search: [name]
            fields:
              - name: name
                type: text
                label: {zh: 姓名, en: Name}
                owner: 公安
                validation: {required: true, min_length: 1, max_length: 50, pattern: '^\S+$', pattern_message: 姓名不能含空格}
              - name: disability_grade
                type: enum
                label: {zh: 残疾等级, en: Disability grade}
                owner: 残联
                sensitivity: sensitive
                options: [一级, 二级, 三级, 四级]
              - name: subsidy_amount
                type: decimal
                label: {zh: 本月补贴, en: Subsidy this month}
                owner: 民政
                kind: periodic
                period: quarterly
                unit: 元
                validation: {min: 0, max: 5000.5}
              - name: household
                type: entity-ref
                ref: household
                label: {zh: 所在户, en: Household}
                owner: 公安
            """);

        var person = catalog.FindEntityType("person")!;
        Assert.Equal(("人员", "Person", "f2.yaml", 1), (person.LabelZh, person.LabelEn, person.SourceFile, person.SourceLine));
        Assert.Equal(["name"], person.SearchFields);
        Assert.Equal(4, catalog.FieldsOf("person").Count);

        var name = catalog.FindField("person.name")!;
        Assert.Equal((FieldType.Text, Sensitivity.Internal, FieldKind.Attribute, 5), (name.Type, name.Sensitivity, name.Kind, name.SourceLine));
        Assert.Equal(new FieldValidation { Required = true, MinLength = 1, MaxLength = 50, Pattern = @"^\S+$", PatternMessage = "姓名不能含空格" }, name.Validation);

        var grade = catalog.FindField("person", "disability_grade")!;
        Assert.Equal((FieldType.Enum, Sensitivity.Sensitive, "残联"), (grade.Type, grade.Sensitivity, grade.OwnerDepartment));
        Assert.Equal(["一级", "二级", "三级", "四级"], grade.Options);

        var subsidy = catalog.FindField("person.subsidy_amount")!;
        Assert.Equal((FieldKind.Periodic, "元", 0m, 5000.5m), (subsidy.Kind, subsidy.Unit, subsidy.Validation.Min, subsidy.Validation.Max));
        Assert.Equal(Periods.PeriodType.Quarterly, subsidy.OwnPeriod);
        Assert.Equal("household", catalog.FindField("person.household")!.RefEntityType);
    }

    [Fact]
    public void A_yaml_syntax_error_points_at_yamls_own_position()
    {
        var message = SingleProblemAt(3, 9, """
            entity: person
            label: {zh: 人员, en: Person}
            fields: - name: x
            """);
        Assert.StartsWith("YAML 语法错误", message.Zh);
    }

    [Fact]
    public void An_unclosed_bracket_is_reported_on_its_line()
    {
        var message = SingleProblemAt(7, 17, """
            entity: person
            label: {zh: 人员, en: Person}
            fields:
              - name: grade
                type: enum
                owner: 残联
                options: [一级, 二级
                label: {zh: 等级, en: Grade}
            """);
        Assert.Contains("[ ]", message.Zh);
    }

    [Fact]
    public void A_key_written_twice_is_named()
    {
        var message = SingleProblemAt(3, 1, """
            entity: person
            label: {zh: 人员, en: Person}
            label: {zh: 人员, en: Person}
            fields: []
            """);
        Assert.Equal("键“label”在同一层级出现了两次", message.Zh);
    }

    [Fact]
    public void An_unknown_key_is_named_with_a_suggestion_and_the_allowed_keys()
    {
        var message = SingleProblemAt(6, 5, """
            entity: person
            label: {zh: 人员, en: Person}
            fields:
              - name: name
                type: text
                lable: {zh: 姓名, en: Name}
                label: {zh: 姓名, en: Name}
                owner: 公安
            """);
        Assert.Equal("未知的键“lable”（是否应为“label”？），可用的键：name, type, label, owner, sensitivity, kind, period, unit, options, ref, validation, aliases", message.Zh);
        Assert.StartsWith("Unknown key 'lable' (did you mean 'label'?); allowed keys: name, type", message.En);
    }

    [Fact]
    public void Unknown_keys_are_found_at_every_level()
    {
        var problems = Problems("""
            entity: person
            label: {zh: 人员, en: Person, fr: Personne}
            searh: [name]
            fields:
              - name: name
                type: text
                label: {zh: 姓名, en: Name}
                owner: 公安
                validation: {requird: true}
            """);
        Assert.Equal([(2, 29), (3, 1), (9, 18)], problems.Select(p => (p.Line, p.Column)));
        Assert.Contains("可用的键：zh, en", problems[0].Message.Zh);
        Assert.Contains("“search”", problems[1].Message.Zh);
        Assert.Contains("“required”", problems[2].Message.Zh);
    }

    [Fact]
    public void Missing_required_keys_point_at_the_mapping_that_lacks_them()
    {
        var problems = Problems("""
            entity: person
            label: {zh: 人员}
            fields:
              - name: name
                label: {en: Name}
              - type: text
                label: {zh: 姓名, en: Name}
                owner: 公安
            """);
        Assert.Equal([(2, 8), (4, 5), (4, 5), (5, 12), (6, 5)], problems.Select(p => (p.Line, p.Column)));
        Assert.Equal("label 缺少必填的键“en”（英文名称）", problems[0].Message.Zh);
        Assert.Equal(["字段“name”缺少必填的键“type”（字段类型，如 text、int、enum）", "字段“name”缺少必填的键“owner”（数源部门，如 民政）"],
            problems.Skip(1).Take(2).Select(p => p.Message.Zh));
        Assert.Equal("字段“name”的 label 缺少必填的键“zh”（中文名称）", problems[3].Message.Zh);
        Assert.Equal("The label of field 'name' is missing the required key 'zh' (the Chinese label)", problems[3].Message.En);
        Assert.Equal("字段缺少必填的键“name”（字段名，如 disability_grade）", problems[4].Message.Zh);
    }

    [Fact]
    public void Missing_top_level_keys_point_at_the_start_of_the_file()
    {
        var problems = Problems("label: {zh: 人员, en: Person}\n");
        Assert.Equal([(1, 1), (1, 1)], problems.Select(p => (p.Line, p.Column)));
        Assert.Equal(["缺少必填的键“entity”（实体类型名，如 person）", "缺少必填的键“fields”（字段列表）"], problems.Select(p => p.Message.Zh).Order());
    }

    [Fact]
    public void A_key_with_no_value_counts_as_missing()
    {
        var message = SingleProblemAt(7, 5, """
            entity: person
            label: {zh: 人员, en: Person}
            fields:
              - name: name
                type: text
                label: {zh: 姓名, en: Name}
                owner:
            """);
        Assert.Equal("字段“name”的键“owner”没有值，应填写数源部门，如 民政", message.Zh);
    }

    [Fact]
    public void An_unknown_type_lists_the_valid_types()
    {
        var message = SingleProblemAt(5, 11, """
            entity: person
            label: {zh: 人员, en: Person}
            fields:
              - name: name
                type: txt
                label: {zh: 姓名, en: Name}
                owner: 公安
            """);
        Assert.Equal("未知的字段类型“txt”（是否应为“text”？），可用的值：text, int, decimal, date, bool, enum, id-number, phone, uscc, org-unit-ref, entity-ref", message.Zh);
    }

    [Fact]
    public void An_unknown_sensitivity_or_kind_lists_the_valid_values()
    {
        var problems = Problems("""
            entity: person
            label: {zh: 人员, en: Person}
            fields:
              - name: name
                type: text
                label: {zh: 姓名, en: Name}
                owner: 公安
                sensitivity: private
                kind: monthly
            """);
        Assert.Equal([(8, 18), (9, 11)], problems.Select(p => (p.Line, p.Column)));
        Assert.Equal("未知的敏感级别“private”，可用的值：public, internal, sensitive, secret", problems[0].Message.Zh);
        Assert.Equal("未知的字段种类“monthly”，可用的值：attribute, periodic", problems[1].Message.Zh);
    }

    [Fact]
    public void A_periodic_field_without_its_own_period_is_refused_at_its_kind()
    {
        var message = SingleProblemAt(8, 11, """
            entity: person
            label: {zh: 人员, en: Person}
            fields:
              - name: subsidy_amount
                type: decimal
                label: {zh: 本月补贴, en: Subsidy this month}
                owner: 民政
                kind: periodic
            """);
        Assert.Equal("字段“subsidy_amount”按期填报，必须用 period 写明按哪种期别填报：monthly（按月）、quarterly（按季）或 yearly（按年），如 period: monthly", message.Zh);
        Assert.Contains("needs period naming its own period", message.En);
    }

    [Fact]
    public void A_period_is_one_of_monthly_quarterly_yearly_and_only_on_periodic_fields()
    {
        var problems = Problems("""
            entity: person
            label: {zh: 人员, en: Person}
            fields:
              - name: subsidy_amount
                type: decimal
                label: {zh: 本月补贴, en: Subsidy this month}
                owner: 民政
                kind: periodic
                period: weekly
              - name: name
                type: text
                label: {zh: 姓名, en: Name}
                owner: 公安
                period: monthly
            """);
        Assert.Equal([(9, 13), (14, 5)], problems.Select(p => (p.Line, p.Column)));
        Assert.Equal("未知的期别“weekly”，可用的值：monthly, quarterly, yearly", problems[0].Message.Zh);
        Assert.Equal("period 只适用于按期填报的字段（kind: periodic）", problems[1].Message.Zh);
    }

    [Fact]
    public void A_duplicate_field_name_names_the_first_definition()
    {
        var message = SingleProblemAt(9, 11, """
            entity: person
            label: {zh: 人员, en: Person}
            fields:
              - name: name
                type: text
                label: {zh: 姓名, en: Name}
                owner: 公安

              - name: name
                type: text
                label: {zh: 曾用名, en: Former name}
                owner: 公安
            """);
        Assert.Equal("字段名“name”重复，第4行已定义", message.Zh);
    }

    [Fact]
    public void An_entity_type_defined_in_two_files_names_the_first_file()
    {
        var problem = Assert.Single(Problems(Household, Household));
        Assert.Equal(("f2.yaml", 1, 9), (problem.File, problem.Line, problem.Column));
        Assert.Equal("实体类型“household”重复定义，已在 f1.yaml 第1行定义", problem.Message.Zh);
    }

    [Fact]
    public void An_enum_needs_options_and_only_an_enum_may_have_them()
    {
        var problems = Problems("""
            entity: person
            label: {zh: 人员, en: Person}
            fields:
              - name: grade
                type: enum
                label: {zh: 等级, en: Grade}
                owner: 残联
              - name: name
                type: text
                label: {zh: 姓名, en: Name}
                owner: 公安
                options: [a, b]
            """);
        Assert.Equal([(5, 11), (12, 5)], problems.Select(p => (p.Line, p.Column)));
        Assert.Equal("enum 字段必须用 options 列出可选值，如 options: [一级, 二级]", problems[0].Message.Zh);
        Assert.Equal("options 只适用于 enum 字段", problems[1].Message.Zh);
    }

    [Fact]
    public void An_entity_ref_needs_ref_and_only_an_entity_ref_may_have_it()
    {
        var problems = Problems("""
            entity: person
            label: {zh: 人员, en: Person}
            fields:
              - name: household
                type: entity-ref
                label: {zh: 所在户, en: Household}
                owner: 公安
              - name: name
                type: text
                ref: household
                label: {zh: 姓名, en: Name}
                owner: 公安
            """);
        Assert.Equal([(5, 11), (10, 5)], problems.Select(p => (p.Line, p.Column)));
        Assert.Contains("ref: household", problems[0].Message.Zh);
        Assert.Equal("ref 只适用于 entity-ref 字段", problems[1].Message.Zh);
    }

    [Fact]
    public void A_ref_to_an_unknown_entity_type_lists_the_known_ones()
    {
        var message = SingleProblemAt(6, 10, """
            entity: person
            label: {zh: 人员, en: Person}
            fields:
              - name: household
                type: entity-ref
                ref: houshold
                label: {zh: 所在户, en: Household}
                owner: 公安
            """, Household);
        Assert.Equal("ref 指向未知的实体类型“houshold”（是否应为“household”？），已定义的实体类型：household, person", message.Zh);
    }

    [Fact]
    public void A_ref_may_name_a_type_defined_in_a_later_file()
    {
        var catalog = Load("""
            entity: person
            label: {zh: 人员, en: Person}
            fields:
              - name: household
                type: entity-ref
                ref: household
                label: {zh: 所在户, en: Household}
                owner: 公安
            """, Household);
        Assert.Equal("household", catalog.FindField("person.household")!.RefEntityType);
    }

    [Fact]
    public void Search_may_only_name_fields_of_the_entity()
    {
        var message = SingleProblemAt(3, 16, """
            entity: person
            label: {zh: 人员, en: Person}
            search: [name, id_numbr]
            fields:
              - name: name
                type: text
                label: {zh: 姓名, en: Name}
                owner: 公安
              - name: id_number
                type: id-number
                label: {zh: 公民身份号码, en: ID number}
                owner: 公安
            """);
        Assert.Equal("search 中的字段“id_numbr”不在本实体的 fields 中（是否应为“id_number”？）", message.Zh);
    }

    [Theory]
    [InlineData("Name")]
    [InlineData("1st_child")]
    [InlineData("id-number")]
    [InlineData("姓名")]
    public void Field_names_must_be_lower_case_identifiers(string name)
    {
        var message = SingleProblemAt(4, 11, $"""
            entity: person
            label: {"{"}zh: 人员, en: Person{"}"}
            fields:
              - name: {name}
                type: text
                label: {"{"}zh: 姓名, en: Name{"}"}
                owner: 公安
            """);
        Assert.StartsWith($"字段名“{name}”无效", message.Zh);
    }

    [Fact]
    public void Entity_type_names_must_be_lower_case_identifiers() =>
        Assert.StartsWith("实体类型名“Person”无效", SingleProblemAt(1, 9, "entity: Person\nlabel: {zh: 人员, en: Person}\nfields: []\n").Zh);

    [Fact]
    public void A_pattern_must_be_a_valid_regular_expression()
    {
        var message = SingleProblemAt(8, 27, """
            entity: person
            label: {zh: 人员, en: Person}
            fields:
              - name: name
                type: text
                label: {zh: 姓名, en: Name}
                owner: 公安
                validation: {pattern: '^[0-9+$'}
            """);
        Assert.StartsWith("pattern 不是有效的正则表达式", message.Zh);
    }

    [Fact]
    public void Min_greater_than_max_is_refused()
    {
        var problems = Problems("""
            entity: person
            label: {zh: 人员, en: Person}
            fields:
              - name: age_at_entry
                type: int
                label: {zh: 入学年龄, en: Age at entry}
                owner: 统计
                validation: {min: 150, max: 0}
              - name: nickname
                type: text
                label: {zh: 小名, en: Nickname}
                owner: 公安
                validation:
                  min_length: 10
                  max_length: 2
            """);
        Assert.Equal([(8, 23), (14, 19)], problems.Select(p => (p.Line, p.Column)));
        Assert.Equal("min（150）大于 max（0），没有值能通过校验", problems[0].Message.Zh);
        Assert.StartsWith("min_length（10）大于 max_length（2）", problems[1].Message.Zh);
    }

    [Fact]
    public void Rules_that_do_not_fit_the_type_are_refused()
    {
        var problems = Problems("""
            entity: person
            label: {zh: 人员, en: Person}
            fields:
              - name: party_member
                type: bool
                label: {zh: 是否党员, en: Party member}
                owner: 组织
                unit: 人
                validation: {min: 0, max_length: 3, required: yes}
            """);
        Assert.Equal([(8, 5), (9, 18), (9, 26), (9, 51)], problems.Select(p => (p.Line, p.Column)));
        Assert.Equal("unit 只适用于 int 和 decimal 字段", problems[0].Message.Zh);
        Assert.Equal("min 只适用于 int、decimal 字段", problems[1].Message.Zh);
        Assert.Equal("max_length 只适用于 text 字段", problems[2].Message.Zh);
        Assert.Equal("“yes”不是 true 或 false", problems[3].Message.Zh);
    }

    [Fact]
    public void Every_problem_in_every_file_is_reported_at_once()
    {
        var ex = Assert.Throws<SourceProblemException>(() => Load("""
            entity: person
            label: {zh: 人员, en: Person}
            fields:
              - name: name
                type: txt
                label: {zh: 姓名, en: Name}
                owner: 公安
              - name: Grade
                type: enum
                label: {zh: 等级, en: Grade}
                owner: 残联
            """, "entity: household\nlable: {zh: 户, en: Household}\nfields: []\n"));

        Assert.Equal(
            [("f1.yaml", 5, 11), ("f1.yaml", 8, 11), ("f1.yaml", 9, 11), ("f2.yaml", 1, 1), ("f2.yaml", 2, 1)],
            ex.Problems.Select(p => (p.File, p.Line, p.Column)));
        Assert.Contains("f1.yaml:5:11: 未知的字段类型", ex.Message);
    }

    [Fact]
    public void An_empty_file_or_a_second_document_is_refused()
    {
        var empty = Assert.Single(Problems("# nothing here\n"));
        Assert.Equal((1, 1), (empty.Line, empty.Column));
        Assert.StartsWith("文件为空", empty.Message.Zh);

        var twoDocuments = Assert.Single(Problems(Household + "\n---\n" + Household));
        Assert.Equal((9, 1), (twoDocuments.Line, twoDocuments.Column));
        Assert.StartsWith("一个文件只能定义一个实体类型", twoDocuments.Message.Zh);
    }

    [Fact]
    public void A_directory_loads_yaml_and_yml_files_in_name_order()
    {
        var dir = Directory.CreateTempSubdirectory("fh-catalog-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "b.yml"), Household.Replace("household", "zhousehold"));
            File.WriteAllText(Path.Combine(dir.FullName, "a.yaml"), Household);
            File.WriteAllText(Path.Combine(dir.FullName, "notes.txt"), "not yaml");
            var catalog = CatalogLoader.LoadDirectory(dir.FullName);
            Assert.Equal(["household", "zhousehold"], catalog.EntityTypes.Select(t => t.Key));
            Assert.EndsWith("a.yaml", catalog.EntityTypes[0].SourceFile);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_directory_is_a_problem() =>
        Assert.Contains("不存在", Assert.Single(Assert.Throws<SourceProblemException>(
            () => CatalogLoader.LoadDirectory("/nonexistent/catalog")).Problems).Message.Zh);
}
