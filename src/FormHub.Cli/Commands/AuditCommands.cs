using System.CommandLine;
using FormHub.Core.OrgUnits;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Cli.Commands;

/// <summary><c>formhub audit verify --village CODE | --all</c>: recomputes each village's event hash chain (全程可追溯).</summary>
internal static class AuditCommands
{
    public static Command Create(CliContext context) =>
        new("audit", "审计：核验事件日志 / audit the event log")
        {
            Verify(context),
        };

    private static Command Verify(CliContext context)
    {
        var village = new Option<string?>("--village") { Description = "要核验的村（居）委会区划代码（12位）", HelpName = "CODE" };
        var all = new Option<bool>("--all") { Description = "核验每个有事件记录的村" };
        var command = new Command("verify",
            "重算哈希链，报告被改动或删除的事件；发现篡改时退出码为 2 / recompute the hash chain; exit code 2 when tampering is found")
        {
            village,
            all,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var code = parseResult.GetValue(village);
            var every = parseResult.GetValue(all);
            if ((code is null && !every) || (code is not null && every))
                throw new CliException("请指定 --village CODE（核验一个村）或 --all（核验所有村），二者选一");

            RegionCode? one = null;
            if (code is not null)
            {
                if (!RegionCode.TryParse(code, out var parsed, out var error)) throw new CliException(error.Zh);
                if (parsed.Level != OrgLevel.Village)
                    throw new CliException($"区划代码 {parsed} 是{ChineseNames.Level(parsed.Level)}级代码；事件日志按村（居）委会记录，请给出村级代码");
                one = parsed;
            }

            var catalog = context.LoadCatalog(context.TemplatesDirectory(parseResult));
            await using var store = await CliContext.OpenStoreAsync(context.Storage(parseResult), catalog, ct);
            var villages = (await store.GetRegionsAsync(ct)).Where(u => u.Level == OrgLevel.Village).ToList();

            if (one is { } single)
            {
                var unit = villages.Find(u => u.Code == single)
                    ?? throw new CliException($"村 {single} 不在已导入的区划中（先运行 formhub regions import FILE）");
                var result = await store.VerifyAsync(unit.Code.Value, ct);
                await WriteAsync(context.Out, unit, result);
                return result.IsIntact ? ExitCodes.Ok : ExitCodes.Tampered;
            }

            return await VerifyAllAsync(context.Out, store, villages, ct);
        }));
        return command;
    }

    private static async Task<int> VerifyAllAsync(TextWriter output, IFormHubStore store, List<OrgUnit> villages, CancellationToken ct)
    {
        int checkedVillages = 0, tampered = 0;
        long events = 0;
        foreach (var unit in villages)
        {
            var result = await store.VerifyAsync(unit.Code.Value, ct);
            // A village with no events and no chain head never had a record; one whose events were all removed still breaks.
            if (result.EventsChecked == 0 && result.IsIntact) continue;
            checkedVillages++;
            events += result.EventsChecked;
            if (!result.IsIntact) tampered++;
            await WriteAsync(output, unit, result);
        }

        if (checkedVillages == 0)
        {
            await output.WriteLineAsync($"{villages.Count} 个村均无事件记录，无需核验。");
            return ExitCodes.Ok;
        }
        await output.WriteLineAsync(tampered == 0
            ? $"共核验 {checkedVillages} 个村、{events} 条事件，哈希链全部完整。"
            : $"共核验 {checkedVillages} 个村、{events} 条事件，其中 {tampered} 个村的事件日志被改动。");
        return tampered == 0 ? ExitCodes.Ok : ExitCodes.Tampered;
    }

    private static async Task WriteAsync(TextWriter output, OrgUnit unit, ChainVerification result)
    {
        if (result.IsIntact)
        {
            await output.WriteLineAsync($"✔ 村 {unit.Code} {unit.Name}：{result.EventsChecked} 条事件，哈希链完整");
            return;
        }

        await output.WriteLineAsync($"✘ 村 {unit.Code} {unit.Name}：{result.EventsChecked} 条事件，发现 {result.Breaks.Count} 处问题");
        foreach (var chainBreak in result.Breaks)
            await output.WriteLineAsync($"  · {chainBreak.Problem}");
    }
}
