using System.CommandLine;
using FormHub.Core.OrgUnits;
using FormHub.Storage;
using FormHub.Storage.Audit;
using FormHub.Storage.Model;

namespace FormHub.Cli.Commands;

/// <summary>
/// <c>formhub audit verify --village CODE | --all</c>: checks each village's signed event hash chain and replays it against
/// the current data (全程可追溯); <c>formhub audit rotate-key</c>: starts signing with a new key.
/// </summary>
internal static class AuditCommands
{
    public static Command Create(CliContext context) =>
        new("audit", "审计：核验事件日志 / audit the event log")
        {
            Verify(context),
            RotateKey(context),
        };

    private static Command RotateKey(CliContext context)
    {
        var command = new Command("rotate-key",
            "在审计密钥文件中加入新密钥，此后的事件用它签名；旧密钥保留，用于核验旧事件 / add a new signing key; older keys stay for older events");
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var storage = context.Storage(parseResult);
            var ring = AuditKeyRing.Rotate(storage.AuditKeyPath);
            await context.Out.WriteLineAsync(
                $"已在 {ring.FilePath} 中加入新密钥 {ring.Current.Id}（共 {ring.Keys.Count} 个）；重启服务器后新事件用它签名。请重新备份该文件，不要删除旧密钥。");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Verify(CliContext context)
    {
        var village = new Option<string?>("--village") { Description = "要核验的村（居）委会区划代码（12位）", HelpName = "CODE" };
        var all = new Option<bool>("--all") { Description = "核验每个有事件记录的村" };
        var command = new Command("verify",
            "核验带密钥签名的哈希链，并按事件日志重放、与当前数据和按期数据逐项比对，报告每处改动；发现篡改时退出码为 2 / " +
            "verify the signed hash chain and replay the log against the current data; exit code 2 when tampering is found")
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
            await using var store = await context.OpenStoreAsync(context.Storage(parseResult), catalog, ct);
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
            ? $"共核验 {checkedVillages} 个村、{events} 条事件，哈希链全部完整，当前数据与事件日志一致。"
            : $"共核验 {checkedVillages} 个村、{events} 条事件，其中 {tampered} 个村的事件日志被改动或当前数据与日志不符。");
        return tampered == 0 ? ExitCodes.Ok : ExitCodes.Tampered;
    }

    private static async Task WriteAsync(TextWriter output, OrgUnit unit, ChainVerification result)
    {
        // Unkeyed events from before the chain was keyed hold only against accidental change: say so every time.
        var legacy = result.LegacyEvents > 0 ? $"（其中 {result.LegacyEvents} 条是启用密钥签名前的旧事件，只有 SHA-256 保护）" : "";
        if (result.IsIntact)
        {
            await output.WriteLineAsync($"✔ 村 {unit.Code} {unit.Name}：{result.EventsChecked} 条事件，哈希链完整，当前数据与事件日志一致{legacy}");
            return;
        }

        await output.WriteLineAsync(
            $"✘ 村 {unit.Code} {unit.Name}：{result.EventsChecked} 条事件，发现 {result.Breaks.Count + result.Differences.Count} 处问题{legacy}");
        foreach (var chainBreak in result.Breaks)
            await output.WriteLineAsync($"  · {chainBreak.Problem}");
        foreach (var difference in result.Differences)
            await output.WriteLineAsync($"  · {difference.Problem}");
    }
}
