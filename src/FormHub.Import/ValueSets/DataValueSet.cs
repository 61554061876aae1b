namespace FormHub.Import.ValueSets;

/// <summary>
/// Many periodic values for one period in one request, in the style of DHIS2's dataValueSets: what a department's own
/// system (民政's payment system) sends each month so no cadre types 低保金 again.
/// </summary>
/// <param name="Period">The period every value is for, e.g. <c>2026-11</c>.</param>
/// <param name="IdScheme"><c>id</c> (records by FormHub id) or <c>idNumber</c> (by 公民身份号码).</param>
/// <param name="Values">The values, located in errors by their index (<c>values[17]</c>).</param>
public sealed record DataValueSet(string? Period, string? IdScheme, IReadOnlyList<DataValue>? Values);
