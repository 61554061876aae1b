namespace FormHub.Storage.Model;

/// <summary>A record not retired that holds an ID number (公民身份号码) in one of its id-number fields.</summary>
/// <param name="IdNumber">The number as stored (upper-case check letter).</param>
/// <param name="Record">The record holding it.</param>
public sealed record IdNumberHolder(string IdNumber, RecordHeader Record);
