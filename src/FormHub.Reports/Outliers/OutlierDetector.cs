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
        var n = others.Count;
        decimal min = others[0], max = others[0], sum = 0;
        for (var i = 0; i < n; i++)
        {
            if (others[i] < min) min = others[i];
            if (others[i] > max) max = others[i];
            sum += others[i];
        }
        decimal centre, scale;
        if (settings.Method == OutlierMethod.Mad)
        {
            // One buffer sorted twice, the values then their deviations: every village of a township is judged against
            // the others of each column on every live pass, and sorted copies per call were a quarter of a pass's allocations.
            var buffer = new decimal[n];
            for (var i = 0; i < n; i++) buffer[i] = others[i];
            centre = MedianInPlace(buffer);
            decimal deviations = 0;
            for (var i = 0; i < n; i++) deviations += buffer[i] = Math.Abs(others[i] - centre);
            scale = MadToSigma * MedianInPlace(buffer);
            if (scale == 0) scale = MeanAbsToSigma * (deviations / n);
        }
        else
        {
            centre = sum / n;
            decimal squares = 0;
            for (var i = 0; i < n; i++) squares += (others[i] - centre) * (others[i] - centre);
            scale = (decimal)Math.Sqrt((double)(squares / n));
        }
        scale = Math.Max(scale, Math.Max(Math.Abs(centre) * 0.1m, 0.5m));
        var reach = settings.EffectiveThreshold * scale;
        // Counts and amounts never seen below zero are not expected below zero either.
        var low = min >= 0 ? Math.Max(0, centre - reach) : centre - reach;
        return new OutlierJudgement(value, n, centre, scale, low, centre + reach, min, max);
    }

    /// <summary>True when a fixed bound (min–max) is set and the value lies outside it.</summary>
    public static bool IsOutsideBounds(decimal value, OutlierSettings settings) =>
        (settings.Min is { } min && value < min) || (settings.Max is { } max && value > max);

    public static decimal Median(IReadOnlyList<decimal> values) => MedianInPlace([.. values]);

    /// <summary>The median of <paramref name="values"/>, which it sorts.</summary>
    private static decimal MedianInPlace(decimal[] values)
    {
        Array.Sort(values);
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
