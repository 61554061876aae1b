using FormHub.Core.OrgUnits;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;

namespace FormHub.Storage.Shared;

/// <summary>
/// The same person twice (issue 13, item 2): a save may not give a record an ID number another record not retired already
/// holds, in this village or any other, in this county or any other. Checked inside the write transaction under a lock
/// per ID number (SQLite: the one writer), against <c>identity_numbers</c>, which the same save keeps current.
/// </summary>
internal abstract partial class SaveWork
{
    /// <summary>The ID numbers each loaded record held when read (before this save changed it).</summary>
    private readonly Dictionary<Guid, HashSet<string>> _storedIdentity = [];
    /// <summary>The last operation of this save that created or changed each record (where an error belongs).</summary>
    private readonly Dictionary<Guid, int> _identityOperation = [];
    protected readonly List<(Guid Entity, string IdNumber)> _identityAdded = [];
    protected readonly List<(Guid Entity, string IdNumber)> _identityRemoved = [];

    private void RememberIdentity(EntityState e) =>
        _storedIdentity[e.Id] = IdentityNumbers.Held(Catalog, e.EntityType, e.Fields, e.Retirement is not null);

    private async Task CheckIdentityNumbersAsync(CancellationToken ct)
    {
        foreach (var e in _entities.Values.Where(e => e.Dirty))
        {
            var now = IdentityNumbers.Held(Catalog, e.EntityType, e.Fields, e.Retirement is not null);
            var before = _storedIdentity.GetValueOrDefault(e.Id) ?? [];
            _identityAdded.AddRange(now.Except(before).Select(n => (e.Id, n)));
            _identityRemoved.AddRange(before.Except(now).Select(n => (e.Id, n)));
        }
        if (_identityAdded.Count == 0) return;

        var numbers = _identityAdded.Select(a => a.IdNumber).Distinct(StringComparer.Ordinal).ToList();
        var stored = await LockIdentityHoldersAsync(numbers, ct);
        var leaving = _identityRemoved.ToHashSet();
        var claimedInThisSave = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var (entity, number) in _identityAdded)
        {
            var holder = stored.Where(s => s.IdNumber == number && s.Entity != entity && !leaving.Contains((s.Entity, number))).Select(s => s.Entity).FirstOrDefault();
            if (holder == Guid.Empty && claimedInThisSave.TryGetValue(number, out var earlier)) holder = earlier;
            claimedInThisSave.TryAdd(number, entity);
            if (holder == Guid.Empty) continue;
            var e = _entities[entity];
            var field = IdentityNumbers.FieldsOf(Catalog, e.EntityType).First(f => Equals(e.Fields.GetValueOrDefault(f.Name), number));
            _errors.Add(IdentityNumbers.AlreadyRegistered(_identityOperation.GetValueOrDefault(entity), entity, field, await DescribeAsync(holder, ct)));
        }
    }

    /// <summary>Where the record holding a number lives, with its name and its household head's (from this save's state when it is in it).</summary>
    private async Task<IdentityHolder> DescribeAsync(Guid id, CancellationToken ct)
    {
        var record = _entities.TryGetValue(id, out var known) && !known.WithoutFields ? known : await LoadOneAsync(id, ct);
        string? head = null;
        if (record is not null && IdentityNumbers.HouseholdOf(Catalog, record.EntityType, record.Fields) is { } householdId)
        {
            var household = _entities.TryGetValue(householdId, out var h) && !h.WithoutFields ? h : await LoadOneAsync(householdId, ct);
            if (household is not null) head = IdentityNumbers.NameOf(Catalog, household.EntityType, household.Fields);
        }
        var village = record?.VillageCode ?? "";
        var codes = RegionCode.TryParse(village, out var code, out _) && code.Parent is { } parent ? new[] { village, parent.Value } : [village];
        var names = await RegionNamesAsync(codes, ct);
        return IdentityNumbers.Describe(Catalog, id, record?.EntityType ?? "", village, record?.Fields ?? new Dictionary<string, object?>(), names, head);
    }

    protected async Task<EntityState?> LoadOneAsync(Guid id, CancellationToken ct) =>
        (await LoadEntitiesAsync([id], ct)).FirstOrDefault();
}
