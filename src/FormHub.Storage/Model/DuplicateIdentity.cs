namespace FormHub.Storage.Model;

/// <summary>One 公民身份号码 held by two or more records not retired (stored before FormHub refused it): the same person twice.</summary>
public sealed record DuplicateIdentity(string IdNumber, IReadOnlyList<DuplicateHolder> Holders);

/// <summary>A record of a <see cref="DuplicateIdentity"/>: where it is, and the record itself (to retire one with the version read).</summary>
public sealed record DuplicateHolder(IdentityHolder Holder, EntityDocument Record);
