using System.CommandLine;

namespace FormHub.Cli;

/// <summary>Options accepted by every command (before or after the command name).</summary>
internal sealed class CliOptions
{
    public Option<string?> Templates { get; } = new("--templates")
    {
        Description = "form-templates 文件夹（默认：环境变量 FORMHUB_TEMPLATES，或从当前目录向上查找 form-templates）",
        HelpName = "DIR",
        Recursive = true,
    };

    public Option<string?> Data { get; } = new("--data")
    {
        Description = "SQLite 数据文件夹，优先于环境变量 FORMHUB_DATA（默认 ./data）；设置 FORMHUB_POSTGRES 时使用 PostgreSQL",
        HelpName = "DIR",
        Recursive = true,
    };
}
