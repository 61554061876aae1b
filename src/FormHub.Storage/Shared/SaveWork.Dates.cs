using FormHub.Core.Validation;

namespace FormHub.Storage.Shared;

/// <summary>
/// Dates that cannot be true (issue 13, item 4): a fact may not take effect, and a record may not be retired, after today
/// (China Standard Time, from the store's clock), before the person's birth (from their ID number), or before
/// <see cref="EarliestDate"/>, when no region of today's 统计用区划代码 existed yet.
/// </summary>
internal abstract partial class SaveWork
{
    /// <summary>
    /// The model has no founding date per region; every unit of the current 统计用区划代码 was set up on or after the founding
    /// of the People's Republic, so nothing in FormHub is valid before 1949-10-01.
    /// </summary>
    internal static readonly DateOnly EarliestDate = new(1949, 10, 1);

    /// <summary>Checks a valid-from or retirement date of a record; false (with an error collected) when it cannot be true.</summary>
    private bool CheckDate(int index, Guid id, string entityType, IReadOnlyDictionary<string, object?> fields, DateOnly date, string field, bool retirement)
    {
        var (whatZh, whatEn) = retirement ? ("注销日期", "The retirement date") : ("生效日期", "The valid-from date");
        if (date > _today)
        {
            Error(index, id, field, $"{whatZh}{date:yyyy年M月d日}晚于今天（{_today:yyyy年M月d日}，北京时间），不能登记尚未发生的事",
                $"{whatEn} {date:yyyy-MM-dd} is after today ({_today:yyyy-MM-dd}, China time); a fact cannot be recorded before it happens");
            return false;
        }
        if (date < EarliestDate)
        {
            Error(index, id, field, $"{whatZh}{date:yyyy年M月d日}早于1949年10月1日，现行区划当时尚不存在",
                $"{whatEn} {date:yyyy-MM-dd} is before 1949-10-01, when no region of today's division codes existed");
            return false;
        }
        foreach (var idField in IdentityNumbers.FieldsOf(Catalog, entityType))
        {
            if (fields.GetValueOrDefault(idField.Name) is not string idNumber) continue;
            var parsed = ChineseIdNumber.Validate(idNumber, DateOnly.MaxValue);
            if (parsed.IsValid && date < parsed.Value!.BirthDate)
            {
                Error(index, id, field, $"{whatZh}{date:yyyy年M月d日}早于本人出生日期{parsed.Value.BirthDate:yyyy年M月d日}（由{idField.LabelZh}推算）",
                    $"{whatEn} {date:yyyy-MM-dd} is before the person's birth on {parsed.Value.BirthDate:yyyy-MM-dd} (from the {idField.LabelEn})");
                return false;
            }
        }
        return true;
    }
}
