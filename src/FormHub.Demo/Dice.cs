namespace FormHub.Demo;

/// <summary>
/// The draws the demo generator makes, always on a seeded <see cref="Random"/> so one seed gives one county.
/// (A seeded <see cref="Random"/> yields the same sequence on every run of the same .NET version.)
/// </summary>
internal static class Dice
{
    /// <summary>True with probability <paramref name="p"/>.</summary>
    public static bool Chance(this Random rng, double p) => rng.NextDouble() < p;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public static int Between(this Random rng, int min, int max) => max <= min ? min : rng.Next(min, max + 1);

    /// <summary>A decimal from <paramref name="min"/> to <paramref name="max"/>, rounded to <paramref name="digits"/>.</summary>
    public static decimal Between(this Random rng, decimal min, decimal max, int digits) =>
        Math.Round(min + (max - min) * (decimal)rng.NextDouble(), digits, MidpointRounding.AwayFromZero);

    /// <summary>A day from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static DateOnly DayBetween(this Random rng, DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(rng.Next(to.DayNumber - from.DayNumber + 1));

    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    /// <summary>One item, each drawn in proportion to its weight.</summary>
    public static T Pick<T>(this Random rng, params (T Item, double Weight)[] weighted)
    {
        var total = weighted.Sum(w => w.Weight);
        var roll = rng.NextDouble() * total;
        foreach (var (item, weight) in weighted)
        {
            roll -= weight;
            if (roll < 0) return item;
        }
        return weighted[^1].Item;
    }

    /// <summary>A Poisson-distributed count with mean <paramref name="mean"/> (Knuth's method; small means only).</summary>
    public static int Poisson(this Random rng, double mean)
    {
        var limit = Math.Exp(-mean);
        var count = 0;
        for (var p = rng.NextDouble(); p > limit; p *= rng.NextDouble()) count++;
        return count;
    }

    /// <summary>
    /// Up to <paramref name="count"/> distinct items, drawn without replacement in proportion to <paramref name="weight"/>
    /// (items of weight 0 are never drawn).
    /// </summary>
    public static List<T> Draw<T>(this Random rng, IEnumerable<T> items, int count, Func<T, double>? weight = null)
    {
        var pool = items.Select(i => (Item: i, Weight: weight?.Invoke(i) ?? 1)).Where(p => p.Weight > 0).ToList();
        var drawn = new List<T>();
        while (drawn.Count < count && pool.Count > 0)
        {
            var roll = rng.NextDouble() * pool.Sum(p => p.Weight);
            var index = 0;
            while (index < pool.Count - 1 && (roll -= pool[index].Weight) >= 0) index++;
            drawn.Add(pool[index].Item);
            pool.RemoveAt(index);
        }
        return drawn;
    }

    /// <summary>A count for a rate: <paramref name="rate"/> × <paramref name="of"/>, rounded at random so small villages still get their share on average.</summary>
    public static int Share(this Random rng, double rate, int of)
    {
        var exact = rate * of;
        var whole = (int)Math.Floor(exact);
        return whole + (rng.Chance(exact - whole) ? 1 : 0);
    }

    /// <summary>A stable seed for one village: the same county seed and code always give the same village.</summary>
    public static int Mix(int seed, string key)
    {
        unchecked
        {
            var hash = (uint)seed ^ 2166136261u;
            foreach (var c in key)
            {
                hash ^= c;
                hash *= 16777619u;
            }
            return (int)(hash & 0x7fffffff);
        }
    }
}
