using FormHub.Core.Catalog;
using FormHub.Storage.Errors;
using FormHub.Storage.Marten;
using FormHub.Storage.Model;
using FormHub.Storage.Shared;

namespace FormHub.Storage.Shards;

/// <summary>
/// One person, one live record across the province's databases. Each shard refuses an ID number one of its own records
/// holds; this refuses, before the shard's save, a number a live record on another shard holds, with the same message.
/// Only numbers a save gives a record that did not hold them (a created record's, a changed ID-number field) are looked
/// up, so saves that leave ID numbers alone cost nothing more. Between the look-up and the shard's commit the numbers are
/// locked on the home shard, so two saves on two shards registering one number at once are taken one after the other and
/// the second finds the first.
/// </summary>
internal sealed class CrossShardIdentities
{
    private readonly ShardedFormHubStore store;

    /// <summary>Where the locks live: the home shard, when there is more than one shard (one database needs none).</summary>
    private readonly MartenFormHubStore? _home;

    public CrossShardIdentities(ShardedFormHubStore store)
    {
        this.store = store;
        if (store.Shards.Count < 2) return;
        // The locks are PostgreSQL advisory locks on the home shard; shards are opened as Marten stores only.
        _home = store.Shards[store.Layout.Home.Name] as MartenFormHubStore ?? throw new ArgumentException(
            $"The home shard '{store.Layout.Home.Name}' is not a PostgreSQL (Marten) store: ID numbers could not be kept unique across the shards.");
    }

    private FieldCatalog Catalog => store.Catalog;

    /// <summary>
    /// Checks the operations bound for <paramref name="shard"/>, refusing (<see cref="StoreValidationException"/>) a number
    /// held on another shard; returns the lock to keep until the shard's save has committed, or null when no number is new.
    /// A bulk load, whose batches share one transaction, locks the whole space from its first batch carrying any ID
    /// number — before the shard's own identity lock, which its bulk session takes exclusively from that batch on, so
    /// every save takes the two in one order (this one, then the shard's) — and hands that lock back as
    /// <paramref name="held"/> for the later ones. An ordinary save waits for it at most <see cref="ImportBusyException.Wait"/>
    /// and is then refused as a conflict to retry (<see cref="ImportBusyException"/>) instead of stalling behind a county load.
    /// A load also hands its <paramref name="loaded"/> records: those its earlier batches created, which only its own
    /// transaction sees, so that a later change giving one of them a number is checked too.
    /// </summary>
    public async Task<IAsyncDisposable?> CheckAsync(IFormHubStore shard, IReadOnlyList<PendingOperation> operations, bool bulk, IAsyncDisposable? held,
        LoadedRecords? loaded, CancellationToken ct)
    {
        if (_home is null) return held;
        var given = await NewNumbersAsync(shard, operations, loaded, ct);
        var numbers = given.Select(g => g.Number).Distinct(StringComparer.Ordinal).ToList();
        var hold = held;
        if (hold is null && (given.Count > 0 || bulk && operations.Any(CarriesIdNumber)))
            hold = await _home.HoldIdNumbersAcrossShardsAsync(numbers, wholeSpace: bulk, ct);
        if (given.Count == 0) return Remember(loaded, operations, hold);
        try
        {
            var elsewhere = new List<(IFormHubStore Shard, IdNumberHolder Holder)>();
            foreach (var other in store.Shards.Values.Where(s => !ReferenceEquals(s, shard)))
                elsewhere.AddRange((await other.FindIdNumberHoldersAsync(numbers, ct)).Where(h => !h.Record.Retired).Select(h => (other, h)));
            if (elsewhere.Count > 0)
            {
                var names = (await store.GetRegionsAsync(ct)).ToDictionary(u => u.Code.Value, u => u.Name, StringComparer.Ordinal);
                var errors = new List<FieldError>();
                foreach (var (index, entity, field, number) in given)
                {
                    if (elsewhere.FirstOrDefault(e => e.Holder.IdNumber == number) is not ({ } other, { } holder)) continue;
                    errors.Add(IdentityNumbers.AlreadyRegistered(index, entity, field, await DescribeAsync(other, holder.Record.Id, names, ct)));
                }
                throw new StoreValidationException(errors);
            }
            return Remember(loaded, operations, hold);
        }
        catch
        {
            // A bulk session's lock stays with it: disposing the session lets it go.
            if (hold is not null && held is null) await hold.DisposeAsync();
            throw;
        }
    }

    /// <summary>A load's records created by these operations, of types holding ID numbers, kept for its later batches.</summary>
    private IAsyncDisposable? Remember(LoadedRecords? loaded, IReadOnlyList<PendingOperation> operations, IAsyncDisposable? hold)
    {
        if (loaded is null) return hold;
        foreach (var create in operations.OfType<CreateOperation>())
            if (IdentityNumbers.FieldsOf(Catalog, create.EntityType).Any()) loaded.Add(create.EntityId, create.EntityType);
        return hold;
    }

    /// <summary>The ID numbers the operations give records that did not hold them, each with the operation and field giving it.</summary>
    private async Task<List<(int Index, Guid Entity, FieldDefinition Field, string Number)>> NewNumbersAsync(IFormHubStore shard,
        IReadOnlyList<PendingOperation> operations, LoadedRecords? loaded, CancellationToken ct)
    {
        // A change names no entity type: those of changes to an ID-number field of some type come from the load's own
        // records (not committed, so the shard would not find them) or from the shard.
        var changed = operations.OfType<ChangeOperation>().Where(c => c.Fields.Keys.Any(IsIdNumberFieldOfAnyType)).Select(c => c.EntityId).ToHashSet();
        var types = new Dictionary<Guid, string>();
        foreach (var id in changed)
            if (loaded?.TypeOf(id) is { } type) types[id] = type;
        changed.ExceptWith(types.Keys);
        // A record of another village, changed by an operation kept to one, is missing to it: the shard's save refuses it
        // so, and a duplicate found here first must not describe it.
        var keptTo = operations.OfType<ChangeOperation>().Where(c => c.OwnVillage is not null).ToLookup(c => c.EntityId, c => c.OwnVillage);
        var stored = (changed.Count == 0 ? new Dictionary<Guid, EntityDocument>() : await shard.GetManyAsync(changed, ct))
            .Where(s => keptTo[s.Key].All(village => village == s.Value.VillageCode)).ToDictionary();
        foreach (var (id, record) in stored) types[id] = record.EntityType;
        var held = stored.ToDictionary(s => s.Key, s => IdentityNumbers.Held(Catalog, s.Value.EntityType, s.Value.Fields, s.Value.Retirement is not null).Select(Canonical).ToHashSet());
        var found = new List<(int, Guid, FieldDefinition, string)>();
        foreach (var operation in operations)
        {
            var (type, fields) = operation switch
            {
                CreateOperation c => (c.EntityType, c.Fields),
                ChangeOperation c when types.TryGetValue(c.EntityId, out var t) => (t, c.Fields),
                _ => (null, null),
            };
            if (type is null || fields is null) continue;
            if (operation is CreateOperation) types[operation.EntityId] = type;
            foreach (var field in IdentityNumbers.FieldsOf(Catalog, type))
            {
                if (fields.GetValueOrDefault(field.Name) is not string value || Canonical(value) is not { Length: > 0 } number) continue;
                if (held.GetValueOrDefault(operation.EntityId)?.Contains(number) == true) continue;
                found.Add((operation.Index, operation.EntityId, field, number));
            }
        }
        return found;
    }

    /// <summary>Whether the operation sets an ID-number field (the shard's save then locks the number, new or not).</summary>
    private bool CarriesIdNumber(PendingOperation operation) => operation switch
    {
        CreateOperation c => c.Fields.Any(f => f.Value is string { Length: > 0 } && IsIdNumberFieldOfAnyType(f.Key)),
        ChangeOperation c => c.Fields.Any(f => f.Value is string { Length: > 0 } && IsIdNumberFieldOfAnyType(f.Key)),
        _ => false,
    };

    private bool IsIdNumberFieldOfAnyType(string field) =>
        Catalog.EntityTypes.Any(t => IdentityNumbers.FieldsOf(Catalog, t.Key).Any(f => f.Name == field));

    private static string Canonical(string idNumber) => idNumber.Trim().ToUpperInvariant();

    /// <summary>The holder as the shard's own refusal describes it: where it lives, its name, its household head.</summary>
    private async Task<IdentityHolder> DescribeAsync(IFormHubStore shard, Guid id, Dictionary<string, string> names, CancellationToken ct)
    {
        var record = await shard.GetAsync(id, ct);
        string? head = null;
        if (record is not null && IdentityNumbers.HouseholdOf(Catalog, record.EntityType, record.Fields) is { } householdId
            && await shard.GetAsync(householdId, ct) is { } household)
            head = IdentityNumbers.NameOf(Catalog, household.EntityType, household.Fields);
        return IdentityNumbers.Describe(Catalog, id, record?.EntityType ?? "", record?.VillageCode ?? "", record?.Fields ?? new Dictionary<string, object?>(), names, head);
    }
}
