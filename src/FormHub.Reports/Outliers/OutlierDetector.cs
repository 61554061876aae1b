using FormHub.Core.Templates;

namespace FormHub.Reports.Outliers;

/// <summary>
/// The arithmetic of outlier detection, without storage. MAD: centre the median, scale 1.4826 × the median absolute
/// deviation (so a threshold of 3.5 is Iglewicz and Hoaglin's modified z-score of 3.5); a history that barely varies
/// (MAD 0) falls back to 1.2533 × the mean absolute deviation. Z-score: mean and population standard deviation. When the
/// others do not vary at all, the scale is 10 % of the centre's size and at least 0.5, so a steady 5 户 does not make 6 户
/// an outlier while 0 → 50 still is (the scale is never below that floor). Counts never seen below zero are not expected
/// below zero.
/// </summary>
public static class OutlierDetector
{
    private const decimal MadToSigma = 1.4826m;
    private const decimal MeanAbsToSigma = 1.2533m;

    /// <summary>The judgement of <paramref name="value"/> against <paramref name="others"/>; null when there are fewer than <paramref name="minimum"/>.</summary>
    public static OutlierJudgement? Judge(decimal value, IReadOnlyList<decimal> others, OutlierSettings settings, int minimum)
    {
        if (others.Count < Math.Max(1, minimum)) return null;
        decimal centre, scale;
        if (settings.Method == OutlierMethod.Mad)
        {
            centre = Median(others);
            var deviations = others.Select(x => Math.Abs(x - centre)).ToList();
            scale = MadToSigma * Median(deviations);
            if (scale == 0) scale = MeanAbsToSigma * deviations.Average();
        }
        else
        {
            centre = others.Average();
            var mean = centre;
            scale = (decimal)Math.Sqrt((double)others.Average(x => (x - mean) * (x - mean)));
        }
        scale = Math.Max(scale, Math.Max(Math.Abs(centre) * 0.1m, 0.5m));
        var reach = settings.EffectiveThreshold * scale;
        // Counts and amounts never seen below zero are not expected below zero either.
        var low = others.Min() >= 0 ? Math.Max(0, centre - reach) : centre - reach;
        return new OutlierJudgement(value, others.Count, centre, scale, low, centre + reach, others.Min(), others.Max());
    }

    /// <summary>True when a fixed bound (min–max) is set and the value lies outside it.</summary>
    public static bool IsOutsideBounds(decimal value, OutlierSettings settings) =>
        (settings.Min is { } min && value < min) || (settings.Max is { } max && value > max);

    public static decimal Median(IReadOnlyList<decimal> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
