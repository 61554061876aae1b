namespace FormHub.Reports.Outliers;

/// <summary>
/// A value compared with a set of others (a village's own history, or its township's other villages): the centre
/// (median or mean), the scale, the expected range centre ± threshold × scale, the others' own range, and whether the
/// value lies outside the expected range. A value the others themselves reached (within their lowest and highest) is
/// never an outlier: "近12个月在4–6户之间" cannot be said of 5 户, and small counts (0, 0, 2 …) would otherwise flag a 2.
/// </summary>
public sealed record OutlierJudgement(decimal Value, int Count, decimal Centre, decimal Scale, decimal Low, decimal High, decimal SeenMin, decimal SeenMax)
{
    public bool IsOutlier => (Value < Low || Value > High) && (Value < SeenMin || Value > SeenMax);
}
