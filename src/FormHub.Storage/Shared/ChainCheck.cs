using FormHub.Storage.Audit;
using FormHub.Storage.Model;

namespace FormHub.Storage.Shared;

/// <summary>
/// Recomputes a village's hash chain from its stored events, given in village-sequence order exactly as stored
/// (payload text included, not the parsed event, so any edit shows), then checks the signed chain head. Engine-neutral:
/// each engine reads its own tables and feeds them here.
/// </summary>
internal sealed class ChainCheck(string villageCode, AuditKeyRing auditKeys)
{
    private readonly List<ChainBreak> _breaks = [];
    private string _previousHash = EventHasher.Genesis;
    private long _expected = 1;
    private bool _keyed;

    public IReadOnlyList<ChainBreak> Breaks => _breaks;

    public long Checked { get; private set; }

    public long Legacy { get; private set; }

    public void Add(long seq, long villageSeq, Guid entityId, string entityType, int kind, DateOnly validFrom, string? period, DateTimeOffset recordedAt,
        string user, int source, string payload, string storedPrevious, string storedHash, string? keyId)
    {
        Checked++;
        if (villageSeq != _expected)
        {
            _breaks.Add(new ChainBreak(_expected, null, villageSeq > _expected
                ? $"第 {_expected}–{villageSeq - 1} 条事件缺失（已被删除） / events {_expected}–{villageSeq - 1} are missing"
                : $"第 {villageSeq} 条事件重复 / event {villageSeq} is duplicated"));
        }
        if (storedPrevious != _previousHash)
        {
            _breaks.Add(new ChainBreak(villageSeq, seq,
                $"第 {villageSeq} 条事件（序号 {seq}）与前一条事件的哈希链接不符 / event {villageSeq} (seq {seq}) does not link to its predecessor"));
        }

        AuditKey? key = null;
        if (keyId is null)
        {
            // Unkeyed events exist only from before keys: one after a signed event is a rewrite.
            Legacy++;
            if (_keyed)
            {
                _breaks.Add(new ChainBreak(villageSeq, seq,
                    $"第 {villageSeq} 条事件（序号 {seq}）没有密钥签名，却排在已签名的事件之后：事件被改写 / event {villageSeq} (seq {seq}) is unsigned after signed events: rewritten"));
            }
        }
        else
        {
            _keyed = true;
            key = auditKeys.Find(keyId);
            if (key is null)
            {
                _breaks.Add(new ChainBreak(villageSeq, seq,
                    $"第 {villageSeq} 条事件（序号 {seq}）由密钥 {keyId} 签名，但密钥文件 {auditKeys.FilePath} 中没有这个密钥，无法核验 / event {villageSeq} (seq {seq}) was signed with key {keyId}, which the key file lacks"));
            }
        }
        if (keyId is null || key is not null)
        {
            var recomputed = EventHasher.Compute(villageCode, villageSeq, entityId, entityType, kind, validFrom, period, recordedAt, user, source, payload,
                storedPrevious, key);
            if (recomputed != storedHash)
            {
                _breaks.Add(new ChainBreak(villageSeq, seq, key is null
                    ? $"第 {villageSeq} 条事件（序号 {seq}）内容已被改动，哈希不符 / event {villageSeq} (seq {seq}) was altered: its hash does not match"
                    : $"第 {villageSeq} 条事件（序号 {seq}）内容已被改动，密钥签名不符 / event {villageSeq} (seq {seq}) was altered: its signature does not match"));
            }
        }
        _previousHash = storedHash;
        _expected = villageSeq + 1;
    }

    /// <summary>
    /// The chain head remembers the last event, so removing events from the end is caught; its signature means the
    /// head cannot be replaced along with a rewritten chain. <paramref name="head"/> null: no head stored.
    /// </summary>
    public void CheckHead((long LastSeq, string LastHash, string? KeyId, string? Mac)? head)
    {
        var lastRead = _expected - 1;
        if (head is not { } h)
        {
            if (Checked > 0) _breaks.Add(new ChainBreak(0, null, "链头记录缺失 / the chain head is missing"));
            return;
        }
        if (h.LastSeq != lastRead)
        {
            _breaks.Add(new ChainBreak(lastRead + 1, null,
                $"事件日志止于第 {lastRead} 条，但应有 {h.LastSeq} 条：末尾事件缺失 / the log ends at event {lastRead} but {h.LastSeq} were written"));
        }
        else if (h.LastHash != _previousHash)
        {
            _breaks.Add(new ChainBreak(h.LastSeq, null, $"第 {h.LastSeq} 条事件与链头记录不符 / event {h.LastSeq} does not match the chain head"));
        }

        if (h.KeyId is null || h.Mac is null)
        {
            _breaks.Add(new ChainBreak(h.LastSeq, null, "链头没有密钥签名：链头被替换过 / the chain head is not signed: it was replaced"));
        }
        else if (auditKeys.Find(h.KeyId) is not { } key)
        {
            _breaks.Add(new ChainBreak(h.LastSeq, null,
                $"链头由密钥 {h.KeyId} 签名，但密钥文件 {auditKeys.FilePath} 中没有这个密钥，无法核验 / the chain head was signed with key {h.KeyId}, which the key file lacks"));
        }
        else if (EventHasher.SealHead(villageCode, h.LastSeq, h.LastHash, key) != h.Mac)
        {
            _breaks.Add(new ChainBreak(h.LastSeq, null, "链头的密钥签名不符：链头被改写 / the chain head's signature does not match: it was rewritten"));
        }
    }
}
