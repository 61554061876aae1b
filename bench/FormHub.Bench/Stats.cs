using System.Diagnostics;
using System.Globalization;

namespace FormHub.Bench;

/// <summary>Latency samples in milliseconds and their order statistics.</summary>
internal sealed class Samples
{
    private readonly List<double> _ms = [];

    public int Count => _ms.Count;

    public void Add(double ms) => _ms.Add(ms);

    public async Task<T> TimeAsync<T>(Func<Task<T>> action)
    {
        var start = Stopwatch.GetTimestamp();
        var result = await action();
        Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return result;
    }

    /// <summary>Nearest-rank percentile (p in 0–100).</summary>
    public double Percentile(double p)
    {
        if (_ms.Count == 0) return double.NaN;
        var sorted = _ms.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public double Median => Percentile(50);
    public double P95 => Percentile(95);
    public double Max => _ms.Count == 0 ? double.NaN : _ms.Max();
    public double Min => _ms.Count == 0 ? double.NaN : _ms.Min();

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"median {Median:F1} ms, p95 {P95:F1} ms (min {Min:F1}, max {Max:F1}, n={Count})");
}

/// <summary>Named stopwatch splits for finding where the time of a phase goes.</summary>
internal sealed class Splits
{
    private readonly Dictionary<string, TimeSpan> _totals = [];
    private readonly List<string> _order = [];

    public void Add(string name, TimeSpan elapsed)
    {
        if (!_totals.ContainsKey(name)) { _order.Add(name); _totals[name] = TimeSpan.Zero; }
        _totals[name] += elapsed;
    }

    public IEnumerable<(string Name, TimeSpan Total)> All => _order.Select(n => (n, _totals[n]));
}

internal static class Fmt
{
    public static string Ms(double ms) => ms.ToString(ms < 10 ? "F1" : "F0", CultureInfo.InvariantCulture) + " ms";

    public static string Duration(TimeSpan t) => t.TotalSeconds < 120
        ? t.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s"
        : $"{(int)t.TotalMinutes} min {t.Seconds:D2} s";

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Bytes(long n) => n >= 1 << 20
        ? (n / (1024.0 * 1024.0)).ToString("F0", CultureInfo.InvariantCulture) + " MiB"
        : (n / 1024.0).ToString("F0", CultureInfo.InvariantCulture) + " KiB";
}
