using System.CommandLine;
using FormHub.Core.Catalog;
using Spectre.Console;

namespace FormHub.Cli.Commands;

/// <summary><c>formhub catalog check</c>: loads form-templates/catalog and reports every problem with file:line:col.</summary>
internal static class CatalogCommands
{
    public static Command Create(CliContext context) =>
        new("catalog", "数据目录（字段目录）/ field catalog")
        {
            Check(context),
        };

    private static Command Check(CliContext context)
    {
        var command = new Command("check", "检查 form-templates/catalog/*.yaml 并汇总各实体类型 / check the catalog and summarize it");
        command.SetAction(context.Action((parseResult, _) =>
        {
            var directory = Path.Combine(context.TemplatesDirectory(parseResult), "catalog");
            var catalog = CatalogLoader.LoadDirectory(directory);
            var console = context.Console();
            console.Write(SummaryTable(catalog));
            console.WriteLine($"数据目录检查通过：{catalog.EntityTypes.Count} 个实体类型，{catalog.Fields.Count} 个字段（{directory}）");
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }

    /// <summary>One row per entity type: fields, periodic fields, sensitive/secret fields and owning departments (数源部门).</summary>
    internal static Table SummaryTable(FieldCatalog catalog)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("实体类型")
            .AddColumn(new TableColumn("字段").RightAligned())
            .AddColumn(new TableColumn("周期性").RightAligned())
            .AddColumn(new TableColumn("敏感/涉密").RightAligned())
            .AddColumn("数源部门");
        foreach (var type in catalog.EntityTypes)
        {
            var fields = catalog.FieldsOf(type.Key);
            var sensitive = fields.Count(f => f.Sensitivity == Sensitivity.Sensitive);
            var secret = fields.Count(f => f.Sensitivity == Sensitivity.Secret);
            var owners = fields.Select(f => f.OwnerDepartment).Distinct().ToList();
            table.AddRow(
                new Text($"{type.Key} {type.LabelZh}"),
                new Text(fields.Count.ToString()),
                new Text(fields.Count(f => f.Kind == FieldKind.Periodic).ToString()),
                new Text($"{sensitive}/{secret}"),
                new Text(string.Join("、", owners)));
        }
        return table;
    }
}
