namespace FormHub.Core.Validation;

/// <summary>Gender as encoded in the 17th digit of a 居民身份证号码 (odd = male).</summary>
public enum Gender
{
    /// <summary>男</summary>
    Male,
    /// <summary>女</summary>
    Female,
}
