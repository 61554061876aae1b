namespace FormHub.Reports.Outliers;

/// <summary>
/// A value compared with a set of others (a village's own history, or its township's other villages): the centre
/// (median or mean), the scale, the expected range centre ± threshold × scale, the others' own range, and whether the
/// value lies outside the expected range.
/// </summary>
public sealed record OutlierJudgement(decimal Value, int Count, decimal Centre, decimal Scale, decimal Low, decimal High, decimal SeenMin, decimal SeenMax)
{
    public bool IsOutlier => Value < Low || Value > High;
}
