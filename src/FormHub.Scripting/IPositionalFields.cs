namespace FormHub.Scripting;

/// <summary>
/// An entity's fields held by position, the positions shared by every entity of one <see cref="Layout"/> (a derivation
/// scope's entities of one type): a reader of one field over many entities looks its position up once per layout
/// (<see cref="FieldReader"/>), not its name once per entity.
/// </summary>
public interface IPositionalFields
{
    /// <summary>What every entity of the same field positions shares (compared by reference).</summary>
    object Layout { get; }

    /// <summary>The position of <paramref name="field"/>, or -1 when the layout has no such field.</summary>
    int PositionOf(string field);

    object? ValueAt(int position);
}
