using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Validation;
using FormHub.Storage;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;

namespace FormHub.Import;

public sealed partial class RosterImporter
{
    /// <summary>One column of the file and what it maps to.</summary>
    private sealed record Column(int Index, string Heading, string Target, FieldDefinition? Field);

    /// <summary>A household the file creates: from a person file's head row (户主), or a household file's row.</summary>
    private sealed class NewHousehold(RowPlan headRow, string village, IReadOnlyDictionary<string, object?> fields)
    {
        public RowPlan HeadRow { get; } = headRow;
        public string Village { get; } = village;
        public IReadOnlyDictionary<string, object?> Fields { get; } = fields;
        public Guid? Id { get; set; }
    }

    /// <summary>One data row: what it says, what it matched and what writing it takes.</summary>
    private sealed class RowPlan(int sheetRow)
    {
        public int SheetRow { get; } = sheetRow;
        public List<ImportProblem> Problems { get; } = [];
        public OrgUnit? Village { get; set; }
        public Dictionary<string, object?> Attributes { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, object?> Periodic { get; } = new(StringComparer.Ordinal);
        public string? Key { get; set; }
        public string? HouseholdNumber { get; set; }
        public string? HeadId { get; set; }
        public EntityDocument? Stored { get; set; }
        public Guid? StoredHousehold { get; set; }
        public NewHousehold? CreatesHousehold { get; set; }
        public NewHousehold? JoinsNewHousehold { get; set; }
        public Dictionary<string, object?> AttributeChanges { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, object?> PeriodicChanges { get; } = new(StringComparer.Ordinal);
        public bool Ok => Problems.Count == 0;
    }

    /// <summary>The state of one import from reading the header to writing.</summary>
    private sealed class Plan(SheetFile file, MappingProfile profile, ImportScope scope, int headerRow, FieldCatalog catalog, DateOnly today)
    {
        private readonly List<Column> _columns = [];
        private readonly List<RowPlan> _rows = [];
        private readonly Dictionary<string, EntityDocument> _personsById = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Village, string Number), EntityDocument> _householdsByNumber = [];
        private readonly Dictionary<string, Guid> _householdByHeadId = new(StringComparer.Ordinal);
        private readonly Dictionary<(Guid, string), object?> _storedPeriodic = [];
        private Period? _period;

        public List<ImportProblem> HeaderProblems { get; } = [];

        public bool HasProblems => _rows.Any(r => !r.Ok);

        private bool IsPerson => profile.EntityType == Person;

        private FieldDefinition KeyField => catalog.FindField(profile.EntityType, IsPerson ? "id_number" : "household_number")!;

        /// <summary>Maps the header's cells through the profile and checks the mapping against the catalog and the scope.</summary>
        public void ReadColumns()
        {
            var header = file.Rows[headerRow];
            var normalized = profile.Columns.ToDictionary(p => MappingProposer.Normalize(p.Key), p => p.Value, StringComparer.Ordinal);
            for (var c = 0; c < header.Length; c++)
            {
                var heading = file.Cell(headerRow, c);
                if (heading is null) continue;
                var target = profile.Columns.GetValueOrDefault(heading) ?? normalized.GetValueOrDefault(MappingProposer.Normalize(heading)) ?? ImportTargets.Ignore;
                if (target.Length == 0) continue;
                if (_columns.Any(k => k.Target == target))
                {
                    HeaderProblem(c, heading, $"与前面的列对应到同一个字段（{TargetLabel(target)}），请在导入方案中只保留一列");
                    continue;
                }

                if (ImportTargets.LabelZh(target) is not null)
                {
                    if (target == ImportTargets.HouseholdNumber && !IsPerson)
                        HeaderProblem(c, heading, "户的导入请把户号对应到字段 household_number");
                    else _columns.Add(new Column(c, heading, target, null));
                    continue;
                }

                var field = catalog.FindField(profile.EntityType, target);
                if (field is null || field.Type == FieldType.EntityRef)
                {
                    HeaderProblem(c, heading, $"数据目录中没有可导入的字段“{target}”（{EntityLabel}）");
                    continue;
                }

                if (!MayWrite(field, scope))
                {
                    HeaderProblem(c, heading, $"「{field.LabelZh}」的数源部门是{field.OwnerDepartment}，{scope.Department}只能导入本部门负责的字段");
                    continue;
                }

                _columns.Add(new Column(c, heading, target, field));
            }

            var headerLine = headerRow + 1;
            if (!_columns.Any(c => c.Target == KeyField.Name) && !(!IsPerson && _columns.Any(c => c.Target == ImportTargets.HeadIdNumber)))
                HeaderProblems.Add(new ImportProblem(headerLine, 0, null, IsPerson
                    ? "缺少“公民身份号码”列：人员按公民身份号码与库中记录对应"
                    : "缺少“户号”或“户主身份证号”列：户按户号或户主的公民身份号码与库中记录对应"));
            if (profile.Village is null && !_columns.Any(c => c.Target == ImportTargets.Village))
                HeaderProblems.Add(new ImportProblem(headerLine, 0, null, "缺少“所属村”列（村名或12位区划代码），导入方案也没有指定村"));
            if (_columns.Any(c => c.Field?.Kind == FieldKind.Periodic))
            {
                _period = ParsePeriod(profile.Period);
                if (_period is null)
                    HeaderProblems.Add(new ImportProblem(headerLine, 0, null, $"文件含有按期填报的字段（如本月发放金额），请指定期别（如 2026-11）{(profile.Period is null ? "" : $"；“{profile.Period}”不是有效的期别")}"));
                // Each value is kept under its field's own period: a quarter cannot say which month a monthly payment was.
                else
                    foreach (var column in _columns.Where(c => c.Field is { Kind: FieldKind.Periodic } f && f.OwnPeriodFor(_period.Value) is null))
                        HeaderProblems.Add(new ImportProblem(headerLine, 0, null, column.Field!.OwnPeriodRefusal(_period.Value).Zh));
            }
        }

        private string EntityLabel => IsPerson ? "人员" : "户";

        private string TargetLabel(string target) => ImportTargets.LabelZh(target) ?? catalog.FindField(profile.EntityType, target)?.LabelZh ?? target;

        private void HeaderProblem(int column, string heading, string message) =>
            HeaderProblems.Add(new ImportProblem(headerRow + 1, column + 1, heading, message));

        /// <summary>Reads and checks each data row on its own: village, every mapped cell, duplicates within the file.</summary>
        public void ReadRows(RegionTree tree, IProgress<ImportProgress>? progress)
        {
            var villages = tree.Villages.Where(v => scope.Covers(v.Code)).ToList();
            var byName = villages.GroupBy(v => v.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            OrgUnit? fixedVillage = null;
            if (profile.Village is { } code)
            {
                fixedVillage = tree.Find(code);
                if (fixedVillage is null || fixedVillage.Level != OrgLevel.Village)
                    HeaderProblems.Add(new ImportProblem(headerRow + 1, 0, null, $"导入方案指定的村“{code}”不在区划表中"));
                else if (!scope.Covers(fixedVillage.Code))
                    HeaderProblems.Add(new ImportProblem(headerRow + 1, 0, null, $"村“{fixedVillage.Name}”不在你的导入范围内"));
            }

            var keys = new Dictionary<string, int>(StringComparer.Ordinal);
            var total = file.Rows.Count - headerRow - 1;
            for (var r = headerRow + 1; r < file.Rows.Count; r++)
            {
                if (file.Rows[r].All(string.IsNullOrWhiteSpace)) continue;
                var row = new RowPlan(r + 1);
                _rows.Add(row);
                row.Village = fixedVillage;
                foreach (var column in _columns)
                {
                    var cell = file.Cell(r, column.Index);
                    switch (column.Target)
                    {
                        case ImportTargets.Village:
                            row.Village = ResolveVillage(cell, tree, byName, row, column);
                            break;
                        case ImportTargets.HouseholdNumber:
                            row.HouseholdNumber = Checked(catalog.FindField(Household, "household_number")!, cell, row, column) as string;
                            break;
                        case ImportTargets.HeadIdNumber:
                            row.HeadId = Checked(catalog.FindField(Person, "id_number")!, cell, row, column) as string;
                            break;
                        default:
                            if (cell is null)
                            {
                                if (column.Field == KeyField) Problem(row, column, $"「{column.Field.LabelZh}」为必填项");
                                continue;
                            }

                            var value = Checked(column.Field!, cell, row, column);
                            if (value is null) continue;
                            if (column.Field!.Kind == FieldKind.Periodic) row.Periodic[column.Target] = value;
                            else row.Attributes[column.Target] = value;
                            break;
                    }
                }

                if (row.Village is null && fixedVillage is null && _columns.FirstOrDefault(c => c.Target == ImportTargets.Village) is { } villageColumn
                    && file.Cell(r, villageColumn.Index) is null)
                    Problem(row, villageColumn, "所属村为必填项");

                row.Key = IsPerson ? row.Attributes.GetValueOrDefault("id_number") as string
                    : row.Attributes.GetValueOrDefault("household_number") as string is { } number ? row.Village?.Code.Value + "/" + number
                    : row.HeadId is { } head ? "head/" + head : null;
                if (!IsPerson && row.Key is null && row.Ok)
                    row.Problems.Add(new ImportProblem(row.SheetRow, 0, null, "缺少户号和户主身份证号，无法确定是哪一户"));
                if (row.Key is not null && row.Village is not null)
                {
                    if (keys.TryGetValue(row.Key, out var first))
                    {
                        var keyColumn = _columns.FirstOrDefault(c => c.Target == KeyField.Name) ?? _columns.First(c => c.Target == ImportTargets.HeadIdNumber);
                        Problem(row, keyColumn, $"与第 {first} 行重复：同一{(IsPerson ? "公民身份号码" : "户")}在文件中出现两次");
                    }
                    else keys[row.Key] = row.SheetRow;
                }

                if (_rows.Count % ProgressEvery == 0) progress?.Report(new ImportProgress("检查", r - headerRow, total));
            }

            progress?.Report(new ImportProgress("检查", total, total));
        }

        private OrgUnit? ResolveVillage(string? cell, RegionTree tree, Dictionary<string, List<OrgUnit>> byName, RowPlan row, Column column)
        {
            if (cell is null) return null;
            var found = RegionCode.TryParse(cell, out var code, out _) ? tree.Find(code) : null;
            if (found is null && byName.TryGetValue(cell, out var named))
            {
                if (named.Count > 1)
                {
                    Problem(row, column, $"“{cell}”有 {named.Count} 个同名的村，请改用12位区划代码");
                    return null;
                }

                found = named[0];
            }

            if (found is null || found.Level != OrgLevel.Village)
            {
                Problem(row, column, tree.All.Any(u => u.Name == cell) ? $"村“{cell}”不在你的导入范围内" : $"未知的村“{cell}”：区划表中没有这个村");
                return null;
            }

            if (!scope.Covers(found.Code))
            {
                Problem(row, column, $"村“{found.Name}”不在你的导入范围内");
                return null;
            }

            return found;
        }

        private object? Checked(FieldDefinition field, string? cell, RowPlan row, Column column)
        {
            if (cell is null) return null;
            var check = FieldValueValidator.Check(field, cell, today);
            if (check.IsValid) return check.Value;
            Problem(row, column, check.Error.Zh);
            return null;
        }

        private static void Problem(RowPlan row, Column column, string message) =>
            row.Problems.Add(new ImportProblem(row.SheetRow, column.Index + 1, column.Heading, message));

        /// <summary>Reads the stored persons and households (and the period's values) of every village the file names.</summary>
        public async Task LoadStoredAsync(IFormHubStore store, CancellationToken ct)
        {
            foreach (var village in _rows.Select(r => r.Village).OfType<OrgUnit>().Select(v => v.Code.Value).Distinct(StringComparer.Ordinal))
            {
                foreach (var person in await ListAllAsync(store, village, Person, ct))
                {
                    if (person["id_number"] is string id)
                    {
                        _personsById.TryAdd(id, person);
                        if (person["relation_to_head"] as string == HeadRelation && person["household"] is string hh && Guid.TryParse(hh, out var hid))
                            _householdByHeadId.TryAdd(id, hid);
                    }
                }

                foreach (var household in await ListAllAsync(store, village, Household, ct))
                    if (household["household_number"] is string number) _householdsByNumber.TryAdd((village, number), household);

                if (_period is { } period)
                    foreach (var key in _columns.Select(c => c.Field).OfType<FieldDefinition>().Where(f => f.Kind == FieldKind.Periodic)
                                 .Select(f => f.OwnPeriodFor(period)?.Key).OfType<string>().Distinct())
                        foreach (var value in await store.GetPeriodicValuesAsync(village, key, profile.EntityType, ct))
                            if (catalog.FindField(value.EntityType, value.Field)?.OwnPeriodFor(period)?.Key == key)
                                _storedPeriodic[(value.EntityId, value.Field)] = value.Value;
            }
        }

        private static async Task<List<EntityDocument>> ListAllAsync(IFormHubStore store, string village, string type, CancellationToken ct)
        {
            var all = new List<EntityDocument>();
            const int page = 1000;
            for (var skip = 0; ; skip += page)
            {
                var got = await store.ListAsync(new EntityQuery(village, type) { Skip = skip, Take = page }, ct);
                all.AddRange(got.Items);
                if (got.Items.Count < page) return all;
            }
        }

        /// <summary>Matches rows to stored records, links persons to households, and works out what differs.</summary>
        public void Match()
        {
            if (IsPerson) MatchPersons();
            else MatchHouseholds();
        }

        private void MatchHouseholds()
        {
            foreach (var row in _rows.Where(r => r.Ok))
            {
                var number = row.Attributes.GetValueOrDefault("household_number") as string;
                EntityDocument? stored = null;
                if (number is not null) stored = _householdsByNumber.GetValueOrDefault((row.Village!.Code.Value, number));
                if (stored is null && row.HeadId is not null && _householdByHeadId.TryGetValue(row.HeadId, out var byHead))
                    stored = _householdsByNumber.Values.FirstOrDefault(h => h.Id == byHead);
                if (stored is not null && stored.VillageCode != row.Village!.Code.Value)
                {
                    row.Problems.Add(new ImportProblem(row.SheetRow, 0, null, "户主所在的户登记在另一个村，请先办理迁移"));
                    continue;
                }

                row.Stored = stored;
                if (stored is null)
                {
                    if (row.Attributes.GetValueOrDefault("name") is null)
                    {
                        row.Problems.Add(new ImportProblem(row.SheetRow, 0, null, "库中没有这一户，新建户需要“户主姓名”"));
                        continue;
                    }

                    row.CreatesHousehold = new NewHousehold(row, row.Village!.Code.Value, row.Attributes);
                }

                Diff(row);
            }
        }

        private void MatchPersons()
        {
            // The households this file founds: a head row (户主) whose household is not stored yet.
            var founded = new Dictionary<string, NewHousehold>(StringComparer.Ordinal);
            var headRows = new Dictionary<string, RowPlan>(StringComparer.Ordinal);
            foreach (var row in _rows.Where(r => r.Village is not null && r.Attributes.GetValueOrDefault("relation_to_head") as string == HeadRelation))
            {
                if (row.HouseholdNumber is { } number) headRows.TryAdd(row.Village!.Code.Value + "/" + number, row);
                if (row.Key is { } id) headRows.TryAdd("head/" + id, row);
            }

            foreach (var row in _rows.Where(r => r.Key is not null && r.Village is not null))
            {
                row.Stored = _personsById.GetValueOrDefault(row.Key!);
                if (row.Stored is not null && row.Stored.VillageCode != row.Village!.Code.Value)
                {
                    row.Problems.Add(new ImportProblem(row.SheetRow, 0, null, "此人登记在另一个村，请先办理迁移"));
                    continue;
                }

                var householdKey = row.HouseholdNumber is { } n ? row.Village!.Code.Value + "/" + n : row.HeadId is { } h ? "head/" + h : null;
                if (householdKey is null)
                {
                    if (row.Stored is null) row.Problems.Add(new ImportProblem(row.SheetRow, 0, null, "新登记的人员需要“户号”或“户主身份证号”以确定所在户"));
                    else if (row.Ok) Diff(row);
                    continue;
                }

                Guid? storedHousehold = row.HouseholdNumber is { } number
                    ? _householdsByNumber.GetValueOrDefault((row.Village!.Code.Value, number))?.Id
                    : _householdByHeadId.TryGetValue(row.HeadId!, out var byHead) ? byHead : null;
                if (storedHousehold is { } hid)
                {
                    row.StoredHousehold = hid;
                }
                else if (headRows.TryGetValue(householdKey, out var head))
                {
                    if (!head.Ok && head != row)
                    {
                        row.Problems.Add(new ImportProblem(row.SheetRow, 0, null, $"所在户的户主行（行 {head.SheetRow}）有问题，此行无法导入"));
                        continue;
                    }

                    if (!founded.TryGetValue(householdKey, out var household))
                    {
                        var fields = new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = head.Attributes.GetValueOrDefault("name") };
                        if (head.HouseholdNumber is { } headNumber) fields["household_number"] = headNumber;
                        household = new NewHousehold(head, head.Village!.Code.Value, fields);
                        founded[householdKey] = household;
                        head.CreatesHousehold = household;
                    }

                    row.JoinsNewHousehold = household;
                }
                else
                {
                    var column = _columns.First(c => c.Target is ImportTargets.HouseholdNumber or ImportTargets.HeadIdNumber);
                    Problem(row, column, row.HouseholdNumber is { } missing
                        ? $"户号“{missing}”的户既不在文件中（没有与户主关系为“户主”的行），也不在库中"
                        : $"户主（{ChineseIdNumber.Mask(row.HeadId!)}）的户既不在文件中，也不在库中");
                    continue;
                }

                if (row.Ok) Diff(row);
            }

            // A head row found bad after its household's members were matched takes them with it.
            foreach (var row in _rows.Where(r => r.Ok && r.JoinsNewHousehold is { } h && !h.HeadRow.Ok))
                row.Problems.Add(new ImportProblem(row.SheetRow, 0, null, $"所在户的户主行（行 {row.JoinsNewHousehold!.HeadRow.SheetRow}）有问题，此行无法导入"));
        }

        private void Diff(RowPlan row)
        {
            row.AttributeChanges.Clear();
            row.PeriodicChanges.Clear();
            foreach (var (name, value) in row.Attributes)
                if (row.Stored is null || !Equals(row.Stored[name], value)) row.AttributeChanges[name] = value;
            if (row.Stored is not null && row.StoredHousehold is { } hid && row.Stored["household"] as string != hid.ToString())
                row.AttributeChanges["household"] = hid.ToString();
            foreach (var (name, value) in row.Periodic)
                if (row.Stored is null || !_storedPeriodic.TryGetValue((row.Stored.Id, name), out var old) || !Equals(old, value))
                    row.PeriodicChanges[name] = value;
        }

        /// <summary>Records created, values changed and rows unchanged among the rows without problems.</summary>
        public (int Created, int Changed, int Unchanged) Count()
        {
            int created = 0, changed = 0, unchanged = 0;
            foreach (var row in _rows.Where(r => r.Ok))
            {
                if (row.Stored is null) created += IsPerson && row.CreatesHousehold is not null ? 2 : 1;
                else changed += row.AttributeChanges.Count;
                changed += row.PeriodicChanges.Count;
                if (row.Stored is not null && row.AttributeChanges.Count == 0 && row.PeriodicChanges.Count == 0) unchanged++;
            }

            return (created, changed, unchanged);
        }

        /// <summary>
        /// Registers every good row's writes on <paramref name="session"/>, flushing a batch every
        /// <see cref="BatchOperations"/> operations; returns the row of each operation index. A refused batch's errors are
        /// put on their rows before the refusal goes on to the caller.
        /// </summary>
        public async Task<List<RowPlan>> ApplyAsync(IBulkStoreSession session, IProgress<ImportProgress>? progress, CancellationToken ct)
        {
            var operationRows = new List<RowPlan>();
            var good = _rows.Where(r => r.Ok).ToList();
            foreach (var household in good.Select(r => r.CreatesHousehold).OfType<NewHousehold>()) household.Id = null;
            var done = 0;
            // Households first, so persons of a household the file founds can name it.
            foreach (var row in good.OrderBy(r => r.CreatesHousehold is null ? 1 : 0))
            {
                session.Note($"导入 {file.FileName} SHA-256 {file.Sha256} 行 {row.SheetRow}");
                var before = session.PendingCount;
                if (IsPerson) ApplyPerson(session, row);
                else ApplyHousehold(session, row);
                for (var i = before; i < session.PendingCount; i++) operationRows.Add(row);
                if (++done % ProgressEvery == 0) progress?.Report(new ImportProgress("写入", done, good.Count));
                if (session.PendingCount < BatchOperations) continue;
                try
                {
                    await session.FlushAsync(ct);
                }
                catch (StoreValidationException e)
                {
                    Reject(operationRows, e);
                    throw;
                }
            }

            session.Note(null);
            return operationRows;
        }

        /// <summary>Puts each of a refused save's errors on the row whose operation caused it.</summary>
        public void Reject(List<RowPlan> operationRows, StoreValidationException refusal)
        {
            foreach (var error in refusal.Errors) RejectOperation(operationRows, error);
        }

        private void ApplyHousehold(IStoreSession session, RowPlan row)
        {
            var id = row.Stored?.Id;
            if (id is null) id = session.Create(Household, row.Village!.Code.Value, row.Attributes, today);
            else if (row.AttributeChanges.Count > 0) session.Change(id.Value, row.Stored!.Version, row.AttributeChanges, today);
            SetPeriodic(session, id.Value, row);
        }

        private void ApplyPerson(IStoreSession session, RowPlan row)
        {
            if (row.CreatesHousehold is { } founded && founded.Id is null)
                founded.Id = session.Create(Household, founded.Village, founded.Fields, today);
            var household = row.StoredHousehold ?? row.JoinsNewHousehold?.Id;
            var id = row.Stored?.Id;
            if (id is null)
            {
                var fields = new Dictionary<string, object?>(row.Attributes, StringComparer.Ordinal) { ["household"] = household?.ToString() };
                id = session.Create(Person, row.Village!.Code.Value, fields, today);
            }
            else if (row.AttributeChanges.Count > 0)
            {
                if (household is not null && row.Stored!["household"] as string != household.ToString()) row.AttributeChanges["household"] = household.ToString();
                session.Change(id.Value, row.Stored!.Version, row.AttributeChanges, today);
            }

            SetPeriodic(session, id.Value, row);
        }

        private void SetPeriodic(IStoreSession session, Guid id, RowPlan row)
        {
            // The owner department's file is the authoritative value for the period: no version check (see remarks).
            foreach (var (name, value) in row.PeriodicChanges) session.SetPeriodic(id, name, _period!.Value.Key, value);
        }

        /// <summary>Puts a store refusal on the row whose operation caused it, so a retry leaves that row out.</summary>
        public void RejectOperation(List<RowPlan> operationRows, FieldError error)
        {
            var row = error.OperationIndex >= 0 && error.OperationIndex < operationRows.Count ? operationRows[error.OperationIndex] : null;
            if (row is null) return;
            var column = error.Field is null ? null : _columns.FirstOrDefault(c => c.Target == error.Field);
            var problem = column is null ? new ImportProblem(row.SheetRow, 0, null, error.Message.Zh)
                : new ImportProblem(row.SheetRow, column.Index + 1, column.Heading, error.Message.Zh);
            if (!row.Problems.Contains(problem)) row.Problems.Add(problem);
            foreach (var member in _rows.Where(r => r.Ok && r.JoinsNewHousehold?.HeadRow == row))
                member.Problems.Add(new ImportProblem(member.SheetRow, 0, null, $"所在户的户主行（行 {row.SheetRow}）有问题，此行无法导入"));
        }

        public ImportResult Result(ImportMode mode, bool written, int created, int changed, int unchanged, IReadOnlyList<ImportProblem>? extra = null)
        {
            var problems = (extra ?? []).Concat(_rows.SelectMany(r => r.Problems)).OrderBy(p => p.Row).ThenBy(p => p.Column).ToList();
            var rejected = extra is { Count: > 0 } && !written ? _rows.Select(r => r.SheetRow).ToList() : _rows.Where(r => !r.Ok).Select(r => r.SheetRow).ToList();
            return new ImportResult(file.FileName, file.Sha256, mode, headerRow + 1, _rows.Count, created, changed, unchanged, problems, rejected, written);
        }
    }
}
