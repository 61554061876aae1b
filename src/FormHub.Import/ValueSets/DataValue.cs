namespace FormHub.Import.ValueSets;

/// <summary>
/// One value of a <see cref="DataValueSet"/> (DHIS2's dataValue): which record, which periodic field, what value.
/// </summary>
/// <param name="DataElement">The catalog key of a periodic field, e.g. <c>household.dibao_amount</c>.</param>
/// <param name="OrgUnit">The record's village (12-digit code); needed to find a record by ID number.</param>
/// <param name="Record">The record's id (idScheme <c>id</c>).</param>
/// <param name="IdNumber">The person's 公民身份号码, or for a household its head's (idScheme <c>idNumber</c>).</param>
/// <param name="Value">The value as sent (text, number, or a JSON element); null clears it.</param>
public sealed record DataValue(string? DataElement, string? OrgUnit, string? Record, string? IdNumber, object? Value);
