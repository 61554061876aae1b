using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Templates;
using FormHub.Core.Text;

namespace FormHub.Core.Tests.Templates;

public class TemplateLoaderTests
{
    /// <summary>A minimal valid template; tests append or replace lines to break it in one place.</summary>
    private const string Header = """
        id: t-test
        version: 1
        title: 测试月报
        department: 民政
        period: monthly
        """;

    private const string OneColumn = """
        columns:
          - id: hh
            title: 户数
            value: count(households)
        """ + "\n";

    private static ReportTemplate Load(string yaml) => TemplateLoader.Load("t.yaml", yaml);

    private static IReadOnlyList<SourceProblem> Problems(string yaml) =>
        Assert.Throws<SourceProblemException>(() => Load(yaml)).Problems;

    /// <summary>The one problem found, asserted to be at this line and column of t.yaml.</summary>
    private static LocalizedText SingleProblemAt(int line, int column, string yaml)
    {
        var problem = Assert.Single(Problems(yaml));
        Assert.Equal(("t.yaml", line, column), (problem.File, problem.Line, problem.Column));
        return problem.Message;
    }

    [Fact]
    public void A_second_version_must_say_from_which_period_it_applies()
    {
        var message = SingleProblemAt(1, 1, Header.Replace("version: 1", "version: 2") + "\n" + OneColumn);
        Assert.Contains("effective_from", message.Zh);
        Assert.Equal(2, Load(Header.Replace("version: 1", "version: 2\neffective_from: 2027-01") + "\n" + OneColumn).Version);
    }

    [Fact]
    public void A_complete_template_loads_with_every_attribute()
    {
        var template = Load("""
            id: mz-dibao-monthly
            version: 3
            title: 农村最低生活保障情况月报
            title_en: Rural dibao, monthly
            department: 民政
            period: quarterly
            due: P15D
            rows: village
            effective_from: 2026Q2
            columns:
              - id: hh
                title: 低保户数
                title_en: Households
                unit: 户
                value: |
                  count(households, {dibao_status: '在保'})
                rollup: sum
                digits: 0
                group: 其中
              - id: avg
                title: 户均
                value: "ratio(row.funds, row.hh, 2)"
                rollup: recompute
                digits: 2
              - id: note
                title: 备注
                value: 'null'
                rollup: none
            checks:
              - rule: row.hh >= 0
                level: warning
                message: 户数不能为负
              - rule: row.avg < 10000
                message: 户均过高
            narrative: |
              截至{{period.end}}，共有{{row.hh}}户。
            excel: layouts/mz-dibao-monthly.xlsx
            """);

        Assert.Equal(("mz-dibao-monthly", 3, "农村最低生活保障情况月报", "Rural dibao, monthly", "民政"),
            (template.Id, template.Version, template.Title, template.TitleEn, template.Department));
        Assert.Equal((PeriodType.Quarterly, 15, OrgLevel.Village, "2026Q2"), (template.Period, template.DueDays, template.Rows, template.EffectiveFrom));
        Assert.Equal(("截至{{period.end}}，共有{{row.hh}}户。", "layouts/mz-dibao-monthly.xlsx", "t.yaml"),
            (template.Narrative, template.Excel, template.SourceFile));
        Assert.Equal(new DateOnly(2026, 7, 15), template.DueDate(Period.Parse("2026Q2")));

        Assert.Equal(["hh", "avg", "note"], template.Columns.Select(c => c.Id));
        var hh = template.Columns[0];
        Assert.Equal(("低保户数", "Households", "户", RollupRule.Sum, (int?)0, "其中"), (hh.Title, hh.TitleEn, hh.Unit, hh.Rollup, hh.Digits, hh.Group));
        Assert.Equal(new TemplateExpression("count(households, {dibao_status: '在保'})", new SourceSpan("t.yaml", 16, 7)), hh.Value);
        Assert.Equal(new SourceSpan("t.yaml", 11, 5), hh.Span);

        var avg = template.FindColumn("avg")!;
        Assert.Equal((RollupRule.Recompute, (int?)2, (string?)null, (string?)null), (avg.Rollup, avg.Digits, avg.Unit, avg.Group));
        Assert.Equal(new TemplateExpression("ratio(row.funds, row.hh, 2)", new SourceSpan("t.yaml", 22, 13)), avg.Value);
        Assert.Equal(new SourceSpan("t.yaml", 27, 13), template.Columns[2].Value.Span);
        Assert.Equal(RollupRule.None, template.Columns[2].Rollup);

        Assert.Equal(2, template.Checks.Count);
        Assert.Equal((CheckLevel.Warning, "户数不能为负"), (template.Checks[0].Level, template.Checks[0].Message));
        Assert.Equal(new TemplateExpression("row.hh >= 0", new SourceSpan("t.yaml", 30, 11)), template.Checks[0].Rule);
        Assert.Equal(new SourceSpan("t.yaml", 30, 5), template.Checks[0].Span);
        Assert.Equal(CheckLevel.Error, template.Checks[1].Level);
    }

    [Fact]
    public void Optional_keys_take_their_documented_defaults()
    {
        var template = Load(Header + "\n" + OneColumn);

        Assert.Equal((10, OrgLevel.Village, (string?)null, (string?)null, (string?)null, (string?)null),
            (template.DueDays, template.Rows, template.EffectiveFrom, template.Narrative, template.Excel, template.TitleEn));
        Assert.Empty(template.Checks);
        var column = Assert.Single(template.Columns);
        Assert.Equal((RollupRule.Sum, (int?)null), (column.Rollup, column.Digits));
    }

    [Fact]
    public void The_shipped_dibao_template_loads_and_reads_only_catalog_fields()
    {
        var templates = TemplateLoader.LoadDirectory(RepositoryRoot.Combine("form-templates", "templates"));

        var dibao = Assert.Single(templates, t => t.Id == "mz-dibao-monthly");
        Assert.Equal((1, "农村最低生活保障情况月报", "民政", PeriodType.Monthly, 10), (dibao.Version, dibao.Title, dibao.Department, dibao.Period, dibao.DueDays));
        Assert.Equal(["hh", "persons", "funds", "avg"], dibao.Columns.Select(c => c.Id));
        Assert.Equal("count(households, {dibao_status: '在保'})", dibao.Columns[0].Value.Code);
        Assert.Equal("sum(households, 'dibao_persons', {dibao_status: '在保'})", dibao.Columns[1].Value.Code);
        Assert.Equal(("sum(households, 'dibao_amount')", "元"), (dibao.Columns[2].Value.Code, dibao.Columns[2].Unit));
        Assert.Equal(("ratio(row.funds, row.hh, 2)", RollupRule.Recompute), (dibao.Columns[3].Value.Code, dibao.Columns[3].Rollup));
        Assert.Equal("row.persons >= row.hh", Assert.Single(dibao.Checks).Rule.Code);
        Assert.False(string.IsNullOrWhiteSpace(dibao.Narrative));

        // Every expression's span points at its code in the file.
        var lines = File.ReadAllLines(dibao.SourceFile);
        foreach (var expression in dibao.Columns.Select(c => c.Value).Append(dibao.Checks[0].Rule))
        {
            var line = lines[expression.Span.Line - 1];
            Assert.StartsWith(expression.Code.Split('\n')[0], line[(expression.Span.Column - 1)..]);
        }
    }

    [Fact]
    public void A_block_scalar_expression_maps_positions_on_its_second_line_back_to_the_file()
    {
        const string yaml = """
            id: t-test
            version: 1
            title: 测试月报
            department: 民政
            period: monthly
            columns:
              - id: persons
                title: 人数
                value: |
                  sum(households,
                      'dibao_persons')
            """;
        var expression = Load(yaml).Columns[0].Value;

        Assert.Equal("sum(households,\n    'dibao_persons')", expression.Code);
        Assert.Equal(new SourceSpan("t.yaml", 10, 7), expression.Span);
        // 'dibao_persons' is at line 2, column 5 of the code; in the file it is line 11, column 11.
        var mapped = expression.Map(2, 5);
        Assert.Equal(new SourceSpan("t.yaml", 11, 11), mapped);
        Assert.Equal('\'', yaml.Split('\n')[mapped.Line - 1][mapped.Column - 1]);
        Assert.Equal(new SourceSpan("t.yaml", 10, 11), expression.Map(1, 5));
    }

    [Fact]
    public void A_block_scalar_maps_the_same_with_windows_line_endings()
    {
        var yaml = (Header + "\n" + "columns:\n  - id: a\n    title: A\n    value: |\n      sum(households,\n          'dibao_persons')\n").Replace("\n", "\r\n");
        var expression = Load(yaml).Columns[0].Value;

        Assert.Equal("sum(households,\n    'dibao_persons')", expression.Code);
        Assert.Equal(new SourceSpan("t.yaml", 11, 11), expression.Map(2, 5));
    }

    [Fact]
    public void A_block_scalar_with_leading_blank_lines_an_indentation_indicator_and_a_comment_still_maps_exactly()
    {
        const string yaml = """
            id: t-test
            version: 1
            title: 测试月报
            department: 民政
            period: monthly
            columns:
              - id: a
                title: A
                value: |2  # indented two past the key
            
                    count(households,
                  {x: 1})
            """;
        var expression = Load(yaml).Columns[0].Value;

        Assert.Equal("  count(households,\n{x: 1})", expression.Code);
        Assert.Equal(new SourceSpan("t.yaml", 11, 7), expression.Span);
        Assert.Equal(new SourceSpan("t.yaml", 11, 9), expression.Map(1, 3));
        Assert.Equal(new SourceSpan("t.yaml", 12, 7), expression.Map(2, 1));
    }

    [Fact]
    public void Plain_and_quoted_expressions_start_at_their_first_code_character()
    {
        var template = Load(Header + "\n" + """
            columns:
              - id: a
                title: A
                value: count(households)   # a comment is not code
              - id: b
                title: B
                value: 'count(households)'
              - {id: c, title: C, value: "count(persons)"}
            """);

        Assert.Equal(new TemplateExpression("count(households)", new SourceSpan("t.yaml", 9, 12)), template.Columns[0].Value);
        Assert.Equal(new SourceSpan("t.yaml", 12, 13), template.Columns[1].Value.Span);
        Assert.Equal(new SourceSpan("t.yaml", 13, 31), template.Columns[2].Value.Span);
        Assert.Equal(new SourceSpan("t.yaml", 13, 5), template.Columns[2].Span);
        Assert.Equal(new SourceSpan("t.yaml", 9, 18), template.Columns[0].Value.Map(1, 7));
    }

    [Fact]
    public void A_yaml_syntax_error_points_at_yamls_own_position()
    {
        var message = SingleProblemAt(6, 10, Header + "\n" + "columns: - id: x\n");
        Assert.StartsWith("YAML 语法错误", message.Zh);
        Assert.StartsWith("YAML syntax error", message.En);
    }

    [Fact]
    public void A_colon_inside_a_plain_expression_is_explained()
    {
        var message = SingleProblemAt(9, 43, Header + "\n" + """
            columns:
              - id: hh
                title: 户数
                value: count(households, {dibao_status: '在保'})
            """);
        Assert.Contains("| 块", message.Zh);
        Assert.Contains("double quotes", message.En);
    }

    [Fact]
    public void A_key_written_twice_is_named()
    {
        var message = SingleProblemAt(3, 1, "id: t-test\nversion: 1\nid: t-other\n");
        Assert.Equal("键“id”在同一层级出现了两次", message.Zh);
    }

    [Fact]
    public void An_empty_file_and_a_file_with_two_documents_are_refused()
    {
        Assert.Contains("文件为空", SingleProblemAt(1, 1, "# nothing here\n").Zh);
        Assert.Contains("---", SingleProblemAt(12, 1, Header + "\n" + OneColumn + "\n---\n" + Header + "\n").Zh);
    }

    [Fact]
    public void An_unknown_key_is_named_with_a_suggestion_and_the_allowed_keys()
    {
        var message = SingleProblemAt(6, 1, Header + "\n" + "dept: 民政\n" + OneColumn);
        Assert.Equal("未知的键“dept”，可用的键：id, version, title, title_en, form_number, department, period, due, rows, effective_from, columns, checks, narrative, excel, print", message.Zh);

        message = SingleProblemAt(6, 1, Header + "\n" + "colums: []\n" + OneColumn);
        Assert.StartsWith("未知的键“colums”（是否应为“columns”？）", message.Zh);
        Assert.StartsWith("Unknown key 'colums' (did you mean 'columns'?); allowed keys: id, version", message.En);
    }

    [Fact]
    public void Unknown_keys_are_found_in_columns_and_checks()
    {
        var problems = Problems(Header + "\n" + """
            columns:
              - id: hh
                title: 户数
                vaule: count(households)
                value: count(households)
            checks:
              - rule: row.hh > 0
                mesage: 没有户
                message: 没有户
            """);
        Assert.Equal([(9, 5), (13, 5)], problems.Select(p => (p.Line, p.Column)));
        Assert.Equal("未知的键“vaule”（是否应为“value”？），可用的键：id, title, title_en, unit, value, rollup, digits, group, outlier", problems[0].Message.Zh);
        Assert.Equal("未知的键“mesage”（是否应为“message”？），可用的键：rule, level, message, message_en, records, records_gap", problems[1].Message.Zh);
    }

    [Fact]
    public void A_check_names_the_rule_whose_records_it_concerns_and_a_wrong_name_or_side_is_placed()
    {
        var template = TemplateLoader.Load("t.yaml", Header + "\n" + """
            columns:
              - id: hh
                title: 户数
                value: count(households)
            checks:
              - rule: row.hh > 0
                message: 没有户
                records: mz-elderly-allowance-eligibility
                records_gap: 不应享仍享
            """);
        var check = Assert.Single(template.Checks);
        Assert.Equal(("mz-elderly-allowance-eligibility", "不应享仍享"), (check.Records, check.RecordsGap));

        var problems = Problems(Header + "\n" + """
            columns:
              - id: hh
                title: 户数
                value: count(households)
            checks:
              - rule: row.hh > 0
                message: 没有户
                records: Elderly Unpaid
                records_gap: 少发
            """);
        Assert.Equal([(13, 14), (14, 18)], problems.Select(p => (p.Line, p.Column)));
        Assert.Contains("records 应是一条记录级规则的 id", problems[0].Message.Zh);
        Assert.Contains("records_gap 应为 应享未享 或 不应享仍享", problems[1].Message.Zh);
    }

    [Fact]
    public void Missing_top_level_keys_point_at_the_start_of_the_file()
    {
        var problems = Problems("# 测试\ntitle: 测试月报\n" + OneColumn);
        Assert.All(problems, p => Assert.Equal((2, 1), (p.Line, p.Column)));
        Assert.Equal([
            "缺少必填的键“department”（接收报表的部门，如 民政）",
            "缺少必填的键“id”（报表标识，如 mz-dibao-monthly）",
            "缺少必填的键“period”（报送周期：monthly、quarterly 或 yearly）",
            "缺少必填的键“version”（版本号，如 1）",
        ], problems.Select(p => p.Message.Zh).Order(StringComparer.Ordinal));
        Assert.Contains("Missing required key 'period' (the period: monthly, quarterly or yearly)", problems.Select(p => p.Message.En));
    }

    [Fact]
    public void Missing_column_and_check_keys_point_at_the_item_that_lacks_them()
    {
        var problems = Problems(Header + "\n" + """
            columns:
              - id: hh
                value: count(households)
              - title: 人数
                value: count(persons)
              - id: persons
                title: 人数
            checks:
              - rule: row.hh > 0
            """);
        Assert.Equal([(7, 5), (9, 5), (11, 5), (14, 5)], problems.Select(p => (p.Line, p.Column)));
        Assert.Equal([
            "列“hh”缺少必填的键“title”（列标题，如 低保户数（户））",
            "列缺少必填的键“id”（列标识，如 hh）",
            "列“persons”缺少必填的键“value”（计算式，如 count(households)）",
            "第1条检查缺少必填的键“message”（检查不通过时显示的提示）",
        ], problems.Select(p => p.Message.Zh));
        Assert.Equal("Check 1 is missing the required key 'message' (the text shown when the check fails)", problems[3].Message.En);
    }

    [Fact]
    public void Columns_must_be_a_non_empty_list()
    {
        Assert.Contains("columns 不能为空", SingleProblemAt(6, 10, Header + "\ncolumns: []\n").Zh);
        Assert.Contains("columns 应是列的列表", SingleProblemAt(6, 10, Header + "\ncolumns: hh\n").Zh);
        Assert.Equal("键“columns”没有值，应填写列的列表", SingleProblemAt(6, 1, Header + "\ncolumns:\n").Zh);
        Assert.Contains("每一项应是一个列定义", SingleProblemAt(7, 5, Header + "\ncolumns:\n  - hh\n").Zh);
    }

    [Fact]
    public void A_version_that_is_not_a_whole_number_from_one_is_refused()
    {
        var message = SingleProblemAt(2, 10, Header.Replace("version: 1", "version: 1.5") + "\n" + OneColumn);
        Assert.Equal("version“1.5”无效：应是从 1 开始的整数，如 version: 1", message.Zh);
        Assert.Equal("Invalid version '1.5': it must be a whole number from 1, e.g. version: 1", message.En);
        SingleProblemAt(2, 10, Header.Replace("version: 1", "version: 0") + "\n" + OneColumn);
        SingleProblemAt(2, 10, Header.Replace("version: 1", "version: one") + "\n" + OneColumn);
    }

    [Fact]
    public void Identifiers_must_follow_their_patterns()
    {
        var message = SingleProblemAt(1, 5, Header.Replace("id: t-test", "id: T_Test") + "\n" + OneColumn);
        Assert.StartsWith("报表 id“T_Test”无效：只能用小写英文字母、数字和连字符", message.Zh);

        message = SingleProblemAt(7, 9, Header + "\n" + OneColumn.Replace("id: hh", "id: hh-count"));
        Assert.StartsWith("列 id“hh-count”无效：只能用小写英文字母、数字和下划线", message.Zh);
    }

    [Fact]
    public void A_bad_period_lists_the_valid_values_with_a_suggestion()
    {
        var message = SingleProblemAt(5, 9, Header.Replace("period: monthly", "period: montly") + "\n" + OneColumn);
        Assert.Equal("未知的报送周期“montly”（是否应为“monthly”？），可用的值：monthly, quarterly, yearly", message.Zh);
        Assert.Equal("Unknown period 'montly' (did you mean 'monthly'?); valid values: monthly, quarterly, yearly", message.En);
    }

    [Fact]
    public void A_bad_rollup_lists_the_valid_values()
    {
        var message = SingleProblemAt(10, 13, Header + "\n" + OneColumn + "    rollup: average\n");
        Assert.Equal("未知的汇总方式“average”，可用的值：sum, recompute, none", message.Zh);
        Assert.Equal("Unknown rollup rule 'average'; valid values: sum, recompute, none", message.En);
    }

    [Fact]
    public void A_bad_check_level_lists_the_valid_values()
    {
        var message = SingleProblemAt(12, 12, Header + "\n" + OneColumn + """
            checks:
              - rule: row.hh > 0
                level: warn
                message: 没有户
            """);
        Assert.Equal("未知的检查级别“warn”（是否应为“warning”？），可用的值：error, warning", message.Zh);
    }

    [Fact]
    public void Rows_other_than_village_are_refused()
    {
        var message = SingleProblemAt(6, 7, Header + "\nrows: township\n" + OneColumn);
        Assert.Equal("未知的行单位“township”，可用的值：village", message.Zh);
    }

    [Fact]
    public void A_duplicate_column_id_points_at_the_second_one()
    {
        var message = SingleProblemAt(10, 9, Header + "\n" + OneColumn + """
              - id: hh
                title: 户数（重复）
                value: count(households)
            """);
        Assert.Equal("列 id“hh”重复，第7行已定义", message.Zh);
        Assert.Equal("Column id 'hh' is already defined on line 7", message.En);
    }

    [Fact]
    public void An_empty_expression_points_at_its_key()
    {
        var message = SingleProblemAt(9, 5, Header + "\n" + OneColumn.Replace("value: count(households)", "value: ''"));
        Assert.Equal("列“hh”的 value 表达式为空，应写出计算式，如 count(households)", message.Zh);

        SingleProblemAt(9, 5, Header + "\n" + OneColumn.Replace("value: count(households)", "value:"));
        SingleProblemAt(9, 5, Header + "\n" + OneColumn.Replace("value: count(households)", "value: |\n") + "    rollup: sum\n");

        message = SingleProblemAt(11, 5, Header + "\n" + OneColumn + "checks:\n  - rule:\n    message: 空\n");
        Assert.Equal("第1条检查的 rule 表达式为空，应写出检查条件，如 row.persons >= row.hh", message.Zh);
        Assert.Equal("Check 1: the rule expression is empty; write the condition, e.g. row.persons >= row.hh", message.En);
    }

    [Fact]
    public void An_expression_yaml_reads_as_a_mapping_is_explained()
    {
        var message = SingleProblemAt(9, 12, Header + "\n" + OneColumn.Replace("value: count(households)", "value: {a: 1}"));
        Assert.StartsWith("列“hh”的 value 应是一个 JavaScript 表达式，但 YAML 把它读成了映射", message.Zh);
    }

    [Fact]
    public void Expressions_yaml_would_fold_are_refused_so_positions_stay_exact()
    {
        var message = SingleProblemAt(9, 12, Header + "\n" + OneColumn.Replace("value: count(households)", "value: count(\n      households)"));
        Assert.Contains("value: |", message.Zh);

        message = SingleProblemAt(9, 12, Header + "\n" + OneColumn.Replace("value: count(households)", "value: >\n      count(\n      households)"));
        Assert.Contains("请把“>”换成“|”", message.Zh);

        // A folded block of one line folds nothing and is fine.
        var expression = Load(Header + "\n" + OneColumn.Replace("value: count(households)", "value: >\n      count(households)")).Columns[0].Value;
        Assert.Equal(new TemplateExpression("count(households)", new SourceSpan("t.yaml", 10, 7)), expression);
    }

    [Theory]
    [InlineData("P1M")]
    [InlineData("10")]
    [InlineData("P2W")]
    [InlineData("PT10H")]
    [InlineData("P400D")]
    public void A_due_other_than_a_number_of_days_is_refused(string due)
    {
        var message = SingleProblemAt(6, 6, Header + $"\ndue: {due}\n" + OneColumn);
        Assert.Equal($"due“{due}”无效：应写成 ISO 8601 天数，如 P10D（期末后 10 天报送），范围 P0D 到 P365D；不支持按周、月或小时的写法", message.Zh);
    }

    [Fact]
    public void Effective_from_must_be_a_period_of_the_templates_type()
    {
        var message = SingleProblemAt(6, 17, Header + "\neffective_from: 2026Q1\n" + OneColumn);
        Assert.Equal("effective_from“2026Q1”与报送周期不符：本模板是月报，应写作如 2026-01", message.Zh);

        message = SingleProblemAt(6, 17, Header + "\neffective_from: 2026-13\n" + OneColumn);
        Assert.StartsWith("effective_from：期别“2026-13”无效", message.Zh);

        Assert.Equal("2026-01", Load(Header + "\neffective_from: 2026-01\n" + OneColumn).EffectiveFrom);
    }

    [Fact]
    public void Excel_must_be_a_relative_xlsx_path()
    {
        Assert.Contains(".xlsx", SingleProblemAt(6, 8, Header + "\nexcel: layouts/x.xls\n" + OneColumn).Zh);
        Assert.Contains("不能是绝对路径", SingleProblemAt(6, 8, Header + "\nexcel: /etc/x.xlsx\n" + OneColumn).Zh);
        Assert.Contains("不能是绝对路径", SingleProblemAt(6, 8, Header + "\nexcel: ../x.xlsx\n" + OneColumn).Zh);
    }

    [Fact]
    public void Digits_must_be_between_zero_and_six()
    {
        var message = SingleProblemAt(10, 13, Header + "\n" + OneColumn + "    digits: 7\n");
        Assert.Equal("digits“7”无效：应是 0 到 6 之间的整数（显示的小数位数）", message.Zh);
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_in_file_order()
    {
        var problems = Problems("""
            id: t-test
            version: x
            title: 测试
            department: 民政
            period: weekly
            columns:
              - id: hh
                title: 户数
                value: count(households)
                rollup: add
              - id: hh
                title: 户数
                value: ''
            """);
        Assert.Equal([(2, 10), (5, 9), (10, 13), (11, 9), (13, 5)], problems.Select(p => (p.Line, p.Column)));
        Assert.All(problems, p => Assert.Equal("t.yaml", p.File));
    }

    [Fact]
    public void The_same_id_and_version_in_two_files_is_a_problem_at_the_second()
    {
        var yaml = Header + "\n" + OneColumn;
        var exception = Assert.Throws<SourceProblemException>(() => TemplateLoader.Load([("a.yaml", yaml), ("b.yaml", "# copy\n" + yaml)]));
        var problem = Assert.Single(exception.Problems);
        Assert.Equal(("b.yaml", 2, 5), (problem.File, problem.Line, problem.Column));
        Assert.Equal("报表“t-test”第 1 版重复定义，已在 a.yaml 第1行定义；新版本请把 version 加一", problem.Message.Zh);

        var both = TemplateLoader.Load([("a.yaml", yaml), ("b.yaml", yaml.Replace("version: 1", "version: 2\neffective_from: 2027-01"))]);
        Assert.Equal([1, 2], both.Select(t => t.Version));
    }

    [Fact]
    public void A_directory_loads_yaml_files_in_name_order_and_collects_problems_of_all_files()
    {
        var dir = Directory.CreateTempSubdirectory("fh-templates-");
        try
        {
            var yaml = Header + "\n" + OneColumn;
            File.WriteAllText(Path.Combine(dir.FullName, "b.yml"), yaml.Replace("t-test", "t-b"));
            File.WriteAllText(Path.Combine(dir.FullName, "a.yaml"), yaml.Replace("t-test", "t-a"));
            File.WriteAllText(Path.Combine(dir.FullName, "notes.txt"), "not a template");
            Assert.Equal(["t-a", "t-b"], TemplateLoader.LoadDirectory(dir.FullName).Select(t => t.Id));
            Assert.Equal(Path.Combine(dir.FullName, "a.yaml"), TemplateLoader.LoadFile(Path.Combine(dir.FullName, "a.yaml")).SourceFile);

            File.WriteAllText(Path.Combine(dir.FullName, "c.yaml"), yaml.Replace("t-test", "t-a"));
            File.WriteAllText(Path.Combine(dir.FullName, "d.yaml"), yaml.Replace("period: monthly", "period: daily"));
            var problems = Assert.Throws<SourceProblemException>(() => TemplateLoader.LoadDirectory(dir.FullName)).Problems;
            Assert.Equal([("c.yaml", 1, 5), ("d.yaml", 5, 9)], problems.Select(p => (Path.GetFileName(p.File), p.Line, p.Column)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Missing_files_and_directories_are_reported()
    {
        var missing = Path.Combine(Path.GetTempPath(), "fh-no-such-" + Guid.NewGuid().ToString("N"));
        Assert.Contains("不存在", Assert.Single(Assert.Throws<SourceProblemException>(() => TemplateLoader.LoadDirectory(missing)).Problems).Message.Zh);
        Assert.Contains("不存在", Assert.Single(Assert.Throws<SourceProblemException>(() => TemplateLoader.LoadFile(missing + ".yaml")).Problems).Message.Zh);
    }
}
