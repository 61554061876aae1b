using FormHub.Storage.Model;
using static FormHub.Cli.Tests.ImportFiles;

namespace FormHub.Cli.Tests;

public sealed class ImportCommandTests : IAsyncLifetime
{
    private readonly TinyCounty _county = new();

    public Task InitializeAsync() => _county.InitializeAsync();

    public Task DisposeAsync() => _county.DisposeAsync();

    private string Village => _county.Villages[0].Name;

    /// <summary>
    /// A 户籍 extract in GBK with a title line and a blank line above the header (so the header is sheet row 3) and one
    /// deliberate error per kind on rows 6–10; rows 4, 5 and 11 found a household and are fine.
    /// </summary>
    private string WritePersonsCsv(string name = "户籍名册.csv")
    {
        string[][] rows =
        [
            ["清溪县户籍人口名册（2026年11月）", "", "", "", "", ""],
            ["", "", "", "", "", ""],
            ["所属村", "户号", "姓名", "公民身份号码", "与户主关系", "联系电话"],
            [Village, "T0001", "王大山", IdNumber(1), "户主", "13800138000"],                      // 4
            [Village, "T0001", "李小花", IdNumber(2), "配偶", ""],                                  // 5
            [Village, "T0001", "王小明", WithBadCheckDigit(IdNumber(3, 2010)), "子女", ""],       // 6 bad check digit
            ["不存在村", "T0002", "赵四", IdNumber(4), "户主", ""],                                  // 7 unknown village
            [Village, "T0001", "王老汉", IdNumber(5, 1950), "父母", "12345"],                      // 8 bad phone
            [Village, "T0099", "孙五", IdNumber(6), "子女", ""],                                     // 9 household nowhere
            [Village, "T0001", "李小花二", IdNumber(2), "其他", ""],                                // 10 duplicate of row 5
            [Village, "T0001", "王小红", IdNumber(7, 2012), "子女", ""],                             // 11
        ];
        var path = Path.Combine(_county.Cli.Root, name);
        File.WriteAllBytes(path, GbkCsv(rows));
        return path;
    }

    [Fact]
    public async Task DryRunOfAGbkCsvListsEveryProblemAtItsRowAndColumnAndStoresNothing()
    {
        var csv = WritePersonsCsv();
        var before = await _county.Cli.CountAsync();
        var problems = Path.Combine(_county.Cli.Root, "问题.xlsx");

        var result = await _county.Cli.RunAsync(["import", csv, "--profile", "户籍", "--dry-run", "--problems", problems]);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("CSV，GB18030", result.Out);
        Assert.Contains("新建导入方案“户籍”", result.Out);
        Assert.Contains("公民身份号码 → 公民身份号码（id_number）", result.Out);
        Assert.Contains("户号 → 所在户的户号", result.Out);
        Assert.Contains("行 6，列 D（公民身份号码）：", result.Out);
        Assert.Contains("校验位错误", result.Out);
        Assert.Contains("行 7，列 A（所属村）：未知的村“不存在村”", result.Out);
        Assert.Contains("行 8，列 F（联系电话）：", result.Out);
        Assert.Contains("行 9，列 B（户号）：户号“T0099”的户既不在文件中", result.Out);
        Assert.Contains("行 10，列 D（公民身份号码）：与第 5 行重复", result.Out);
        Assert.DoesNotContain("行 4，", result.Out);
        Assert.DoesNotContain("行 11，", result.Out);
        Assert.Contains("试导入，未写入：共 8 行：将新增 4 条", result.Out);
        Assert.Contains("表头在第 3 行", result.Out);
        Assert.Equal(before, await _county.Cli.CountAsync());

        // The original rows come back with a 问题 column after the last one (G), the header row naming it.
        var cells = WorkbookCells.Read(await File.ReadAllBytesAsync(problems));
        Assert.Equal("清溪县户籍人口名册（2026年11月）", cells["A1"]);
        Assert.Equal("问题", cells["G3"]);
        Assert.StartsWith("行 6，列 D（公民身份号码）", cells["G6"]);
        Assert.StartsWith("行 10，列 D（公民身份号码）：与第 5 行重复", cells["G10"]);
        Assert.False(cells.ContainsKey("G4"));
    }

    [Fact]
    public async Task AFileWithProblemsImportsNothingUnlessValidRowsOnlyIsChosenAndTheSecondImportChangesNothing()
    {
        var csv = WritePersonsCsv();
        var before = await _county.Cli.CountAsync();

        var refused = await _county.Cli.RunAsync(["import", csv, "--profile", "户籍"]);
        Assert.Equal(ExitCodes.InputError, refused.ExitCode);
        Assert.Contains("有问题，未写入任何数据", refused.Out);
        Assert.Equal(before, await _county.Cli.CountAsync());

        var valid = await _county.Cli.RunAsync(["import", csv, "--profile", "户籍", "--valid-rows-only"]);
        Assert.True(valid.ExitCode == 0, valid.ToString());
        Assert.Contains("已写入：共 8 行：新增 4 条", valid.Out);
        Assert.Contains("行 6，列 D（公民身份号码）", valid.Out);
        var after = await _county.Cli.CountAsync();
        // 王大山, 李小花, 王小红 and the household 王大山 founds.
        Assert.Equal(before.Entities + 4, after.Entities);

        var again = await _county.Cli.RunAsync(["import", csv, "--profile", "户籍", "--valid-rows-only"]);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("新增 0 条，修改 0 项，无变化 3 行", again.Out);
        Assert.Equal(after, await _county.Cli.CountAsync());

        // Every event names the file, its SHA-256 and the row it came from.
        await using var store = await _county.Cli.OpenStoreAsync();
        var page = await store.ListAsync(new EntityQuery(_county.Villages[0].Code.Value, "person") { Search = "王小红" });
        var history = await store.GetHistoryAsync(Assert.Single(page.Items).Id);
        var created = Assert.Single(history);
        Assert.Equal(ChangeSource.Import, created.Source);
        Assert.Contains("导入 户籍名册.csv SHA-256 ", created.User);
        Assert.EndsWith("行 11）", created.User);
        var verified = await _county.Cli.RunAsync(["audit", "verify", "--village", _county.Villages[0].Code.Value]);
        Assert.True(verified.ExitCode == 0, verified.ToString());
    }

    [Fact]
    public async Task AnImportOfSeveralBatchesThatTheStoreRefusesAtItsLastRowWritesNothingAndValidRowsOnlyWritesTheRest()
    {
        // 1,100 heads found 1,100 households: 2,200 operations, more than one batch of the import's one transaction.
        var elsewhere = _county.Villages[1].Name;
        var registered = IdNumber(999, 1949);
        var first = Path.Combine(_county.Cli.Root, "外村.csv");
        File.WriteAllBytes(first, GbkCsv([["所属村", "户号", "姓名", "公民身份号码", "与户主关系"], [elsewhere, "W0001", "外村人", registered, "户主"]]));
        Assert.Equal(0, (await _county.Cli.RunAsync(["import", first, "--profile", "户籍"])).ExitCode);

        var rows = new List<string[]> { new[] { "所属村", "户号", "姓名", "公民身份号码", "与户主关系" } };
        for (var i = 0; i < 1100; i++) rows.Add([Village, $"B{i:0000}", $"户主{i}", IdNumber(i % 900 + 1, 1950 + i / 900), "户主"]);
        rows.Add([Village, "B9999", "重登记", registered, "户主"]); // registered in another village: only the store sees it
        var big = Path.Combine(_county.Cli.Root, "大名册.csv");
        File.WriteAllBytes(big, GbkCsv(rows));
        var before = await _county.Cli.CountAsync();

        var refused = await _county.Cli.RunAsync(["import", big, "--profile", "户籍"]);

        Assert.Equal(ExitCodes.InputError, refused.ExitCode);
        Assert.Contains("行 1102，列 D（公民身份号码）：", refused.Out);
        Assert.Contains("有问题，未写入任何数据", refused.Out);
        Assert.Equal(before, await _county.Cli.CountAsync());

        var valid = await _county.Cli.RunAsync(["import", big, "--profile", "户籍", "--valid-rows-only"]);

        Assert.True(valid.ExitCode == 0, valid.ToString());
        Assert.Contains("行 1102，列 D（公民身份号码）：", valid.Out);
        Assert.Equal(before.Entities + 2200, (await _county.Cli.CountAsync()).Entities);
        Assert.Equal(0, (await _county.Cli.RunAsync(["audit", "verify", "--village", _county.Villages[0].Code.Value])).ExitCode);
    }

    [Fact]
    public async Task AChangedValueInTheNextFileIsOneAuditedChange()
    {
        var csv = WritePersonsCsv();
        Assert.Equal(0, (await _county.Cli.RunAsync(["import", csv, "--profile", "户籍", "--valid-rows-only"])).ExitCode);
        var text = File.ReadAllText(csv, ImportFiles.Gbk).Replace("13800138000", "13900139000", StringComparison.Ordinal);
        File.WriteAllBytes(csv, ImportFiles.Gbk.GetBytes(text));

        var result = await _county.Cli.RunAsync(["import", csv, "--profile", "户籍", "--valid-rows-only"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("新增 0 条，修改 1 项，无变化 2 行", result.Out);
        await using var store = await _county.Cli.OpenStoreAsync();
        var head = Assert.Single((await store.ListAsync(new EntityQuery(_county.Villages[0].Code.Value, "person") { Search = "王大山" })).Items);
        Assert.Equal("13900139000", head["phone"]);
        var change = (await store.GetHistoryAsync(head.Id)).Last();
        Assert.Equal(EventKind.Changed, change.Kind);
        Assert.Equal("phone", Assert.Single(change.Changes).Field);
        Assert.EndsWith("行 4）", change.User);
    }

    [Fact]
    public async Task AnXlsxWithAMergedTitleImportsAMonthsPaymentsByHouseholdAndRefusesAValueOutsideValidation()
    {
        var village = _county.Villages[1];
        var month = TinyCounty.CurrentMonth.Key;
        var xlsx = XlsxWithMergedTitle("清溪县农村低保金发放名册", [
            ["村（社区）", "户号", "户主姓名", "低保金额（元）"],
            [village.Code.Value, "D0001", "陈一", "650"],
            [village.Code.Value, "D0002", "陈二", "200000"],
            [village.Code.Value, "D0003", "陈三", "480.5"],
        ]);
        var path = Path.Combine(_county.Cli.Root, "低保发放.xlsx");
        File.WriteAllBytes(path, xlsx);
        var before = await _county.Cli.CountAsync();

        var dry = await _county.Cli.RunAsync(["import", path, "--profile", "低保", "--entity", "household", "--period", month, "--dry-run"]);
        Assert.Equal(ExitCodes.InputError, dry.ExitCode);
        Assert.Contains("低保金额（元） → 本月低保金发放金额（dibao_amount）", dry.Out);
        Assert.Contains("行 4，列 D（低保金额（元））：「本月低保金发放金额」", dry.Out);
        Assert.Contains("表头在第 2 行", dry.Out);
        Assert.Equal(before, await _county.Cli.CountAsync());

        var imported = await _county.Cli.RunAsync(["import", path, "--profile", "低保", "--period", month, "--valid-rows-only"]);
        Assert.True(imported.ExitCode == 0, imported.ToString());
        Assert.Contains("新增 2 条，修改 2 项", imported.Out);
        await using (var store = await _county.Cli.OpenStoreAsync())
        {
            var values = await store.GetPeriodicValuesAsync(village.Code.Value, month, "household");
            Assert.Contains(values, v => v.Field == "dibao_amount" && Equals(v.Value, 650m));
            Assert.Contains(values, v => v.Field == "dibao_amount" && Equals(v.Value, 480.5m));
        }

        var again = await _county.Cli.RunAsync(["import", path, "--profile", "低保", "--period", month, "--valid-rows-only"]);
        Assert.Contains("新增 0 条，修改 0 项，无变化 2 行", again.Out);
    }

    [Fact]
    public async Task ADepartmentImportsOnlyTheFieldsItOwnsAndOnlyInItsArea()
    {
        var csv = WritePersonsCsv();

        var wrongDepartment = await _county.Cli.RunAsync(["import", csv, "--profile", "户籍", "--department", "民政", "--dry-run"]);
        Assert.Equal(ExitCodes.InputError, wrongDepartment.ExitCode);
        Assert.Contains("列 C（姓名）：「姓名」的数源部门是公安，民政只能导入本部门负责的字段", wrongDepartment.Out);

        var otherVillage = _county.Villages[2].Code.Value;
        var outside = await _county.Cli.RunAsync(["import", csv, "--profile", "户籍", "--unit", otherVillage, "--dry-run"]);
        Assert.Contains($"行 4，列 A（所属村）：村“{Village}”不在你的导入范围内", outside.Out);
    }

    [Fact]
    public async Task ALegacyXlsIsReadWithItsTitleRowAndItsProblemsLocated()
    {
        var village = _county.Villages[2];
        var xls = BiffWorkbook.Write([
            ["残疾人名册"],
            ["村名", "户主身份证号", "姓名", "身份证号码", "与户主关系", "残疾等级"],
            [village.Name, IdNumber(31), "钱一", IdNumber(31), "户主", "二级"],
            [village.Name, IdNumber(31), "钱二", IdNumber(32), "配偶", "五级"],
            [village.Name, IdNumber(31), "钱三", WithBadCheckDigit(IdNumber(33)), "子女", ""],
        ]);
        var path = Path.Combine(_county.Cli.Root, "残疾人.xls");
        File.WriteAllBytes(path, xls);
        var before = await _county.Cli.CountAsync();

        var dry = await _county.Cli.RunAsync(["import", path, "--profile", "残联", "--dry-run"]);

        Assert.Equal(ExitCodes.InputError, dry.ExitCode);
        Assert.Contains("Excel 97-2003 工作簿", dry.Out);
        Assert.Contains("户主身份证号 → 户主公民身份号码", dry.Out);
        Assert.Contains("行 4，列 F（残疾等级）：「残疾等级」", dry.Out);
        Assert.Contains("行 5，列 D（身份证号码）：「公民身份号码」：身份证号校验位错误", dry.Out);
        Assert.Contains("表头在第 2 行", dry.Out);
        Assert.Equal(before, await _county.Cli.CountAsync());

        var imported = await _county.Cli.RunAsync(["import", path, "--profile", "残联", "--valid-rows-only"]);
        Assert.True(imported.ExitCode == 0, imported.ToString());
        Assert.Contains("新增 2 条", imported.Out);   // 钱一 and the household 钱一 founds
        Assert.Equal(before.Entities + 2, (await _county.Cli.CountAsync()).Entities);
    }

    [Fact]
    public async Task AMissingFileOrProfileIsAnInputErrorInChinese()
    {
        var missing = await _county.Cli.RunAsync(["import", Path.Combine(_county.Cli.Root, "无.csv"), "--profile", "x"]);
        Assert.Equal(ExitCodes.InputError, missing.ExitCode);
        Assert.Contains("找不到文件", missing.Err);
        var noProfile = await _county.Cli.RunAsync(["import", WritePersonsCsv()]);
        Assert.Equal(ExitCodes.InputError, noProfile.ExitCode);
        Assert.Contains("--profile", noProfile.Err);
    }
}
