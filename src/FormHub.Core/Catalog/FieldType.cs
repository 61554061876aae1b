namespace FormHub.Core.Catalog;

/// <summary>The value type of a catalog field. YAML spelling in brackets.</summary>
public enum FieldType
{
    /// <summary>[text] free text</summary>
    Text,
    /// <summary>[int] whole number, stored as long</summary>
    Int,
    /// <summary>[decimal] decimal number, stored as decimal</summary>
    Decimal,
    /// <summary>[date] calendar date, stored as DateOnly</summary>
    Date,
    /// <summary>[bool] yes/no</summary>
    Bool,
    /// <summary>[enum] one of the field's options, stored as string</summary>
    Enum,
    /// <summary>[id-number] 18-digit 居民身份证号码 (GB 11643), stored as string</summary>
    IdNumber,
    /// <summary>[phone] mainland mobile number, stored as string</summary>
    Phone,
    /// <summary>[uscc] 统一社会信用代码 (GB 32100), stored as string</summary>
    Uscc,
    /// <summary>[org-unit-ref] 12-digit region code, stored as string</summary>
    OrgUnitRef,
    /// <summary>[entity-ref] id of another entity, stored as string (the entity's Guid "D" format)</summary>
    EntityRef,
}
